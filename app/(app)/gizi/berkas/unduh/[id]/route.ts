import { guardRoute } from "@/lib/http/route-guard";
import { resultStore } from "@/lib/gizi-berkas/store";
import { csvDownload, downloadFileName, storedRows } from "@/lib/gizi-berkas/output";
import { xlsxDownload } from "@/lib/download/xlsx";

const NOT_FOUND =
  "Hasil tidak ditemukan. Hasil hanya disimpan 30 menit dan hanya dapat diunduh oleh pengguna yang mengunggahnya. Unggah berkas lagi di halaman Status gizi dari berkas (/gizi/berkas).";

/** A batch result, as CSV or XLSX, for the user who uploaded it and only while it is kept. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const guard = await guardRoute(request, "gizi.calc");
  if (!guard.ok) return guard.response;
  const { viewer } = guard;
  const { id } = await params;
  const entry = resultStore().get(id, viewer.id);
  if (!entry) return new Response(NOT_FOUND, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  const format = new URL(request.url).searchParams.get("format") === "xlsx" ? "xlsx" : "csv";
  const rows = storedRows(entry.csv.toString("utf8"));
  const disposition = `attachment; filename="${downloadFileName(entry.fileBaseName, format)}"`;
  if (format === "xlsx") {
    const body = await xlsxDownload(rows);
    return new Response(new Uint8Array(body), {
      headers: { "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Content-Disposition": disposition, "Cache-Control": "no-store" },
    });
  }
  return new Response(csvDownload(rows, entry.delimiter), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": disposition, "Cache-Control": "no-store" },
  });
}
