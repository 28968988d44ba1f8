import { guardRoute, NOT_FOUND_MESSAGE } from "@/lib/http/route-guard";
import { ZSkdnBalitaUnduh } from "@/lib/laporan/schemas";
import { laporanSkdnBalita } from "@/lib/laporan/skdn-balita";
import { SKDN_CSV_HEADER, skdnCsvCells } from "@/lib/laporan/skdn-csv";
import { auditUnduhanNama, slug, unduhResponse } from "@/lib/laporan/unduh";
import { NotFoundError } from "@/lib/errors";

/**
 * The SKDN of one posyandu-month by name (one row per balita, columns exactly SKDN_CSV_HEADER):
 * `sasaran.read` and a posyandu in scope, else "not found"; every download audited.
 */
export async function GET(request: Request) {
  const guard = await guardRoute(request, "sasaran.read");
  if (!guard.ok) return guard.response;
  const p = ZSkdnBalitaUnduh.parse(Object.fromEntries(new URL(request.url).searchParams));
  try {
    const { posyandu, balita } = await laporanSkdnBalita(guard.viewer, p.posyanduId, p.bulan);
    await auditUnduhanNama(guard.viewer, "laporan_skdn_balita", posyandu.id, { bulan: p.bulan, format: p.format, baris: balita.length });
    return unduhResponse(`skdn-${slug(posyandu.nama)}-${p.bulan}`, p.format, [[...SKDN_CSV_HEADER], ...balita.map(skdnCsvCells)], "SKDN balita");
  } catch (e) {
    if (e instanceof NotFoundError) return new Response(NOT_FOUND_MESSAGE, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
    throw e;
  }
}
