import { guardRoute, NOT_FOUND_MESSAGE } from "@/lib/http/route-guard";
import { ZLaporanUnduh } from "@/lib/laporan/schemas";
import { laporanSkdn } from "@/lib/laporan/skdn";
import { skdnAgregatRows } from "@/lib/laporan/skdn-csv";
import { unduhResponse } from "@/lib/laporan/unduh";
import { NotFoundError } from "@/lib/errors";

/** The SKDN table as the page shows it (counts only, no names): every role with laporan.read. */
export async function GET(request: Request) {
  const guard = await guardRoute(request, "laporan.read");
  if (!guard.ok) return guard.response;
  const p = ZLaporanUnduh.parse(Object.fromEntries(new URL(request.url).searchParams));
  try {
    const laporan = await laporanSkdn(guard.viewer, p);
    return unduhResponse(`skdn-${p.bulan}`, p.format, skdnAgregatRows(laporan), "SKDN");
  } catch (e) {
    if (e instanceof NotFoundError) return new Response(NOT_FOUND_MESSAGE, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
    throw e;
  }
}
