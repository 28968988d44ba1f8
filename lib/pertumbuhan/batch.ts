/**
 * Batch z-scores over table rows (the CLI `npm run zscore` and the web batch upload share this).
 *
 * Input columns (any order; names case-insensitive, spaces/dashes/units normalised, Bahasa aliases
 * accepted, see HEADER_ALIASES): sex, age_days | (birth_date, visit_date) | age_months, weight_kg,
 * lenhei_cm, measure, headc_cm, muac_cm, oedema.
 * Output: every input column unchanged and in order, then OUTPUT_COLUMNS.
 */
import { parseCsvDetailed, toCsv } from "../csv/index.ts";
import { parseDecimal } from "../number/decimal.ts";
import { isValidYmd, parseIsoDate } from "./age.ts";
import { computeGrowth } from "./compute.ts";
import { formatZ } from "./round.ts";
import type { GrowthInput, GrowthResult, IndexKey, Measure, Sex, ValidationIssue } from "./types.ts";

export type BatchField =
  | "sex"
  | "age_days"
  | "age_months"
  | "birth_date"
  | "visit_date"
  | "weight_kg"
  | "lenhei_cm"
  | "measure"
  | "headc_cm"
  | "muac_cm"
  | "oedema";

/** Accepted header names per field, already in normalised form (see normaliseHeaderName). */
export const HEADER_ALIASES: Readonly<Record<BatchField, readonly string[]>> = {
  sex: ["sex", "jk", "jenis_kelamin", "kelamin", "gender", "l_p", "lp"],
  age_days: ["age_days", "age_in_days", "agedays", "umur_hari", "usia_hari", "umur_dalam_hari"],
  age_months: ["age_months", "age_in_months", "agemons", "umur_bulan", "usia_bulan"],
  birth_date: ["birth_date", "birthdate", "dob", "date_of_birth", "tgl_lahir", "tanggal_lahir"],
  visit_date: [
    "visit_date",
    "dov",
    "date_of_visit",
    "measurement_date",
    "tgl_ukur",
    "tanggal_ukur",
    "tgl_pengukuran",
    "tanggal_pengukuran",
    "tgl_kunjungan",
    "tanggal_kunjungan",
    "tgl_penimbangan",
    "tanggal_penimbangan",
  ],
  weight_kg: ["weight_kg", "weight", "bb", "bb_kg", "berat", "berat_kg", "berat_badan", "berat_badan_kg"],
  lenhei_cm: [
    "lenhei_cm",
    "lenhei",
    "height",
    "height_cm",
    "length",
    "length_cm",
    "tb",
    "tb_cm",
    "pb",
    "pb_cm",
    "pb_tb",
    "pb_tb_cm",
    "tb_pb",
    "tb_pb_cm",
    "tinggi",
    "tinggi_cm",
    "tinggi_badan",
    "tinggi_badan_cm",
    "panjang",
    "panjang_badan",
    "panjang_badan_cm",
  ],
  measure: ["measure", "lenhei_unit", "cara_ukur", "posisi", "posisi_ukur"],
  headc_cm: ["headc_cm", "headc", "head_cm", "lk", "lk_cm", "lingkar_kepala", "lingkar_kepala_cm"],
  muac_cm: ["muac_cm", "muac", "armc", "armc_cm", "lila", "lila_cm", "lingkar_lengan", "lingkar_lengan_atas"],
  oedema: ["oedema", "edema", "odema", "oedem"],
};

/** Columns appended to every row, in this order. */
export const OUTPUT_COLUMNS = [
  "zwei",
  "zlen",
  "zwfl",
  "zbmi",
  "zhc",
  "zac",
  "fwei",
  "flen",
  "fwfl",
  "fbmi",
  "fhc",
  "fac",
  "kat_bbu",
  "kat_tbu",
  "kat_bbtb",
  "kat_imtu",
  "kat_lku",
  "kat_lilau",
  "keterangan",
] as const;

/** Output order of the indices (zwei, zlen, zwfl, zbmi, zhc, zac). */
export const OUTPUT_INDEX_ORDER: readonly IndexKey[] = ["bbu", "tbu", "bbtb", "imtu", "lku", "lilau"];

/** "Berat (kg)" -> "berat_kg"; "Tgl. Lahir" -> "tgl_lahir". */
export function normaliseHeaderName(name: string): string {
  return name
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

const ALIAS_LOOKUP: ReadonlyMap<string, BatchField> = (() => {
  const map = new Map<string, BatchField>();
  for (const field of Object.keys(HEADER_ALIASES) as BatchField[]) {
    for (const alias of HEADER_ALIASES[field]) map.set(alias, field);
  }
  return map;
})();

export interface HeaderMapping {
  /** Column index of each recognised field. */
  columns: Partial<Record<BatchField, number>>;
  /** Bahasa Indonesia notes about the header (missing or repeated columns). */
  problems: string[];
}

/** Finds which column holds which field. */
export function mapHeader(header: readonly string[]): HeaderMapping {
  const columns: Partial<Record<BatchField, number>> = {};
  const problems: string[] = [];
  header.forEach((name, i) => {
    const field = ALIAS_LOOKUP.get(normaliseHeaderName(name));
    if (!field) return;
    if (columns[field] === undefined) columns[field] = i;
    else problems.push(`Kolom "${name}" diabaikan: kolom ${field} sudah ada.`);
  });
  if (columns.sex === undefined) problems.push("Kolom jenis kelamin (sex/jk) tidak ditemukan.");
  const hasAge =
    columns.age_days !== undefined ||
    columns.age_months !== undefined ||
    (columns.birth_date !== undefined && columns.visit_date !== undefined);
  if (!hasAge) problems.push("Kolom umur tidak ditemukan: perlu age_days/umur_hari, atau birth_date/tgl_lahir dan visit_date/tgl_ukur.");
  if (columns.weight_kg === undefined && columns.lenhei_cm === undefined && columns.headc_cm === undefined && columns.muac_cm === undefined) {
    problems.push("Tidak ada kolom ukuran (weight_kg/bb, lenhei_cm/tb, headc_cm/lk, muac_cm/lila).");
  }
  return { columns, problems };
}

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

function addNote(notes: string[], message: string): void {
  if (!notes.includes(message)) notes.push(message);
}

/**
 * The notes of one row for the `keterangan` column: cells that could not be read, input errors,
 * why an index was not computed although its measurement was given, and WHO's warnings.
 */
export function rowNotes(result: GrowthResult, problems: readonly ValidationIssue[]): string[] {
  const notes: string[] = [];
  if (problems.length === 0 && result.errors.length === 0 && result.warnings.length === 0) {
    for (const key of OUTPUT_INDEX_ORDER) {
      const r = result.indices[key];
      if (r.status === "out_of_range" && r.reason) addNote(notes, r.reason);
    }
    return notes;
  }
  for (const p of problems) addNote(notes, p.message);
  for (const e of result.errors) {
    let covered = false;
    for (const p of problems) if (p.field === e.field) covered = true;
    if (!covered) addNote(notes, e.message);
  }
  for (const key of OUTPUT_INDEX_ORDER) {
    const r = result.indices[key];
    if (r.status === "out_of_range" && r.reason) addNote(notes, r.reason);
  }
  for (const w of result.warnings) addNote(notes, w.message);
  return notes;
}

/** Writes the OUTPUT_COLUMNS cells of one result into `out` from position `at`. */
function writeOutputCells(result: GrowthResult, notes: readonly string[], out: string[], at: number): void {
  let k = at;
  const ind = result.indices;
  for (const key of OUTPUT_INDEX_ORDER) out[k++] = formatZ(ind[key].z);
  for (const key of OUTPUT_INDEX_ORDER) {
    const r = ind[key];
    out[k++] = r.z === null ? "" : r.flag ? "1" : "0";
  }
  for (const key of OUTPUT_INDEX_ORDER) out[k++] = ind[key].category?.label ?? "";
  out[k] = notes.length === 0 ? "" : notes.length === 1 ? notes[0] : notes.join(" ");
}

/** The OUTPUT_COLUMNS cells of one result. */
export function outputCells(result: GrowthResult, notes: readonly string[]): string[] {
  const cells = new Array<string>(OUTPUT_COLUMNS.length);
  writeOutputCells(result, notes, cells, 0);
  return cells;
}

export interface BatchSummary {
  /** Data rows read (blank rows not counted). */
  rowsRead: number;
  /** Rows with at least one z-score. */
  rowsComputed: number;
  /** Rows with a non-empty `keterangan` (unreadable cells, errors, values not computed, flags). */
  rowsWithProblems: number;
  /** Rows with at least one WHO plausibility flag. */
  rowsFlagged: number;
  /** Rows left out because every cell was empty. */
  blankRowsSkipped: number;
}

export interface BatchRowResult {
  /** Position of the row among the data rows given (0-based, blank rows included). */
  sourceIndex: number;
  input: GrowthInput;
  result: GrowthResult;
  notes: string[];
}

export interface BatchOutput {
  /** Input header followed by OUTPUT_COLUMNS. */
  header: string[];
  /** One output row per non-blank input row: its cells (padded/truncated to the header) then the outputs. */
  rows: string[][];
  summary: BatchSummary;
  /** Notes about the header (missing columns, repeated columns). */
  headerProblems: string[];
  /** Per-row results, when asked for with `keepResults` (for the web upload). */
  results?: BatchRowResult[];
}

export interface ProcessOptions {
  /** Also return the GrowthInput/GrowthResult of every row. Default false. */
  keepResults?: boolean;
}

const EXTRA_CELLS_NOTE = "Baris berisi lebih banyak kolom daripada judul kolom; kolom lebihan diabaikan.";

function isBlank(row: readonly string[]): boolean {
  for (const c of row) if (c.trim() !== "") return false;
  return true;
}

/** Computes every row. Bad rows never stop the run: they get a `keterangan`. */
export function processRows(header: readonly string[], rows: readonly (readonly string[])[], options: ProcessOptions = {}): BatchOutput {
  const mapping = mapHeader(header);
  const width = header.length;
  const outRows: string[][] = [];
  const results: BatchRowResult[] | undefined = options.keepResults ? [] : undefined;
  const summary: BatchSummary = { rowsRead: 0, rowsComputed: 0, rowsWithProblems: 0, rowsFlagged: 0, blankRowsSkipped: 0 };
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (isBlank(row)) {
      summary.blankRowsSkipped++;
      continue;
    }
    summary.rowsRead++;
    const { input, problems } = parseRow(mapping.columns, row);
    const result = computeGrowth(input);
    const notes = rowNotes(result, problems);
    if (row.length > width) notes.unshift(EXTRA_CELLS_NOTE);
    const out = new Array<string>(width + OUTPUT_COLUMNS.length);
    for (let c = 0; c < width; c++) out[c] = c < row.length ? row[c] : "";
    writeOutputCells(result, notes, out, width);
    outRows.push(out);
    let computed = false;
    let flagged = false;
    for (const key of OUTPUT_INDEX_ORDER) {
      const ir = result.indices[key];
      if (ir.z !== null) computed = true;
      if (ir.flag) flagged = true;
    }
    if (computed) summary.rowsComputed++;
    if (flagged) summary.rowsFlagged++;
    if (notes.length > 0) summary.rowsWithProblems++;
    if (results) results.push({ sourceIndex: r, input, result, notes });
  }
  const output: BatchOutput = {
    header: [...header, ...OUTPUT_COLUMNS],
    rows: outRows,
    summary,
    headerProblems: mapping.problems,
  };
  if (results) output.results = results;
  return output;
}

export interface CsvBatchOutput {
  /** The output CSV (comma-separated, LF line ends unless asked otherwise). */
  csv: string;
  summary: BatchSummary;
  headerProblems: string[];
  /** The delimiter detected in the input. */
  inputDelimiter: "," | ";" | "\t";
}

/** Parses CSV text (delimiter auto-detected), computes every row and serialises the result. */
export function processCsvText(
  text: string,
  options: { newline?: "\n" | "\r\n"; protectFormulas?: boolean; bom?: boolean } = {},
): CsvBatchOutput {
  const parsed = parseCsvDetailed(text);
  if (parsed.rows.length === 0) {
    return {
      csv: "",
      summary: { rowsRead: 0, rowsComputed: 0, rowsWithProblems: 0, rowsFlagged: 0, blankRowsSkipped: 0 },
      headerProblems: ["Berkas kosong: tidak ada judul kolom."],
      inputDelimiter: parsed.delimiter,
    };
  }
  const [header, ...rows] = parsed.rows;
  const out = processRows(header, rows);
  const csv = toCsv([out.header, ...out.rows], {
    newline: options.newline ?? "\n",
    protectFormulas: options.protectFormulas ?? false,
    bom: options.bom ?? false,
  });
  return { csv, summary: out.summary, headerProblems: out.headerProblems, inputDelimiter: parsed.delimiter };
}

/** One-line summary, e.g. for standard error. */
export function formatSummary(s: BatchSummary): string {
  return (
    `Baris dibaca: ${s.rowsRead}, dihitung: ${s.rowsComputed}, bermasalah: ${s.rowsWithProblems}, ` +
    `ditandai tidak wajar (flag WHO): ${s.rowsFlagged}` +
    (s.blankRowsSkipped ? `, baris kosong dilewati: ${s.blankRowsSkipped}` : "") +
    ` (rows read: ${s.rowsRead}, computed: ${s.rowsComputed}, with problems: ${s.rowsWithProblems})`
  );
}
