import { guardRoute } from "@/lib/http/route-guard";
import { searchPilihan } from "@/lib/kunjungan/pilihan";

/** `?jenis=posyandu|desa|pengguna&q=…`: the visit forms' pickers (sites in the viewer's area, users of the kabupaten). */
export async function GET(request: Request) {
  const guard = await guardRoute(request, "supervisi.conduct");
  if (!guard.ok) return guard.response;
  const params = new URL(request.url).searchParams;
  const headers = { "Cache-Control": "no-store" };
  const rows = await searchPilihan(guard.viewer, params.get("jenis") ?? "", params.get("q") ?? "");
  if (!rows) return Response.json({ message: "Jenis pilihan tidak dikenal." }, { status: 400, headers });
  return Response.json(rows, { headers });
}
