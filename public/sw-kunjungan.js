/*
 * Pantau ILP: the service worker of the supervision visit pages (registered only by the conduct
 * page, with scope /supervisi/kunjungan/, so no other page of the app is ever controlled by it).
 *
 * Why a hand-written worker and not Serwist: see README "Kunjungan supervisi di lapangan". In short,
 * the only page that must open offline is the conduct page, and the rule is small enough to read:
 *
 * - A navigation to /supervisi/kunjungan/<id>/isi: NETWORK FIRST. A good answer (200, not redirected,
 *   e.g. not sent to /login) is kept in the cache and returned; when the network fails, the kept copy
 *   is returned (the whole response is kept, so its CSP nonce matches its own inline scripts). A
 *   redirect (signed out, visit already submitted) drops the kept copy.
 * - /_next/static/*: CACHE FIRST (file names carry a content hash, so a kept file never goes stale).
 * - Everything else (API calls, downloads, logout, other pages): not touched, straight to the network.
 *
 * The page posts {type: "simpan", urls} after registering, so that the page and the scripts it
 * loaded before the worker was active are kept too.
 */
const CACHE = "pantau-kunjungan-v1";
const PAGE = /^\/supervisi\/kunjungan\/[0-9a-fA-F-]{36}\/isi\/?$/;
const STATIC = "/_next/static/";

self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key.startsWith("pantau-kunjungan-") && key !== CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

const pageKey = (url) => url.origin + url.pathname.replace(/\/$/, "");

async function keep(urls) {
  const cache = await caches.open(CACHE);
  await Promise.all(
    urls.map(async (u) => {
      try {
        const url = new URL(u, self.location.origin);
        if (url.origin !== self.location.origin) return;
        const isPage = PAGE.test(url.pathname);
        if (!isPage && !url.pathname.startsWith(STATIC)) return;
        if (!isPage && (await cache.match(url.href))) return;
        const res = await fetch(url.href, { credentials: "same-origin" });
        if (res.ok && !res.redirected) await cache.put(isPage ? pageKey(url) : url.href, res);
      } catch {
        // Offline or refused: the next visit to the page tries again.
      }
    }),
  );
}

self.addEventListener("message", (event) => {
  const data = event.data;
  if (data && data.type === "simpan" && Array.isArray(data.urls)) event.waitUntil(keep(data.urls));
});

async function networkFirst(request, url) {
  const cache = await caches.open(CACHE);
  try {
    const res = await fetch(request);
    if (res.ok && !res.redirected) await cache.put(pageKey(url), res.clone());
    else if (res.redirected) await cache.delete(pageKey(url));
    return res;
  } catch {
    const kept = await cache.match(pageKey(url), { ignoreVary: true, ignoreSearch: true });
    if (kept) return kept;
    return new Response(
      '<!doctype html><html lang="id"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Tidak ada sinyal</title>' +
        '<p style="font-family:sans-serif;padding:1rem">Tidak ada sinyal, dan halaman ini belum pernah dibuka di perangkat ini. Buka lagi saat ada sinyal.</p></html>',
      { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" } },
    );
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(request, { ignoreVary: true });
  if (kept) return kept;
  const res = await fetch(request);
  if (res.ok) await cache.put(request, res.clone());
  return res;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith(STATIC)) return event.respondWith(cacheFirst(request));
  if (request.mode === "navigate" && PAGE.test(url.pathname)) return event.respondWith(networkFirst(request, url));
});
