import { guardRoute } from "@/lib/http/route-guard";
import { handleJson } from "@/lib/http/route-json";
import { ZSasaranInput } from "@/lib/sasaran/schemas";
import { daftarkanDiHari } from "@/lib/hari-buka/sasaran";

/**
 * POST: "daftarkan orang baru" on the posyandu-day screen, JSON (ZSasaranInput with the id the device
 * made): registered at the day's posyandu through createSasaran, idempotent on that id, so the device
 * can send it (before the person's entry) whenever the signal allows.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const guard = await guardRoute(request, "haribuka.record");
  if (!guard.ok) return guard.response;
  const { id } = await params;
  return handleJson(request, guard.viewer, ZSasaranInput, (viewer, input) => daftarkanDiHari(viewer, id, input));
}
