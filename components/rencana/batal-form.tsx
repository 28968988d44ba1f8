"use client";
import { useState } from "react";
import type { ActionState } from "@/lib/actions/action-state";
import { useFormAction } from "@/components/ui/use-form-action";
import { formFields } from "@/components/ui/field";
import { TextField } from "@/components/ui/form-fields";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";

/** Cancelling a planned visit: asks for the reason and a confirmation first. */
export function BatalKunjunganForm({ action, id, what }: { action: (prev: ActionState, fd: FormData) => Promise<ActionState>; id: string; what: string }) {
  const [open, setOpen] = useState(false);
  const { state, formAction, onSubmit } = useFormAction(action);
  const f = formFields(state);
  if (!open) return <Button type="button" variant="danger" onClick={() => setOpen(true)}>Batalkan kunjungan</Button>;
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex max-w-2xl flex-col gap-3 rounded-md border border-red-300 bg-red-50 p-4" role="alertdialog" aria-labelledby={`batal-${id}`} noValidate>
      <p id={`batal-${id}`} className="text-sm text-red-900">Yakin membatalkan {what}? Kunjungan tetap tercatat dengan status batal dan alasannya.</p>
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="id" value={id} />
      <TextField {...f.field("alasanBatal")} label="Alasan pembatalan" maxLength={500} required />
      <div className="flex gap-2">
        <SubmitButton variant="danger" pendingText="Membatalkan…">Ya, batalkan</SubmitButton>
        <Button type="button" variant="secondary" onClick={() => setOpen(false)}>Tidak jadi</Button>
      </div>
    </form>
  );
}
