"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { daftarAntrian, jedaCoba, simpanAntrian, tandaiAntrian, type ItemAntrian } from "@/lib/hari-buka/antrian";

/** What the server answered for a sent entry. */
export interface Terkirim { id: string; itemId: string; jenis: ItemAntrian["jenis"]; body: Record<string, unknown>; sasaranId?: string; dirujuk?: boolean; temuan?: { kode: string; label: string; rujuk: boolean }[]; revisi?: number }

/**
 * The day's queue on this device: items are written to IndexedDB first, then sent one by one
 * (people before entries); each stays "menunggu" until the server confirms it (then "terkirim"). Sending starts
 * on every change, when the signal returns (the `online` event) and again with a growing pause while
 * something still waits (a lost signal the browser does not report). A refusal (4xx) keeps the item,
 * marked with the server's message, until it is corrected and saved again.
 */
export function useAntrian(userId: string, hariBukaId: string, onTerkirim: (t: Terkirim) => void) {
  const [items, setItems] = useState<ItemAntrian[]>([]);
  const [ready, setReady] = useState(false);
  const [online, setOnline] = useState(true);
  const [sending, setSending] = useState(false);
  const [sesiBerakhir, setSesiBerakhir] = useState(false);
  const sendingRef = useRef(false);
  const attempt = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const onTerkirimRef = useRef(onTerkirim);
  onTerkirimRef.current = onTerkirim;

  const reload = useCallback(async () => {
    try {
      setItems(await daftarAntrian(userId, hariBukaId));
    } catch {
      setItems([]);
    }
  }, [userId, hariBukaId]);

  const kirim = useCallback(async () => {
    if (sendingRef.current) return;
    sendingRef.current = true;
    setSending(true);
    let gagalJaringan = false;
    const seen = new Set<string>();
    try {
      const queue = await daftarAntrian(userId, hariBukaId);
      for (const i of queue) seen.add(`${i.id}:${i.dibuat}`);
      const orangGagal = new Set<string>();
      for (const item of queue) {
        if (item.status === "terkirim") continue;
        if (item.status === "ditolak") {
          if (item.jenis === "sasaran") orangGagal.add(item.id);
          continue;
        }
        if (item.jenis === "pemeriksaan" && orangGagal.has(String(item.body.sasaranId))) continue;
        const url = item.jenis === "sasaran" ? `/api/hari-buka/${hariBukaId}/sasaran` : "/api/pemeriksaan";
        let res: Response;
        try {
          res = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(item.body), redirect: "manual" });
        } catch {
          gagalJaringan = true;
          break;
        }
        const body = (await res.json().catch(() => ({}))) as { id?: string; message?: string; fieldErrors?: Record<string, string[]>; dirujuk?: boolean; temuan?: Terkirim["temuan"]; revisi?: number };
        if (res.ok) {
          await tandaiAntrian(item, { status: "terkirim", serverId: body.id ?? item.id, dirujuk: body.dirujuk, temuan: body.temuan, pesan: undefined, fieldErrors: undefined });
          onTerkirimRef.current({ id: body.id ?? item.id, itemId: item.id, jenis: item.jenis, body: item.body, sasaranId: item.body.sasaranId as string | undefined, dirujuk: body.dirujuk, temuan: body.temuan, revisi: body.revisi });
        } else if (res.status === 401 || res.type === "opaqueredirect") {
          setSesiBerakhir(true);
          gagalJaringan = true;
          break;
        } else if (res.status >= 500) {
          gagalJaringan = true;
          break;
        } else {
          await tandaiAntrian(item, { status: "ditolak", pesan: body.message ?? "Isian ditolak server.", fieldErrors: body.fieldErrors });
          if (item.jenis === "sasaran") orangGagal.add(item.id);
        }
      }
      setOnline(!gagalJaringan || navigator.onLine);
      if (!gagalJaringan) setSesiBerakhir(false);
    } finally {
      sendingRef.current = false;
      setSending(false);
      await reload();
    }
    if (timer.current) clearTimeout(timer.current);
    const waiting = (await daftarAntrian(userId, hariBukaId).catch(() => [])).filter((i) => i.status === "menunggu");
    const left = waiting.length;
    // Saved (or saved again) while this pass was sending: not in the pass's snapshot.
    const added = waiting.some((i) => !seen.has(`${i.id}:${i.dibuat}`));
    if (left > 0 && gagalJaringan) {
      timer.current = setTimeout(() => void kirim(), jedaCoba(attempt.current++));
    } else {
      attempt.current = 0;
      // Saved while this pass was sending: send them now.
      if (added) timer.current = setTimeout(() => void kirim(), 0);
    }
  }, [userId, hariBukaId, reload]);

  useEffect(() => {
    void reload().then(() => {
      setReady(true);
      setOnline(navigator.onLine);
      void kirim();
    });
    const up = () => {
      setOnline(true);
      attempt.current = 0;
      void kirim();
    };
    const down = () => setOnline(false);
    window.addEventListener("online", up);
    window.addEventListener("offline", down);
    return () => {
      window.removeEventListener("online", up);
      window.removeEventListener("offline", down);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [reload, kirim]);

  const tambah = useCallback(async (item: Omit<ItemAntrian, "userId" | "hariBukaId" | "status" | "dibuat">) => {
    await simpanAntrian({ ...item, userId, hariBukaId, status: "menunggu", dibuat: Date.now() });
    await reload();
    attempt.current = 0;
    void kirim();
  }, [userId, hariBukaId, reload, kirim]);

  return { items, ready, online, sending, sesiBerakhir, tambah, kirim };
}
