/**
 * WHO child growth z-scores, computed the way WHO's own R packages do:
 * - 0 to < 60 months: `anthro` (WHO Child Growth Standards 2006), github.com/WorldHealthOrganization/anthro
 * - 60 months to < 19 years: `anthroplus` (WHO Growth Reference 2007), github.com/WorldHealthOrganization/anthroplus
 * Each rule cites the R file it follows.
 */
import { DAYS_PER_MONTH, resolveAge, type ResolvedAge } from "./age.ts";
import { categorize } from "./categories.ts";
import type { LmsTable } from "./lms-build.ts";
import { INDEX_LABEL, PESAN } from "./messages.ts";
import { roundR } from "./round.ts";
import { INDEX_KEYS } from "./types.ts";
import type {
  GrowthInput,
  GrowthResult,
  IndexKey,
  IndexResult,
  Measure,
  Reference,
  Sex,
  ValidationIssue,
  ValidationResult,
} from "./types.ts";
import { zPlain, zRestricted } from "./zscore.ts";
import type { WhoTableName } from "./data/tables.ts";

/** anthro computes z-scores only for age in months < 60 (unrounded; R/z-score-helper.R). */
export const WHO2006_END_MONTHS = 60;
/** anthroplus >= 1.0.0 starts at 60 months (NEWS.md: "supports observations with age >= 60 months"). */
export const WHO2007_START_MONTHS = 60;
/** anthroplus 1.1.0: height- and BMI-for-age to < 229 months, weight-for-age to < 121 months (NEWS.md). */
export const WHO2007_END_MONTHS = 229;
export const WHO2007_WFA_END_MONTHS = 121;
/** Length below 731 days, height from 731 days (anthro R/z-score-helper.R adjust_lenhei). */
export const HEIGHT_FROM_DAY = 731;
/** anthro allowed_age_range upper bound, in rounded days (R/z-score-helper.R). */
export const WHO2006_MAX_DAY = 1856;
/** Arm circumference-for-age from day 91 (R/z-score-arm-circumference-for-age.R). */
export const MUAC_FROM_DAY = 91;
/** A standing measure below 9 months is implausible and dropped (anthro R/z-score.R). */
export const STANDING_FROM_MONTHS = 9;
/** Weight-for-length 45–110 cm, weight-for-height 65–120 cm (R/z-score-weight-for-lenhei.R). */
export const WFL_RANGE_CM = [45, 110] as const;
export const WFH_RANGE_CM = [65, 120] as const;
/** Without an age, anthro picks the length table below 87 cm and the height table from 87 cm. */
export const NO_AGE_HEIGHT_FROM_CM = 87;

/**
 * WHO plausibility flags, on the rounded z (anthro R/z-score.R docs; anthroplus R/zscores.R):
 * [low, high]: flagged when z < low or z > high.
 */
export const FLAG_LIMITS: Record<Reference, Partial<Record<IndexKey, readonly [number, number]>>> = {
  WHO2006: {
    bbu: [-6, 5],
    tbu: [-6, 6],
    bbtb: [-5, 5],
    imtu: [-5, 5],
    lku: [-5, 5],
    lilau: [-5, 5],
  },
  WHO2007: {
    bbu: [-6, 5],
    tbu: [-6, 6],
    imtu: [-5, 5],
  },
};

type Num = number | null | undefined;

function present(v: Num): v is number {
  return typeof v === "number" && !Number.isNaN(v);
}

function positive(v: number): boolean {
  return Number.isFinite(v) && v > 0;
}

function notComputed(status: IndexResult["status"], reason: string): IndexResult {
  return { z: null, flag: false, status, reason };
}

/** z from an age table of the 2006 standards (row = rounded day), rounded like anthro. */
function zByDay(table: WhoTableName, sex: Sex, day: number, y: number, restricted: boolean): number | null {
  const t = lmsTable(table);
  if (day < t.start || day > t.end) return null;
  const series = t.bySex[sex - 1];
  const k = day - t.start;
  const l = series.l[k];
  if (Number.isNaN(l)) return null;
  const m = series.m[k];
  const s = series.s[k];
  const z = restricted ? zRestricted(y, l, m, s) : zPlain(y, l, m, s);
  return Number.isFinite(z) ? roundR(z, 2) : null;
}

/**
 * z from the weight-for-length or -height table, L, M and S interpolated linearly between the two
 * tenths of a cm around the length (anthro R/z-score-weight-for-lenhei.R: low = trunc(x·10)/10,
 * diff = (x − low)/0.1).
 */
function zByLenhei(table: "wflanthro" | "wfhanthro", sex: Sex, lenhei: number, weight: number): number | null {
  const t = lmsTable(table);
  const tenth = Math.trunc(lenhei * 10);
  if (tenth < t.start || tenth > t.end) return null;
  const series = t.bySex[sex - 1];
  const k = tenth - t.start;
  const diff = (lenhei - tenth / 10) / 0.1;
  let l = series.l[k];
  let m = series.m[k];
  let s = series.s[k];
  if (diff > 0) {
    // The upper row is trunc(x·10 + 1), computed separately as anthro does: for a length such as
    // 103.1 − 0.7 = 102.39999999999999 that is 102.5 (not 102.4), and WHO's result reflects it.
    const upper = Math.trunc(lenhei * 10 + 1);
    if (upper < t.start || upper > t.end) return null;
    const u = upper - t.start;
    l = l + diff * (series.l[u] - l);
    m = m + diff * (series.m[u] - m);
    s = s + diff * (series.s[u] - s);
  }
  const z = zRestricted(weight, l, m, s);
  return Number.isFinite(z) ? roundR(z, 2) : null;
}

/**
 * z from a 2007 table (rows by whole month), L, M and S interpolated linearly between the months
 * around the age (anthroplus R/zscores.R zscore_indicator: low = trunc(age), upp = trunc(age + 1)).
 */
function zByMonth(table: WhoTableName, sex: Sex, months: number, y: number, restricted: boolean): number | null {
  const t = lmsTable(table);
  const low = Math.trunc(months);
  const upp = Math.trunc(months + 1);
  const diff = months - low;
  if (low < t.start || low > t.end) return null;
  const series = t.bySex[sex - 1];
  const k = low - t.start;
  let l = series.l[k];
  let m = series.m[k];
  let s = series.s[k];
  if (diff > 0) {
    if (upp < t.start || upp > t.end) return null;
    const u = upp - t.start;
    l = l + diff * (series.l[u] - l);
    m = m + diff * (series.m[u] - m);
    s = s + diff * (series.s[u] - s);
  }
  const z = restricted ? zRestricted(y, l, m, s) : zPlain(y, l, m, s);
  return Number.isFinite(z) ? roundR(z, 2) : null;
}

function finish(index: IndexKey, reference: Reference, zRounded: number | null, table: string): IndexResult {
  if (zRounded === null) return notComputed("out_of_range", "Tidak dapat dihitung dari tabel WHO.");
  const z = zRounded === 0 ? 0 : zRounded; // no -0
  const limits = FLAG_LIMITS[reference][index];
  const flag = limits ? z < limits[0] || z > limits[1] : false;
  const result: IndexResult = { z, flag, status: "ok", table };
  const category = categorize(index, reference, z);
  if (category) result.category = category;
  return result;
}

interface Prepared {
  sex: Sex | null;
  age: ResolvedAge;
  reference: Reference | null;
  measure: Measure | null;
  measureDiscarded: boolean;
  lenhei: number | null;
  correction: number;
  bmi: number | null;
  errors: ValidationIssue[];
  warnings: ValidationIssue[];
}

function cleanSex(sex: unknown): Sex | null {
  return sex === 1 || sex === 2 ? sex : null;
}

function prepare(input: GrowthInput): Prepared {
  const errors: ValidationIssue[] = [];
  const warnings: ValidationIssue[] = [];
  const sex = cleanSex(input.sex);
  if (sex === null) errors.push({ field: "sex", message: PESAN.sexRequired });

  const age = resolveAge(input);
  if (age.problem) errors.push({ field: age.problem.field, message: age.problem.message });
  else if (age.months === null) errors.push({ field: "age", message: PESAN.ageRequired });

  let reference: Reference | null = null;
  if (age.months !== null) {
    if (age.months < WHO2006_END_MONTHS) reference = "WHO2006";
    else if (age.months < WHO2007_END_MONTHS) reference = "WHO2007";
    else errors.push({ field: "age", message: PESAN.ageOver19 });
  }

  if (present(input.weightKg) && !positive(input.weightKg)) errors.push({ field: "weightKg", message: PESAN.weightNotPositive });
  if (present(input.lengthHeightCm) && !positive(input.lengthHeightCm)) {
    errors.push({ field: "lengthHeightCm", message: PESAN.lenheiNotPositive });
  }
  if (present(input.headCm) && !positive(input.headCm)) errors.push({ field: "headCm", message: PESAN.headNotPositive });
  if (present(input.muacCm) && !positive(input.muacCm)) errors.push({ field: "muacCm", message: PESAN.muacNotPositive });

  let measure: Measure | null = null;
  const rawMeasure: unknown = input.measure;
  if (rawMeasure === "l" || rawMeasure === "h") measure = rawMeasure;
  else if (rawMeasure !== null && rawMeasure !== undefined) errors.push({ field: "measure", message: PESAN.measureInvalid });

  let measureDiscarded = false;
  let lenhei: number | null = present(input.lengthHeightCm) && positive(input.lengthHeightCm) ? input.lengthHeightCm : null;
  let correction = 0;
  const usesStandards = reference === "WHO2006" || age.months === null;
  if (usesStandards) {
    // anthro R/z-score.R: a standing measure under 9 months is implausible and treated as unknown.
    if (measure === "h" && age.months !== null && age.months < STANDING_FROM_MONTHS) {
      measure = null;
      measureDiscarded = true;
      if (lenhei !== null) warnings.push({ field: "measure", message: PESAN.standingUnder9m });
    }
    // anthro adjust_lenhei(): +0.7 cm for standing below 731 days, −0.7 cm for lying from 731 days.
    if (lenhei !== null && age.days !== null) {
      if (age.days < HEIGHT_FROM_DAY && measure === "h") {
        lenhei = lenhei + 0.7;
        correction = 0.7;
      } else if (age.days >= HEIGHT_FROM_DAY && measure === "l") {
        lenhei = lenhei - 0.7;
        correction = -0.7;
      }
    }
    if (lenhei !== null && age.days !== null && reference === "WHO2006") {
      const byLength = age.days < HEIGHT_FROM_DAY;
      const [lo, hi] = byLength ? WFL_RANGE_CM : WFH_RANGE_CM;
      if (lenhei < lo || lenhei > hi) {
        warnings.push({
          field: "lengthHeightCm",
          message: byLength ? PESAN.wflOutOfRange(lenhei, correction) : PESAN.wfhOutOfRange(lenhei, correction),
        });
      }
    } else if (lenhei !== null && age.days === null && (lenhei < WFL_RANGE_CM[0] || lenhei > WFH_RANGE_CM[1])) {
      warnings.push({ field: "lengthHeightCm", message: PESAN.lenheiOutOfAnyTable(lenhei) });
    }
  } else if (reference === "WHO2007" && measure === "l" && lenhei !== null) {
    // anthroplus takes the height as given: no 0.7 cm correction.
    warnings.push({ field: "measure", message: PESAN.lyingOver5 });
  }

  const weight = present(input.weightKg) && positive(input.weightKg) ? input.weightKg : null;
  let bmi: number | null = null;
  if (weight !== null && lenhei !== null) {
    // weight / ((lenhei / 100)^2), R's ^2 being x * x.
    const h = lenhei / 100;
    bmi = weight / (h * h);
  }

  return { sex, age, reference, measure, measureDiscarded, lenhei, correction, bmi, errors, warnings };
}

/**
 * Checks a calculator input and returns Bahasa Indonesia messages: `errors` for input that cannot
 * be right (no sex, birth after measurement, weight ≤ 0, age ≥ 19 years, …) and `warnings` for input
 * that is usable but noteworthy (length outside the weight-for-length table, standing under 9 months).
 */
export function validateGrowthInput(input: GrowthInput): ValidationResult {
  const p = prepare(input);
  return { errors: p.errors, warnings: p.warnings };
}

interface Context {
  p: Prepared;
  oedema: boolean;
  /** Why age-based indices cannot be computed (sex is checked separately), or null. */
  ageReason: string | null;
  /** True when ageReason means unusable input (no/bad age) rather than an age outside WHO's range. */
  ageInvalid: boolean;
}

/** Checks shared by the age-based indices; null when the index can be computed. */
function commonChecks(ctx: Context, value: Num, missing: string, notPositive: string): IndexResult | null {
  if (!present(value)) return notComputed("missing", missing);
  if (ctx.p.sex === null) return notComputed("invalid", PESAN.sexMissing);
  if (ctx.ageReason !== null) return notComputed(ctx.ageInvalid ? "invalid" : "out_of_range", ctx.ageReason);
  if (!positive(value)) return notComputed("invalid", notPositive);
  return null;
}

// BB/U: restricted; no z with oedema (anthro R/z-score-weight-for-age.R; anthroplus zscore_weight_for_age).
function weightForAge(ctx: Context, weight: Num): IndexResult {
  const c = commonChecks(ctx, weight, PESAN.weightMissing, PESAN.weightNotPositive);
  if (c) return c;
  if (ctx.oedema) return notComputed("out_of_range", PESAN.oedema);
  const { sex, age, reference } = ctx.p;
  if (reference === "WHO2006") {
    return finish("bbu", "WHO2006", zByDay("weianthro", sex as Sex, age.days as number, weight as number, true), "weianthro");
  }
  if ((age.months as number) >= WHO2007_WFA_END_MONTHS) return notComputed("out_of_range", PESAN.bbuOver10);
  return finish("bbu", "WHO2007", zByMonth("wfawho2007", sex as Sex, age.months as number, weight as number, true), "wfawho2007");
}

// PB/U-TB/U: plain LMS, corrected length/height (2006) or height as given (2007).
function lengthForAge(ctx: Context, lenheiIn: Num): IndexResult {
  const c = commonChecks(ctx, lenheiIn, PESAN.lenheiMissing, PESAN.lenheiNotPositive);
  if (c) return c;
  const { sex, age, reference, lenhei } = ctx.p;
  return reference === "WHO2006"
    ? finish("tbu", "WHO2006", zByDay("lenanthro", sex as Sex, age.days as number, lenhei as number, false), "lenanthro")
    : finish("tbu", "WHO2007", zByMonth("hfawho2007", sex as Sex, age.months as number, lenhei as number, false), "hfawho2007");
}

// IMT/U: restricted, BMI from the corrected length/height; no z with oedema.
function bmiForAge(ctx: Context, weightIn: Num, lenheiIn: Num): IndexResult {
  if (!present(weightIn) || !present(lenheiIn)) return notComputed("missing", PESAN.weightLenheiMissing);
  const c =
    commonChecks(ctx, weightIn, PESAN.weightMissing, PESAN.weightNotPositive) ??
    commonChecks(ctx, lenheiIn, PESAN.lenheiMissing, PESAN.lenheiNotPositive);
  if (c) return c;
  if (ctx.oedema) return notComputed("out_of_range", PESAN.oedema);
  const { sex, age, reference, bmi } = ctx.p;
  return reference === "WHO2006"
    ? finish("imtu", "WHO2006", zByDay("bmianthro", sex as Sex, age.days as number, bmi as number, true), "bmianthro")
    : finish("imtu", "WHO2007", zByMonth("bfawho2007", sex as Sex, age.months as number, bmi as number, true), "bfawho2007");
}

// BB/PB-BB/TB (anthro R/z-score-weight-for-lenhei.R): by age, the length table below 731 days and
// the height table from 731 days; without an age, by the measure, or by 87 cm when that is unknown.
// Computed without an age too, as anthro does.
function weightForLenhei(ctx: Context, weightIn: Num, lenheiIn: Num): IndexResult {
  if (!present(weightIn) || !present(lenheiIn)) return notComputed("missing", PESAN.weightLenheiMissing);
  const { sex, age, reference, lenhei, measure, correction } = ctx.p;
  if (sex === null) return notComputed("invalid", PESAN.sexMissing);
  if (age.problem) return notComputed("invalid", age.problem.message);
  if (age.months !== null && age.months >= WHO2006_END_MONTHS) {
    return notComputed("out_of_range", reference === null ? PESAN.ageOver19 : PESAN.bbtbOver5);
  }
  if (!positive(weightIn)) return notComputed("invalid", PESAN.weightNotPositive);
  if (!positive(lenheiIn) || lenhei === null) return notComputed("invalid", PESAN.lenheiNotPositive);
  if (ctx.oedema) return notComputed("out_of_range", PESAN.oedema);
  let byLength: boolean;
  if (age.days !== null) byLength = age.days < HEIGHT_FROM_DAY;
  else if (measure !== null) byLength = measure === "l";
  else byLength = lenhei < NO_AGE_HEIGHT_FROM_CM;
  const lo = byLength ? WFL_RANGE_CM[0] : WFH_RANGE_CM[0];
  const hi = byLength ? WFL_RANGE_CM[1] : WFH_RANGE_CM[1];
  if (lenhei < lo || lenhei > hi) {
    return notComputed(
      "out_of_range",
      byLength ? PESAN.wflOutOfRange(lenhei, correction) : PESAN.wfhOutOfRange(lenhei, correction),
    );
  }
  const table = byLength ? "wflanthro" : "wfhanthro";
  return finish("bbtb", "WHO2006", zByLenhei(table, sex, lenhei, weightIn), table);
}

// LK/U: plain LMS, 0–60 months only.
function headForAge(ctx: Context, head: Num): IndexResult {
  const c = commonChecks(ctx, head, PESAN.headMissing, PESAN.headNotPositive);
  if (c) return c;
  const { sex, age, reference } = ctx.p;
  if (reference !== "WHO2006") return notComputed("out_of_range", PESAN.lkuOver5);
  return finish("lku", "WHO2006", zByDay("hcanthro", sex as Sex, age.days as number, head as number, false), "hcanthro");
}

// LiLA/U: restricted, from day 91 to 60 months (R/z-score-arm-circumference-for-age.R).
function muacForAge(ctx: Context, muac: Num): IndexResult {
  const c = commonChecks(ctx, muac, PESAN.muacMissing, PESAN.muacNotPositive);
  if (c) return c;
  const { sex, age, reference } = ctx.p;
  if (reference !== "WHO2006") return notComputed("out_of_range", PESAN.lilauOver5);
  if ((age.days as number) < MUAC_FROM_DAY) return notComputed("out_of_range", PESAN.lilauUnder3m);
  return finish("lilau", "WHO2006", zByDay("acanthro", sex as Sex, age.days as number, muac as number, true), "acanthro");
}

const FLAG_FIELD: Record<IndexKey, ValidationIssue["field"]> = {
  bbu: "weightKg",
  tbu: "lengthHeightCm",
  bbtb: "weightKg",
  imtu: "weightKg",
  lku: "headCm",
  lilau: "muacCm",
};

/** Everything WHO computes for one measurement. Never throws. */
/**
 * Where the LMS tables come from during one synchronous computation: the embedded tables on the
 * server (compute.ts), or tables the browser fetched as data (computeGrowthWith), so that the
 * 615 KB of embedded text never has to ship in a client bundle.
 */
let lmsTable: (name: WhoTableName) => LmsTable = () => {
  throw new Error("computeGrowthWith: no LMS tables given");
};

/** computeGrowth with the LMS tables passed in (e.g. built in the browser from /api/pertumbuhan/tabel). */
export function computeGrowthWith(tables: (name: WhoTableName) => LmsTable, input: GrowthInput): GrowthResult {
  const previous = lmsTable;
  lmsTable = tables;
  try {
    return computeGrowthCore(input);
  } finally {
    lmsTable = previous;
  }
}

function computeGrowthCore(input: GrowthInput): GrowthResult {
  const p = prepare(input);
  const { age, reference } = p;
  let ageReason: string | null = null;
  if (age.problem) ageReason = age.problem.message;
  else if (age.months === null) ageReason = PESAN.ageMissing;
  else if (reference === null) ageReason = PESAN.ageOver19;
  const ctx: Context = {
    p,
    oedema: input.oedema === true,
    ageReason,
    ageInvalid: age.problem !== undefined || age.months === null,
  };
  const indices: Record<IndexKey, IndexResult> = {
    bbu: weightForAge(ctx, input.weightKg),
    tbu: lengthForAge(ctx, input.lengthHeightCm),
    bbtb: weightForLenhei(ctx, input.weightKg, input.lengthHeightCm),
    imtu: bmiForAge(ctx, input.weightKg, input.lengthHeightCm),
    lku: headForAge(ctx, input.headCm),
    lilau: muacForAge(ctx, input.muacCm),
  };
  const warnings = p.warnings;
  for (const key of INDEX_KEYS) {
    if (indices[key].flag) warnings.push({ field: FLAG_FIELD[key], message: PESAN.flagged(INDEX_LABEL[key]) });
  }
  return {
    sex: p.sex,
    ageDays: age.days,
    ageMonths: age.months,
    reference,
    measure: p.measure,
    measureDiscarded: p.measureDiscarded,
    lengthHeightCm: p.lenhei,
    lengthHeightCorrectionCm: p.correction,
    bmi: p.bmi,
    indices,
    errors: p.errors,
    warnings,
  };
}

/** Months from days the WHO way (days / 30.4375), for display. */
export function monthsFromDays(days: number): number {
  return days / DAYS_PER_MONTH;
}
