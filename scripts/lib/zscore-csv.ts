/**
 * The z-score CLI's CSV wrapper: CSV text in (delimiter guessed), every row computed, CSV text out.
 * Beside the CLI, so that the growth library lib/pertumbuhan stays free of CSV.
 */
import { parseCsvDetailed, toCsv } from "../../lib/csv/index.ts";
import { processRows, type BatchSummary } from "../../lib/pertumbuhan/batch.ts";

export interface CsvBatchOutput {
  /** The output CSV (comma-separated, LF line ends unless asked otherwise). */
  csv: string;
  summary: BatchSummary;
  headerProblems: string[];
  /** The delimiter detected in the input. */
  inputDelimiter: "," | ";" | "\t";
}

/** Parses CSV text (delimiter auto-detected), computes every row and serializes the result. */
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

