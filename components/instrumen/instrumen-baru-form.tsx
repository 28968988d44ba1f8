"use client";
import Link from "next/link";
import type { ActionState } from "@/lib/actions/action-state";
import { useFormAction } from "@/components/ui/use-form-action";
import { formFields } from "@/components/ui/field";
import { SelectField, TextField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";

/** A new instrument from scratch: it starts as draft version 1. */
export function InstrumenBaruForm({ action, requestId, sasaran }: { action: (prev: ActionState, fd: FormData) => Promise<ActionState>; requestId: string; sasaran: { value: string; label: string }[] }) {
  const { state, formAction, onSubmit } = useFormAction(action);
  const f = formFields(state, { sasaran: "POSYANDU" });
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex max-w-2xl flex-col gap-4" noValidate>
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="requestId" value={requestId} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField {...f.field("kode")} label="Kode instrumen" hint="Huruf, angka dan tanda hubung, mis. ILP-PUSTU." maxLength={40} required />
        <SelectField {...f.field("sasaran")} label="Sasaran" options={sasaran} required />
      </div>
      <TextField {...f.field("nama")} label="Nama instrumen" maxLength={200} required />
      <TextField {...f.field("keterangan")} label="Keterangan" maxLength={1000} hint="Sumber dan tujuan instrumen." />
      <div className="flex gap-2">
        <SubmitButton>Buat draf versi 1</SubmitButton>
        <Link href="/supervisi/instrumen" className="inline-flex min-h-11 items-center rounded-md px-4 text-sm font-semibold text-brand-700 hover:bg-brand-50">Batal</Link>
      </div>
    </form>
  );
}
