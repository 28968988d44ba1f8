/*
 * Pantau ILP: the service worker of the posyandu-day screens (registered only by the session screen,
 * with scope /hari-buka/, so no other page of the app is ever controlled by it). Hand-written like
 * public/sw-kunjungan.js, for the same reasons (README "Tanpa sinyal"): the rule is small enough to read.
 *
 * - A navigation to /hari-buka/<id> or /hari-buka/<id>/rujukan: NETWORK FIRST. A good answer (200,
 *   not redirected) is kept and returned; with no network the kept copy is returned (the whole response,
 *   so its CSP nonce matches its own inline scripts). A redirect (signed out) drops the kept copy.
 * - /_next/static/* and the WHO tables (/api/pertumbuhan/tabel): CACHE FIRST (static names carry a
 *   content hash; the WHO tables never change).
 * - Everything else (the save routes, other pages): not touched, straight to the network. Entries
 *   waiting to be sent live in IndexedDB (lib/hari-buka/antrian.ts), not here.
 *
 * The page posts {type: "simpan", urls} after registering, so that it and what it loaded before the
 * worker was active are kept too. Signing out deletes this cache (components/layout/keluar-button.tsx).
 */
const CACHE = "pantau-hari-buka-v1";
const PAGE = /^\/hari-buka\/[0-9a-fA-F-]{36}(\/rujukan)?\/?$/;
const STATIC = "/_next/static/";
const TABEL = "/api/pertumbuhan/tabel";

self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key.startsWith("pantau-hari-buka-") && key !== CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

const pageKey = (url) => url.origin + url.pathname.replace(/\/$/, "");
const isCacheFirst = (url) => url.pathname.startsWith(STATIC) || url.pathname === TABEL;

async function keep(urls) {
  const cache = await caches.open(CACHE);
  await Promise.all(
    urls.map(async (u) => {
      try {
        const url = new URL(u, self.location.origin);
        if (url.origin !== self.location.origin) return;
        const isPage = PAGE.test(url.pathname);
        if (!isPage && !isCacheFirst(url)) return;
        if (!isPage && (await cache.match(url.href))) return;
        const res = await fetch(url.href, { credentials: "same-origin" });
        if (res.ok && !res.redirected) await cache.put(isPage ? pageKey(url) : url.href, res);
      } catch {
        // Offline or refused: the next visit tries again.
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
  if (isCacheFirst(url)) return event.respondWith(cacheFirst(request));
  if (request.mode === "navigate" && PAGE.test(url.pathname)) return event.respondWith(networkFirst(request, url));
});
