"use client";
import { useState } from "react";
import type { ActionState } from "@/lib/actions/action-state";
import { cekBentuk } from "@/lib/forms/cek";
import { CEK_SASARAN_BARU } from "@/lib/sasaran/cek";
import { SasaranFields } from "@/components/sasaran/sasaran-fields";

/**
 * "Daftarkan orang baru" on the posyandu-day screen: the person's fields, checked on the device with the
 * server's rules (CEK_SASARAN_BARU = ZSasaranInput, held equal by tests/unit/cek-browser.test.ts),
 * since the person may be queued without a signal; `onDaftar` gets the form as typed.
 */
export function DaftarBaru({ id, posyanduId, nama, dusun, onDaftar, onBatal }: {
  id: string; posyanduId: string; nama: string; dusun: { id: string; nama: string }[];
  onDaftar: (body: Record<string, string>) => Promise<void>; onBatal: () => void;
}) {
  const [state, setState] = useState<ActionState>({ ok: false });
  const daftarkan = async (form: HTMLFormElement) => {
    const raw = Object.fromEntries(new FormData(form).entries()) as Record<string, string>;
    const body = { ...raw, id, posyanduId };
    const checked = cekBentuk(CEK_SASARAN_BARU, body);
    if (!checked.ok) {
      setState({ ok: false, message: "Periksa lagi isian yang ditandai.", fieldErrors: checked.fieldErrors, values: raw });
      return;
    }
    await onDaftar(body);
  };
  return (
    <form onSubmit={(ev) => { ev.preventDefault(); void daftarkan(ev.currentTarget); }} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-3" data-testid="daftar-baru">
      <h3 className="font-semibold">Daftarkan orang baru</h3>
      {state.message ? <p role="alert" className="text-sm text-red-700">{state.message}</p> : null}
      <SasaranFields state={state} initial={{ nama }} dusun={dusun} idPrefix="baru-" />
      <div className="flex gap-2">
        <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-4 font-semibold text-white">Daftarkan &amp; catat</button>
        <button type="button" onClick={onBatal} className="min-h-11 rounded-md px-3 text-brand-700">Batal</button>
      </div>
    </form>
  );
}
