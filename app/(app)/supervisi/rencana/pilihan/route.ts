import { guardRoute } from "@/lib/http/route-guard";
import { searchPilihan } from "@/lib/rencana/queries";

const JENIS = ["posyandu", "desa", "pengguna"] as const;

/** `?jenis=posyandu|desa|pengguna&q=…`: at most 30 choices within the planner's area, for the planned-visit form's pickers. */
export async function GET(request: Request) {
  const guard = await guardRoute(request, "supervisi.plan");
  if (!guard.ok) return guard.response;
  const params = new URL(request.url).searchParams;
  const headers = { "Cache-Control": "no-store" };
  const jenis = params.get("jenis");
  if (!JENIS.includes(jenis as (typeof JENIS)[number])) return Response.json({ message: "Jenis pilihan tidak dikenal." }, { status: 400, headers });
  return Response.json(await searchPilihan(guard.viewer, jenis as (typeof JENIS)[number], params.get("q") ?? ""), { headers });
}
