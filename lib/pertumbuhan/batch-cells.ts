/**
 * Reading the cells of one batch row into a GrowthInput: numbers (lib/number/decimal.ts), sex,
 * measurement position, oedema and dates as kader write them, with a Bahasa note for each cell
 * that cannot be read.
 */
import { parseDecimal } from "../number/decimal.ts";
import { isValidYmd, parseIsoDate } from "./age.ts";
import type { BatchField } from "./batch-header.ts";
import type { GrowthInput, Measure, Sex, ValidationIssue } from "./types.ts";

/** "12,5" and "12.5" -> 12.5; "" -> null; anything else -> NaN (rules in lib/number/decimal.ts). */
export function parseNumberCell(text: string): number | null {
  const n = parseDecimal(text);
  return n === undefined ? NaN : n;
}

const SEX_VALUES: ReadonlyMap<string, Sex> = new Map<string, Sex>([
  ["1", 1],
  ["l", 1],
  ["m", 1],
  ["lk", 1],
  ["laki", 1],
  ["laki-laki", 1],
  ["laki laki", 1],
  ["lakilaki", 1],
  ["male", 1],
  ["pria", 1],
  ["2", 2],
  ["p", 2],
  ["f", 2],
  ["pr", 2],
  ["perempuan", 2],
  ["female", 2],
  ["wanita", 2],
]);

/** 1/L/M/laki-laki -> 1; 2/P/F/perempuan -> 2; "" -> null; anything else -> undefined. */
export function parseSexCell(text: string): Sex | null | undefined {
  const t = text.trim().toLowerCase();
  if (t === "") return null;
  return SEX_VALUES.get(t);
}

const MEASURE_VALUES: ReadonlyMap<string, Measure> = new Map<string, Measure>([
  ["l", "l"],
  ["pb", "l"],
  ["berbaring", "l"],
  ["telentang", "l"],
  ["terlentang", "l"],
  ["lying", "l"],
  ["recumbent", "l"],
  ["h", "h"],
  ["tb", "h"],
  ["berdiri", "h"],
  ["standing", "h"],
]);

/** l/PB/berbaring -> "l"; h/TB/berdiri -> "h"; "" -> null; anything else -> undefined. */
export function parseMeasureCell(text: string): Measure | null | undefined {
  const t = text.trim().toLowerCase();
  if (t === "") return null;
  return MEASURE_VALUES.get(t);
}

const OEDEMA_VALUES: ReadonlyMap<string, boolean> = new Map<string, boolean>([
  ["y", true],
  ["ya", true],
  ["yes", true],
  ["1", true],
  ["true", true],
  ["ada", true],
  ["n", false],
  ["no", false],
  ["t", false],
  ["tidak", false],
  ["tdk", false],
  ["tidak ada", false],
  ["2", false],
  ["0", false],
  ["false", false],
]);

/** y/ya/1 -> true; n/tidak/2/"" -> false; anything else -> undefined. Missing counts as no oedema, as in anthro. */
export function parseOedemaCell(text: string): boolean | undefined {
  const t = text.trim().toLowerCase();
  if (t === "") return false;
  return OEDEMA_VALUES.get(t);
}

/**
 * A date cell as YYYY-MM-DD: accepts YYYY-MM-DD (optionally followed by a time), YYYY/MM/DD,
 * DD/MM/YYYY, DD-MM-YYYY and DD.MM.YYYY (day first, as written in Indonesia). "" -> null;
 * not a date -> undefined.
 */
export function parseDateCell(text: string): string | null | undefined {
  const t = text.trim();
  if (t === "") return null;
  // Fast path: already YYYY-MM-DD.
  if (t.length === 10 && parseIsoDate(t) !== null) return t;
  let y: string;
  let m: string;
  let d: string;
  let match = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ].*)?$/.exec(t);
  if (match) {
    [, y, m, d] = match;
  } else {
    match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
    if (!match) return undefined;
    [, d, m, y] = match;
  }
  if (!isValidYmd(Number(y), Number(m), Number(d))) return undefined;
  return `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
}

export interface ParsedRow {
  input: GrowthInput;
  /** Cells that could not be read, as validation issues in Bahasa Indonesia. */
  problems: ValidationIssue[];
}

function cellOf(columns: Partial<Record<BatchField, number>>, row: readonly string[], field: BatchField): string {
  const i = columns[field];
  return i === undefined ? "" : (row[i] ?? "");
}

function numberOf(
  columns: Partial<Record<BatchField, number>>,
  row: readonly string[],
  field: BatchField,
  key: ValidationIssue["field"],
  label: string,
  problems: ValidationIssue[],
): number | null {
  const raw = cellOf(columns, row, field);
  if (raw === "") return null;
  const v = parseNumberCell(raw);
  if (v !== null && Number.isNaN(v)) {
    problems.push({ field: key, message: `${label} bukan angka: "${raw.trim()}".` });
    return null;
  }
  return v;
}

/** Reads one row into a GrowthInput, noting the cells that could not be read. */
export function parseRow(columns: Partial<Record<BatchField, number>>, row: readonly string[]): ParsedRow {
  const problems: ValidationIssue[] = [];
  const input: GrowthInput = {};

  const sexRaw = cellOf(columns, row, "sex");
  const sex = parseSexCell(sexRaw);
  if (sex === undefined) {
    problems.push({ field: "sex", message: `Jenis kelamin tidak dikenal: "${sexRaw.trim()}" (pakai 1/L = laki-laki, 2/P = perempuan).` });
  } else input.sex = sex;

  input.ageDays = numberOf(columns, row, "age_days", "ageDays", "Umur (hari)", problems);
  input.ageMonths = numberOf(columns, row, "age_months", "ageMonths", "Umur (bulan)", problems);
  const birthRaw = cellOf(columns, row, "birth_date");
  const birth = parseDateCell(birthRaw);
  if (birth === undefined) {
    problems.push({ field: "birthDate", message: `Tanggal lahir tidak valid: "${birthRaw.trim()}" (pakai TTTT-BB-HH).` });
  } else input.birthDate = birth;
  const visitRaw = cellOf(columns, row, "visit_date");
  const visit = parseDateCell(visitRaw);
  if (visit === undefined) {
    problems.push({ field: "visitDate", message: `Tanggal pengukuran tidak valid: "${visitRaw.trim()}" (pakai TTTT-BB-HH).` });
  } else input.visitDate = visit;

  input.weightKg = numberOf(columns, row, "weight_kg", "weightKg", "Berat badan", problems);
  input.lengthHeightCm = numberOf(columns, row, "lenhei_cm", "lengthHeightCm", "Panjang/tinggi badan", problems);
  input.headCm = numberOf(columns, row, "headc_cm", "headCm", "Lingkar kepala", problems);
  input.muacCm = numberOf(columns, row, "muac_cm", "muacCm", "LiLA", problems);

  const measureRaw = cellOf(columns, row, "measure");
  const measure = parseMeasureCell(measureRaw);
  if (measure === undefined) {
    problems.push({
      field: "measure",
      message: `Cara ukur tidak dikenal: "${measureRaw.trim()}" (pakai l = berbaring, h = berdiri); dianggap tidak diisi.`,
    });
  } else input.measure = measure;

  const oedemaRaw = cellOf(columns, row, "oedema");
  const oedema = parseOedemaCell(oedemaRaw);
  if (oedema === undefined) {
    problems.push({ field: "oedema", message: `Nilai edema tidak dikenal: "${oedemaRaw.trim()}" (pakai y/n); dianggap tidak ada edema.` });
  }
  input.oedema = oedema === true;

  return { input, problems };
}

