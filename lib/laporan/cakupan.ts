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

type Row = { terisi?: boolean; posyandu_id: string; posyandu: string; desa_id: string; desa: string; puskesmas_id: string | null; puskesmas: string | null } & Record<string, number | string | null>;

const col = (kode: string, bagian: "p" | "q") => Prisma.raw(`"${kode}_${bagian}"`);

/**
 * Where the denominators come from: the per-posyandu-month summary ("ringkasan": the statement also
 * says whether the kabupaten's month is held, column `terisi`) or registered people counted live
 * from raw rows ("langsung": months outside the summary's window, and the recount the tests compare with).
 */
export type SumberPenyebut = "ringkasan" | "langsung";

/** The one statement of coverage per posyandu (exported for the EXPLAIN in docs/laporan-explain.md). */
export function cakupanSql(viewer: Viewer, bulan: Bulan, p: Pick<TLaporanParams, "puskesmasId" | "desaId" | "posyanduId">, sumber: SumberPenyebut = "ringkasan"): Prisma.Sql {
  const hitung = hitungCakupan(bulan.akhir);
  const rCols: Prisma.Sql[] = [];
  const out: Prisma.Sql[] = [];
  for (const i of INDIKATOR_CAKUPAN) {
    const h = hitung[i.kode];
    for (const [bagian, x] of [["p", h.pembilang], ["q", h.penyebut]] as const) {
      const kunci = `${i.kode}_${bagian}`;
      const name = col(i.kode, bagian);
      if (x.dari === "entri") out.push(Prisma.sql`coalesce((ea.cakupan->>${kunci})::int, 0) AS ${name}`);
      else if (sumber === "ringkasan") out.push(Prisma.sql`coalesce((ra.penyebut->>${kunci})::int, 0) AS ${name}`);
      else if (x.dari === "terdaftar") {
        rCols.push(Prisma.sql`count(*) FILTER (WHERE ${x.syarat})::int AS ${name}`);
        out.push(Prisma.sql`coalesce(ra.${name}, 0) AS ${name}`);
      } else out.push(Prisma.sql`coalesce(ra.hamil, 0) AS ${name}`);
    }
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
      SELECT s.posyandu_id, ${Prisma.join(rCols)}, count(*) FILTER (WHERE s.id IN (SELECT sasaran_id FROM hamil))::int AS hamil
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
    SELECT ${terisi}pos.id AS posyandu_id, pos.nama AS posyandu, pos.desa_id, pos.desa, pos.puskesmas_id, pos.puskesmas, ${Prisma.join(out)}
    FROM pos LEFT JOIN ea ON ea.posyandu_id = pos.id LEFT JOIN ra ON ra.posyandu_id = pos.id
    WHERE pos.is_active OR ea.posyandu_id IS NOT NULL
    ORDER BY pos.puskesmas NULLS LAST, pos.desa, pos.nama`;
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
    await db.$queryRaw`SELECT penyebut_posyandu_bulan_isi(${viewer.kabupatenId}::uuid, ${bulan.awal}::date)`;
    rows = await db.$queryRaw<Row[]>(cakupanSql(viewer, bulan, p, sumber));
  }
  return rows.map((r) => {
    const nilai = {} as Record<KodeIndikator, NilaiCakupan>;
    for (const i of INDIKATOR_CAKUPAN) nilai[i.kode] = { pembilang: Number(r[`${i.kode}_p`]), penyebut: Number(r[`${i.kode}_q`]) };
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
