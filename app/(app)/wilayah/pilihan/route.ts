import { guardRoute } from "@/lib/http/route-guard";
import { desaChoicesOfKecamatan, searchDesaChoices } from "@/lib/wilayah/queries";

/**
 * The desa choices of the puskesmas and pustu forms, as they ask for them: `?jenis=desa&q=…` (at most
 * 30 desa of the admin's kabupaten matching what was typed) or `?jenis=desa&kecamatanId=…` (every desa
 * of one kecamatan of the kabupaten). Each choice carries the puskesmas whose catchment holds it.
 */
export async function GET(request: Request) {
  const guard = await guardRoute(request, "wilayah.manage");
  if (!guard.ok) return guard.response;
  const params = new URL(request.url).searchParams;
  const headers = { "Cache-Control": "no-store" };
  if (params.get("jenis") !== "desa") return Response.json({ message: "Jenis pilihan tidak dikenal." }, { status: 400, headers });
  const kecamatanId = params.get("kecamatanId");
  const choices = kecamatanId !== null ? await desaChoicesOfKecamatan(guard.viewer, kecamatanId) : await searchDesaChoices(guard.viewer, params.get("q") ?? "");
  return Response.json(choices, { headers });
}
