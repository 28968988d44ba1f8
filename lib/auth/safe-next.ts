/**
 * Where to go after signing in (`?ke=`): only a plain path of this site. Browsers forgive a lot in a
 * Location header: `/\evil.example`, `/<TAB>/evil.example` and `//evil.example` all leave the site, and
 * a percent-encoded slash can be decoded on the way. So anything that is not a simple path is
 * refused outright and answered with the home page, rather than cleaned up.
 */
const BASE = "http://pantau.invalid";

export function safeNext(next: unknown): string {
  if (typeof next !== "string" || next.length === 0 || next.length > 2000) return "/";
  // One leading slash, then not a second slash or backslash.
  if (!/^\/(?![/\\])/.test(next)) return "/";
  // No backslash, whitespace or control character anywhere (raw or percent-encoded).
  if (/[\\\s\u0000-\u001f\u007f-\u009f]/.test(next)) return "/";
  let decoded = next;
  for (let i = 0; i < 3; i++) {
    try {
      decoded = decodeURIComponent(decoded);
    } catch {
      break; // a stray "%" cannot turn into a slash; the checks so far stand
    }
    if (/^\/[/\\]/.test(decoded) || /[\\\u0000-\u001f\u007f-\u009f]/.test(decoded)) return "/";
  }
  const url = new URL(next, BASE);
  // Resolving dot segments can make a new "//" ("/.//evil.example" becomes "//evil.example").
  const path = url.pathname + url.search + url.hash;
  return url.origin === BASE && !/^\/[/\\]/.test(path) ? path : "/";
}
