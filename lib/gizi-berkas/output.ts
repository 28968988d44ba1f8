import "server-only";
/**
 * The two downloads of a batch result, both made from the stored canonical CSV:
 * CSV (UTF-8 with BOM for Excel, CRLF, the input's delimiter, formula-like text defused) and XLSX
 * (bold frozen header, numbers as numbers, everything else as text).
 */
import { parseCsv, toCsv, type CsvDelimiter } from "../csv/index.ts";
import type { OutputFormat } from "./protocol.ts";

/** The stored result back as rows (header first). */
export function storedRows(csv: string): string[][] {
  return parseCsv(csv, { delimiter: "," });
}

/**
 * CSV for Excel. protectFormulas only prefixes text such as "=SUM(…)" or "-" with `'`: numeric text
 * like "-1.23" (a z-score) is left alone, so it stays a number.
 */
export function csvDownload(rows: readonly (readonly string[])[], delimiter: CsvDelimiter = ","): string {
  return toCsv(rows, { delimiter, bom: true, protectFormulas: true, newline: "\r\n" });
}

/** `<original-basename>-zscore.csv|xlsx`. */
export function downloadFileName(baseName: string, format: OutputFormat): string {
  return `${baseName}-zscore.${format}`;
}
