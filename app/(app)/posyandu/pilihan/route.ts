import { guardRoute } from "@/lib/http/route-guard";
import { dusunOptions } from "@/lib/posyandu/queries";
import { searchDesaChoices } from "@/lib/wilayah/queries";

/**
 * The posyandu form's choices, as it asks for them: `?jenis=desa&q=…` (at most 30 desa of the
 * viewer's area) or `?jenis=dusun&desaId=…` (the dusun of one desa of the area).
 */
export async function GET(request: Request) {
  const guard = await guardRoute(request, "posyandu.edit");
  if (!guard.ok) return guard.response;
  const params = new URL(request.url).searchParams;
  const headers = { "Cache-Control": "no-store" };
  switch (params.get("jenis")) {
    case "desa": return Response.json(await searchDesaChoices(guard.viewer, params.get("q") ?? ""), { headers });
    case "dusun": return Response.json(await dusunOptions(guard.viewer, params.get("desaId") ?? ""), { headers });
    default: return Response.json({ message: "Jenis pilihan tidak dikenal." }, { status: 400, headers });
  }
}
