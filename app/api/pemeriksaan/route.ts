import { guardRoute } from "@/lib/http/route-guard";
import { handleJson } from "@/lib/http/route-json";
import { ZPemeriksaanInput } from "@/lib/pemeriksaan/schemas";
import { CLOSED_MESSAGE, simpanPemeriksaan } from "@/lib/pemeriksaan/dal";

/**
 * POST: one person's entry on a posyandu day, JSON (lib/pemeriksaan/schemas.ts ZPemeriksaanInput),
 * with the id the device made: the server upserts by it, so a resend never makes a second record.
 * Answers {ok, id, status, digabung, revisi, dirujuk, temuan, ringkasan}; 404 outside scope, 409 a
 * closed day for a kader, 422 refused values with fieldErrors. Every signed-in role reaches the DAL,
 * which lets recorders (haribuka.record) and correctors (pemeriksaan.correct) through and refuses others.
 */
export async function POST(request: Request) {
  const guard = await guardRoute(request, "laporan.read");
  if (!guard.ok) return guard.response;
  return handleJson(request, guard.viewer, ZPemeriksaanInput, simpanPemeriksaan, { conflict: [CLOSED_MESSAGE] });
}
