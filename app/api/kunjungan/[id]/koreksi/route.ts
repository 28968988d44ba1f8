import { revalidatePath } from "next/cache";
import { guardRoute } from "@/lib/http/route-guard";
import { handleJson } from "@/lib/http/route-json";
import { LOCKED_MESSAGE } from "@/lib/kunjungan/dal";
import { ZKoreksi } from "@/lib/kunjungan/schemas";
import { koreksiKunjungan } from "@/lib/kunjungan/dal-kirim";

/** POST: a correction of a submitted visit (a new revision, with its reason). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const guard = await guardRoute(request, "supervisi.conduct");
  if (!guard.ok) return guard.response;
  const { id } = await params;
  return handleJson(request, guard.viewer, ZKoreksi, async (viewer, input) => {
    const r = await koreksiKunjungan(viewer, id, input);
    revalidatePath("/supervisi", "layout");
    return r;
  }, { conflict: [LOCKED_MESSAGE] });
}
