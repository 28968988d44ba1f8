"use client";
import Link from "next/link";
import type { ActionState } from "@/lib/actions/action-state";
import { useFormAction } from "@/components/ui/use-form-action";
import { formFields } from "@/components/ui/field";
import { NumberField, SelectField, TextField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";

export interface RencanaFormValues { id?: string; nama: string; tahun: string; triwulan: string; instrumenId: string; catatan: string }

const TRIWULAN = [
  { value: "1", label: "Triwulan I (Januari–Maret)" },
  { value: "2", label: "Triwulan II (April–Juni)" },
  { value: "3", label: "Triwulan III (Juli–September)" },
  { value: "4", label: "Triwulan IV (Oktober–Desember)" },
];

/** A plan's name, quarter, default instrument and note (new or edited). */
export function RencanaForm({ action, initial, requestId, instrumen, tingkatLabel, cancelHref, submitLabel }: {
  action: (prev: ActionState, fd: FormData) => Promise<ActionState>;
  initial: RencanaFormValues;
  requestId: string;
  instrumen: { id: string; label: string }[];
  tingkatLabel: string;
  cancelHref: string;
  submitLabel: string;
}) {
  const { state, formAction, onSubmit } = useFormAction(action);
  const f = formFields(state, initial);
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex max-w-2xl flex-col gap-4" noValidate aria-label={submitLabel}>
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="requestId" value={requestId} />
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      <p className="text-sm text-slate-700">Tingkat rencana: <span className="font-semibold">{tingkatLabel}</span></p>
      <TextField {...f.field("nama")} label="Nama rencana" hint="Contoh: Supervisi kesiapan ILP triwulan I" maxLength={200} required />
      <div className="grid gap-4 sm:grid-cols-2">
        <NumberField {...f.field("tahun")} label="Tahun" decimal={false} required />
        <SelectField {...f.field("triwulan")} label="Triwulan" options={TRIWULAN} placeholder="Pilih triwulan…" required />
      </div>
      <SelectField {...f.field("instrumenId")} label="Instrumen bawaan" options={instrumen.map((i) => ({ value: i.id, label: i.label }))} placeholder="Pilih instrumen…" hint="Dipakai kunjungan baru di rencana ini; tiap kunjungan dapat memilih instrumen lain." required />
      <TextField {...f.field("catatan")} label="Catatan" maxLength={1000} />
      <div className="flex gap-2">
        <SubmitButton>{submitLabel}</SubmitButton>
        <Link href={cancelHref} className="inline-flex min-h-11 items-center rounded-md px-4 text-sm font-semibold text-brand-700 hover:bg-brand-50">Batal</Link>
      </div>
    </form>
  );
}
