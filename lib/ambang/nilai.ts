/**
 * The thresholds of the posyandu day as plain values: the shape of each rule's value, the measured
 * fields, and (re-exported) the KBM tables and the classifiers. Zod-free and without the rules' source
 * texts: this is what the entry screen needs in the browser (the values come from the server,
 * loadAmbang, as plain data). The rule definitions (schema, default, source) are lib/ambang/index.ts,
 * which the server and the /ambang page use. Pure.
 */
import type { CategoryRule } from "../pertumbuhan/categories.ts";
import type { TabelKbm } from "../penimbangan/naik.ts";
import type { VarianKbm } from "./kbm.ts";
import type { AmbangGds, AmbangHb, AmbangLingkarPerut, AmbangTdAnak, AmbangTdDewasa, SkemaImt } from "./kelas.ts";

export { TABEL_KBM, VARIAN_KBM, VARIAN_KBM_LABEL, type VarianKbm } from "./kbm.ts";
export * from "./kelas.ts";

// ── Shapes of the rule values ─────────────────────────────────────────────────────────────────────
export interface AmbangKms {
  /** BGM ("bawah garis merah") when BB/U z < merahZ. */
  merahZ: number;
  /** "Above the orange line" (refer) when BB/U z > oranyeZ. */
  oranyeZ: number;
  /** Refer at the first T (Buku KIA 2023) or only at 2T (older practice). */
  rujukPada: "T" | "DUA_T";
}
export interface AmbangKek {
  lilaCm: number;
}
export interface AmbangPuma {
  rujukMulai: number;
}
export interface AmbangJiwa {
  instrumen: "SRQ20" | "PHQ4";
  srqRujukMulai: number;
  phq4RujukMulai: number;
}
export interface AmbangAks {
  mandiri: number;
  ringan: number;
  sedang: number;
  berat: number;
}
export interface AmbangSkilas {
  lilaCm: number;
  rujukMinimalDomain: number;
}
export const FIELD_UKUR = ["beratKg", "tinggiCm", "lilaCm", "lingkarKepalaCm", "lingkarPerutCm", "sistolik", "diastolik", "gulaDarah", "hb"] as const;
export type FieldUkur = (typeof FIELD_UKUR)[number];
export const FIELD_UKUR_LABEL: Record<FieldUkur, string> = {
  beratKg: "Berat badan",
  tinggiCm: "Panjang/tinggi badan",
  lilaCm: "LiLA",
  lingkarKepalaCm: "Lingkar kepala",
  lingkarPerutCm: "Lingkar perut",
  sistolik: "Tekanan darah sistolik",
  diastolik: "Tekanan darah diastolik",
  gulaDarah: "Gula darah sewaktu",
  hb: "Hb",
};
export const FIELD_UKUR_SATUAN: Record<FieldUkur, string> = {
  beratKg: "kg",
  tinggiCm: "cm",
  lilaCm: "cm",
  lingkarKepalaCm: "cm",
  lingkarPerutCm: "cm",
  sistolik: "mmHg",
  diastolik: "mmHg",
  gulaDarah: "mg/dL",
  hb: "g/dL",
};
export type AmbangBatas = Record<FieldUkur, { min: number; max: number }>;
export interface AmbangPlausibilitas {
  /** Ask to confirm when WHO flags a z-score as implausible. */
  whoFlag: boolean;
  /** Ask to confirm when a balita's weight changed by more than this since last month's weighing. */
  perubahanBeratBalitaKg: number;
  /** Ask to confirm when the height is this much below the last one. */
  tinggiSusutCm: number;
}

export interface Ambang {
  kbm: TabelKbm;
  kbmVarian: VarianKbm;
  kms: AmbangKms;
  gizi: readonly CategoryRule[];
  kek: AmbangKek;
  hb: AmbangHb;
  tdAnak: AmbangTdAnak;
  tdDewasa: AmbangTdDewasa;
  imtSkema: SkemaImt;
  lingkarPerut: AmbangLingkarPerut;
  gds: AmbangGds;
  puma: AmbangPuma;
  jiwa: AmbangJiwa;
  skilas: AmbangSkilas;
  aks: AmbangAks;
  batas: AmbangBatas;
  plausibilitas: AmbangPlausibilitas;
  /** kunci → ISO time the kabupaten's own value was last saved (loadAmbang fills it; absent = default). */
  diubahPada?: Readonly<Record<string, string>>;
}
