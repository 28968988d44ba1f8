/**
 * The first steps every import takes with a table read from a CSV/XLSX file (wilayah, kader,
 * sasaran): the header row is the first row with anything in it; each title is matched to a column
 * (synonyms included, by the feature's `kolomOf`); unknown, repeated and missing columns are reported
 * together; then the data lines (blank rows skipped, numbered as in Excel) and the row limit. And the
 * cell readers the person imports share. Pure.
 */
import { tooManyRowsMessage } from "../table/limits.ts";
import { IMPORT_LIMITS } from "./limits.ts";

export interface SheetSpec<K extends string> {
  /** Every column, in the order the "known columns" message lists them. */
  columns: readonly K[];
  /** The column a header title names, or undefined. */
  kolomOf: (title: string) => K | undefined;
  /** The messages for required columns that are missing, given which columns are there. */
  missing: (has: (k: K) => boolean) => string[];
}

export interface Sheet<K extends string> {
  /** Indexes into the table of the data rows (Excel line = index + 1). */
  lines: number[];
  /** Columns up to the last titled one; cells beyond it have no column. */
  width: number;
  /** The trimmed text of column `k` in row `i` ("" when the column is absent). */
  cell: (i: number, k: K) => string;
}

export type SheetResult<K extends string> = { ok: true; sheet: Sheet<K> } | { ok: false; errors: string[] };

export const isBlankRow = (row: readonly (string | undefined)[] | undefined) => !row || row.every((c) => !c || !c.trim());

export function readSheet<K extends string>(table: string[][], spec: SheetSpec<K>): SheetResult<K> {
  const headerAt = table.findIndex((row) => !isBlankRow(row));
  if (headerAt < 0) return { ok: false, errors: ["Berkas kosong: tidak ada baris judul maupun data."] };
  const index: Partial<Record<K, number>> = {};
  const unknown: string[] = [];
  const errors: string[] = [];
  let width = 0;
  table[headerAt].forEach((raw, i) => {
    const text = (raw ?? "").trim();
    if (!text) return;
    width = i + 1;
    const k = spec.kolomOf(text);
    if (!k) unknown.push(`"${text}"`);
    else if (index[k] !== undefined) errors.push(`Kolom ${k} muncul dua kali di baris judul.`);
    else index[k] = i;
  });
  if (unknown.length) errors.push(`Kolom tidak dikenal: ${unknown.join(", ")}. Kolom yang dikenal: ${spec.columns.join(", ")}.`);
  errors.push(...spec.missing((k) => index[k] !== undefined));
  if (errors.length) return { ok: false, errors };

  const lines: number[] = [];
  for (let i = headerAt + 1; i < table.length; i++) if (!isBlankRow(table[i])) lines.push(i);
  if (lines.length === 0) return { ok: false, errors: ["Berkas tidak berisi data: di bawah baris judul tidak ada baris yang terisi."] };
  if (lines.length > IMPORT_LIMITS.maxRows) return { ok: false, errors: [tooManyRowsMessage(lines.length, IMPORT_LIMITS)] };
  const cell = (i: number, k: K) => {
    const at = index[k];
    return at === undefined ? "" : (table[i][at] ?? "").trim();
  };
  return { ok: true, sheet: { lines, width, cell } };
}

/** "Kolom wajib tidak ada: x." for each of `required` not there. */
export const missingColumns = <K extends string>(required: readonly K[], has: (k: K) => boolean) =>
  required.filter((k) => !has(k)).map((k) => `Kolom wajib tidak ada: ${k}.`);

/** How people write the sex in a sheet. */
export const JK: Record<string, "P" | "L"> = { p: "P", perempuan: "P", wanita: "P", pr: "P", l: "L", "laki-laki": "L", lakilaki: "L", pria: "L", lk: "L" };

/** "12/08/1980" or "12-08-1980" → "1980-08-12"; anything else as written (the schema judges it). */
export function isoFromCell(raw: string): string {
  const s = raw.trim();
  const m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(s);
  return m ? `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}` : s;
}
