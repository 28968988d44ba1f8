import { handleJson } from "@/lib/kunjungan/route-json";
import { ZDraf } from "@/lib/kunjungan/schemas";
import { saveDraf } from "@/lib/kunjungan/dal";

/** POST: the conduct screen's draft (the whole of it), sent as the supervisor goes and resent when the signal returns. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handleJson(request, ZDraf, (viewer, draf) => saveDraf(viewer, id, draf));
}
