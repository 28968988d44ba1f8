/**
 * How each coverage indicator (cakupan-indikator.ts) is counted, as SQL conditions: over the month's
 * entries `e` (distinct people), over the registered live people `s` (age and group on the month's
 * last day) or over pregnancies. Pure (no I/O): read by the live report statement (cakupan.ts) and by
 * the per-posyandu-month summary's definition (ringkasan-sql.ts), so both count the same way.
 */
import { Prisma } from "../generated/prisma/client.ts";
import type { KodeIndikator } from "./cakupan-indikator.ts";
import { umurAntaraSql } from "./kelompok-sql.ts";
import { KELOMPOK_MULAI_BULAN, KELOMPOK_SASARAN, type Kelompok } from "../sasaran/kelompok.ts";
import { HASIL_SQL } from "./hasil-sql.ts";

/**
 * Registered live people counted by a band of completed months of age on the month's last day
 * (`sampai` inclusive, null = no upper bound), girls only when `perempuan`. On a month's last day the
 * age in completed months is the plain difference of calendar months (umurBulanPada: the last day
 * completes a month), so a band is also a range of birth months: what the per-posyandu-month
 * denominators summary (penyebut-sql.ts) counts by.
 */
export interface UmurBand { dari: number; sampai: number | null; perempuan?: true }

/** Counted over the month's entries `e` (distinct people), over registered live people `s` (age and group on the month's last day), or over pregnancies. */
export type Hitung = { dari: "entri"; syarat: Prisma.Sql } | { dari: "terdaftar"; syarat: Prisma.Sql; umur: UmurBand } | { dari: "hamil" };
const entri = (syarat: Prisma.Sql): Hitung => ({ dari: "entri", syarat });

/** The age band of a life-cycle group (KELOMPOK_MULAI_BULAN up to the next group's start). */
export function bandKelompok(k: Kelompok): UmurBand {
  const next = KELOMPOK_SASARAN[KELOMPOK_SASARAN.indexOf(k) + 1];
  return { dari: KELOMPOK_MULAI_BULAN[k], sampai: next ? KELOMPOK_MULAI_BULAN[next] - 1 : null };
}

/** Two bands at once (both conditions hold). */
export function irisan(a: UmurBand, b: UmurBand): UmurBand {
  const sampai = a.sampai === null ? b.sampai : b.sampai === null ? a.sampai : Math.min(a.sampai, b.sampai);
  return { dari: Math.max(a.dari, b.dari), sampai, ...(a.perempuan || b.perempuan ? { perempuan: true as const } : {}) };
}
const layanan = (k: string) => Prisma.sql`e.layanan->>${k} = 'true'`;
const skrining = (k: string) => Prisma.sql`(e.skrining -> ${k}) IS NOT NULL`;

const REMAJA = Prisma.sql`'USIA_SEKOLAH_REMAJA'`;
/** The person's sex, looked up (by primary key) only for the few entries that need it: girls' TTD. */
const PEREMPUAN = Prisma.sql`(SELECT s.jenis_kelamin FROM sasaran s WHERE s.id = e.sasaran_id) = 'P'`;

/** How each indicator is counted for a month whose last day is `akhir` (registered ages as birth-date ranges). */
export function hitungCakupan(akhir: string): Record<KodeIndikator, { pembilang: Hitung; penyebut: Hitung }> {
  const lahir = Prisma.sql`s.tanggal_lahir`;
  // Registered people by age band, as birth-date ranges on the month's last day (index-only, no per-row arithmetic).
  const terdaftar = (umur: UmurBand): Hitung => {
    const syarat = umurAntaraSql(lahir, akhir, umur.dari, umur.sampai);
    return { dari: "terdaftar", umur, syarat: umur.perempuan ? Prisma.sql`${syarat} AND s.jenis_kelamin = 'P'` : syarat };
  };
  const umur = (dari: number, sampai: number | null): UmurBand => ({ dari, sampai });
  const kelompok = bandKelompok;
  return {
    vitaminABayi: { pembilang: entri(Prisma.sql`e.umur_bulan BETWEEN 6 AND 11 AND ${layanan("vitaminA")}`), penyebut: terdaftar(umur(6, 11)) },
    vitaminABalita: { pembilang: entri(Prisma.sql`e.umur_bulan BETWEEN 12 AND 59 AND ${layanan("vitaminA")}`), penyebut: terdaftar(umur(12, 59)) },
    obatCacing: { pembilang: entri(Prisma.sql`e.umur_bulan BETWEEN 12 AND 59 AND ${layanan("obatCacing")}`), penyebut: terdaftar(umur(12, 59)) },
    asiEksklusif: { pembilang: entri(Prisma.sql`e.umur_bulan < 6 AND ${layanan("asiEksklusif")}`), penyebut: entri(Prisma.sql`e.umur_bulan < 6`) },
    ttdBumil: { pembilang: entri(Prisma.sql`e.status_ibu = 'HAMIL' AND ${layanan("ttd")}`), penyebut: { dari: "hamil" } },
    kekBumil: { pembilang: entri(Prisma.sql`e.status_ibu = 'HAMIL' AND ${HASIL_SQL.kek}`), penyebut: entri(Prisma.sql`e.status_ibu = 'HAMIL' AND e.lila_cm IS NOT NULL`) },
    ttdRemajaPutri: { pembilang: entri(Prisma.sql`e.kelompok::text = ${REMAJA} AND e.umur_bulan >= 144 AND ${layanan("ttd")} AND ${PEREMPUAN}`), penyebut: terdaftar(irisan(kelompok("USIA_SEKOLAH_REMAJA"), { dari: 144, sampai: null, perempuan: true })) },
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
