import { guardRoute } from "@/lib/http/route-guard";
import { searchCalonPercontohan } from "@/lib/percontohan/queries";

/** `?jenis=posyandu&q=…`: at most 30 posyandu of the admin's area that could become a pilot, for the designation form's picker. */
export async function GET(request: Request) {
  const guard = await guardRoute(request, "percontohan.manage");
  if (!guard.ok) return guard.response;
  const params = new URL(request.url).searchParams;
  const headers = { "Cache-Control": "no-store" };
  if (params.get("jenis") !== "posyandu") return Response.json({ message: "Jenis pilihan tidak dikenal." }, { status: 400, headers });
  return Response.json(await searchCalonPercontohan(guard.viewer, params.get("q") ?? ""), { headers });
}
