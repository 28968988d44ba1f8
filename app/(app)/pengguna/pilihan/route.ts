import { guardRoute } from "@/lib/http/route-guard";
import { searchScopeChoices, type ScopeChoiceKind } from "@/lib/pengguna/queries";

const KINDS: readonly ScopeChoiceKind[] = ["desa", "posyandu"];

/** `?jenis=desa|posyandu&q=…`: at most 30 desa or posyandu of the admin's kabupaten, for the account form's pickers. */
export async function GET(request: Request) {
  const guard = await guardRoute(request, "user.manage");
  if (!guard.ok) return guard.response;
  const params = new URL(request.url).searchParams;
  const kind = params.get("jenis") as ScopeChoiceKind;
  if (!KINDS.includes(kind)) return Response.json({ message: "Jenis pilihan tidak dikenal." }, { status: 400, headers: { "Cache-Control": "no-store" } });
  const choices = await searchScopeChoices(guard.viewer, kind, params.get("q") ?? "");
  return Response.json(choices, { headers: { "Cache-Control": "no-store" } });
}
