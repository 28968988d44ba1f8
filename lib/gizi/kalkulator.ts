/**
 * The growth calculator as a pure function of the form values: refused input with Bahasa messages
 * per field, or every index with its z-score, category and the chart of the chosen index.
 */
import { z } from "zod";
import {
  INDEX_KEYS,
  INDEX_LABEL,
  computeGrowth,
  curveAxis,
  curvePoints,
  validateGrowthInput,
  resolveAge,
  PESAN,
  WHO2007_END_MONTHS,
  HEIGHT_FROM_DAY,
  type GrowthResult,
  type IndexKey,
  type Reference,
} from "../pertumbuhan/index.ts";
import { FIELD_OF_ISSUE, ZKalkulatorForm, toGrowthInput, type KalkulatorField, type TKalkulatorForm } from "./schemas.ts";

export const INDEX_NAME: Record<IndexKey, string> = {
  bbu: "Berat badan menurut umur",
  tbu: "Panjang/tinggi badan menurut umur",
  bbtb: "Berat badan menurut panjang/tinggi badan",
  imtu: "Indeks massa tubuh menurut umur",
  lku: "Lingkar kepala menurut umur",
  lilau: "Lingkar lengan atas menurut umur",
};

export interface ChartModel {
  index: IndexKey;
  title: string;
  xLabel: string;
  yLabel: string;
  curves: { x: number; sd: Record<"-3" | "-2" | "-1" | "0" | "1" | "2" | "3", number> }[];
  point: { x: number; y: number } | null;
  /** The child's point in words, for readers who cannot see the chart. */
  pointText: string;
}

export type KalkulatorOutcome =
  | { state: "kosong" }
  | { state: "salah"; fieldErrors: Partial<Record<KalkulatorField, string[]>> }
  | { state: "hasil"; input: TKalkulatorForm; result: GrowthResult; chartIndices: IndexKey[]; chart: ChartModel | null };

const r2 = (n: number) => Math.round(n * 100) / 100;
const num = (n: number, digits = 1) => new Intl.NumberFormat("id-ID", { maximumFractionDigits: digits }).format(n);

function addError(errors: Partial<Record<KalkulatorField, string[]>>, field: KalkulatorField, message: string) {
  const list = (errors[field] ??= []);
  if (!list.includes(message)) list.push(message);
}

/** Which measurement is on the y axis of an index's chart, after WHO's corrections. */
function yValue(index: IndexKey, input: TKalkulatorForm, result: GrowthResult): number | null {
  switch (index) {
    case "bbu":
    case "bbtb":
      return input.bb;
    case "tbu":
      return result.lengthHeightCm;
    case "imtu":
      return result.bmi;
    case "lku":
      return input.lk;
    case "lilau":
      return input.lila;
  }
}

const Y_LABEL: Record<IndexKey, string> = {
  bbu: "Berat badan (kg)",
  tbu: "Panjang/tinggi badan (cm)",
  bbtb: "Berat badan (kg)",
  imtu: "IMT (kg/m²)",
  lku: "Lingkar kepala (cm)",
  lilau: "LiLA (cm)",
};

/** BB/U, PB/U or TB/U (by age), BB/PB or BB/TB (by the table used), IMT/U, LK/U, LiLA/U. */
export function indexShortLabel(index: IndexKey, result: GrowthResult): string {
  if (index === "tbu") return result.ageDays !== null && result.ageDays < HEIGHT_FROM_DAY ? "PB/U" : "TB/U";
  if (index === "bbtb") return result.indices.bbtb.table === "wfhanthro" ? "BB/TB" : "BB/PB";
  return INDEX_LABEL[index];
}

/** The WHO curves of one index at this child's age and sex, with the child's point. */
export function chartFor(index: IndexKey, input: TKalkulatorForm, result: GrowthResult): ChartModel | null {
  const reference: Reference | null = result.reference;
  if (!reference || result.sex === null || result.ageMonths === null) return null;
  const ir = result.indices[index];
  const options = index === "bbtb" ? { table: ir.table === "wfhanthro" ? ("wfh" as const) : ("wfl" as const) } : {};
  const axis = curveAxis(index, reference, options);
  if (!axis) return null;
  const raw = curvePoints(index, result.sex, reference, options);
  if (raw.length === 0) return null;
  const curves = raw.map((p) => ({
    x: r2(p.x),
    sd: { "-3": r2(p.sd[-3]), "-2": r2(p.sd[-2]), "-1": r2(p.sd[-1]), "0": r2(p.sd[0]), "1": r2(p.sd[1]), "2": r2(p.sd[2]), "3": r2(p.sd[3]) },
  }));
  const y = yValue(index, input, result);
  const x = axis.xUnit === "cm" ? result.lengthHeightCm : result.ageMonths;
  const point = y !== null && x !== null && x >= axis.xMin && x <= axis.xMax ? { x: r2(x), y: r2(y) } : null;
  const sexText = result.sex === 1 ? "laki-laki" : "perempuan";
  const refText = reference === "WHO2006" ? "Standar WHO 2006" : "Referensi WHO 2007";
  const xLabel = axis.xUnit === "cm" ? (options.table === "wfh" ? "Tinggi badan (cm)" : "Panjang badan (cm)") : "Umur (bulan)";
  const pointText = point
    ? `Titik anak: ${axis.xUnit === "cm" ? `${num(point.x)} cm` : `umur ${num(point.x)} bulan`}, ${Y_LABEL[index].replace(/ \(.*\)$/, "").toLowerCase()} ${num(point.y, 2)} ${axis.yUnit}` +
      (ir.z !== null ? ` (z = ${formatZId(ir.z)}).` : ".")
    : "Titik anak tidak dapat digambar pada kurva ini (nilainya di luar rentang kurva).";
  return {
    index,
    title: `${indexShortLabel(index, result)}: ${INDEX_NAME[index].toLowerCase()}, ${sexText}, ${refText}`,
    xLabel,
    yLabel: Y_LABEL[index],
    curves,
    point,
    pointText,
  };
}

/** −1,23 / +0,45 / 0,00 (Indonesian decimal comma, a true minus sign). */
export function formatZId(z: number): string {
  const s = new Intl.NumberFormat("id-ID", { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: "exceptZero" }).format(z);
  return s.replace("-", "−");
}

/** The date checks: a measurement after today, a birth after the measurement, an age past 19 years. */
function checkDates(birth: string, visit: string, today: string, fieldErrors: Partial<Record<KalkulatorField, string[]>>) {
  if (visit > today) addError(fieldErrors, "tgl_ukur", "Tanggal pengukuran tidak boleh sesudah hari ini.");
  const age = resolveAge({ birthDate: birth, visitDate: visit });
  if (age.problem) addError(fieldErrors, FIELD_OF_ISSUE[age.problem.field], age.problem.message);
  else if (age.months !== null && age.months >= WHO2007_END_MONTHS) addError(fieldErrors, "tgl_lahir", PESAN.ageOver19);
}

/**
 * The calculator. `values` are the URL's fields; an empty form (first visit) is "kosong". `today` is
 * the Jakarta date (YYYY-MM-DD): a measurement after it is refused.
 */
export function hitungKalkulator(values: Record<string, string>, today: string, indeks?: IndexKey): KalkulatorOutcome {
  if (!values.jk && !values.tgl_lahir && !values.bb && !values.tb) return { state: "kosong" };
  const parsed = ZKalkulatorForm.safeParse(values);
  if (!parsed.success) {
    // Report every problem at once: the dates are checked too when they can be read.
    const fieldErrors = z.flattenError(parsed.error).fieldErrors as Partial<Record<KalkulatorField, string[]>>;
    if (!fieldErrors.tgl_lahir && !fieldErrors.tgl_ukur) checkDates(values.tgl_lahir, values.tgl_ukur, today, fieldErrors);
    return { state: "salah", fieldErrors };
  }
  const input = parsed.data;
  const fieldErrors: Partial<Record<KalkulatorField, string[]>> = {};
  const growthInput = toGrowthInput(input);
  checkDates(input.tgl_lahir, input.tgl_ukur, today, fieldErrors);
  for (const e of validateGrowthInput(growthInput).errors) addError(fieldErrors, FIELD_OF_ISSUE[e.field], e.message);
  if (Object.keys(fieldErrors).length > 0) return { state: "salah", fieldErrors };

  const result = computeGrowth(growthInput);
  const chartIndices = INDEX_KEYS.filter((k) => result.indices[k].z !== null);
  const chosen = indeks && chartIndices.includes(indeks) ? indeks : chartIndices[0];
  const chart = chosen ? chartFor(chosen, input, result) : null;
  return { state: "hasil", input, result, chartIndices, chart };
}
