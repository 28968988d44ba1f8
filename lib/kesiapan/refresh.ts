/**
 * The readiness snapshot follows the data: every write that changes what a posyandu's readiness is
 * made of (kaders, skill assessments, kit, premises, schedule, rules) calls `refreshKesiapan` inside
 * its own transaction with the posyandu it touched, so that no batch job has to be remembered. The
 * month's row (kesiapan_bulanan, first day of the month in Asia/Jakarta) is created or replaced; a
 * month without a row means nothing changed since the row before.
 *
 * A batch of posyandu costs a fixed number of statements whatever its size (the rules, catalogues,
 * kaders, latest assessments, kit and premises of all of them at once, then one upsert), so a rule
 * change re-scores a whole kabupaten (Bogor: ~1,700 posyandu) in one go.
 */
import { inOrder } from "../dal/in-order.ts";
import type { DbTx } from "../prisma-client.ts";
import { todayInJakarta } from "../i18n/format.ts";
import { resolveAturan } from "../pengaturan/aturan.ts";
import { ATURAN_AMBANG_KESIAPAN, ATURAN_BOBOT_KESIAPAN } from "./aturan.ts";
import { computeKesiapan, type KesiapanInput } from "./score.ts";
import { latestResults, paketLengkap, type Hasil } from "../kader/level.ts";
import { kitStatus, premisesStatus, type Kondisi } from "../sarana/gaps.ts";
import { ATURAN_SARANA } from "../sarana/aturan.ts";

const CHUNK = 2_000;

/** "2026-11-29" → "2026-11-01". */
export function monthOf(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

/** The last day of the month of `bulan` ("2024-02-01" → "2024-02-29"). */
function lastDayOf(bulan: string): string {
  const [y, m] = bulan.split("-").map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

export interface RefreshOptions {
  /**
   * Score a past month instead of the current one: skill assessments dated after that month are left
   * out (kaders, kit and premises have no history and count as they are now). For seeding a trend.
   */
  bulan?: string;
  now?: Date;
}

export async function refreshKesiapan(tx: DbTx, posyanduIds: readonly string[], opts: RefreshOptions = {}): Promise<void> {
  const ids = [...new Set(posyanduIds)];
  for (let i = 0; i < ids.length; i += CHUNK) await refreshChunk(tx, ids.slice(i, i + CHUNK), opts);
}

async function refreshChunk(tx: DbTx, ids: string[], opts: RefreshOptions) {
  if (!ids.length) return;
  const now = opts.now ?? new Date();
  const bulan = opts.bulan ? monthOf(opts.bulan) : monthOf(todayInJakarta(now));
  const until = opts.bulan ? lastDayOf(bulan) : todayInJakarta(now);
  const asOf = opts.bulan ? new Date(`${until}T12:00:00Z`) : now;

  const posyandu = await tx.posyandu.findMany({ where: { id: { in: ids } }, select: { id: true, jadwalMingguKe: true, jadwalHari: true, desa: { select: { kabupatenId: true } } } });
  const kabupatenIds = [...new Set(posyandu.map((p) => p.desa.kabupatenId))];
  const [settings, paket, jenisSarana, kaderCounts, latest, holdings, premises] = await inOrder([
    tx.pengaturan.findMany({ where: { kabupatenId: { in: kabupatenIds }, kunci: { in: [ATURAN_BOBOT_KESIAPAN.kunci, ATURAN_AMBANG_KESIAPAN.kunci, ATURAN_SARANA.kunci] } }, select: { kabupatenId: true, kunci: true, nilai: true } }),
    tx.paketKeterampilan.findMany({ where: { kabupatenId: { in: kabupatenIds } }, orderBy: { urutan: "asc" }, select: { kabupatenId: true, kode: true, nama: true, keterampilan: { where: { retiredAt: null }, select: { kode: true } } } }),
    tx.jenisSarana.findMany({ where: { kabupatenId: { in: kabupatenIds }, isActive: true }, orderBy: { urutan: "asc" }, select: { id: true, kabupatenId: true, kode: true, nama: true, jumlahWajib: true, perluKalibrasi: true } }),
    tx.kader.groupBy({ by: ["posyanduId"], where: { posyanduId: { in: ids }, isActive: true }, _count: { _all: true } }),
    // The latest result of each skill code for each active kader (as of the month scored).
    tx.$queryRaw<{ posyandu_id: string; kader_id: string; kode: string; hasil: Hasil; tanggal: Date; created_at: Date }[]>`
      SELECT DISTINCT ON (k.id, s.kode) k.posyandu_id::text, k.id::text AS kader_id, s.kode, pn.hasil::text AS hasil, pn.tanggal, pn.created_at
      FROM kader k JOIN penilaian_keterampilan pn ON pn.kader_id = k.id JOIN keterampilan s ON s.id = pn.keterampilan_id
      WHERE k.posyandu_id = ANY(${ids}::uuid[]) AND k.is_active AND pn.tanggal <= ${until}::date
      ORDER BY k.id, s.kode, pn.tanggal DESC, pn.created_at DESC`,
    tx.saranaPosyandu.findMany({ where: { posyanduId: { in: ids } }, select: { posyanduId: true, jenisSaranaId: true, jumlah: true, kondisi: true, kalibrasiTerakhir: true } }),
    tx.prasaranaPosyandu.findMany({ where: { posyanduId: { in: ids } }, select: { posyanduId: true, ruangCukup: true, tempatDuduk: true, pojokPrivasi: true, air: true, toilet: true } }),
  ]);

  const rule = <T>(kabupatenId: string, aturan: { kunci: string } & Parameters<typeof resolveAturan<T>>[0]) =>
    resolveAturan(aturan, settings.find((s) => s.kabupatenId === kabupatenId && s.kunci === aturan.kunci)?.nilai).nilai;
  const group = <T, K>(rows: T[], key: (r: T) => K) => {
    const m = new Map<K, T[]>();
    for (const r of rows) {
      const k = key(r);
      const list = m.get(k);
      if (list) list.push(r);
      else m.set(k, [r]);
    }
    return m;
  };
  const paketByKab = group(paket, (p) => p.kabupatenId);
  const saranaByKab = group(jenisSarana, (j) => j.kabupatenId);
  const kaderCount = new Map(kaderCounts.map((k) => [k.posyanduId, k._count._all]));
  const latestByPosyandu = group(latest, (r) => r.posyandu_id);
  const holdingsByPosyandu = group(holdings, (h) => h.posyanduId);
  const premisesByPosyandu = new Map(premises.map((p) => [p.posyanduId, p]));

  const rows: { id: string; skor: number; kategori: string; rincian: string }[] = [];
  for (const p of posyandu) {
    const kab = p.desa.kabupatenId;
    const katalogPaket = paketByKab.get(kab) ?? [];
    const katalog = katalogPaket.flatMap((pk) => pk.keterampilan.map((s) => ({ kode: s.kode, paketKode: pk.kode })));
    // Per package: how many active kaders completed it.
    const lengkapCount = new Map<string, number>();
    for (const kaderRows of group(latestByPosyandu.get(p.id) ?? [], (r) => r.kader_id).values()) {
      const results = latestResults(kaderRows.map((r) => ({ kode: r.kode, tanggal: r.tanggal, createdAt: r.created_at, hasil: r.hasil })));
      for (const kode of paketLengkap(katalog, results)) lengkapCount.set(kode, (lengkapCount.get(kode) ?? 0) + 1);
    }
    const kit = kitStatus(
      saranaByKab.get(kab) ?? [],
      (holdingsByPosyandu.get(p.id) ?? []).map((h) => ({ jenisSaranaId: h.jenisSaranaId, jumlah: h.jumlah, kondisi: h.kondisi as Kondisi, kalibrasiTerakhir: h.kalibrasiTerakhir })),
      asOf,
      rule(kab, ATURAN_SARANA),
    );
    const prem = premisesByPosyandu.get(p.id);
    const input: KesiapanInput = {
      posyanduId: p.id,
      kaderAktif: kaderCount.get(p.id) ?? 0,
      paket: katalogPaket.filter((pk) => pk.keterampilan.length > 0).map((pk) => ({ kode: pk.kode, nama: pk.nama, kaderLengkap: lengkapCount.get(pk.kode) ?? 0 })),
      sarana: kit,
      prasarana: premisesStatus(prem ? { ruangCukup: prem.ruangCukup, tempatDuduk: prem.tempatDuduk, pojokPrivasi: prem.pojokPrivasi, air: prem.air, toilet: prem.toilet } : null),
      jadwal: { ada: p.jadwalMingguKe !== null && p.jadwalHari !== null },
      // Until posyandu days are recorded (the Hari posyandu feature), this part does not apply.
      layanan: null,
    };
    const hasil = computeKesiapan(input, rule(kab, ATURAN_BOBOT_KESIAPAN), rule(kab, ATURAN_AMBANG_KESIAPAN));
    rows.push({ id: p.id, skor: hasil.skor, kategori: hasil.kategori, rincian: JSON.stringify({ bagian: hasil.bagian, kekurangan: hasil.kekurangan }) });
  }
  if (!rows.length) return;
  await tx.$executeRaw`
    INSERT INTO kesiapan_bulanan (id, posyandu_id, bulan, skor, kategori, rincian, updated_at)
    SELECT gen_random_uuid(), x.posyandu_id, ${bulan}::date, x.skor, x.kategori, x.rincian, now()
    FROM unnest(${rows.map((r) => r.id)}::uuid[], ${rows.map((r) => r.skor)}::int[], ${rows.map((r) => r.kategori)}::text[], ${rows.map((r) => r.rincian)}::jsonb[]) AS x(posyandu_id, skor, kategori, rincian)
    ON CONFLICT (posyandu_id, bulan) DO UPDATE SET skor = EXCLUDED.skor, kategori = EXCLUDED.kategori, rincian = EXCLUDED.rincian, updated_at = now()`;
  // The latest snapshot of each posyandu (a past month never replaces a later one), with the score before it.
  await tx.$executeRaw`
    INSERT INTO kesiapan_terkini (posyandu_id, bulan, skor, kategori, rincian, skor_sebelum, updated_at)
    SELECT x.posyandu_id, ${bulan}::date, x.skor, x.kategori, x.rincian,
           (SELECT b.skor FROM kesiapan_bulanan b WHERE b.posyandu_id = x.posyandu_id AND b.bulan < ${bulan}::date ORDER BY b.bulan DESC LIMIT 1), now()
    FROM unnest(${rows.map((r) => r.id)}::uuid[], ${rows.map((r) => r.skor)}::int[], ${rows.map((r) => r.kategori)}::text[], ${rows.map((r) => r.rincian)}::jsonb[]) AS x(posyandu_id, skor, kategori, rincian)
    ON CONFLICT (posyandu_id) DO UPDATE SET bulan = EXCLUDED.bulan, skor = EXCLUDED.skor, kategori = EXCLUDED.kategori, rincian = EXCLUDED.rincian, skor_sebelum = EXCLUDED.skor_sebelum, updated_at = now()
    WHERE kesiapan_terkini.bulan <= EXCLUDED.bulan`;
  // A past month scored after a later one (seeding a trend) may be the later one's "before".
  if (opts.bulan) {
    await tx.$executeRaw`
      UPDATE kesiapan_terkini t SET skor_sebelum = (SELECT b.skor FROM kesiapan_bulanan b WHERE b.posyandu_id = t.posyandu_id AND b.bulan < t.bulan ORDER BY b.bulan DESC LIMIT 1)
      WHERE t.posyandu_id = ANY(${rows.map((r) => r.id)}::uuid[]) AND t.bulan > ${bulan}::date`;
  }
}

/** Re-scores every posyandu of a kabupaten (after a rule of the kabupaten changed). */
export async function refreshKabupaten(tx: DbTx, kabupatenId: string, opts: RefreshOptions = {}): Promise<void> {
  const ids = await tx.posyandu.findMany({ where: { desa: { kabupatenId } }, select: { id: true } });
  await refreshKesiapan(tx, ids.map((p) => p.id), opts);
}

