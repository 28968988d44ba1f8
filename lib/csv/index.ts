/**
 * Small RFC 4180 CSV reader and writer, shared by the z-score CLI and the web batch upload.
 *
 * - Reading: quoted fields, doubled quotes inside quotes, CRLF / LF / lone CR line ends, a leading
 *   UTF-8 BOM is dropped, and the delimiter is guessed from the first line (`;` when that line has
 *   more `;` than `,`, as Indonesian Excel exports do; tab when it has more tabs than either).
 * - Writing: a field is quoted when it holds the delimiter, a quote or a line break. Optionally,
 *   text that a spreadsheet would run as a formula (= + - @ …) gets a leading `'`; numbers and
 *   numeric-looking text such as "-1.23" are never touched.
 */

export type CsvDelimiter = "," | ";" | "\t";

export interface ParseCsvOptions {
  /** Force a delimiter instead of guessing it from the first line. */
  delimiter?: CsvDelimiter;
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
}

const QUOTE = 34; // "
const CR = 13;
const LF = 10;

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
    else if (c === LF || c === CR) break;
    else if (c === 44) commas++;
    else if (c === 59) semis++;
    else if (c === 9) tabs++;
  }
  if (tabs > commas && tabs > semis) return "\t";
  return semis > commas ? ";" : ",";
}

/** Parses CSV text into rows of fields and reports the delimiter used. */
export function parseCsvDetailed(text: string, options: ParseCsvOptions = {}): ParsedCsv {
  const src = stripBom(text);
  const delimiter = options.delimiter ?? detectDelimiter(src);
  const delim = delimiter.charCodeAt(0);
  const rows: string[][] = [];
  const n = src.length;
  let row: string[] = [];
  let i = 0;
  // `i` always points at the start of a field here.
  while (i < n) {
    let field: string;
    if (src.charCodeAt(i) === QUOTE) {
      // Quoted field: read up to the closing quote, unescaping "" pairs.
      let value = "";
      let start = i + 1;
      let j = start;
      for (;;) {
        const q = src.indexOf('"', j);
        if (q === -1) {
          // Unterminated quote: take the rest of the text (lenient).
          value += src.slice(start);
          j = n;
          break;
        }
        if (q + 1 < n && src.charCodeAt(q + 1) === QUOTE) {
          value += src.slice(start, q + 1);
          j = q + 2;
          start = j;
          continue;
        }
        value += src.slice(start, q);
        j = q + 1;
        break;
      }
      // Lenient: anything between the closing quote and the next delimiter/line end is kept.
      let k = j;
      while (k < n) {
        const c = src.charCodeAt(k);
        if (c === delim || c === LF || c === CR) break;
        k++;
      }
      if (k > j) value += src.slice(j, k);
      field = value;
      i = k;
    } else {
      let k = i;
      while (k < n) {
        const c = src.charCodeAt(k);
        if (c === delim || c === LF || c === CR) break;
        k++;
      }
      field = src.slice(i, k);
      i = k;
    }
    row.push(field);
    if (i >= n) {
      rows.push(row);
      row = [];
      break;
    }
    const c = src.charCodeAt(i);
    if (c === delim) {
      i++;
      if (i >= n) {
        // Text ends right after a delimiter: one more empty field.
        row.push("");
        rows.push(row);
        row = [];
      }
      continue;
    }
    // Line end: CRLF, LF or a lone CR.
    i += c === CR && i + 1 < n && src.charCodeAt(i + 1) === LF ? 2 : 1;
    rows.push(row);
    row = [];
  }
  return { rows, delimiter };
}

/** Parses CSV text into rows of fields (see the module comment for the rules). */
export function parseCsv(text: string, options: ParseCsvOptions = {}): string[][] {
  return parseCsvDetailed(text, options).rows;
}

const NUMERIC_TEXT = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r]/;

const NEEDS_QUOTES: Record<CsvDelimiter, RegExp> = { ",": /[",\r\n]/, ";": /[";\r\n]/, "\t": /["\t\r\n]/ };
const QUOTE_ALL = /"/g;

function formatCell(value: CsvCell, needsQuotes: RegExp, protect: boolean): string {
  if (value === null || value === undefined) return "";
  let s: string;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "";
    s = String(value);
  } else {
    s = value;
    if (s === "") return s;
    if (protect && FORMULA_START.test(s) && !NUMERIC_TEXT.test(s)) s = `'${s}`;
  }
  if (!needsQuotes.test(s)) return s;
  return `"${s.replace(QUOTE_ALL, '""')}"`;
}

/** Serialises rows as CSV, each row ended by the newline (so the text ends with one). */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: ToCsvOptions = {}): string {
  const delimiter = options.delimiter ?? ",";
  const newline = options.newline ?? "\r\n";
  const protect = options.protectFormulas ?? false;
  const needsQuotes = NEEDS_QUOTES[delimiter];
  const parts: string[] = new Array<string>(rows.length);
  const cells: string[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    cells.length = row.length;
    for (let c = 0; c < row.length; c++) cells[c] = formatCell(row[c], needsQuotes, protect);
    parts[r] = cells.join(delimiter);
  }
  return (options.bom ? "\uFEFF" : "") + (parts.length ? parts.join(newline) + newline : "");
}

/** Serialises one row, without a line end. */
export function toCsvLine(row: readonly CsvCell[], options: Omit<ToCsvOptions, "newline" | "bom"> = {}): string {
  const delimiter = options.delimiter ?? ",";
  const protect = options.protectFormulas ?? false;
  const needsQuotes = NEEDS_QUOTES[delimiter];
  const cells: string[] = new Array<string>(row.length);
  for (let c = 0; c < row.length; c++) cells[c] = formatCell(row[c], needsQuotes, protect);
  return cells.join(delimiter);
}
