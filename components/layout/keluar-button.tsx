"use client";
import { useRef } from "react";
import { logoutAction } from "@/lib/auth/actions";

/**
 * "Keluar": warns when this user's posyandu-day entries still wait on the device (naming how many),
 * and clears the user's data on the device once signing out goes ahead: the waiting entries and every
 * page kept for offline use (the "pantau-" caches of public/sw-offline.js), so the next user of a
 * shared phone opens nothing of theirs without a signal.
 */
async function hapusHalamanTersimpan(): Promise<void> {
  try {
    if ("serviceWorker" in navigator) {
      navigator.serviceWorker.controller?.postMessage({ type: "lupakan" });
      for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister();
    }
    if ("caches" in window) for (const key of await caches.keys()) if (key.startsWith("pantau-")) await caches.delete(key);
  } catch {}
}

export function KeluarButton({ userId }: { userId: string }) {
  const ready = useRef(false);
  return (
    <form
      action={logoutAction}
      onSubmit={async (event) => {
        if (ready.current) return;
        event.preventDefault();
        const form = event.currentTarget;
        // Loaded on click: every page carries this button, few devices hold posyandu-day entries.
        let antrian: typeof import("@/lib/hari-buka/antrian");
        try {
          antrian = await import("@/lib/hari-buka/antrian");
        } catch {
          window.alert("Tidak ada sinyal: keluar dapat dilakukan saat ada sinyal. Isian di perangkat ini tetap tersimpan.");
          return;
        }
        const { hapusDataPengguna, jumlahMenunggu } = antrian;
        const n = "indexedDB" in window ? await jumlahMenunggu(userId) : 0;
        if (n > 0 && !window.confirm(`Ada ${n} isian hari posyandu yang belum terkirim ke server. Bila keluar sekarang, isian itu hilang dari perangkat ini. Tetap keluar?`)) return;
        await hapusDataPengguna(userId);
        await hapusHalamanTersimpan();
        ready.current = true;
        form.requestSubmit();
      }}
    >
      <button type="submit" className="rounded px-3 py-2 text-sm text-brand-100 hover:bg-brand-700" data-testid="keluar">Keluar</button>
    </form>
  );
}
