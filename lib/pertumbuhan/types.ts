/** 1 = laki-laki (male), 2 = perempuan (female), as in the WHO tables. */
export type Sex = 1 | 2;

/** `l` = lying (panjang badan, recumbent length); `h` = standing (tinggi badan, height). */
export type Measure = "l" | "h";

/** WHO2006 = WHO Child Growth Standards (0–<60 months); WHO2007 = WHO Growth Reference (60 months–19 years). */
export type Reference = "WHO2006" | "WHO2007";

/**
 * The growth indices, by their Indonesian (Permenkes 2/2020) names, with the anthro column names:
 * - `bbu`   BB/U   weight-for-age                      (zwei)
 * - `tbu`   PB/U or TB/U length/height-for-age        (zlen)
 * - `bbtb`  BB/PB or BB/TB weight-for-length/height   (zwfl)
 * - `imtu`  IMT/U  BMI-for-age                         (zbmi)
 * - `lku`   LK/U   head circumference-for-age          (zhc)
 * - `lilau` LiLA/U arm circumference-for-age           (zac)
 */
export type IndexKey = "bbu" | "tbu" | "bbtb" | "imtu" | "lku" | "lilau";

export const INDEX_KEYS: readonly IndexKey[] = ["bbu", "tbu", "bbtb", "imtu", "lku", "lilau"];

/** Colour key for the UI. */
export type CategoryColour = "danger" | "warning" | "ok" | "info";

export interface GrowthInput {
  sex?: Sex | null;
  /** YYYY-MM-DD. With `visitDate`, gives the age in completed days. */
  birthDate?: string | null;
  /** YYYY-MM-DD, the day of measurement. */
  visitDate?: string | null;
  /** Age in days; used instead of the dates when given. May be fractional (rounded as WHO does). */
  ageDays?: number | null;
  /** Age in months (anthro's is_age_in_month); used only when neither ageDays nor both dates are given. */
  ageMonths?: number | null;
  weightKg?: number | null;
  /** Length (lying) or height (standing) as measured, before any 0.7 cm correction. */
  lengthHeightCm?: number | null;
  /** How the child was measured; null/undefined = not recorded (WHO then goes by age). */
  measure?: Measure | null;
  headCm?: number | null;
  /** Mid-upper arm circumference (LiLA), cm. */
  muacCm?: number | null;
  /** Bilateral pitting oedema. */
  oedema?: boolean | null;
}

export interface CategoryResult {
  /** Stable code, e.g. "bbu.sangat_kurang". */
  code: string;
  /** Bahasa Indonesia label, e.g. "Berat badan sangat kurang". */
  label: string;
  colour: CategoryColour;
}

/**
 * Why an index has no z-score:
 * - `missing`: its measurement was not given (nothing to report);
 * - `invalid`: the input cannot be used (no sex, no or bad age, a value ≤ 0);
 * - `out_of_range`: WHO does not define it here (age or length outside the table, oedema, …).
 */
export type IndexStatus = "ok" | "missing" | "invalid" | "out_of_range";

export interface IndexResult {
  /** z-score rounded to 2 decimals as WHO does, or null when not computed. */
  z: number | null;
  /** WHO's plausibility flag (e.g. BB/U z < −6 or > 5). Always false when z is null. */
  flag: boolean;
  status: IndexStatus;
  /** Bahasa Indonesia explanation when z is null. */
  reason?: string;
  /** Permenkes 2/2020 category of the rounded z-score. */
  category?: CategoryResult;
  /** Which WHO table was used: e.g. "weianthro", "wflanthro", "hfawho2007". */
  table?: string;
}

export interface ValidationIssue {
  field:
    | "sex"
    | "birthDate"
    | "visitDate"
    | "ageDays"
    | "ageMonths"
    | "age"
    | "weightKg"
    | "lengthHeightCm"
    | "measure"
    | "headCm"
    | "muacCm"
    | "oedema";
  message: string;
}

export interface ValidationResult {
  /** Input that cannot be right (e.g. birth after measurement, weight ≤ 0). */
  errors: ValidationIssue[];
  /** Input that is usable but noteworthy (e.g. length outside the weight-for-length table). */
  warnings: ValidationIssue[];
}

export interface GrowthResult {
  sex: Sex | null;
  /** Age in completed days as used for the table lookup (rounded like WHO), or null. */
  ageDays: number | null;
  /** Age in months, unrounded (days / 30.4375), or null. */
  ageMonths: number | null;
  /** Which WHO reference applies at this age; null when the age is unknown or out of range. */
  reference: Reference | null;
  /** Measure used after cleaning: a standing measure under 9 months is discarded (null) as WHO does. */
  measure: Measure | null;
  /** True when a standing measure under 9 months was discarded (anthro's c9mo_flag). */
  measureDiscarded: boolean;
  /** Length/height after the 0.7 cm correction (WHO 2006 only), or null. */
  lengthHeightCm: number | null;
  /** +0.7, −0.7 or 0: the correction applied. */
  lengthHeightCorrectionCm: number;
  /** BMI from weight and the corrected length/height, or null. */
  bmi: number | null;
  indices: Record<IndexKey, IndexResult>;
  errors: ValidationIssue[];
  warnings: ValidationIssue[];
}
