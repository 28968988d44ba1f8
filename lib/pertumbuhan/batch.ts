/**
 * Batch z-scores over table rows (the CLI `npm run zscore` and the web batch upload share this).
 *
 * Input columns: see batch-header.ts (HEADER_ALIASES); cells are read by batch-cells.ts.
 * Output: every input column unchanged and in order, then OUTPUT_COLUMNS (batch-output.ts).
 * No CSV here: the CLI's CSV wrapper is scripts/lib/zscore-csv.ts, the web upload's lib/gizi-berkas.
 */
import { parseRow } from "./batch-cells.ts";
import { mapHeader } from "./batch-header.ts";
import { OUTPUT_COLUMNS, OUTPUT_INDEX_ORDER, rowNotes, writeOutputCells } from "./batch-output.ts";
import { computeGrowth } from "./compute.ts";
import type { GrowthInput, GrowthResult } from "./types.ts";

export { HEADER_ALIASES, mapHeader, normalizeHeaderName, type BatchField, type HeaderMapping } from "./batch-header.ts";
export { parseDateCell, parseMeasureCell, parseNumberCell, parseOedemaCell, parseRow, parseSexCell, type ParsedRow } from "./batch-cells.ts";
export { OUTPUT_COLUMNS, OUTPUT_INDEX_ORDER, outputCells, rowNotes } from "./batch-output.ts";

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

/** One-line summary, e.g. for standard error. */
export function formatSummary(s: BatchSummary): string {
  return (
    `Baris dibaca: ${s.rowsRead}, dihitung: ${s.rowsComputed}, bermasalah: ${s.rowsWithProblems}, ` +
    `ditandai tidak wajar (flag WHO): ${s.rowsFlagged}` +
    (s.blankRowsSkipped ? `, baris kosong dilewati: ${s.blankRowsSkipped}` : "") +
    ` (rows read: ${s.rowsRead}, computed: ${s.rowsComputed}, with problems: ${s.rowsWithProblems})`
  );
}
