/**
 * CSV for the z-score CLI, the batch upload, the import and downloads: csv-parse and csv-stringify,
 * with the two things they do not do themselves as thin options on top.
 *
 * - Reading: RFC 4180 (quoted fields, doubled quotes, CRLF / LF / lone CR line ends, even mixed),
 *   a leading UTF-8 BOM dropped, rows of any length. The delimiter is guessed from the first line
 *   (`;` when it has more `;` than `,`, as Indonesian Excel exports do; tab when it has more tabs
 *   than either). Malformed quoting is read leniently instead of refusing the file: a stray quote
 *   stays as text, `"ab"c` is `abc`, and an unclosed quote runs to the end of the text.
 * - Writing: a field is quoted when it holds the delimiter, a quote or a line break. Optionally,
 *   text that a spreadsheet would run as a formula (= + - @ …) gets a leading `'`; numbers and
 *   numeric-looking text such as "-1.23" are never touched.
 */
import { CsvError, parse, type Options as ParseOptions } from "csv-parse/sync";
import { stringify, type Options as StringifyOptions } from "csv-stringify/sync";

export type CsvDelimiter = "," | ";" | "\t";

export interface ParseCsvOptions {
  /** Force a delimiter instead of guessing it from the first line. */
  delimiter?: CsvDelimiter;
  /** Stop after this many rows (the header included): the rest of the text is not parsed. */
  maxRecords?: number;
}

export interface ParsedCsv {
  rows: string[][];
  delimiter: CsvDelimiter;
}

export type CsvCell = string | number | null | undefined;

export interface ToCsvOptions {
  /** Default ",". */
  delimiter?: CsvDelimiter;
  /** Default "\r\n" (RFC 4180). The CLI writes "\n". */
  newline?: "\r\n" | "\n";
  /** Prefix a UTF-8 BOM (for Excel). Default false. */
  bom?: boolean;
  /**
   * Prefix `'` to text cells that start with = + - @ (or a tab / CR) and are not numbers, so a
   * spreadsheet never evaluates them. Default false: the CLI must keep "-1.23" and friends as is.
   */
  protectFormulas?: boolean;
  /** Also quote text holding ";" in a comma CSV, so that an Excel set to ";" keeps it in one cell. */
  quoteSemicolons?: boolean;
}

const QUOTE = 34; // "

/** Drops a leading UTF-8 byte order mark. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Guesses the delimiter from the first line (quoted parts ignored): `;` if it has more `;` than `,`,
 * tab if it has more tabs than both, else `,`.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const src = stripBom(text);
  let commas = 0;
  let semis = 0;
  let tabs = 0;
  let inQuotes = false;
  for (let i = 0; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c === QUOTE) inQuotes = !inQuotes;
    else if (inQuotes) continue;
    else if (c === 10 || c === 13) break;
    else if (c === 44) commas++;
    else if (c === 59) semis++;
    else if (c === 9) tabs++;
  }
  if (tabs > commas && tabs > semis) return "\t";
  return semis > commas ? ";" : ",";
}

const BASE_PARSE: ParseOptions = { relax_column_count: true, skip_empty_lines: false, record_delimiter: ["\r\n", "\n", "\r"] };

/** `"ab"c` as read by csv-parse's relaxed mode (kept verbatim) -> `abc`, as spreadsheets read it. */
function unquoteRelaxed(field: string): string {
  if (field.charCodeAt(0) !== QUOTE) return field;
  const close = field.indexOf('"', 1);
  return close < 0 ? field.slice(1) : field.slice(1, close) + field.slice(close + 1);
}

/** Malformed quoting (rare, hand-edited files): read leniently rather than refuse the file. */
function parseLenient(text: string, delimiter: CsvDelimiter, to: number | undefined): string[][] {
  const relaxed: ParseOptions = { ...BASE_PARSE, delimiter, relax_quotes: true, to };
  let rows: string[][];
  try {
    rows = parse(text, relaxed) as string[][];
  } catch (error) {
    if (!(error instanceof CsvError) || error.code !== "CSV_QUOTE_NOT_CLOSED") throw error;
    // An unclosed quote runs to the end of the text: close it there.
    rows = parse(`${text}"`, relaxed) as string[][];
  }
  for (const row of rows) for (let c = 0; c < row.length; c++) row[c] = unquoteRelaxed(row[c]);
  return rows;
}

/** Parses CSV text into rows of fields and reports the delimiter used. */
export function parseCsvDetailed(text: string, options: ParseCsvOptions = {}): ParsedCsv {
  const src = stripBom(text);
  const delimiter = options.delimiter ?? detectDelimiter(src);
  let rows: string[][];
  try {
    rows = parse(src, { ...BASE_PARSE, delimiter, to: options.maxRecords }) as string[][];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    rows = parseLenient(src, delimiter, options.maxRecords);
  }
  return { rows, delimiter };
}

/** Parses CSV text into rows of fields (see the module comment for the rules). */
export function parseCsv(text: string, options: ParseCsvOptions = {}): string[][] {
  return parseCsvDetailed(text, options).rows;
}

const NUMERIC_TEXT = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r]/;

function stringifyOptions(options: ToCsvOptions, newline: string): StringifyOptions {
  const protect = options.protectFormulas ?? false;
  return {
    delimiter: options.delimiter ?? ",",
    record_delimiter: newline,
    // csv-stringify quotes for the delimiter, quotes and the record delimiter; any line break must be quoted.
    quoted_match: options.quoteSemicolons ? /[\r\n;]/ : /[\r\n]/,
    cast: {
      number: (n) => (Number.isFinite(n) ? String(n) : ""),
      string: (s) => (protect && s !== "" && FORMULA_START.test(s) && !NUMERIC_TEXT.test(s) ? `'${s}` : s),
    },
  };
}

/**
 * The same rules as csv-stringify with stringifyOptions (tests/unit/csv/csv.test.ts checks byte for byte
 * on random cells), written out: csv-stringify spends ~5 µs a row in its generic machinery, which made
 * a kabupaten's 21,000-row coverage download cost 100–300 ms of CPU.
 */
function writer(options: ToCsvOptions): (row: readonly CsvCell[]) => string {
  const protect = options.protectFormulas ?? false;
  const delimiter = options.delimiter ?? ",";
  const quoteIf = new RegExp(`["\r\n${delimiter === "\t" ? "\\t" : delimiter}${options.quoteSemicolons ? ";" : ""}]`);
  const cell = (c: CsvCell): string => {
    if (c === null || c === undefined) return "";
    let s: string;
    if (typeof c === "number") s = Number.isFinite(c) ? String(c) : "";
    else s = protect && c !== "" && FORMULA_START.test(c) && !NUMERIC_TEXT.test(c) ? `'${c}` : c;
    return quoteIf.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return (row) => row.map(cell).join(delimiter);
}

/** Serializes rows as CSV, each row ended by the newline (so the text ends with one). */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: ToCsvOptions = {}): string {
  const newline = options.newline ?? "\r\n";
  const line = writer(options);
  let body = "";
  for (const r of rows) body += line(r) + newline;
  return (options.bom ? "\uFEFF" : "") + body;
}

/** Serializes one row, without a line end. */
export function toCsvLine(row: readonly CsvCell[], options: Omit<ToCsvOptions, "newline" | "bom"> = {}): string {
  return writer(options)(row);
}

/** The reference: csv-stringify with the same options (what toCsv writes, for the tests). */
export function toCsvReferensi(rows: readonly (readonly CsvCell[])[], options: ToCsvOptions = {}): string {
  const body = rows.length ? stringify(rows as CsvCell[][], stringifyOptions(options, options.newline ?? "\r\n")) : "";
  return (options.bom ? "\uFEFF" : "") + body;
}
