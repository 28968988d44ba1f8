/**
 * SKILAS (Skrining Lansia Sederhana), for everyone aged ≥ 60, at least once a year, at the first
 * contact with a kader. Source: Juknis ILP Formulir 5 and the Skrining Geriatri page
 * (domain-posyandu-day.md §3). Each of the six domains is positive (ticked) on the answers below; one
 * or more positive domains → further screening by a health worker at the Pustu or Puskesmas (the
 * number is a rule, ambang.skilas, default 1; so is the LiLA cut-off, default < 21 cm). Pure.
 */
import type { HasilSkrining } from "./hasil.ts";

export const TES_BISIK = ["DENGAR", "TIDAK_DENGAR", "TIDAK_BISA"] as const;
export type TesBisik = (typeof TES_BISIK)[number];

/** The answers, each optional (checked on the server by ZSkilas, lib/skrining/schemas.ts). */
export interface JawabanSkilas {
  /** Cognition: true = answered correctly / repeated all three words. */
  orientasiWaktu?: boolean | null;
  orientasiTempat?: boolean | null;
  ingatTigaKata?: boolean | null;
  /** Mobility: stood up 5 times within 14 seconds without using the hands. */
  berdiriKursi14Detik?: boolean | null;
  /** Malnutrition. */
  beratTurun?: boolean | null;
  nafsuMakanHilang?: boolean | null;
  /** Vision: any eye problem (yes = positive); finger counting right 3 times (no = positive). */
  gangguanMata?: boolean | null;
  tesMelihat?: boolean | null;
  /** Hearing: the whisper test. */
  tesBisik?: TesBisik | null;
  /** Depressive symptoms in the last two weeks. */
  sedih?: boolean | null;
  kurangMinat?: boolean | null;
}

export const SKILAS_DOMAIN = [
  {
    kode: "kognitif",
    label: "Penurunan kognitif",
    butir: [
      { kode: "orientasiWaktu", label: "Mengetahui tanggal hari ini (orientasi waktu)", positifBila: "Salah" },
      { kode: "orientasiTempat", label: "Mengetahui di mana berada sekarang (orientasi tempat)", positifBila: "Salah" },
      { kode: "ingatTigaKata", label: "Mengulang ketiga kata yang disebutkan tadi (mis. bunga, pintu, nasi)", positifBila: "Tidak bisa mengulang ketiganya" },
    ],
  },
  { kode: "mobilitas", label: "Keterbatasan mobilisasi", butir: [{ kode: "berdiriKursi14Detik", label: "Tes berdiri dari kursi: berdiri 5 kali tanpa menggunakan tangan, selesai dalam 14 detik?", positifBila: "Tidak" }] },
  {
    kode: "malnutrisi",
    label: "Malnutrisi",
    butir: [
      { kode: "beratTurun", label: "Berat badan berkurang lebih dari 3 kg dalam 3 bulan terakhir atau pakaian menjadi longgar?", positifBila: "Ya" },
      { kode: "nafsuMakanHilang", label: "Hilang nafsu makan atau kesulitan makan (batuk/tersedak saat makan, makan lewat selang)?", positifBila: "Ya" },
      { kode: "lilaCm", label: "LiLA kurang dari 21 cm (dari pengukuran)", positifBila: "Ya" },
    ],
  },
  {
    kode: "penglihatan",
    label: "Gangguan penglihatan",
    butir: [
      { kode: "gangguanMata", label: "Masalah pada mata: sulit melihat jauh, membaca, penyakit mata, atau sedang berobat diabetes/hipertensi?", positifBila: "Ya" },
      { kode: "tesMelihat", label: "Bila tidak: tes hitung jari benar 3 kali berturut-turut?", positifBila: "Tidak" },
    ],
  },
  { kode: "pendengaran", label: "Gangguan pendengaran", butir: [{ kode: "tesBisik", label: "Tes bisik: mendengar bisikan?", positifBila: "Tidak mendengar (tidak dapat dites: rujuk)" }] },
  {
    kode: "depresi",
    label: "Gejala depresi",
    butir: [
      { kode: "sedih", label: "Dalam dua minggu terakhir, merasa sedih, tertekan, atau putus asa?", positifBila: "Ya" },
      { kode: "kurangMinat", label: "Dalam dua minggu terakhir, sedikit minat atau kesenangan dalam melakukan sesuatu?", positifBila: "Ya" },
    ],
  },
] as const;

export type DomainSkilas = (typeof SKILAS_DOMAIN)[number]["kode"];

/** The positive domains, in form order. `lilaCm` is the measured LiLA (null when not measured). */
export function domainPositifSkilas(j: JawabanSkilas, lilaCm: number | null, batasLilaCm: number): DomainSkilas[] {
  const out: DomainSkilas[] = [];
  if (j.orientasiWaktu === false || j.orientasiTempat === false || j.ingatTigaKata === false) out.push("kognitif");
  if (j.berdiriKursi14Detik === false) out.push("mobilitas");
  if (j.beratTurun === true || j.nafsuMakanHilang === true || (lilaCm !== null && lilaCm < batasLilaCm)) out.push("malnutrisi");
  if (j.gangguanMata === true || j.tesMelihat === false) out.push("penglihatan");
  if (j.tesBisik === "TIDAK_DENGAR" || j.tesBisik === "TIDAK_BISA") out.push("pendengaran");
  if (j.sedih === true || j.kurangMinat === true) out.push("depresi");
  return out;
}

/** skor = number of positive domains; referred when ≥ `rujukMinimal` (ILP: 1). */
export function skorSkilas(j: JawabanSkilas, lilaCm: number | null, aturan: { lilaCm: number; rujukMinimalDomain: number }): HasilSkrining & { positif: DomainSkilas[] } {
  const positif = domainPositifSkilas(j, lilaCm, aturan.lilaCm);
  const skor = positif.length;
  const label = skor === 0 ? "Tidak ada domain positif" : `${skor} domain positif`;
  const rujuk = skor >= aturan.rujukMinimalDomain && skor > 0;
  const nama = positif.map((k) => SKILAS_DOMAIN.find((d) => d.kode === k)!.label.toLowerCase()).join(", ");
  return { skor, kategori: skor === 0 ? "negatif" : "positif", label, rujuk, alasan: rujuk ? `SKILAS positif: ${nama}; skrining lanjut di Pustu/Puskesmas` : null, positif };
}
