"use client";
import { useEffect } from "react";

/**
 * Registers the posyandu-day worker (public/sw-offline.js?bagian=hari-buka, scope /hari-buka/) and hands it this page,
 * the scripts it loaded and the WHO tables, so that the session screen opens again without a signal.
 * `muat` loads the screen's later parts (./muat.ts): their scripts are handed over once they are here.
 */
export function useOfflineHariBuka(muat: () => Promise<unknown>) {
  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    let cancelled = false;
    // Not `navigator.serviceWorker.ready`: it follows the document's first URL, and a session screen
    // reached from the list (/hari-buka, outside the scope) would wait for it forever.
    const whenActive = (reg: ServiceWorkerRegistration) =>
      new Promise<ServiceWorker | null>((resolve) => {
        if (reg.active) return resolve(reg.active);
        const w = reg.installing ?? reg.waiting;
        if (!w) return resolve(null);
        w.addEventListener("statechange", () => {
          if (w.state === "activated") resolve(w);
        });
      });
    navigator.serviceWorker
      .register("/sw-offline.js?bagian=hari-buka", { scope: "/hari-buka/" })
      .then(whenActive)
      .then(async (worker) => {
        await muat().catch(() => {});
        if (cancelled || !worker) return;
        const assets = performance.getEntriesByType("resource").map((e) => e.name).filter((u) => u.includes("/_next/static/"));
        const scripts = Array.from(document.querySelectorAll<HTMLScriptElement>("script[src]"), (s) => s.src);
        const styles = Array.from(document.querySelectorAll<HTMLLinkElement>("link[rel=stylesheet]"), (l) => l.href);
        worker.postMessage({ type: "simpan", urls: [window.location.pathname, `${window.location.pathname}/rujukan`, "/api/pertumbuhan/tabel", ...assets, ...scripts, ...styles] });
      })
      .catch(() => {
        // No service worker (private mode, an old browser): entries still wait in IndexedDB.
      });
    return () => {
      cancelled = true;
    };
  }, [muat]);
}
