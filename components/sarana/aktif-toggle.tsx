"use client";
import { useState } from "react";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/actions/action-state";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";

/**
 * Deactivates a catalogue item after a confirmation that says what happens to what posyandu hold
 * (kept, no longer counted); activates it again in one step.
 */
export function AktifToggle({ action, id, nama, isActive, dipegang }: { action: (prev: ActionState, fd: FormData) => Promise<ActionState>; id: string; nama: string; isActive: boolean; dipegang: number }) {
  const [open, setOpen] = useState(false);
  const { state, formAction, onSubmit } = useFormAction(action);
  const hidden = (
    <>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="aktif" value={isActive ? "tidak" : "ya"} />
    </>
  );
  if (!isActive) {
    return (
      <form action={formAction} onSubmit={onSubmit} className="flex flex-col gap-2">
        {state.message ? <Alert tone="error">{state.message}</Alert> : null}
        {hidden}
        <SubmitButton variant="secondary" pendingText="Mengaktifkan…">Aktifkan lagi</SubmitButton>
      </form>
    );
  }
  if (!open) return <Button type="button" variant="secondary" onClick={() => setOpen(true)}>Nonaktifkan</Button>;
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex flex-col gap-3 rounded-md border border-amber-300 bg-amber-50 p-4" role="alertdialog" aria-labelledby={`nonaktif-${id}`}>
      <p id={`nonaktif-${id}`} className="text-sm text-amber-900">
        Nonaktifkan {nama}? Alat ini tidak lagi dihitung dalam kelengkapan sarana. {dipegang > 0 ? `Data ${dipegang} posyandu yang memilikinya tetap tersimpan.` : ""} Anda dapat mengaktifkannya lagi.
      </p>
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      {hidden}
      <div className="flex gap-2">
        <SubmitButton pendingText="Menyimpan…">Ya, nonaktifkan</SubmitButton>
        <Button type="button" variant="secondary" onClick={() => setOpen(false)} autoFocus>Batal</Button>
      </div>
    </form>
  );
}
