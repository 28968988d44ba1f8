import { guardRoute } from "@/lib/http/route-guard";
import { exportKesiapan, type KesiapanRow } from "@/lib/kesiapan/queries";
import { ZKesiapanListParams } from "@/lib/kesiapan/schemas";
import { LABEL_KATEGORI } from "@/lib/kesiapan/aturan";
import { csvStreamResponse } from "@/lib/download/csv-response";
import { xlsxDownload } from "@/lib/download/xlsx";
import { todayInJakarta } from "@/lib/i18n/format";

const HEADER = ["posyandu", "kode_desa", "desa", "kecamatan", "skor", "kategori", "tren", "skor_bulan_sebelumnya", "bulan", "jumlah_kekurangan", "kekurangan_teratas"];

function cells(r: KesiapanRow): string[] {
  return [
    r.nama, r.desaKode, r.desa, r.kecamatan, r.skor === null ? "" : String(r.skor), r.kategori ? LABEL_KATEGORI[r.kategori] : "belum dihitung", r.tren ?? "",
    r.skorSebelum === null ? "" : String(r.skorSebelum), r.bulan ? r.bulan.toISOString().slice(0, 7) : "", String(r.jumlahKekurangan), r.kekurangan.map((k) => k.pesan).join("; "),
  ];
}

/** The readiness table as CSV (streamed) or XLSX, with the page's scope, filters and order. */
export async function GET(request: Request) {
  const guard = await guardRoute(request, "kesiapan.read");
  if (!guard.ok) return guard.response;
  const search = new URL(request.url).searchParams;
  const params = ZKesiapanListParams.parse(Object.fromEntries(search));
  const name = `kesiapan-ilp-${todayInJakarta()}`;
  if (search.get("format") === "xlsx") {
    const rows: string[][] = [HEADER];
    for await (const batch of exportKesiapan(guard.viewer, params)) rows.push(...batch.map(cells));
    return new Response(new Uint8Array(await xlsxDownload(rows, "Kesiapan ILP")), {
      headers: { "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Content-Disposition": `attachment; filename="${name}.xlsx"`, "Cache-Control": "no-store" },
    });
  }
  return csvStreamResponse(`${name}.csv`, HEADER, csvRows(exportKesiapan(guard.viewer, params)));
}

async function* csvRows(batches: AsyncIterable<KesiapanRow[]>) {
  for await (const batch of batches) yield batch.map(cells);
}
