/**
 * The columns a batch adds to every row (z-scores, WHO flags, Permenkes categories, `keterangan`)
 * and the notes that explain what was not computed.
 */
import { formatZ } from "./round.ts";
import type { GrowthResult, IndexKey, ValidationIssue } from "./types.ts";

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
export function writeOutputCells(result: GrowthResult, notes: readonly string[], out: string[], at: number): void {
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

