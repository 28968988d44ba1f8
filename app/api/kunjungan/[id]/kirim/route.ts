import { revalidatePath } from "next/cache";
import { guardRoute } from "@/lib/http/route-guard";
import { handleJson } from "@/lib/http/route-json";
import { LOCKED_MESSAGE } from "@/lib/kunjungan/dal";
import { ZDraf } from "@/lib/kunjungan/schemas";
import { submitKunjungan } from "@/lib/kunjungan/dal-kirim";

/** POST: submits the visit with its final draft; a second send (a double tap) answers `already` and writes nothing. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const guard = await guardRoute(request, "supervisi.conduct");
  if (!guard.ok) return guard.response;
  const { id } = await params;
  return handleJson(request, guard.viewer, ZDraf, async (viewer, draf) => {
    const r = await submitKunjungan(viewer, id, draf);
    revalidatePath("/supervisi", "layout");
    return r;
  }, { conflict: [LOCKED_MESSAGE] });
}
