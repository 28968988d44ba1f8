/**
 * Stores each kader's derived level (kader.level, kader.level_alasan) from its assessments, its
 * kabupaten's current catalogue and a level rule (lib/kader/level.ts). No server-only import: the
 * demo seed and the scale generator call it too; the app calls it through refreshLevels
 * (refresh-level.ts), which reads the kabupaten's rule first.
 */
import type { DbTx } from "../prisma-client.ts";
import type { AturanLevel } from "./aturan.ts";
import { deriveLevel, latestResults, paketLengkap } from "./level.ts";

const BATCH = 2_000;

/** The kabupaten's packages (in order) and current skills: what a level is measured against. */
export async function katalogOf(tx: DbTx, kabupatenId: string) {
  const paket = await tx.paketKeterampilan.findMany({
    where: { kabupatenId },
    orderBy: { urutan: "asc" },
    select: { id: true, kode: true, nama: true, keterampilan: { where: { retiredAt: null }, orderBy: { urutan: "asc" }, select: { id: true, kode: true, nama: true, versi: true, rekonstruksi: true } } },
  });
  return { paket, skills: paket.flatMap((p) => p.keterampilan.map((s) => ({ kode: s.kode, paketKode: p.kode }))) };
}

interface KaderLengkap { id: string; posyanduId: string; level: AturanLevel[number]["level"] | null; levelAlasan: string | null; lengkap: string[] }

/** Complete packages of the given kaders, by lib/kader/level.ts itself (their assessments loaded). */
export async function lengkapOfKaders(tx: DbTx, kabupatenId: string, skills: { kode: string; paketKode: string }[], kaderIds: readonly string[]): Promise<KaderLengkap[]> {
  const kaders = await tx.kader.findMany({
    where: { posyandu: { desa: { kabupatenId } }, id: { in: [...kaderIds] } },
    select: { id: true, posyanduId: true, level: true, levelAlasan: true, penilaian: { select: { tanggal: true, createdAt: true, hasil: true, keterampilan: { select: { kode: true } } } } },
  });
  return kaders.map(({ penilaian, ...k }) => ({ ...k, lengkap: paketLengkap(skills, latestResults(penilaian.map((p) => ({ kode: p.keterampilan.kode, tanggal: p.tanggal, createdAt: p.createdAt, hasil: p.hasil })))) }));
}

/**
 * Complete packages of every kader of a kabupaten, in one SQL statement: the same rule as
 * latestResults + paketLengkap (latest per skill code by date then record time; a package is complete
 * when every current skill's latest result is KOMPETEN), so that a rule change in a big kabupaten
 * (~12,000 kaders, ~300,000 assessments) does not load every assessment.
 * tests/integration/kader-level-sql.test.ts proves it equal to lengkapOfKaders.
 */
export async function lengkapOfKabupaten(tx: DbTx, kabupatenId: string): Promise<KaderLengkap[]> {
  const rows = await tx.$queryRaw<{ id: string; posyandu_id: string; level: KaderLengkap["level"]; level_alasan: string | null; lengkap: string[] }[]>`
    WITH cur AS (
      SELECT s.kode, p.kode AS paket FROM keterampilan s JOIN paket_keterampilan p ON p.id = s.paket_id
      WHERE p.kabupaten_id = ${kabupatenId}::uuid AND s.retired_at IS NULL
    ), need AS (SELECT paket, count(*) AS n FROM cur GROUP BY paket),
    kaders AS (
      SELECT k.id, k.posyandu_id, k.level, k.level_alasan FROM kader k JOIN posyandu po ON po.id = k.posyandu_id JOIN desa d ON d.id = po.desa_id
      WHERE d.kabupaten_id = ${kabupatenId}::uuid
    ), latest AS (
      SELECT DISTINCT ON (pk.kader_id, s.kode) pk.kader_id, s.kode, pk.hasil
      FROM penilaian_keterampilan pk JOIN kaders k ON k.id = pk.kader_id JOIN keterampilan s ON s.id = pk.keterampilan_id
      ORDER BY pk.kader_id, s.kode, pk.tanggal DESC, pk.created_at DESC
    ), done AS (
      SELECT l.kader_id, c.paket FROM latest l JOIN cur c ON c.kode = l.kode JOIN need n ON n.paket = c.paket
      WHERE l.hasil = 'KOMPETEN' GROUP BY l.kader_id, c.paket, n.n HAVING count(*) = n.n
    )
    SELECT k.id::text AS id, k.posyandu_id::text AS posyandu_id, k.level, k.level_alasan,
           coalesce(array_agg(done.paket::text ORDER BY done.paket) FILTER (WHERE done.paket IS NOT NULL), '{}') AS lengkap
    FROM kaders k LEFT JOIN done ON done.kader_id = k.id
    GROUP BY k.id, k.posyandu_id, k.level, k.level_alasan`;
  return rows.map((r) => ({ id: r.id, posyanduId: r.posyandu_id, level: r.level, levelAlasan: r.level_alasan, lengkap: r.lengkap }));
}

/**
 * Recomputes the level of the given kaders (default: every kader of the kabupaten) and stores what
 * changed. Returns the posyandu whose kaders' level changed, for the readiness refresh.
 */
export async function storeLevels(tx: DbTx, kabupatenId: string, aturan: AturanLevel, kaderIds?: readonly string[]): Promise<string[]> {
  const { paket, skills } = await katalogOf(tx, kabupatenId);
  const paketNames = paket.map((p) => ({ kode: p.kode, nama: p.nama }));
  const kaders = kaderIds ? await lengkapOfKaders(tx, kabupatenId, skills, kaderIds) : await lengkapOfKabupaten(tx, kabupatenId);
  const changed = new Map<string, { level: KaderLengkap["level"]; alasan: string; ids: string[] }>();
  const posyandu = new Set<string>();
  for (const k of kaders) {
    const { level, alasan } = deriveLevel(k.lengkap, paketNames, aturan);
    if (level === k.level && alasan === k.levelAlasan) continue;
    const key = `${level}|${alasan}`;
    const group = changed.get(key) ?? { level, alasan, ids: [] };
    group.ids.push(k.id);
    changed.set(key, group);
    if (level !== k.level) posyandu.add(k.posyanduId);
  }
  // Kaders that share a set of complete packages share level and reason: one update per set (in chunks).
  for (const g of changed.values()) {
    for (let i = 0; i < g.ids.length; i += BATCH) await tx.kader.updateMany({ where: { id: { in: g.ids.slice(i, i + BATCH) } }, data: { level: g.level, levelAlasan: g.alasan } });
  }
  return [...posyandu];
}
