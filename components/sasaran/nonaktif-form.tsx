"use client";
import { useState } from "react";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/actions/action-state";
import { SelectField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";

/** Marks a person moved away or died, after a confirmation with the reason. */
export function NonaktifForm({ action, id, nama, alasan }: { action: (prev: ActionState, fd: FormData) => Promise<ActionState>; id: string; nama: string; alasan: { value: string; label: string }[] }) {
  const [open, setOpen] = useState(false);
  const { state, formAction, onSubmit } = useFormAction(action);
  if (!open) {
    return (
      <div className="flex flex-col gap-2">
        <p className="text-sm text-slate-600">Orang yang pindah atau meninggal tidak muncul lagi di daftar hadir; catatan sebelumnya tetap untuk laporan.</p>
        <Button type="button" variant="secondary" className="w-fit" onClick={() => setOpen(true)} data-testid="nonaktifkan">Tandai pindah/meninggal</Button>
      </div>
    );
  }
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex flex-col gap-3 rounded-md border border-slate-300 bg-slate-50 p-4" role="alertdialog" aria-labelledby="tanya-nonaktif" noValidate>
      <p id="tanya-nonaktif" className="text-sm">Tandai {nama} tidak aktif lagi?</p>
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="id" value={id} />
      <SelectField name="alasan" label="Alasan" placeholder="Pilih…" options={alasan} errors={state.fieldErrors?.alasan} required />
      <div className="flex gap-2">
        <SubmitButton>Ya, tandai</SubmitButton>
        <Button type="button" variant="secondary" onClick={() => setOpen(false)} autoFocus>Batal</Button>
      </div>
    </form>
  );
}
