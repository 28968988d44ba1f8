/**
 * The report downloads: CSV (lib/download/csv-response: BOM, CRLF, formula-safe) or XLSX
 * (lib/download/xlsx), and the audit row of a by-name download (AuditLog action DOWNLOAD).
 */
import "server-only";
import { db } from "../db.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { writeAudit } from "../audit/audit.ts";
import { csvResponseBody } from "../download/csv-response.ts";
import { xlsxDownload } from "../download/xlsx.ts";

const NO_STORE = { "Cache-Control": "no-store" };

export async function unduhResponse(name: string, format: "csv" | "xlsx", rows: string[][], sheet: string): Promise<Response> {
  if (format === "xlsx") {
    return new Response(new Uint8Array(await xlsxDownload(rows, sheet)), {
      headers: { "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Content-Disposition": `attachment; filename="${name}.xlsx"`, ...NO_STORE },
    });
  }
  return new Response(csvResponseBody(rows), { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}.csv"`, ...NO_STORE } });
}

/** The audit row of a download of personal data: who, which list (posyandu, month), how many rows, which format. */
export async function auditUnduhanNama(viewer: Viewer, laporan: string, posyanduId: string, detail: { bulan: string; format: string; baris: number }): Promise<void> {
  await writeAudit(db, viewer, { entity: laporan, entityId: posyanduId, action: "DOWNLOAD", after: detail });
}

/** A file name part from a name: letters, digits and dashes. */
export function slug(text: string): string {
  return text.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}
