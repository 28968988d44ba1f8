import { NextResponse } from "next/server";
import { guardRoute } from "@/lib/http/route-guard";
import { csvResponseBody } from "@/lib/download/csv-response";
import { xlsxDownload } from "@/lib/download/xlsx";
import { ZTemplateFormat } from "@/lib/impor/schemas";
import { KOLOM_SASARAN, KOLOM_SASARAN_INFO } from "@/lib/sasaran/impor";

/** The sasaran import template: the header and one made-up example row (delete it before uploading), CSV or XLSX. */
export async function GET(request: Request) {
  const guard = await guardRoute(request, "sasaran.manage");
  if (!guard.ok) return guard.response;
  const format = ZTemplateFormat.parse(new URL(request.url).searchParams.get("format") ?? undefined);
  const rows = [[...KOLOM_SASARAN], KOLOM_SASARAN.map((k) => KOLOM_SASARAN_INFO.find((i) => i.kolom === k)?.contoh ?? "")];
  if (format === "xlsx") {
    return new NextResponse(new Uint8Array(await xlsxDownload(rows, "Data")), {
      headers: { "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Content-Disposition": 'attachment; filename="templat-impor-sasaran.xlsx"', "Cache-Control": "no-store" },
    });
  }
  return new NextResponse(csvResponseBody(rows), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="templat-impor-sasaran.csv"', "Cache-Control": "no-store" },
  });
}
