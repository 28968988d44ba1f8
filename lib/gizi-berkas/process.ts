import "server-only";
/**
 * The batch upload's work, without Next: read the file, check the header, compute the rows in
 * chunks (yielding between them so that progress lines reach the browser), and keep the result as
 * one canonical CSV (comma, LF, no BOM, no formula protection) from which both downloads are made.
 */
import { toCsv, type CsvDelimiter } from "../csv/index.ts";
import { mapHeader, OUTPUT_COLUMNS, processRows, type BatchSummary } from "../pertumbuhan/batch.ts";
import { readTableFile, type TableLimits } from "../table/read-table.ts";
import { CHUNK_ROWS, GIZI_BERKAS_LIMITS, PREVIEW_ROWS, type Phase, type PreviewRow } from "./protocol.ts";

export interface ProcessedTable {
  /** Output as CSV text: the input header and rows, then OUTPUT_COLUMNS. */
  csv: string;
  summary: BatchSummary;
  /** Header notes that did not stop the run (a missing age column, a repeated column). */
  headerProblems: string[];
  /** The first rows that have a `keterangan`, with their row number in the file. */
  preview: PreviewRow[];
}

export interface ProcessedUpload extends ProcessedTable {
  fileBaseName: string;
  /** The input's CSV delimiter, reused for the CSV download ("," for XLSX input). */
  delimiter: CsvDelimiter;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };

export interface ProcessOptions {
  onProgress?: (phase: Phase, done: number, total: number) => void;
  chunkRows?: number;
  limits?: TableLimits;
}

const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

const isBlank = (row: readonly string[]) => row.every((c) => c.trim() === "");

/** Drops empty cells past `width` (spreadsheets often carry formatted but empty cells at the end of a row). */
function trimRow(row: string[], width: number): string[] {
  if (row.length <= width) return row;
  let end = row.length;
  while (end > width && row[end - 1].trim() === "") end--;
  return end === row.length ? row : row.slice(0, end);
}

/** "Data Posyandu (Mei).xlsx" -> "Data_Posyandu_Mei"; safe in a Content-Disposition header. */
export function fileBaseName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const noExt = base.includes(".") ? base.slice(0, base.lastIndexOf(".")) : base;
  const safe = noExt.replace(/[^A-Za-z0-9._-]+/g, "_").replace(/^[._]+|_+$/g, "").slice(0, 80);
  return safe || "data";
}

/** Computes a table whose first non-blank row is the header. Whole-file problems come back as a Bahasa message. */
export async function processTable(table: string[][], options: ProcessOptions = {}): Promise<Outcome<ProcessedTable>> {
  const chunkRows = options.chunkRows ?? CHUNK_ROWS;
  const headerIndex = table.findIndex((row) => !isBlank(row));
  if (headerIndex < 0) return { ok: false, message: "Berkas kosong: tidak ada judul kolom maupun data." };
  const header = [...table[headerIndex]];
  while (header.length > 0 && header[header.length - 1].trim() === "") header.pop();
  const width = header.length;

  const mapping = mapHeader(header);
  const hasMeasure = ["weight_kg", "lenhei_cm", "headc_cm", "muac_cm"].some((f) => mapping.columns[f as keyof typeof mapping.columns] !== undefined);
  // Without sex or any measurement no row can be computed: refuse the file instead of returning it with an error on every row.
  if (mapping.columns.sex === undefined || !hasMeasure) {
    return {
      ok: false,
      message: `Judul kolom belum lengkap: ${mapping.problems.join(" ")} Baris pertama berkas harus berisi judul kolom; lihat daftar kolom yang diterima di halaman ini.`,
    };
  }
  const data = table.slice(headerIndex + 1);
  if (data.every(isBlank)) return { ok: false, message: "Berkas hanya berisi judul kolom, tanpa baris data anak." };

  const summary: BatchSummary = { rowsRead: 0, rowsComputed: 0, rowsWithProblems: 0, rowsFlagged: 0, blankRowsSkipped: 0 };
  const preview: PreviewRow[] = [];
  const parts: string[] = [toCsv([[...header, ...OUTPUT_COLUMNS]], { newline: "\n" })];
  const noteAt = width + OUTPUT_COLUMNS.length - 1;
  const total = data.length;
  options.onProgress?.("menghitung", 0, total);
  for (let start = 0; start < total; start += chunkRows) {
    const chunk = data.slice(start, start + chunkRows).map((row) => trimRow(row, width));
    const out = processRows(header, chunk, { keepResults: preview.length < PREVIEW_ROWS });
    summary.rowsRead += out.summary.rowsRead;
    summary.rowsComputed += out.summary.rowsComputed;
    summary.rowsWithProblems += out.summary.rowsWithProblems;
    summary.rowsFlagged += out.summary.rowsFlagged;
    summary.blankRowsSkipped += out.summary.blankRowsSkipped;
    out.results?.forEach((r, i) => {
      const note = out.rows[i][noteAt];
      // Row number as the user sees it in the file: header row + 1 + position among the data rows.
      if (note && preview.length < PREVIEW_ROWS) preview.push({ baris: headerIndex + 2 + start + r.sourceIndex, keterangan: note });
    });
    parts.push(toCsv(out.rows, { newline: "\n" }));
    options.onProgress?.("menghitung", Math.min(start + chunkRows, total), total);
    await nextTick();
  }
  options.onProgress?.("menyiapkan", 0, 1);
  const csv = parts.join("");
  options.onProgress?.("menyiapkan", 1, 1);
  return { ok: true, value: { csv, summary, headerProblems: mapping.problems, preview } };
}

/** Reads an uploaded CSV/XLSX and computes it (see processTable). */
export async function processUpload(name: string, bytes: Uint8Array, options: ProcessOptions = {}): Promise<Outcome<ProcessedUpload>> {
  if (bytes.length === 0) return { ok: false, message: "Berkas kosong: pilih berkas CSV atau XLSX yang berisi data anak." };
  options.onProgress?.("membaca", 0, bytes.length);
  const read = await readTableFile(name, bytes, options.limits ?? GIZI_BERKAS_LIMITS);
  if (!read.ok) return { ok: false, message: read.error };
  options.onProgress?.("membaca", bytes.length, bytes.length);
  await nextTick();
  const processed = await processTable(read.table, options);
  if (!processed.ok) return processed;
  return { ok: true, value: { ...processed.value, fileBaseName: fileBaseName(name), delimiter: read.delimiter } };
}
