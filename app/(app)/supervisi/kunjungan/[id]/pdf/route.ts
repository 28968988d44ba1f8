import { guardRoute, NOT_FOUND_MESSAGE } from "@/lib/http/route-guard";
import { getLembarSumber } from "@/lib/supervisi/lembar-data";
import { buildLembar } from "@/lib/supervisi/lembar";
import { lembarPdf } from "@/lib/supervisi/pdf";
import { NotFoundError } from "@/lib/errors";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit/audit";

/** The feedback sheet of one submitted visit in scope, as an A4 PDF download; the download is audited. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const guard = await guardRoute(request, "supervisi.read");
  if (!guard.ok) return guard.response;
  const { id } = await params;
  let sumber;
  try {
    sumber = await getLembarSumber(guard.viewer, id);
  } catch (e) {
    if (e instanceof NotFoundError) return new Response(NOT_FOUND_MESSAGE, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
    throw e;
  }
  const l = buildLembar(sumber);
  const pdf = await lembarPdf(l);
  await writeAudit(db, guard.viewer, { entity: "lembar_supervisi", entityId: sumber.id, action: "DOWNLOAD", after: { berkas: l.namaBerkas } });
  return new Response(new Uint8Array(pdf), {
    headers: { "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="${l.namaBerkas}"`, "Cache-Control": "no-store" },
  });
}
