import { guardRoute } from "@/lib/http/route-guard";
import { handleJson } from "@/lib/http/route-json";
import { LOCKED_MESSAGE } from "@/lib/kunjungan/dal";
import { ZDraf } from "@/lib/kunjungan/schemas";
import { saveDraf } from "@/lib/kunjungan/dal";

/** POST: the conduct screen's draft (the whole of it), sent as the supervisor goes and resent when the signal returns. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const guard = await guardRoute(request, "supervisi.conduct");
  if (!guard.ok) return guard.response;
  const { id } = await params;
  return handleJson(request, guard.viewer, ZDraf, (viewer, draf) => saveDraf(viewer, id, draf), { conflict: [LOCKED_MESSAGE] });
}
