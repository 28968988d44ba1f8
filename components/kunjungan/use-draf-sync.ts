"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { change, chooseStart, confirmSent, parseLocal, pendingCount, storageKey, type Draf, type LocalDraf } from "@/lib/kunjungan/draf";

/** Retry while changes are pending (a lost signal that the browser does not report as "offline"). */
const RETRY_MS = 10_000;
const DEBOUNCE_MS = 600;

export interface SyncState { pending: number; online: boolean; sending: boolean; error: string | null; fieldErrors: Record<string, string[]> }

/**
 * The draft of one visit, kept on the device (localStorage: one visit's draft is a few kB, written
 * synchronously on every change so that a reload or a closed tab loses nothing; IndexedDB would add
 * a dependency and async writes for no gain at this size) and sent to the server as the supervisor
 * goes: after each change (debounced), when the signal returns (the `online` event), and every
 * RETRY_MS while something is pending. `enabled: false` (a correction) keeps it in memory only.
 */
export function useDrafSync(id: string, server: { draf: Draf; versi: string }, enabled: boolean) {
  const [local, setLocal] = useState<LocalDraf>(() => ({ draf: server.draf, rev: 0, sentRev: 0, serverVersi: server.versi }));
  const [ready, setReady] = useState(!enabled);
  const [online, setOnline] = useState(true);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const localRef = useRef(local);
  localRef.current = local;
  const sendingRef = useRef(false);
  // A refused draft (422) is not resent until it changes again: resending would be refused again.
  const refusedRev = useRef(-1);

  // After mount (localStorage does not exist on the server): take the device's copy if it is newer.
  useEffect(() => {
    if (!enabled) return;
    setLocal(chooseStart(server, parseLocal(window.localStorage.getItem(storageKey(id)))));
    setOnline(navigator.onLine);
    setReady(true);
  }, [id, enabled]);

  useEffect(() => {
    if (!enabled || !ready) return;
    try {
      window.localStorage.setItem(storageKey(id), JSON.stringify(local));
    } catch {
      setError("Penyimpanan perangkat penuh: perubahan hanya tersimpan bila terkirim ke server.");
    }
  }, [enabled, ready, id, local]);

  const sync = useCallback(async () => {
    const l = localRef.current;
    if (!enabled || sendingRef.current || pendingCount(l) === 0 || l.rev <= refusedRev.current) return;
    sendingRef.current = true;
    setSending(true);
    const rev = l.rev;
    try {
      const res = await fetch(`/api/kunjungan/${id}/draf`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(l.draf) });
      const body = (await res.json().catch(() => ({}))) as { versi?: string; message?: string; fieldErrors?: Record<string, string[]> };
      setOnline(true);
      if (res.ok && body.versi) {
        setLocal((x) => confirmSent(x, rev, body.versi!));
        setError(null);
        setFieldErrors({});
      } else if (res.status === 401 || res.redirected) {
        setError("Sesi berakhir: masuk lagi di tab lain, lalu kembali ke sini. Isian tetap tersimpan di perangkat.");
      } else if (res.status >= 500) {
        setError(null);
      } else {
        refusedRev.current = rev;
        setError(body.message ?? "Isian ditolak server.");
        setFieldErrors(body.fieldErrors ?? {});
      }
    } catch {
      setOnline(false);
    } finally {
      sendingRef.current = false;
      setSending(false);
    }
  }, [enabled, id]);

  useEffect(() => {
    if (!enabled || !ready || pendingCount(local) === 0) return;
    const t = setTimeout(sync, DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [enabled, ready, local, sync]);

  useEffect(() => {
    if (!enabled) return;
    const up = () => {
      setOnline(true);
      void sync();
    };
    const down = () => setOnline(false);
    window.addEventListener("online", up);
    window.addEventListener("offline", down);
    const timer = setInterval(() => void sync(), RETRY_MS);
    return () => {
      window.removeEventListener("online", up);
      window.removeEventListener("offline", down);
      clearInterval(timer);
    };
  }, [enabled, sync]);

  const edit = useCallback((f: (d: Draf) => Draf) => setLocal((l) => change(l, f)), []);
  const forget = useCallback(() => {
    try {
      window.localStorage.removeItem(storageKey(id));
    } catch {}
  }, [id]);

  const state: SyncState = { pending: pendingCount(local), online, sending, error, fieldErrors };
  return { draf: local.draf, ready, edit, state, sync, forget };
}

/**
 * Registers the visit pages' service worker (public/sw-offline.js?bagian=kunjungan, scope /supervisi/kunjungan/ only)
 * and hands it this page and the scripts it already loaded, so that the page opens again offline.
 * `muat` loads the page's later parts: their scripts are handed over once they are here.
 */
export function useOfflinePage(enabled: boolean, muat: () => Promise<unknown>) {
  useEffect(() => {
    if (!enabled || !("serviceWorker" in navigator)) return;
    let cancelled = false;
    navigator.serviceWorker
      .register("/sw-offline.js?bagian=kunjungan", { scope: "/supervisi/kunjungan/" })
      .then(() => navigator.serviceWorker.ready)
      .then(async (reg) => {
        await muat().catch(() => {});
        if (cancelled) return;
        const assets = performance.getEntriesByType("resource").map((e) => e.name).filter((u) => u.includes("/_next/static/"));
        const scripts = Array.from(document.querySelectorAll<HTMLScriptElement>("script[src]"), (s) => s.src);
        const styles = Array.from(document.querySelectorAll<HTMLLinkElement>("link[rel=stylesheet]"), (l) => l.href);
        reg.active?.postMessage({ type: "simpan", urls: [window.location.pathname, ...assets, ...scripts, ...styles] });
      })
      .catch(() => {
        // No service worker (private mode, an old browser): the draft still survives in localStorage.
      });
    return () => {
      cancelled = true;
    };
  }, [enabled, muat]);
}

/** Drops the cached copy of a page (after submitting: the conduct page no longer applies). */
export async function forgetOfflinePage(path: string) {
  try {
    if ("caches" in window) await (await caches.open("pantau-kunjungan-v1")).delete(new URL(path, window.location.origin).href);
  } catch {}
}
