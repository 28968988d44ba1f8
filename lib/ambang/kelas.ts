/**
 * Classifiers of single measurements against the stored thresholds (lib/ambang/index.ts gives the
 * values and their sources). Each returns a stable code, a Bahasa label and whether to refer. Pure.
 */

export interface Kelas {
  kode: string;
  label: string;
  rujuk: boolean;
  tingkat: "bahaya" | "waspada" | "info" | "normal";
}

// ── Blood pressure, adults (ILP klaster 3 / InaSH) ──────────────────────────────────────────────
export const KELAS_TD_DEWASA = ["OPTIMAL", "NORMAL", "NORMAL_TINGGI", "HT1", "HT2", "HT3"] as const;
export type KelasTdDewasa = (typeof KELAS_TD_DEWASA)[number];
export const KELAS_TD_DEWASA_LABEL: Record<KelasTdDewasa, string> = {
  OPTIMAL: "Optimal",
  NORMAL: "Normal",
  NORMAL_TINGGI: "Normal tinggi",
  HT1: "Hipertensi derajat 1",
  HT2: "Hipertensi derajat 2",
  HT3: "Hipertensi derajat 3",
};
export interface TdBatas {
  sistolik: number;
  diastolik: number;
}
export interface AmbangTdDewasa {
  /** Lower bound of each class from NORMAL up (a reading is in the highest class whose systolic OR diastolic bound it reaches). */
  normal: TdBatas;
  normalTinggi: TdBatas;
  ht1: TdBatas;
  ht2: TdBatas;
  ht3: TdBatas;
  /** Refer from this class up. */
  rujukMulai: KelasTdDewasa;
}

export function kelasTdDewasa(sistolik: number, diastolik: number, a: AmbangTdDewasa): Kelas & { kelas: KelasTdDewasa; sistolikTerisolasi: boolean } {
  const bounds: [KelasTdDewasa, TdBatas][] = [["HT3", a.ht3], ["HT2", a.ht2], ["HT1", a.ht1], ["NORMAL_TINGGI", a.normalTinggi], ["NORMAL", a.normal]];
  let kelas: KelasTdDewasa = "OPTIMAL";
  for (const [k, b] of bounds) {
    if (sistolik >= b.sistolik || diastolik >= b.diastolik) {
      kelas = k;
      break;
    }
  }
  const sistolikTerisolasi = sistolik >= a.ht1.sistolik && diastolik < a.ht1.diastolik;
  const rujuk = KELAS_TD_DEWASA.indexOf(kelas) >= KELAS_TD_DEWASA.indexOf(a.rujukMulai);
  const label = KELAS_TD_DEWASA_LABEL[kelas] + (sistolikTerisolasi ? " (sistolik terisolasi)" : "");
  const tingkat = rujuk ? "bahaya" : KELAS_TD_DEWASA.indexOf(kelas) >= 2 ? "waspada" : "normal";
  return { kode: `td.${kelas.toLowerCase()}`, label, rujuk, tingkat, kelas, sistolikTerisolasi };
}

// ── Blood pressure, children and adolescents (AAP 2017 simplified table in the ILP) ───────────────
export interface AmbangTdAnak {
  /** Screening values at ages 7…12 (completed years), by sex: at or above → further evaluation. */
  tabel: { umurTahun: number; L: TdBatas; P: TdBatas }[];
  /** From this age the adult-like AAP classes apply. */
  remajaMulaiTahun: number;
  meningkat: TdBatas;
  ht1: TdBatas;
  ht2: TdBatas;
}

/** null when there is no class at this age (under the first row of the table). */
export function kelasTdAnak(sistolik: number, diastolik: number, umurTahun: number, jenisKelamin: "L" | "P", a: AmbangTdAnak): Kelas | null {
  if (umurTahun >= a.remajaMulaiTahun) {
    if (sistolik >= a.ht2.sistolik || diastolik >= a.ht2.diastolik) return { kode: "td_anak.ht2", label: "Hipertensi derajat 2", rujuk: true, tingkat: "bahaya" };
    if (sistolik >= a.ht1.sistolik || diastolik >= a.ht1.diastolik) return { kode: "td_anak.ht1", label: "Hipertensi derajat 1", rujuk: true, tingkat: "bahaya" };
    if (sistolik >= a.meningkat.sistolik) return { kode: "td_anak.meningkat", label: "Tekanan darah meningkat", rujuk: false, tingkat: "waspada" };
    return { kode: "td_anak.normal", label: "Normal", rujuk: false, tingkat: "normal" };
  }
  const rows = [...a.tabel].sort((x, y) => x.umurTahun - y.umurTahun);
  if (rows.length === 0 || umurTahun < rows[0].umurTahun) return null;
  let row = rows[0];
  for (const r of rows) if (r.umurTahun <= umurTahun) row = r;
  const b = row[jenisKelamin];
  if (sistolik >= b.sistolik || diastolik >= b.diastolik) {
    return { kode: "td_anak.tinggi", label: `Tekanan darah tinggi untuk usianya (batas ${b.sistolik}/${b.diastolik})`, rujuk: true, tingkat: "bahaya" };
  }
  return { kode: "td_anak.normal", label: "Normal", rujuk: false, tingkat: "normal" };
}

// ── Adult IMT (scheme chosen by rule) ─────────────────────────────────────────────────────────────
export const SKEMA_IMT = ["ASIA_PASIFIK", "DEPKES"] as const;
export type SkemaImt = (typeof SKEMA_IMT)[number];
/** Classes from the lowest; `dari` = lower bound on the IMT rounded to 1 decimal (null = no bound). */
export const KELAS_IMT: Record<SkemaImt, readonly { kode: string; label: string; dari: number | null; tingkat: Kelas["tingkat"] }[]> = {
  // Juknis ILP, skrining obesitas (Asia-Pacific, WHO 2000): < 18.5; 18.5–22.9; 23–24.9; 25–29.9; ≥ 30.
  ASIA_PASIFIK: [
    { kode: "kurus", label: "Berat badan kurang", dari: null, tingkat: "waspada" },
    { kode: "normal", label: "Normal", dari: 18.5, tingkat: "normal" },
    { kode: "lebih", label: "Berat badan lebih (berisiko)", dari: 23, tingkat: "waspada" },
    { kode: "obesitas1", label: "Obesitas I", dari: 25, tingkat: "waspada" },
    { kode: "obesitas2", label: "Obesitas II", dari: 30, tingkat: "waspada" },
  ],
  // Depkes/P2PTM: < 17.0; 17.0–18.4; 18.5–25.0; 25.1–27.0; > 27.0.
  DEPKES: [
    { kode: "kurus_berat", label: "Kurus (kekurangan berat badan tingkat berat)", dari: null, tingkat: "waspada" },
    { kode: "kurus_ringan", label: "Kurus (kekurangan berat badan tingkat ringan)", dari: 17, tingkat: "waspada" },
    { kode: "normal", label: "Normal", dari: 18.5, tingkat: "normal" },
    { kode: "gemuk", label: "Gemuk (kelebihan berat badan tingkat ringan)", dari: 25.1, tingkat: "waspada" },
    { kode: "obesitas", label: "Obesitas (kelebihan berat badan tingkat berat)", dari: 27.1, tingkat: "waspada" },
  ],
};

export function kelasImtDewasa(imt: number, skema: SkemaImt): Kelas {
  const v = Math.round(imt * 10) / 10;
  const rows = KELAS_IMT[skema];
  let row = rows[0];
  for (const r of rows) if (r.dari === null || v >= r.dari) row = r;
  return { kode: `imt.${row.kode}`, label: row.label, rujuk: false, tingkat: row.tingkat };
}

/** IMT = kg / m², rounded to 1 decimal. */
export function hitungImt(beratKg: number, tinggiCm: number): number {
  const m = tinggiCm / 100;
  return Math.round((beratKg / (m * m)) * 10) / 10;
}

// ── Anemia (Hb, WHO 2011 as adopted by Kemenkes) ──────────────────────────────────────────────────
export const KELOMPOK_HB = ["ANAK_6_59_BULAN", "ANAK_5_11_TAHUN", "ANAK_12_14_TAHUN", "PEREMPUAN", "HAMIL", "LAKI_LAKI"] as const;
export type KelompokHb = (typeof KELOMPOK_HB)[number];
export const KELOMPOK_HB_LABEL: Record<KelompokHb, string> = {
  ANAK_6_59_BULAN: "Anak 6–59 bulan",
  ANAK_5_11_TAHUN: "Anak 5–11 tahun",
  ANAK_12_14_TAHUN: "Anak 12–14 tahun",
  PEREMPUAN: "Perempuan tidak hamil ≥ 15 tahun",
  HAMIL: "Ibu hamil",
  LAKI_LAKI: "Laki-laki ≥ 15 tahun",
};
/** Anemia when Hb < anemia; moderate when < sedang; severe when < berat (g/dL). */
export interface BatasHb {
  anemia: number;
  sedang: number;
  berat: number;
}
export const TINGKAT_ANEMIA = ["RINGAN", "SEDANG", "BERAT"] as const;
export type TingkatAnemia = (typeof TINGKAT_ANEMIA)[number];
export interface AmbangHb {
  batas: Record<KelompokHb, BatasHb>;
  rujukMulai: TingkatAnemia;
}

/** The Hb group of a person, or null under 6 months. */
export function kelompokHb(umurBulan: number, jenisKelamin: "L" | "P", hamil: boolean): KelompokHb | null {
  if (hamil) return "HAMIL";
  if (umurBulan < 6) return null;
  if (umurBulan < 60) return "ANAK_6_59_BULAN";
  if (umurBulan < 144) return "ANAK_5_11_TAHUN";
  if (umurBulan < 180) return "ANAK_12_14_TAHUN";
  return jenisKelamin === "P" ? "PEREMPUAN" : "LAKI_LAKI";
}

export function kelasHb(hb: number, kelompok: KelompokHb, a: AmbangHb): Kelas & { tingkatAnemia: TingkatAnemia | null } {
  const b = a.batas[kelompok];
  const t: TingkatAnemia | null = hb < b.berat ? "BERAT" : hb < b.sedang ? "SEDANG" : hb < b.anemia ? "RINGAN" : null;
  if (!t) return { kode: "anemia.tidak", label: "Tidak anemia", rujuk: false, tingkat: "normal", tingkatAnemia: null };
  const rujuk = TINGKAT_ANEMIA.indexOf(t) >= TINGKAT_ANEMIA.indexOf(a.rujukMulai);
  return { kode: `anemia.${t.toLowerCase()}`, label: `Anemia ${t.toLowerCase()}`, rujuk, tingkat: t === "RINGAN" ? "waspada" : "bahaya", tingkatAnemia: t };
}

// ── Random blood glucose (GDS) ────────────────────────────────────────────────────────────────────
export interface AmbangGds {
  /** Below: normal. From here up to `prediabetes`: normal, re-check. */
  periksaUlang: number;
  prediabetes: number;
  diabetes: number;
}
export function kelasGds(gds: number, a: AmbangGds): Kelas {
  if (gds >= a.diabetes) return { kode: "gds.diabetes", label: "Gula darah tinggi (curiga diabetes)", rujuk: true, tingkat: "bahaya" };
  if (gds >= a.prediabetes) return { kode: "gds.prediabetes", label: "Prediabetes (periksa ulang 3 bulan lagi)", rujuk: false, tingkat: "waspada" };
  if (gds >= a.periksaUlang) return { kode: "gds.periksa_ulang", label: "Normal, periksa ulang", rujuk: false, tingkat: "info" };
  return { kode: "gds.normal", label: "Normal", rujuk: false, tingkat: "normal" };
}

// ── Waist circumference ───────────────────────────────────────────────────────────────────────────
export interface AmbangLingkarPerut {
  lakiLakiCm: number;
  perempuanCm: number;
}
/** Central obesity when ABOVE the bound (> 90 cm men, > 80 cm women). */
export function kelasLingkarPerut(cm: number, jenisKelamin: "L" | "P", a: AmbangLingkarPerut): Kelas {
  const batas = jenisKelamin === "L" ? a.lakiLakiCm : a.perempuanCm;
  return cm > batas
    ? { kode: "lp.obesitas_sentral", label: `Obesitas sentral (lingkar perut > ${batas} cm)`, rujuk: false, tingkat: "waspada" }
    : { kode: "lp.normal", label: "Normal", rujuk: false, tingkat: "normal" };
}
