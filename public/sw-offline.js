/*
 * Pantau ILP: the one service worker of the pages that must open without a signal. Each such page
 * registers this file with its own part and scope, so no other page of the app is ever controlled:
 *
 * - ?bagian=kunjungan, scope /supervisi/kunjungan/ (components/kunjungan/use-draf-sync.ts): the
 *   supervision visit's conduct page /supervisi/kunjungan/<id>/isi;
 * - ?bagian=hari-buka, scope /hari-buka/ (components/hari-buka/use-offline.ts): the posyandu-day screen
 *   /hari-buka/<id> and its referral list /hari-buka/<id>/rujukan, plus the WHO tables the screen
 *   computes z-scores with (/api/pertumbuhan/tabel, never changing).
 *
 * Why hand-written and not Serwist: README "Kunjungan supervisi di lapangan". The rule is small enough to read:
 * - A navigation to a part's page: NETWORK FIRST. A good answer (200, not redirected, e.g. not sent to
 *   /login) is kept and returned; with no network the kept copy is returned (the whole response, so its
 *   CSP nonce matches its own inline scripts). A redirect (signed out, visit already submitted) drops it.
 * - /_next/static/* and the part's fixed data: CACHE FIRST (static names carry a content hash).
 * - Everything else (API calls, save routes, downloads, logout, other pages): straight to the network.
 *   Entries waiting to be sent live in IndexedDB or localStorage, not here.
 *
 * The page posts {type: "simpan", urls} after registering, so that it and what it loaded before the
 * worker was active are kept too. Signing out (components/layout/keluar-button.tsx) posts {type: "lupakan"}
 * (from then on nothing is kept, so the page's last requests cannot fill the cache again), unregisters
 * the workers and deletes every "pantau-" cache.
 * One file with the parts as data (not importScripts: the app's CSP, 'strict-dynamic', would refuse it).
 */
const PARTS = {
  kunjungan: { cache: "pantau-kunjungan-v1", page: /^\/supervisi\/kunjungan\/[0-9a-fA-F-]{36}\/isi\/?$/, fixed: [] },
  "hari-buka": { cache: "pantau-hari-buka-v1", page: /^\/hari-buka\/[0-9a-fA-F-]{36}(\/rujukan)?\/?$/, fixed: ["/api/pertumbuhan/tabel"] },
};
const PART = PARTS[new URL(self.location.href).searchParams.get("bagian")];
const STATIC = "/_next/static/";

let forgotten = false;

const pageKey = (url) => url.origin + url.pathname.replace(/\/$/, "");
const isCacheFirst = (url) => url.pathname.startsWith(STATIC) || PART.fixed.includes(url.pathname);

self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      if (PART) {
        const family = PART.cache.replace(/v\d+$/, "");
        for (const key of await caches.keys()) if (key.startsWith(family) && key !== PART.cache) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

async function keep(urls) {
  const cache = await caches.open(PART.cache);
  await Promise.all(
    urls.map(async (u) => {
      try {
        const url = new URL(u, self.location.origin);
        if (url.origin !== self.location.origin) return;
        const isPage = PART.page.test(url.pathname);
        if (!isPage && !isCacheFirst(url)) return;
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
  if (data && data.type === "lupakan") forgotten = true;
  if (PART && !forgotten && data && data.type === "simpan" && Array.isArray(data.urls)) event.waitUntil(keep(data.urls));
});

async function networkFirst(request, url) {
  const cache = await caches.open(PART.cache);
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
  const cache = await caches.open(PART.cache);
  const kept = await cache.match(request, { ignoreVary: true });
  if (kept) return kept;
  const res = await fetch(request);
  if (res.ok) await cache.put(request, res.clone());
  return res;
}

self.addEventListener("fetch", (event) => {
  if (!PART || forgotten) return;
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (isCacheFirst(url)) return event.respondWith(cacheFirst(request));
  if (request.mode === "navigate" && PART.page.test(url.pathname)) return event.respondWith(networkFirst(request, url));
});
