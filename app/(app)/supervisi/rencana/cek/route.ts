import { guardRoute } from "@/lib/http/route-guard";
import { checkTeamDay } from "@/lib/rencana/queries";
import { isIsoDate } from "@/lib/forms/zod-helpers";

/**
 * `?tanggal=YYYY-MM-DD&tim=<user id>,…&kecuali=<visit id>`: the team members who already have another
 * visit that day in the kabupaten, for the warning the planned-visit form shows before saving.
 */
export async function GET(request: Request) {
  const guard = await guardRoute(request, "supervisi.plan");
  if (!guard.ok) return guard.response;
  const params = new URL(request.url).searchParams;
  const headers = { "Cache-Control": "no-store" };
  const tanggal = params.get("tanggal") ?? "";
  if (!isIsoDate(tanggal)) return Response.json({ message: "Tanggal tidak sah." }, { status: 400, headers });
  const tim = (params.get("tim") ?? "").split(",").filter(Boolean);
  return Response.json({ bentrok: await checkTeamDay(guard.viewer, tanggal, tim, params.get("kecuali")) }, { headers });
}
