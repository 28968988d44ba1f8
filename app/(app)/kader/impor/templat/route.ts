import { NextResponse } from "next/server";
import { guardRoute } from "@/lib/http/route-guard";
import { csvResponseBody } from "@/lib/download/csv-response";
import { KOLOM_KADER, KOLOM_KADER_INFO } from "@/lib/kader/impor";

/** The kader import template: the header and one made-up example row (delete it before uploading). */
export async function GET(request: Request) {
  const guard = await guardRoute(request, "kader.manage");
  if (!guard.ok) return guard.response;
  const example = KOLOM_KADER.map((k) => KOLOM_KADER_INFO.find((i) => i.kolom === k)?.contoh ?? "");
  return new NextResponse(csvResponseBody([[...KOLOM_KADER], example]), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="templat-impor-kader.csv"', "Cache-Control": "no-store" },
  });
}
