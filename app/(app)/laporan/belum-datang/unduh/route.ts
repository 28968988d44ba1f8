import { guardRoute, NOT_FOUND_MESSAGE } from "@/lib/http/route-guard";
import { ZBelumDatangUnduh } from "@/lib/laporan/schemas";
import { laporanBelumDatang } from "@/lib/laporan/belum-datang";
import { posyanduByName } from "@/lib/laporan/skdn-balita";
import { BELUM_DATANG_HEADER, belumDatangCells } from "@/lib/laporan/belum-datang-csv";
import { auditUnduhanNama, slug, unduhResponse } from "@/lib/laporan/unduh";
import { NotFoundError } from "@/lib/errors";

/** Who has not come this month, by name (NIK masked), with the page's filters: `sasaran.read`, a posyandu in scope; audited. */
export async function GET(request: Request) {
  const guard = await guardRoute(request, "sasaran.read");
  if (!guard.ok) return guard.response;
  const p = ZBelumDatangUnduh.parse(Object.fromEntries(new URL(request.url).searchParams));
  try {
    const posyandu = await posyanduByName(guard.viewer, p.posyanduId);
    const { rows } = await laporanBelumDatang(guard.viewer, posyandu.id, p, true);
    await auditUnduhanNama(guard.viewer, "laporan_belum_datang", posyandu.id, { bulan: p.bulan, format: p.format, baris: rows.length });
    return unduhResponse(`belum-datang-${slug(posyandu.nama)}-${p.bulan}`, p.format, [BELUM_DATANG_HEADER, ...rows.map(belumDatangCells)], "Belum datang");
  } catch (e) {
    if (e instanceof NotFoundError) return new Response(NOT_FOUND_MESSAGE, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
    throw e;
  }
}
