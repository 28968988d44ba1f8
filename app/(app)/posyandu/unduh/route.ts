import { guardRoute } from "@/lib/http/route-guard";
import { exportPosyandu, type PosyanduRow } from "@/lib/posyandu/queries";
import { ZPosyanduListParams } from "@/lib/posyandu/schemas";
import { jadwalLabel } from "@/lib/posyandu/jadwal";
import { csvStreamResponse } from "@/lib/download/csv-response";
import { todayInJakarta } from "@/lib/i18n/format";

/** The filtered posyandu list as CSV (same scope, filters and order as the page), streamed in batches. */
export async function GET(request: Request) {
  const guard = await guardRoute(request, "posyandu.read");
  if (!guard.ok) return guard.response;
  const { viewer } = guard;
  const params = ZPosyanduListParams.parse(Object.fromEntries(new URL(request.url).searchParams));
  const header = ["nama_posyandu", "kode_desa", "desa", "dusun", "kecamatan", "puskesmas", "jadwal", "minggu_ke", "hari", "tempat", "lintang", "bujur", "status"];
  return csvStreamResponse(`posyandu-${todayInJakarta()}.csv`, header, csvRows(exportPosyandu(viewer, params)));
}

async function* csvRows(batches: AsyncIterable<PosyanduRow[]>) {
  for await (const rows of batches) {
    yield rows.map((r) => [r.nama, r.desa.kode, r.desa.nama, r.dusun?.nama ?? "", r.desa.kecamatan.nama, r.desa.puskesmas?.nama ?? "", jadwalLabel({ mingguKe: r.jadwalMingguKe, hari: r.jadwalHari }), r.jadwalMingguKe ?? "", r.jadwalHari ?? "", r.tempat ?? "", r.latitude?.toString() ?? "", r.longitude?.toString() ?? "", r.isActive ? "aktif" : "tidak aktif"]);
  }
}
