import { guardRoute } from "@/lib/http/route-guard";
import { exportKelengkapan, type KelengkapanRow } from "@/lib/sarana/kelengkapan";
import { ZKelengkapanParams } from "@/lib/sarana/schemas";
import { csvStreamResponse } from "@/lib/download/csv-response";
import { todayInJakarta } from "@/lib/i18n/format";

/** The scope's kit completeness as CSV (same scope, filters and order as /sarana), streamed in batches. */
export async function GET(request: Request) {
  const guard = await guardRoute(request, "kesiapan.read");
  if (!guard.ok) return guard.response;
  const params = ZKelengkapanParams.parse(Object.fromEntries(new URL(request.url).searchParams));
  const header = ["posyandu", "desa", "dusun", "kecamatan", "alat_cukup", "alat_standar", "prasarana_ada", "prasarana_standar", "alat_kurang"];
  return csvStreamResponse(`sarana-posyandu-${todayInJakarta()}.csv`, header, csvRows(exportKelengkapan(guard.viewer, params)));
}

async function* csvRows(batches: AsyncIterable<KelengkapanRow[]>) {
  for await (const rows of batches) yield rows.map((r) => [r.nama, r.desa, r.dusun ?? "", r.kecamatan, r.cukup, r.total, r.prasarana, 5, r.kurang.join("; ")]);
}
