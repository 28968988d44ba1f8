/**
 * CSV for downloads that people open in Excel: a BOM so that Excel reads UTF-8, CRLF line ends,
 * and text cells that start with = + - @ prefixed with ' so that a spreadsheet never runs them.
 */
type Cell = string | number | null | undefined;

function cell(value: Cell): string {
  if (value === null || value === undefined) return "";
  let s = typeof value === "number" ? String(value) : value;
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(s) && !/^-?\d+([.,]\d+)?$/.test(s)) s = `'${s}`;
  return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvResponseBody(rows: Cell[][]): string {
  return "\uFEFF" + rows.map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
}
