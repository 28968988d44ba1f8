import "server-only";
/**
 * Turns an uploaded CSV or XLSX into a table of text cells. Row i of the table is row i+1 of the
 * sheet (blank rows kept), so that line numbers in messages match what the user sees in Excel.
 */
import { readTableFile } from "../table/read-table.ts";
import { IMPORT_LIMITS } from "./limits.ts";

export type ReadResult = { ok: true; table: string[][] } | { ok: false; error: string };

/** Reads the file by its extension, checking that the content matches, within the import's limits. */
export async function readTable(name: string, bytes: Uint8Array): Promise<ReadResult> {
  const result = await readTableFile(name, bytes, IMPORT_LIMITS);
  return result.ok ? { ok: true, table: result.table } : result;
}
