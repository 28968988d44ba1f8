/**
 * WHO reference curves (−3 … +3 SD) for growth charts, from the same LMS tables:
 * value at z = M·(1 + L·S·z)^(1/L).
 */
import { DAYS_PER_MONTH } from "./age.ts";
import { lmsTable } from "./lms.ts";
import type { IndexKey, Reference, Sex } from "./types.ts";
import type { WhoTableName } from "./data/tables.ts";
import { valueAtZ } from "./zscore.ts";

export type SdLevel = -3 | -2 | -1 | 0 | 1 | 2 | 3;
export const SD_LEVELS: readonly SdLevel[] = [-3, -2, -1, 0, 1, 2, 3];

export interface CurvePoint {
  /** Age in months (age-based indices) or length/height in cm (BB/PB, BB/TB). */
  x: number;
  /** The measurement at each SD line: weight kg, length cm, BMI kg/m², circumference cm. */
  sd: Record<SdLevel, number>;
}

export interface CurveAxis {
  table: WhoTableName;
  xUnit: "bulan" | "cm";
  yUnit: "kg" | "cm" | "kg/m²";
  xMin: number;
  xMax: number;
}

export interface CurveOptions {
  /** For `bbtb` with WHO2006: "wfl" = BB/PB 45–110 cm (default), "wfh" = BB/TB 65–120 cm. */
  table?: "wfl" | "wfh";
  /**
   * Sampling: for the daily 2006 age tables, one point every `stepDays` days (default 7, and the
   * last day is always included); for length tables every `stepCm` cm (default 0.5); the monthly
   * 2007 tables give every month.
   */
  stepDays?: number;
  stepCm?: number;
}

const TABLES: Record<Reference, Partial<Record<IndexKey, WhoTableName>>> = {
  WHO2006: { bbu: "weianthro", tbu: "lenanthro", imtu: "bmianthro", lku: "hcanthro", lilau: "acanthro" },
  WHO2007: { bbu: "wfawho2007", tbu: "hfawho2007", imtu: "bfawho2007" },
};

const Y_UNIT: Record<IndexKey, CurveAxis["yUnit"]> = {
  bbu: "kg",
  tbu: "cm",
  bbtb: "kg",
  imtu: "kg/m²",
  lku: "cm",
  lilau: "cm",
};

function tableFor(index: IndexKey, reference: Reference, options: CurveOptions): WhoTableName | null {
  if (index === "bbtb") {
    if (reference !== "WHO2006") return null;
    return options.table === "wfh" ? "wfhanthro" : "wflanthro";
  }
  return TABLES[reference][index] ?? null;
}

/**
 * Axis facts of a curve (x range and units), or null when WHO has no such curve (e.g. LK/U over 5
 * years). For the 2007 weight-for-age table the last row (121 months, a copy of 120) is left out.
 */
export function curveAxis(index: IndexKey, reference: Reference, options: CurveOptions = {}): CurveAxis | null {
  const name = tableFor(index, reference, options);
  if (!name) return null;
  const t = lmsTable(name);
  let xMin: number;
  let xMax: number;
  if (t.keyUnit === "tenth-cm") {
    xMin = t.start / 10;
    xMax = t.end / 10;
  } else if (t.keyUnit === "day") {
    xMin = t.start / DAYS_PER_MONTH;
    xMax = t.end / DAYS_PER_MONTH;
  } else {
    xMin = t.start;
    xMax = name === "wfawho2007" ? 120 : t.end;
  }
  return { table: name, xUnit: t.keyUnit === "tenth-cm" ? "cm" : "bulan", yUnit: Y_UNIT[index], xMin, xMax };
}

/**
 * Points of the −3 … +3 SD curves of one index for one sex, over the table's x range, for a chart.
 * Returns [] when WHO has no such curve (BB/PB-TB, LK/U and LiLA/U exist only in WHO2006).
 */
export function curvePoints(index: IndexKey, sex: Sex, reference: Reference, options: CurveOptions = {}): CurvePoint[] {
  const name = tableFor(index, reference, options);
  if (!name) return [];
  const t = lmsTable(name);
  const series = t.bySex[sex - 1];
  let keyStep = 1;
  if (t.keyUnit === "day") keyStep = Math.max(1, Math.round(options.stepDays ?? 7));
  else if (t.keyUnit === "tenth-cm") keyStep = Math.max(1, Math.round((options.stepCm ?? 0.5) * 10));
  const lastKey = name === "wfawho2007" ? 120 : t.end;
  const keys: number[] = [];
  for (let key = t.start; key <= lastKey; key += keyStep) keys.push(key);
  if (keys[keys.length - 1] !== lastKey) keys.push(lastKey);
  const points: CurvePoint[] = [];
  for (const key of keys) {
    const k = key - t.start;
    const l = series.l[k];
    const m = series.m[k];
    const s = series.s[k];
    if (Number.isNaN(l)) continue;
    const x = t.keyUnit === "tenth-cm" ? key / 10 : t.keyUnit === "day" ? key / DAYS_PER_MONTH : key;
    points.push({
      x,
      sd: {
        [-3]: valueAtZ(-3, l, m, s),
        [-2]: valueAtZ(-2, l, m, s),
        [-1]: valueAtZ(-1, l, m, s),
        [0]: m,
        [1]: valueAtZ(1, l, m, s),
        [2]: valueAtZ(2, l, m, s),
        [3]: valueAtZ(3, l, m, s),
      } as Record<SdLevel, number>,
    });
  }
  return points;
}
