import { guardRoute } from "@/lib/http/route-guard";
import { WHO_TABLE_TEXT } from "@/lib/pertumbuhan/data/tables";

/**
 * GET: the WHO LMS tables as data (the same text lib/pertumbuhan embeds on the server), so that the
 * entry screen computes z-scores in the browser without 615 KB of tables in its script. Reference
 * data (WHO Child Growth Standards 2006, Growth Reference 2007) for any signed-in user; fetched once
 * and kept by the posyandu-day worker (public/sw-offline.js).
 */
export async function GET(request: Request) {
  const guard = await guardRoute(request, "laporan.read");
  if (!guard.ok) return guard.response;
  return Response.json(WHO_TABLE_TEXT, { headers: { "Cache-Control": "private, max-age=86400" } });
}
