/**
 * What the upload route and the browser share: limits, and the NDJSON lines the route streams back.
 * No server imports: the client component reads this file too.
 */
import type { BatchSummary } from "../pertumbuhan/batch.ts";
import type { TableLimits } from "../table/limits.ts";

/**
 * The file size cap stays under the proxy's 10 MB request buffer (Next `proxyClientMaxBodySize`):
 * a larger body would reach the route cut short. 100.000 rows of typical posyandu data are ~3 MB.
 */
export const GIZI_BERKAS_LIMITS = { maxBytes: 9 * 1024 * 1024, maxRows: 200_000 } as const satisfies TableLimits;

/** The whole multipart request, file plus form fields, must fit the proxy's buffer. */
export const GIZI_BERKAS_MAX_REQUEST_BYTES = 10 * 1024 * 1024;

/** How long a result can be downloaded, and how many results the server keeps per user at most. */
export const RESULT_TTL_MS = 30 * 60 * 1000;
export const RESULT_MAX_PER_USER = 10;

/** Rows computed between two progress lines (the route yields to the event loop in between). */
export const CHUNK_ROWS = 2_000;

/** Rows with a `keterangan` shown on the page after the upload. */
export const PREVIEW_ROWS = 20;

export type OutputFormat = "csv" | "xlsx";

export type Phase = "membaca" | "menghitung" | "menyiapkan";

export interface PreviewRow {
  /** Row number as in the file (the header is row 1 when it is the first row). */
  baris: number;
  keterangan: string;
}

export type ProgressLine = { t: "progress"; phase: Phase; done: number; total: number };
export type DoneLine = {
  t: "selesai";
  id: string;
  /** Epoch ms after which the result is gone. */
  expiresAt: number;
  fileBaseName: string;
  summary: BatchSummary;
  headerProblems: string[];
  preview: PreviewRow[];
};
export type FailLine = { t: "gagal"; message: string };
export type StreamLine = ProgressLine | DoneLine | FailLine;

export function downloadHref(id: string, format: OutputFormat): string {
  return `/gizi/berkas/unduh/${encodeURIComponent(id)}?format=${format}`;
}
