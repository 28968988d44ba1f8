import { guardRoute } from "@/lib/http/route-guard";
import { templateCsv, templateXlsx } from "@/lib/gizi-berkas/template";

/** The batch template: Bahasa headers and four example children, one of them not computable. */
export async function GET(request: Request) {
  const guard = await guardRoute(request, "gizi.calc");
  if (!guard.ok) return guard.response;
  if (new URL(request.url).searchParams.get("format") === "xlsx") {
    return new Response(new Uint8Array(await templateXlsx()), {
      headers: { "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Content-Disposition": 'attachment; filename="templat-status-gizi.xlsx"', "Cache-Control": "no-store" },
    });
  }
  return new Response(templateCsv(), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="templat-status-gizi.csv"', "Cache-Control": "no-store" },
  });
}
