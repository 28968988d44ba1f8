import { guardRoute } from "@/lib/http/route-guard";
import { exportTindakLanjut, type TindakLanjutRow } from "@/lib/tindak-lanjut/queries";
import { ZTindakLanjutListParams } from "@/lib/tindak-lanjut/schemas";
import { LABEL_STATUS_TL, LABEL_TINGKAT } from "@/lib/supervisi/pemilik";
import { csvStreamResponse } from "@/lib/download/csv-response";
import { xlsxDownload } from "@/lib/download/xlsx";
import { todayInJakarta } from "@/lib/i18n/format";

const HEADER = ["sasaran", "desa", "kecamatan", "puskesmas", "tanggal_kunjungan", "masalah", "tindakan", "tingkat_penanggung_jawab", "penanggung_jawab", "batas_waktu", "status", "hari_terlambat", "catatan_bukti"];

function cells(r: TindakLanjutRow): string[] {
  return [r.situs, r.desa, r.kecamatan, r.puskesmas ?? "", r.kunjunganTanggal, r.masalah, r.tindakan, LABEL_TINGKAT[r.tingkatPemilik], r.pemilikNama, r.batasWaktu, LABEL_STATUS_TL[r.status], String(r.hariTerlambat), r.catatanBukti ?? ""];
}

/** The follow-up list as CSV (streamed) or XLSX, with the page's scope, filters and order. */
export async function GET(request: Request) {
  const guard = await guardRoute(request, "supervisi.read");
  if (!guard.ok) return guard.response;
  const search = new URL(request.url).searchParams;
  const params = ZTindakLanjutListParams.parse(Object.fromEntries(search));
  const name = `tindak-lanjut-supervisi-${todayInJakarta()}`;
  if (search.get("format") === "xlsx") {
    const rows: string[][] = [HEADER];
    for await (const batch of exportTindakLanjut(guard.viewer, params)) rows.push(...batch.map(cells));
    return new Response(new Uint8Array(await xlsxDownload(rows, "Tindak lanjut")), {
      headers: { "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Content-Disposition": `attachment; filename="${name}.xlsx"`, "Cache-Control": "no-store" },
    });
  }
  return csvStreamResponse(`${name}.csv`, HEADER, csvRows(exportTindakLanjut(guard.viewer, params)));
}

async function* csvRows(batches: AsyncIterable<TindakLanjutRow[]>) {
  for await (const batch of batches) yield batch.map(cells);
}
