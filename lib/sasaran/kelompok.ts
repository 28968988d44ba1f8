/**
 * The life-cycle group (kelompok sasaran) of a person on a given day, derived from age. Pure: runs in
 * the browser too.
 *
 * Age bands (source: Permenkes 25/2014 tentang Upaya Kesehatan Anak, Pasal 1: bayi 0–11 bulan, anak
 * balita 12–59 bulan, anak prasekolah 60–72 bulan, anak usia sekolah > 6 – 18 tahun; the Juknis ILP
 * (KMK HK.01.07/MENKES/2015/2023) recap groups "anak usia sekolah & remaja (6–18 tahun)" and "usia
 * dewasa & lansia (≥ 19 tahun)"; lansia ≥ 60 tahun by UU 13/1998 tentang Kesejahteraan Lanjut Usia;
 * domain.md §2.3):
 * - BAYI: 0–11 completed months;
 * - BALITA: 12–59 months;
 * - APRAS (anak prasekolah): 60–71 months (5 years up to the 6th birthday);
 * - USIA_SEKOLAH_REMAJA: 6 years up to the 19th birthday (72–227 months);
 * - DEWASA: 19 up to the 60th birthday;
 * - LANSIA: 60 years and over.
 * "Balita" in SKDN means every child under 5 (BAYI and BALITA together).
 */
import { parseIsoDate } from "../pertumbuhan/age.ts";

export const KELOMPOK_SASARAN = ["BAYI", "BALITA", "APRAS", "USIA_SEKOLAH_REMAJA", "DEWASA", "LANSIA"] as const;
export type Kelompok = (typeof KELOMPOK_SASARAN)[number];

export const KELOMPOK_LABEL: Record<Kelompok, string> = {
  BAYI: "Bayi (0–11 bulan)",
  BALITA: "Balita (12–59 bulan)",
  APRAS: "Anak prasekolah (5–6 tahun)",
  USIA_SEKOLAH_REMAJA: "Usia sekolah & remaja (6–18 tahun)",
  DEWASA: "Dewasa (19–59 tahun)",
  LANSIA: "Lansia (60 tahun ke atas)",
};

/** Lower bound of each group in completed months (the table above). */
export const KELOMPOK_MULAI_BULAN: Record<Kelompok, number> = {
  BAYI: 0,
  BALITA: 12,
  APRAS: 60,
  USIA_SEKOLAH_REMAJA: 72,
  DEWASA: 19 * 12,
  LANSIA: 60 * 12,
};

function parts(iso: string, what: string): [number, number, number] {
  if (parseIsoDate(iso) === null) throw new RangeError(`${what} bukan tanggal TTTT-BB-HH yang sah: ${iso}`);
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}

/**
 * Completed months of age on `tanggal` (both YYYY-MM-DD): calendar months between the dates, one less
 * when the day of the month has not yet been reached (born 15 Jan → 1 month on 15 Feb, 0 on 14 Feb).
 * A child born on the 31st completes a month on the last day of a shorter month (31 Jan → 1 month on
 * 28/29 Feb), as people count it. −1 when `tanggal` is before the birth.
 */
export function umurBulanPada(tanggalLahir: string, tanggal: string): number {
  const [ly, lm, ld] = parts(tanggalLahir, "Tanggal lahir");
  const [ty, tm, td] = parts(tanggal, "Tanggal");
  if (parseIsoDate(tanggal)! < parseIsoDate(tanggalLahir)!) return -1;
  const months = (ty - ly) * 12 + (tm - lm);
  const lastDay = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
  const reached = td >= ld || td === lastDay;
  return reached ? months : months - 1;
}

/** Completed years of age on `tanggal`. */
export function umurTahunPada(tanggalLahir: string, tanggal: string): number {
  return Math.floor(umurBulanPada(tanggalLahir, tanggal) / 12);
}

/** The group for an age in completed months (≥ 0). */
export function kelompokUmur(umurBulan: number): Kelompok {
  if (umurBulan < KELOMPOK_MULAI_BULAN.BALITA) return "BAYI";
  if (umurBulan < KELOMPOK_MULAI_BULAN.APRAS) return "BALITA";
  if (umurBulan < KELOMPOK_MULAI_BULAN.USIA_SEKOLAH_REMAJA) return "APRAS";
  if (umurBulan < KELOMPOK_MULAI_BULAN.DEWASA) return "USIA_SEKOLAH_REMAJA";
  if (umurBulan < KELOMPOK_MULAI_BULAN.LANSIA) return "DEWASA";
  return "LANSIA";
}

/** The group on `tanggal`. Throws RangeError for a birth after `tanggal` (callers refuse that first). */
export function kelompokPada(tanggalLahir: string, tanggal: string): Kelompok {
  const m = umurBulanPada(tanggalLahir, tanggal);
  if (m < 0) throw new RangeError("Tanggal lahir sesudah tanggal pemeriksaan.");
  return kelompokUmur(m);
}

/** Balita in the SKDN sense: under 60 months (BAYI and BALITA). */
export function isBalita(k: Kelompok): boolean {
  return k === "BAYI" || k === "BALITA";
}
