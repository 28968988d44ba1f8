/**
 * CSV for downloads that people open in Excel: a BOM so that Excel reads UTF-8, CRLF line ends,
 * text cells that start with = + - @ prefixed with ' so that a spreadsheet never runs them, and ";"
 * quoted for an Excel whose list separator is ";" (Indonesian settings).
 */
import { toCsv, type CsvCell } from "../csv/index.ts";

export function csvResponseBody(rows: CsvCell[][]): string {
  return toCsv(rows, { bom: true, newline: "\r\n", protectFormulas: true, quoteSemicolons: true });
}
