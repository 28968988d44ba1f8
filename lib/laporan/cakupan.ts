/**
 * Coverage per life-cycle service per posyandu per month (definitions in cakupan-indikator.ts), live
 * in one SQL statement (entries of the month on the tanggal index; registered people of the drilled
 * posyandu; pregnancies overlapping the month), rolled up like SKDN. Findings (KEK, hipertensi, PUMA
 * positive) are read from the stored results of each entry (the rules in force when it was recorded).
 */
import "server-only";
import { db } from "../db.ts";
import { Prisma } from "../generated/prisma/client.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { pemeriksaanScopeSql, sasaranScopeSql } from "../access/scope.ts";
import { bulanDari, type Bulan } from "./bulan.ts";
import { INDIKATOR_CAKUPAN, jumlahCakupan, type KodeIndikator, type NilaiCakupan } from "./cakupan-indikator.ts";
import { kelompokIsSql, umurAntaraSql } from "./kelompok-sql.ts";
import type { Kelompok } from "../sasaran/kelompok.ts";
import { HASIL_SQL } from "./hasil-sql.ts";
import type { TLaporanParams } from "./schemas.ts";
import { kelompokkan, tingkatBaris, type PosyanduLetak, type TingkatBaris } from "./wilayah.ts";
import { assertDrillInScope, posyanduCte } from "./skdn.ts";

/** Counted over the month's entries `e` (distinct people), over registered live people `s` (age and group on the month's last day), or over pregnancies. */
type Hitung = { dari: "entri"; syarat: Prisma.Sql } | { dari: "terdaftar"; syarat: Prisma.Sql } | { dari: "hamil" };
const entri = (syarat: Prisma.Sql): Hitung => ({ dari: "entri", syarat });
const terdaftar = (syarat: Prisma.Sql): Hitung => ({ dari: "terdaftar", syarat });
const layanan = (k: string) => Prisma.sql`e.layanan->>${k} = 'true'`;
const skrining = (k: string) => Prisma.sql`(e.skrining -> ${k}) IS NOT NULL`;

const REMAJA = Prisma.sql`'USIA_SEKOLAH_REMAJA'`;
/** The person's sex, looked up (by primary key) only for the few entries that need it: girls' TTD. */
const PEREMPUAN = Prisma.sql`(SELECT s.jenis_kelamin FROM sasaran s WHERE s.id = e.sasaran_id) = 'P'`;

/** How each indicator is counted for a month whose last day is `akhir` (registered ages as birth-date ranges). */
export function hitungCakupan(akhir: string): Record<KodeIndikator, { pembilang: Hitung; penyebut: Hitung }> {
  const lahir = Prisma.sql`s.tanggal_lahir`;
  const umur = (dari: number, sampai: number | null) => umurAntaraSql(lahir, akhir, dari, sampai);
  const kelompok = (k: Kelompok) => kelompokIsSql(lahir, akhir, k);
  return {
    vitaminABayi: { pembilang: entri(Prisma.sql`e.umur_bulan BETWEEN 6 AND 11 AND ${layanan("vitaminA")}`), penyebut: terdaftar(umur(6, 11)) },
    vitaminABalita: { pembilang: entri(Prisma.sql`e.umur_bulan BETWEEN 12 AND 59 AND ${layanan("vitaminA")}`), penyebut: terdaftar(umur(12, 59)) },
    obatCacing: { pembilang: entri(Prisma.sql`e.umur_bulan BETWEEN 12 AND 59 AND ${layanan("obatCacing")}`), penyebut: terdaftar(umur(12, 59)) },
    asiEksklusif: { pembilang: entri(Prisma.sql`e.umur_bulan < 6 AND ${layanan("asiEksklusif")}`), penyebut: entri(Prisma.sql`e.umur_bulan < 6`) },
    ttdBumil: { pembilang: entri(Prisma.sql`e.status_ibu = 'HAMIL' AND ${layanan("ttd")}`), penyebut: { dari: "hamil" } },
    kekBumil: { pembilang: entri(Prisma.sql`e.status_ibu = 'HAMIL' AND ${HASIL_SQL.kek}`), penyebut: entri(Prisma.sql`e.status_ibu = 'HAMIL' AND e.lila_cm IS NOT NULL`) },
    ttdRemajaPutri: { pembilang: entri(Prisma.sql`e.kelompok::text = ${REMAJA} AND e.umur_bulan >= 144 AND ${layanan("ttd")} AND ${PEREMPUAN}`), penyebut: terdaftar(Prisma.sql`${kelompok("USIA_SEKOLAH_REMAJA")} AND ${umur(144, null)} AND s.jenis_kelamin = 'P'`) },
    tdRemaja: { pembilang: entri(Prisma.sql`e.kelompok::text = ${REMAJA} AND e.sistolik IS NOT NULL`), penyebut: terdaftar(kelompok("USIA_SEKOLAH_REMAJA")) },
    tdDewasa: { pembilang: entri(Prisma.sql`e.kelompok = 'DEWASA' AND e.sistolik IS NOT NULL`), penyebut: terdaftar(kelompok("DEWASA")) },
    tdLansia: { pembilang: entri(Prisma.sql`e.kelompok = 'LANSIA' AND e.sistolik IS NOT NULL`), penyebut: terdaftar(kelompok("LANSIA")) },
    hipertensiLansia: { pembilang: entri(Prisma.sql`e.kelompok = 'LANSIA' AND ${HASIL_SQL.hipertensi}`), penyebut: entri(Prisma.sql`e.kelompok = 'LANSIA' AND e.sistolik IS NOT NULL`) },
    skilasLansia: { pembilang: entri(Prisma.sql`e.kelompok = 'LANSIA' AND ${skrining("skilas")}`), penyebut: terdaftar(kelompok("LANSIA")) },
    aksLansia: { pembilang: entri(Prisma.sql`e.kelompok = 'LANSIA' AND ${skrining("aks")}`), penyebut: terdaftar(kelompok("LANSIA")) },
    puma40: { pembilang: entri(Prisma.sql`e.umur_bulan >= 480 AND ${skrining("puma")}`), penyebut: terdaftar(umur(480, null)) },
    pumaPositif: { pembilang: entri(Prisma.sql`${skrining("puma")} AND ${HASIL_SQL.pumaPositif}`), penyebut: entri(skrining("puma")) },
  };
}

export interface CakupanPosyandu extends PosyanduLetak { nilai: Record<KodeIndikator, NilaiCakupan> }

export interface CakupanLaporan {
  bulan: Bulan;
  tingkat: TingkatBaris;
  baris: { id: string; nama: string; baris: Record<KodeIndikator, NilaiCakupan>; jumlahPosyandu: number }[];
  total: Record<KodeIndikator, NilaiCakupan>;
  posyandu: CakupanPosyandu[];
}

type Row = { posyandu_id: string; posyandu: string; desa_id: string; desa: string; puskesmas_id: string | null; puskesmas: string | null } & Record<string, number | string | null>;

const col = (kode: string, bagian: "p" | "q") => Prisma.raw(`"${kode}_${bagian}"`);

/** The one statement of coverage per posyandu (exported for the EXPLAIN in docs/laporan-explain.md). */
export function cakupanSql(viewer: Viewer, bulan: Bulan, p: Pick<TLaporanParams, "puskesmasId" | "desaId" | "posyanduId">): Prisma.Sql {
  const hitung = hitungCakupan(bulan.akhir);
  const eCols: Prisma.Sql[] = [];
  const rCols: Prisma.Sql[] = [];
  const out: Prisma.Sql[] = [];
  for (const i of INDIKATOR_CAKUPAN) {
    const h = hitung[i.kode];
    for (const [bagian, x] of [["p", h.pembilang], ["q", h.penyebut]] as const) {
      const name = col(i.kode, bagian);
      if (x.dari === "entri") {
        eCols.push(Prisma.sql`count(DISTINCT e.sasaran_id) FILTER (WHERE ${x.syarat})::int AS ${name}`);
        out.push(Prisma.sql`coalesce(ea.${name}, 0) AS ${name}`);
      } else if (x.dari === "terdaftar") {
        rCols.push(Prisma.sql`count(*) FILTER (WHERE ${x.syarat})::int AS ${name}`);
        out.push(Prisma.sql`coalesce(ra.${name}, 0) AS ${name}`);
      } else out.push(Prisma.sql`coalesce(ha.n, 0) AS ${name}`);
    }
  }
  return Prisma.sql`
    WITH ${posyanduCte(viewer, p)},
    e AS (
      SELECT e.* FROM pemeriksaan e
      WHERE ${pemeriksaanScopeSql(viewer)} AND e.tanggal >= ${bulan.awal}::date AND e.tanggal < ${bulan.akhirEksklusif}::date AND e.posyandu_id IN (SELECT id FROM pos)),
    ea AS (SELECT e.posyandu_id, ${Prisma.join(eCols)} FROM e GROUP BY e.posyandu_id),
    ra AS (
      SELECT s.posyandu_id, ${Prisma.join(rCols)}
      FROM sasaran s
      WHERE ${sasaranScopeSql(viewer)} AND s.posyandu_id IN (SELECT id FROM pos) AND s.digabung_ke_id IS NULL AND s.is_active AND s.tanggal_lahir <= ${bulan.akhir}::date
      GROUP BY s.posyandu_id),
    ha AS (
      SELECT s.posyandu_id, count(DISTINCT s.id)::int AS n
      FROM status_sasaran st JOIN sasaran s ON s.id = st.sasaran_id
      WHERE ${sasaranScopeSql(viewer)} AND s.posyandu_id IN (SELECT id FROM pos) AND s.digabung_ke_id IS NULL AND s.is_active
        AND st.status = 'HAMIL' AND st.mulai <= ${bulan.akhir}::date AND (st.selesai IS NULL OR st.selesai >= ${bulan.awal}::date)
      GROUP BY s.posyandu_id)
    SELECT pos.id AS posyandu_id, pos.nama AS posyandu, pos.desa_id, pos.desa, pos.puskesmas_id, pos.puskesmas, ${Prisma.join(out)}
    FROM pos LEFT JOIN ea ON ea.posyandu_id = pos.id LEFT JOIN ra ON ra.posyandu_id = pos.id LEFT JOIN ha ON ha.posyandu_id = pos.id
    WHERE pos.is_active OR ea.posyandu_id IS NOT NULL
    ORDER BY pos.puskesmas NULLS LAST, pos.desa, pos.nama`;
}

/** One statement: every indicator's numerator and denominator for every posyandu in the viewer's scope and drill. */
export async function cakupanPerPosyandu(viewer: Viewer, bulan: Bulan, p: Pick<TLaporanParams, "puskesmasId" | "desaId" | "posyanduId">): Promise<CakupanPosyandu[]> {
  const rows = await db.$queryRaw<Row[]>(cakupanSql(viewer, bulan, p));
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
