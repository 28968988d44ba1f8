"use client";
import { useState } from "react";
import { useFormAction } from "@/components/ui/use-form-action";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";
import { tutupHariBukaAction } from "@/lib/hari-buka/actions";

/** Close the day (asks first: kaders can no longer change its entries), or open it again for corrections. */
export function TutupHariBuka({ id, buka, requestId }: { id: string; buka: boolean; requestId: string }) {
  const { state, onSubmit } = useFormAction(tutupHariBukaAction);
  const [tanya, setTanya] = useState(false);
  if (!buka && !tanya) return <button type="button" onClick={() => setTanya(true)} className="min-h-11 rounded-md border border-slate-300 px-3 text-sm">Tutup hari posyandu</button>;
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-center gap-2 text-sm">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="requestId" value={requestId} />
      {buka ? <input type="hidden" name="buka" value="on" /> : <span>Tutup hari ini? Setelah ditutup, kader tidak dapat mengubah isian lagi (bidan/puskesmas masih dapat mengoreksi).</span>}
      {state.message ? <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert> : null}
      <SubmitButton variant="secondary" pendingText="Menyimpan…">{buka ? "Buka lagi untuk koreksi" : "Ya, tutup"}</SubmitButton>
      {!buka ? <button type="button" onClick={() => setTanya(false)} className="min-h-11 px-2 text-brand-700">Batal</button> : null}
    </form>
  );
}
