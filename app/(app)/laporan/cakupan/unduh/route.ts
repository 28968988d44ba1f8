import { guardRoute, NOT_FOUND_MESSAGE } from "@/lib/http/route-guard";
import { ZLaporanUnduh } from "@/lib/laporan/schemas";
import { laporanCakupan } from "@/lib/laporan/cakupan";
import { cakupanRows } from "@/lib/laporan/cakupan-csv";
import { unduhResponse } from "@/lib/laporan/unduh";
import { NotFoundError } from "@/lib/errors";

/** The coverage report as the page shows it (counts only, no names): every role with laporan.read. */
export async function GET(request: Request) {
  const guard = await guardRoute(request, "laporan.read");
  if (!guard.ok) return guard.response;
  const p = ZLaporanUnduh.parse(Object.fromEntries(new URL(request.url).searchParams));
  try {
    return unduhResponse(`cakupan-${p.bulan}`, p.format, cakupanRows(await laporanCakupan(guard.viewer, p)), "Cakupan");
  } catch (e) {
    if (e instanceof NotFoundError) return new Response(NOT_FOUND_MESSAGE, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
    throw e;
  }
}
