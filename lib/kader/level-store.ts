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

/**
 * Recomputes the level of the given kaders (default: every kader of the kabupaten) and stores what
 * changed. Returns the posyandu whose kaders' level changed, for the readiness refresh.
 */
export async function storeLevels(tx: DbTx, kabupatenId: string, aturan: AturanLevel, kaderIds?: readonly string[]): Promise<string[]> {
  const { paket, skills } = await katalogOf(tx, kabupatenId);
  const paketNames = paket.map((p) => ({ kode: p.kode, nama: p.nama }));
  const changed = new Map<string, { level: AturanLevel[number]["level"] | null; alasan: string; ids: string[] }>();
  const posyandu = new Set<string>();
  let cursor: string | undefined;
  for (;;) {
    const kaders = await tx.kader.findMany({
      where: { posyandu: { desa: { kabupatenId } }, id: { ...(kaderIds ? { in: [...kaderIds] } : {}), ...(cursor ? { gt: cursor } : {}) } },
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true, posyanduId: true, level: true, levelAlasan: true, penilaian: { select: { tanggal: true, createdAt: true, hasil: true, keterampilan: { select: { kode: true } } } } },
    });
    for (const k of kaders) {
      const latest = latestResults(k.penilaian.map((p) => ({ kode: p.keterampilan.kode, tanggal: p.tanggal, createdAt: p.createdAt, hasil: p.hasil })));
      const { level, alasan } = deriveLevel(paketLengkap(skills, latest), paketNames, aturan);
      if (level === k.level && alasan === k.levelAlasan) continue;
      const key = `${level}|${alasan}`;
      const group = changed.get(key) ?? { level, alasan, ids: [] };
      group.ids.push(k.id);
      changed.set(key, group);
      if (level !== k.level) posyandu.add(k.posyanduId);
    }
    if (kaders.length < BATCH) break;
    cursor = kaders[kaders.length - 1].id;
  }
  // Kaders that share a set of complete packages share level and reason: one update per set.
  for (const g of changed.values()) await tx.kader.updateMany({ where: { id: { in: g.ids } }, data: { level: g.level, levelAlasan: g.alasan } });
  return [...posyandu];
}
