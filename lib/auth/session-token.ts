/**
 * Who the session cookie names (user id and session version), read the way Auth.js's `auth()` reads
 * it, without what `auth()` costs on every request. `auth()` runs Auth.js's whole session endpoint:
 * it decrypts the JWE cookie (a key derived by HKDF, a JWK thumbprint, AES-CBC and HMAC), encrypts a
 * fresh cookie and builds a Request and a Response, and our callers throw that fresh cookie away
 * (a server component cannot set one, and getViewer never passed it on), so the session has always
 * ended 8 hours after sign-in. Here Auth.js's own `getToken`/`decode` read the cookie (same cookie
 * name, chunks, salt, secret, algorithms and 15 s clock tolerance), and a decrypted token is kept
 * per process by its exact text until it expires: the same ciphertext always decrypts to the same
 * claims, so this changes nothing but the cost. Revocation stays per request: getViewer compares
 * the session version with the database on every request (logout and password changes bump it).
 */
import { decode, getToken, type JWT } from "next-auth/jwt";

/** Tokens kept per process; beyond this the oldest are dropped (a token is ~300 bytes). */
const MAX_TOKENS = 5000;
/** jose's clock tolerance in Auth.js's decode. */
const CLOCK_TOLERANCE_MS = 15_000;
const decoded = new Map<string, JWT>();

async function decodeOnce(params: Parameters<typeof decode>[0]): Promise<JWT | null> {
  const key = `${params.salt}\n${params.token}`;
  const hit = decoded.get(key);
  if (hit && typeof hit.exp === "number" && hit.exp * 1000 + CLOCK_TOLERANCE_MS > Date.now()) return hit;
  decoded.delete(key);
  // Throws for a forged, tampered or expired token: getToken answers null.
  const payload = await decode(params);
  if (payload && typeof payload.exp === "number") {
    if (decoded.size >= MAX_TOKENS) decoded.delete(decoded.keys().next().value!);
    decoded.set(key, payload);
  }
  return payload;
}

/** As Auth.js picks the cookie name: `__Secure-` when the site's URL (AUTH_URL, else the forwarded protocol, else https) is https. */
function usesSecureCookie(headers: Headers, env: NodeJS.ProcessEnv): boolean {
  const url = env.AUTH_URL ?? env.NEXTAUTH_URL;
  if (url) return new URL(url).protocol === "https:";
  const proto = headers.get("x-forwarded-proto") ?? "https";
  return (proto.endsWith(":") ? proto : `${proto}:`) === "https:";
}

/** The session's user id and version (`sv`), or null when signed out or the cookie is not valid. */
export async function readSession(headers: Headers, env: NodeJS.ProcessEnv = process.env): Promise<{ userId: string; sessionVersion: number } | null> {
  const secret = env.AUTH_SECRET ?? env.NEXTAUTH_SECRET;
  if (!secret) return null;
  // Only the cookie, as auth() passes it on: no "Authorization: Bearer" token is taken.
  const token = await getToken({ req: { headers: new Headers({ cookie: headers.get("cookie") ?? "" }) }, secret, secureCookie: usesSecureCookie(headers, env), decode: decodeOnce });
  if (!token?.sub) return null;
  return { userId: token.sub, sessionVersion: Number(token.sv ?? 0) };
}
