import { guardRoute, NOT_FOUND_MESSAGE } from "@/lib/http/route-guard";
import { ZLaporanUnduh } from "@/lib/laporan/schemas";
import { laporanCakupan } from "@/lib/laporan/cakupan";
import { CAKUPAN_HEADER, cakupanRows } from "@/lib/laporan/cakupan-csv";
import { unduhResponse } from "@/lib/laporan/unduh";
import { csvStreamResponse } from "@/lib/download/csv-response";
import { NotFoundError } from "@/lib/errors";

async function* potong<T>(rows: T[], n: number): AsyncGenerator<T[]> {
  for (let i = 0; i < rows.length; i += n) yield rows.slice(i, i + n);
}

/** The coverage report as the page shows it (counts only, no names): every role with laporan.read. */
export async function GET(request: Request) {
  const guard = await guardRoute(request, "laporan.read");
  if (!guard.ok) return guard.response;
  const p = ZLaporanUnduh.parse(Object.fromEntries(new URL(request.url).searchParams));
  try {
    const rows = cakupanRows(await laporanCakupan(guard.viewer, p));
    if (p.format === "xlsx") return unduhResponse(`cakupan-${p.bulan}`, p.format, rows, "Cakupan");
    // A kabupaten's file is ~21,000 rows: written while it is read, 2,000 rows at a time.
    return csvStreamResponse(`cakupan-${p.bulan}.csv`, CAKUPAN_HEADER, potong(rows.slice(1), 2000));
  } catch (e) {
    if (e instanceof NotFoundError) return new Response(NOT_FOUND_MESSAGE, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
    throw e;
  }
}
