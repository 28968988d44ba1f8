import { NextResponse } from "next/server";
import { guardRoute } from "@/lib/http/route-guard";
import { templateRows, templateXlsx } from "@/lib/impor/template";
import { ZTemplateFormat } from "@/lib/impor/schemas";
import { csvResponseBody } from "@/lib/download/csv-response";

/** The import template (header + 2 examples of the admin's kabupaten), as CSV or XLSX. */
export async function GET(request: Request) {
  const guard = await guardRoute(request, "import.run");
  if (!guard.ok) return guard.response;
  const { viewer } = guard;
  const format = ZTemplateFormat.parse(new URL(request.url).searchParams.get("format") ?? undefined);
  const rows = await templateRows(viewer);
  if (format === "xlsx") {
    const body = await templateXlsx(rows);
    return new NextResponse(new Uint8Array(body), {
      headers: { "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Content-Disposition": 'attachment; filename="templat-impor-posyandu.xlsx"', "Cache-Control": "no-store" },
    });
  }
  return new NextResponse(csvResponseBody(rows), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="templat-impor-posyandu.csv"', "Cache-Control": "no-store" },
  });
}
