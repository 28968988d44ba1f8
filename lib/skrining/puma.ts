/**
 * PUMA: screening for PPOK (COPD) from age 40, at least once a year, at posyandu too.
 * Source: Juknis ILP (KMK HK.01.07/MENKES/2015/2023) Formulir 4 "Kuesioner PUMA" and the PPOK
 * screening page (domain-posyandu-day.md §2). Items 1 (sex) and 2 (age) come from the person's record;
 * the cut-off is a rule (ambang.puma, default ≥ 6). Pure.
 */
import type { HasilSkrining } from "./hasil.ts";

export const MEROKOK = ["TIDAK", "KURANG_20", "ANTARA_20_30", "LEBIH_30"] as const;
export type Merokok = (typeof MEROKOK)[number];

export const MEROKOK_LABEL: Record<Merokok, string> = {
  TIDAK: "Tidak merokok",
  KURANG_20: "Kurang dari 20 bungkus-tahun",
  ANTARA_20_30: "20–30 bungkus-tahun",
  LEBIH_30: "Lebih dari 30 bungkus-tahun",
};
const MEROKOK_SKOR: Record<Merokok, number> = { TIDAK: 0, KURANG_20: 0, ANTARA_20_30: 1, LEBIH_30: 2 };

/** The answers (checked on the server by ZPuma, lib/skrining/schemas.ts). */
export interface JawabanPuma {
  merokok: Merokok;
  /** Optional inputs of the pack-year helper, kept as typed. */
  lamaMerokokTahun?: number | null;
  batangPerHari?: number | null;
  napasPendek: boolean;
  dahak: boolean;
  batuk: boolean;
  spirometri: boolean;
}

export const PUMA_BUTIR = [
  { kode: "jenisKelamin", label: "Jenis kelamin", opsi: "Perempuan 0 · Laki-laki 1 (dari data sasaran)" },
  { kode: "umur", label: "Usia", opsi: "40–49 tahun 0 · 50–59 tahun 1 · 60 tahun ke atas 2 (dari tanggal lahir)" },
  { kode: "merokok", label: "Merokok (bungkus-tahun = lama merokok dalam tahun × batang per hari ÷ 20). \"Tidak\" bila kurang dari 20 bungkus seumur hidup atau kurang dari 1 batang sehari selama setahun.", opsi: "Tidak 0 · < 20 bungkus-tahun 0 · 20–30 bungkus-tahun 1 · > 30 bungkus-tahun 2" },
  { kode: "napasPendek", label: "Apakah Anda pernah merasa napas pendek ketika berjalan lebih cepat pada jalan yang datar atau pada jalan yang sedikit menanjak?", opsi: "Tidak 0 · Ya 1" },
  { kode: "dahak", label: "Apakah Anda biasanya mempunyai dahak yang berasal dari paru atau kesulitan mengeluarkan dahak saat Anda tidak sedang menderita flu?", opsi: "Tidak 0 · Ya 1" },
  { kode: "batuk", label: "Apakah Anda biasanya batuk saat Anda tidak sedang menderita flu?", opsi: "Tidak 0 · Ya 1" },
  { kode: "spirometri", label: "Apakah dokter atau tenaga kesehatan lain pernah meminta Anda untuk melakukan pemeriksaan fungsi paru dengan alat spirometri atau peakflow meter (meniup ke dalam suatu alat)?", opsi: "Tidak 0 · Ya 1" },
] as const;

/**
 * The smoking class from years smoked and cigarettes a day: "Tidak" under 1 a day or under 20 packs
 * in a lifetime (20 cigarettes a pack), else by pack-years (< 20, 20–30, > 30).
 */
export function kategoriMerokok(lamaTahun: number, batangPerHari: number): Merokok {
  if (batangPerHari < 1 || lamaTahun <= 0) return "TIDAK";
  const bungkusSeumurHidup = (lamaTahun * 365 * batangPerHari) / 20;
  if (bungkusSeumurHidup < 20) return "TIDAK";
  const bungkusTahun = (lamaTahun * batangPerHari) / 20;
  if (bungkusTahun < 20) return "KURANG_20";
  if (bungkusTahun <= 30) return "ANTARA_20_30";
  return "LEBIH_30";
}

export function skorUmurPuma(umurTahun: number): number {
  return umurTahun >= 60 ? 2 : umurTahun >= 50 ? 1 : 0;
}

/** Total 0–9; referred when ≥ `rujukMulai` (ILP: 6). */
export function skorPuma(j: JawabanPuma, orang: { jenisKelamin: "L" | "P"; umurTahun: number }, rujukMulai: number): HasilSkrining {
  const skor =
    (orang.jenisKelamin === "L" ? 1 : 0) +
    skorUmurPuma(orang.umurTahun) +
    MEROKOK_SKOR[j.merokok] +
    (j.napasPendek ? 1 : 0) +
    (j.dahak ? 1 : 0) +
    (j.batuk ? 1 : 0) +
    (j.spirometri ? 1 : 0);
  if (skor >= rujukMulai) {
    return { skor, kategori: "tinggi", label: "Risiko PPOK tinggi", rujuk: true, alasan: `Skor PUMA ${skor} (batas rujuk ${rujukMulai}): rujuk ke puskesmas untuk spirometri` };
  }
  return { skor, kategori: "rendah", label: "Risiko PPOK rendah", rujuk: false, alasan: null };
}
