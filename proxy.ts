import { NextResponse, type NextRequest } from "next/server";
import { isSameOrigin, loginUrl, POST_ROUTE_HANDLERS } from "./lib/http/origin.ts";
import { contentSecurityPolicy, newNonce, SECURITY_HEADERS, STATIC_CSP } from "./lib/http/security-headers.ts";

/**
 * Every request passes here first. It sends signed-out visitors to the login page (authorization
 * happens in the DAL, per record), gives each page a fresh CSP nonce, and answers requests that Next
 * would otherwise fail with a 500 (a malformed URL, a server action from another site) with a plain
 * 400 that still carries the security headers.
 */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const PUBLIC = [/^\/login(\/|$)/, /^\/api\/auth\//, /^\/_next\//, /^\/favicon/];

function withSecurityHeaders(response: NextResponse, csp: string) {
  response.headers.set("Content-Security-Policy", csp);
  for (const { key, value } of SECURITY_HEADERS) response.headers.set(key, value);
  return response;
}

function badRequest(message: string) {
  const response = new NextResponse(message, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  return withSecurityHeaders(response, STATIC_CSP);
}

function isMalformed(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (isMalformed(pathname)) return badRequest("Alamat tidak valid. Periksa lagi alamat yang Anda buka.");
  // Next refuses a cross-origin server action by throwing (a 500): with JS (a `Next-Action` header)
  // and without (a plain form post). Every state-changing request to a page is one; answer it as
  // the bad request it is. Route handlers that take a POST answer for themselves (route-guard.ts).
  if (!SAFE_METHODS.has(request.method) && !isSameOrigin(request.headers) && !POST_ROUTE_HANDLERS.some((re) => re.test(pathname))) {
    return badRequest("Permintaan ditolak: formulir ini tidak dikirim dari halaman Pantau ILP.");
  }

  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce);
  if (!PUBLIC.some((re) => re.test(pathname))) {
    const hasSession = request.cookies.has("authjs.session-token") || request.cookies.has("__Secure-authjs.session-token");
    if (!hasSession) return withSecurityHeaders(NextResponse.redirect(loginUrl(request.headers, pathname + search)), csp);
  }
  // Next reads the nonce from the request's CSP header and puts it on the scripts it renders.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", csp);
  return withSecurityHeaders(NextResponse.next({ request: { headers: requestHeaders } }), csp);
}

export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"] };
