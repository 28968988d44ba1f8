/**
 * The site's address as the browser sees it. Behind a reverse proxy the request reaches Next on
 * localhost, so redirects and the Origin check use X-Forwarded-Host/-Proto (which `next start` also
 * fills from Host when no proxy sets them), like Next does for server actions.
 */

const HOST_RE = /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/i;

const first = (value: string | null) => value?.split(",")[0]?.trim() || null;

/** The host the browser asked for, e.g. "pantau.dinkes.go.id" or "localhost:3000"; null if malformed. */
export function publicHost(headers: Headers): string | null {
  const host = first(headers.get("x-forwarded-host")) ?? first(headers.get("host"));
  return host && HOST_RE.test(host) ? host.toLowerCase() : null;
}

/** e.g. "https://pantau.dinkes.go.id"; null when the host is missing or malformed. */
export function publicOrigin(headers: Headers): string | null {
  const host = publicHost(headers);
  if (!host) return null;
  const proto = first(headers.get("x-forwarded-proto")) === "https" ? "https" : "http";
  return `${proto}://${host}`;
}

/**
 * Where a signed-out visitor goes: the login page, on the public host, with `ke` = the page they
 * wanted. Relative (resolved by the browser against the address it used) when the host is unusable.
 */
export function loginUrl(headers: Headers, wanted: string): string {
  const query = wanted && wanted !== "/" ? `?ke=${encodeURIComponent(wanted)}` : "";
  return `${publicOrigin(headers) ?? ""}/login${query}`;
}

/** An absolute URL of this site for a redirect (`path` starts with "/"). */
export function siteUrl(headers: Headers, path: string): string {
  return `${publicOrigin(headers) ?? ""}${path}`;
}

/**
 * Is this request from a page of this site? The Origin header, which browsers send with every POST
 * and which a page cannot forge, must name this host. A missing Origin is refused too: browsers
 * always send one with a state-changing fetch or form post.
 */
export function isSameOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  const host = publicHost(headers);
  if (!origin || origin === "null" || !host) return false;
  try {
    return new URL(origin).host.toLowerCase() === host;
  } catch {
    return false;
  }
}

/**
 * Route handlers that take a POST: the proxy lets a cross-origin request through to them so that
 * their guard answers it (403, JSON, in Bahasa). Every other POST goes to a page, i.e. is a server
 * action, and is answered 400 by the proxy. A unit test keeps this list in step with app/**\/route.ts.
 */
export const POST_ROUTE_HANDLERS: readonly RegExp[] = [
  /^\/gizi\/berkas\/proses$/,
  // The supervision visit's sync from the conduct screen (lib/http/route-json.ts).
  /^\/api\/kunjungan\/[^/]+\/draf$/,
  /^\/api\/kunjungan\/[^/]+\/kirim$/,
  /^\/api\/kunjungan\/[^/]+\/koreksi$/,
  // The posyandu day's entries and new people from the session screen (lib/http/route-json.ts).
  /^\/api\/pemeriksaan$/,
  /^\/api\/hari-buka\/[^/]+\/sasaran$/,
];
