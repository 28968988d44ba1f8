/**
 * Coverage per life-cycle service per posyandu per month (definitions in cakupan-indikator.ts, counted
 * as cakupan-hitung.ts says), live in one SQL statement: the counts over entries from the
 * per-posyandu-month summary kept by triggers in the same transaction as every entry write
 * (ringkasan-sql.ts); the denominators over registered people and pregnancies from the
 * per-posyandu-month denominators summary kept by triggers on sasaran and status_sasaran
 * (penyebut-sql.ts; filled for the kabupaten by the first report of a month, counted from raw rows
 * for a month outside its window); rolled up like SKDN. Findings (KEK, hipertensi, PUMA
 * positive) are read from the stored results of each entry (the rules in force when it was recorded).
 */
import "server-only";
import { db } from "../db.ts";
import { onPrimary } from "../prisma-client.ts";
import { Prisma } from "../generated/prisma/client.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { bulanDari, bulanIni, type Bulan } from "./bulan.ts";
import { INDIKATOR_CAKUPAN, jumlahCakupan, type KodeIndikator, type NilaiCakupan } from "./cakupan-indikator.ts";
import { hitungCakupan } from "./cakupan-hitung.ts";
import type { TLaporanParams } from "./schemas.ts";
import { kelompokkan, tingkatBaris, type PosyanduLetak, type TingkatBaris } from "./wilayah.ts";
import { assertDrillInScope, orangLaporanSql, posyanduCte } from "./skdn.ts";
import { PENYEBUT_JENDELA } from "./penyebut-sql.ts";

export interface CakupanPosyandu extends PosyanduLetak { nilai: Record<KodeIndikator, NilaiCakupan> }

export interface CakupanLaporan {
  bulan: Bulan;
  tingkat: TingkatBaris;
  baris: { id: string; nama: string; baris: Record<KodeIndikator, NilaiCakupan>; jumlahPosyandu: number }[];
  total: Record<KodeIndikator, NilaiCakupan>;
  posyandu: CakupanPosyandu[];
}

type Row = { terisi?: boolean; posyandu_id: string; posyandu: string; desa_id: string; desa: string; puskesmas_id: string | null; puskesmas: string | null; cakupan: Record<string, number> | null; penyebut: Record<string, number> | null };

/**
 * Where the denominators come from: the per-posyandu-month summary ("ringkasan": the statement also
 * says whether the kabupaten's month is held, column `terisi`) or registered people counted live
 * from raw rows ("langsung": months outside the summary's window, and the recount the tests compare with).
 */
export type SumberPenyebut = "ringkasan" | "langsung";

/**
 * The one statement of coverage per posyandu (exported for the EXPLAIN in docs/laporan-explain.md): per
 * posyandu the summary's counts over entries (`cakupan`) and the denominators (`penyebut`), both as
 * JSON keyed `<kode>_p|q`, unsorted. Pulling ~30 keys out of JSON per row and sorting 1,600 wide rows
 * cost PostgreSQL ~40 ms of a kabupaten's ~60 (EXPLAIN ANALYZE on Bogor); the JSON is parsed and the rows
 * sorted in JS instead (~2 ms).
 */
export function cakupanSql(viewer: Viewer, bulan: Bulan, p: Pick<TLaporanParams, "puskesmasId" | "desaId" | "posyanduId">, sumber: SumberPenyebut = "ringkasan"): Prisma.Sql {
  const hitung = hitungCakupan(bulan.akhir);
  const live: Prisma.Sql[] = [];
  for (const i of INDIKATOR_CAKUPAN) {
    const x = hitung[i.kode].penyebut;
    const kunci = `${i.kode}_q`;
    if (x.dari === "terdaftar") live.push(Prisma.sql`${kunci}::text, count(*) FILTER (WHERE ${x.syarat})`);
    else if (x.dari === "hamil") live.push(Prisma.sql`${kunci}::text, count(*) FILTER (WHERE s.id IN (SELECT sasaran_id FROM hamil))`);
  }
  const ra = sumber === "ringkasan"
    ? Prisma.sql`
    ra AS (
      SELECT r.posyandu_id, r.penyebut FROM penyebut_posyandu_bulan r
      WHERE r.kabupaten_id = ${viewer.kabupatenId}::uuid AND r.bulan = ${bulan.awal}::date AND r.posyandu_id IN (SELECT id FROM pos))`
    : Prisma.sql`
    hamil AS (
      SELECT st.sasaran_id FROM status_sasaran st
      WHERE st.status = 'HAMIL' AND st.mulai <= ${bulan.akhir}::date AND (st.selesai IS NULL OR st.selesai >= ${bulan.awal}::date)),
    ra AS (
      -- Pregnancies counted on the same index-only pass over registered people (a hashed list of the
      -- month's pregnant women) instead of joining every person of the kabupaten to status_sasaran.
      SELECT s.posyandu_id, jsonb_build_object(${Prisma.join(live)}) AS penyebut
      FROM sasaran s
      WHERE ${orangLaporanSql(viewer, p)} AND s.digabung_ke_id IS NULL AND s.is_active AND s.tanggal_lahir <= ${bulan.akhir}::date
      GROUP BY s.posyandu_id)`;
  const terisi = sumber === "ringkasan"
    ? Prisma.sql`EXISTS (SELECT 1 FROM penyebut_bulan_terisi t WHERE t.kabupaten_id = ${viewer.kabupatenId}::uuid AND t.bulan = ${bulan.awal}::date) AS terisi, `
    : Prisma.empty;
  return Prisma.sql`
    WITH ${posyanduCte(viewer, p)},
    ea AS (
      SELECT r.posyandu_id, r.cakupan FROM ringkasan_posyandu_bulan r
      WHERE r.bulan = ${bulan.awal}::date AND r.posyandu_id IN (SELECT id FROM pos)),${ra}
    SELECT ${terisi}pos.id AS posyandu_id, pos.nama AS posyandu, pos.desa_id, pos.desa, pos.puskesmas_id, pos.puskesmas, ea.cakupan, ra.penyebut
    FROM pos LEFT JOIN ea ON ea.posyandu_id = pos.id LEFT JOIN ra ON ra.posyandu_id = pos.id
    WHERE pos.is_active OR ea.posyandu_id IS NOT NULL`;
}

/** The rows' order, as the other reports' `ORDER BY puskesmas NULLS LAST, desa, nama` under the database's C collation (code-unit order). */
function urutan(a: Row, b: Row): number {
  const s = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return (a.puskesmas === null ? 1 : 0) - (b.puskesmas === null ? 1 : 0) || s(a.puskesmas ?? "", b.puskesmas ?? "") || s(a.desa, b.desa) || s(a.posyandu, b.posyandu) || s(a.posyandu_id, b.posyandu_id);
}

/** Whether the denominators summary is kept for this month (from PENYEBUT_JENDELA.mundur months back to .maju ahead of `kini`). */
export function dalamJendela(bulan: Pick<Bulan, "tahun" | "bulan">, kini: string = bulanIni()): boolean {
  const [y, m] = kini.split("-").map(Number);
  const beda = bulan.tahun * 12 + bulan.bulan - (y * 12 + m);
  return beda >= -PENYEBUT_JENDELA.mundur && beda <= PENYEBUT_JENDELA.maju;
}

/**
 * One statement (three the first time a kabupaten asks for a month: read, fill, read): every
 * indicator's numerator and denominator for every posyandu in the viewer's scope and drill.
 */
export async function cakupanPerPosyandu(viewer: Viewer, bulan: Bulan, p: Pick<TLaporanParams, "puskesmasId" | "desaId" | "posyanduId">, sumber: SumberPenyebut = dalamJendela(bulan) ? "ringkasan" : "langsung"): Promise<CakupanPosyandu[]> {
  let rows = await db.$queryRaw<Row[]>(cakupanSql(viewer, bulan, p, sumber));
  if (sumber === "ringkasan" && rows.length > 0 && !rows[0].terisi) {
    // The fill writes, and the read after it must see it: both on the primary (a replica is read-only and may lag).
    const primary = onPrimary(db);
    await primary.$queryRaw`SELECT penyebut_posyandu_bulan_isi(${viewer.kabupatenId}::uuid, ${bulan.awal}::date)`;
    rows = await primary.$queryRaw<Row[]>(cakupanSql(viewer, bulan, p, sumber));
  }
  const kunci = INDIKATOR_CAKUPAN.map((i) => [i.kode, `${i.kode}_p`, `${i.kode}_q`] as const);
  return rows.sort(urutan).map((r) => {
    const nilai = {} as Record<KodeIndikator, NilaiCakupan>;
    // Entry counts and denominators have disjoint keys; a posyandu without entries or people has no JSON (zero).
    const n = (k: string) => Number(r.cakupan?.[k] ?? r.penyebut?.[k] ?? 0);
    for (const [kode, kp, kq] of kunci) nilai[kode] = { pembilang: n(kp), penyebut: n(kq) };
    return { posyanduId: r.posyandu_id, posyandu: r.posyandu, desaId: r.desa_id, desa: r.desa, puskesmasId: r.puskesmas_id, puskesmas: r.puskesmas, nilai };
  });
}

export async function laporanCakupan(viewer: Viewer, params: TLaporanParams): Promise<CakupanLaporan> {
  const bulan = bulanDari(params.bulan);
  const posyandu = await cakupanPerPosyandu(viewer, bulan, params);
  if (posyandu.length === 0) await assertDrillInScope(viewer, params);
  const tingkat = tingkatBaris(viewer, params);
  const sum = (rows: readonly CakupanPosyandu[]) => jumlahCakupan(rows.map((r) => r.nilai));
  return { bulan, tingkat, baris: kelompokkan(tingkat, posyandu, sum), total: sum(posyandu), posyandu };
}
