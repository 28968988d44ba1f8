/**
 * Upload limits and the messages about them, shared by the server (lib/table/read-table.ts) and the
 * upload forms in the browser, so that both say the same. No server imports.
 */
import { formatNumber } from "../i18n/format.ts";

export interface TableLimits {
  maxBytes: number;
  /** Data rows, not counting the header row. */
  maxRows: number;
}

/** The one file-size label: "840 KB", "4,2 MB" (Indonesian decimal comma). */
export function fileSizeLabel(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} KB`
    : `${(bytes / 1024 / 1024).toLocaleString("id-ID", { maximumFractionDigits: 1 })} MB`;
}

export function tooManyRowsMessage(rows: number, limits: TableLimits): string {
  return `Berkas terlalu besar: ${formatNumber(rows)} baris data, paling banyak ${formatNumber(limits.maxRows)} baris per berkas. Bagi menjadi beberapa berkas.`;
}

/** The row limit of an XLSX is checked while reading: the count is unknown when the reader stops. */
export function moreRowsThanMessage(limits: TableLimits): string {
  return `Berkas terlalu besar: lebih dari ${formatNumber(limits.maxRows)} baris data, paling banyak ${formatNumber(limits.maxRows)} baris per berkas. Bagi menjadi beberapa berkas.`;
}

export function tooLargeMessage(bytes: number, limits: TableLimits): string {
  return `Berkas terlalu besar: ${fileSizeLabel(bytes)}, paling besar ${fileSizeLabel(limits.maxBytes)}. Bagi menjadi beberapa berkas.`;
}
