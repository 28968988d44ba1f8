/**
 * The one check at the top of every route handler (downloads, the batch upload): the same rules as
 * pages and server actions. Signed in (else the login page), password changed if the admin set it
 * (else /ganti-password), the permission (else "not found", as pages answer), and for a POST a
 * same-origin request (else 403), as Next checks for server actions.
 */
import "server-only";
import { getViewer } from "../auth/viewer.ts";
import { can, type Permission } from "../access/permissions.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { isSameOrigin, loginUrl, siteUrl } from "./origin.ts";

export type RouteGuard = { ok: true; viewer: Viewer } | { ok: false; response: Response };

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const NO_STORE = { "Cache-Control": "no-store" };

export const CROSS_ORIGIN_MESSAGE = "Permintaan ditolak: permintaan ini tidak berasal dari halaman Pantau ILP.";
export const SESSION_ENDED_MESSAGE = "Sesi berakhir, silakan masuk lagi.";
export const MUST_CHANGE_PASSWORD_MESSAGE = "Ganti kata sandi Anda dulu di halaman Ganti kata sandi.";
export const NOT_FOUND_MESSAGE = "Tidak ditemukan.";

const json = (message: string, status: number) => Response.json({ message }, { status, headers: NO_STORE });
const redirect = (location: string) => new Response(null, { status: 303, headers: { Location: location, ...NO_STORE } });

/**
 * Usage: `const guard = await guardRoute(request, "posyandu.read"); if (!guard.ok) return guard.response;`
 * A GET that is refused redirects (a download link opened in the browser); a POST gets JSON with a
 * status, which its script shows (401 means "sign in again").
 */
export async function guardRoute(request: Request, permission: Permission): Promise<RouteGuard> {
  const headers = request.headers;
  const safe = SAFE_METHODS.has(request.method.toUpperCase());
  if (!safe && !isSameOrigin(headers)) return { ok: false, response: json(CROSS_ORIGIN_MESSAGE, 403) };
  const viewer = await getViewer();
  if (!viewer) {
    const url = new URL(request.url);
    return { ok: false, response: safe ? redirect(loginUrl(headers, url.pathname + url.search)) : json(SESSION_ENDED_MESSAGE, 401) };
  }
  if (viewer.mustChangePassword) return { ok: false, response: safe ? redirect(siteUrl(headers, "/ganti-password")) : json(MUST_CHANGE_PASSWORD_MESSAGE, 403) };
  if (!can(viewer, permission)) return { ok: false, response: new Response(NOT_FOUND_MESSAGE, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", ...NO_STORE } }) };
  return { ok: true, viewer };
}
