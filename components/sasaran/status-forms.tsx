"use client";
import { useState } from "react";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/actions/action-state";
import { formFields } from "@/components/ui/field";
import { DateField, NumberField, SelectField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { hplDariHpht, STATUS_IBU, STATUS_IBU_LABEL } from "@/lib/sasaran/cek";

type Action = (prev: ActionState, fd: FormData) => Promise<ActionState>;

/** Adds a status period: HAMIL asks HPHT and suggests HPL = HPHT + 280 days; NIFAS/MENYUSUI a start date. */
export function StatusBaruForm({ action, sasaranId, requestId }: { action: Action; sasaranId: string; requestId: string }) {
  const { state, formAction, onSubmit } = useFormAction(action);
  const f = formFields(state, { status: "HAMIL" });
  const [status, setStatus] = useState(f.value("status") || "HAMIL");
  const [hpht, setHpht] = useState(f.value("hpht"));
  const [hpl, setHpl] = useState(f.value("hpl"));
  const [hplTouched, setHplTouched] = useState(!!f.value("hpl"));
  const suggested = /^\d{4}-\d{2}-\d{2}$/.test(hpht) ? hplDariHpht(hpht) : "";
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex flex-col gap-3" noValidate data-testid="status-baru">
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="sasaranId" value={sasaranId} />
      <input type="hidden" name="requestId" value={requestId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField name="status" label="Status" value={status} onChange={(e) => setStatus(e.target.value)} options={STATUS_IBU.map((s) => ({ value: s, label: STATUS_IBU_LABEL[s] }))} errors={f.errors("status")} required />
        {status === "HAMIL" ? (
          <>
            <DateField name="hpht" label="HPHT (hari pertama haid terakhir)" value={hpht} onChange={(e) => { setHpht(e.target.value); if (!hplTouched) setHpl(""); }} errors={f.errors("hpht")} required />
            <DateField name="hpl" label="HPL (hari perkiraan lahir)" value={hplTouched ? hpl : suggested} onChange={(e) => { setHplTouched(true); setHpl(e.target.value); }} hint="Diisi otomatis: HPHT + 280 hari (rumus Naegele). Ubah bila bidan menetapkan lain." errors={f.errors("hpl")} />
            <NumberField name="hamilKe" label="Kehamilan ke-" decimal={false} maxLength={2} defaultValue={f.value("hamilKe")} errors={f.errors("hamilKe")} />
          </>
        ) : (
          <DateField name="mulai" label="Mulai" defaultValue={f.value("mulai")} errors={f.errors("mulai")} required />
        )}
      </div>
      <SubmitButton>Tambah status</SubmitButton>
    </form>
  );
}

/** Ends a running period on a date, after a confirmation step. */
export function StatusSelesaiForm({ action, id, label, today }: { action: Action; id: string; label: string; today: string }) {
  const [open, setOpen] = useState(false);
  const { state, formAction, onSubmit } = useFormAction(action);
  if (!open) return <Button type="button" variant="secondary" onClick={() => setOpen(true)}>Akhiri {label.toLowerCase()}</Button>;
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex flex-col gap-2 rounded-md border border-slate-300 bg-slate-50 p-3" noValidate>
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="id" value={id} />
      <DateField name="selesai" id={`selesai-${id}`} label={`Tanggal ${label.toLowerCase()} berakhir`} defaultValue={today} errors={state.fieldErrors?.selesai} required />
      <div className="flex gap-2">
        <SubmitButton>Ya, akhiri</SubmitButton>
        <Button type="button" variant="secondary" onClick={() => setOpen(false)}>Batal</Button>
      </div>
    </form>
  );
}
