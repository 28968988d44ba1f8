"use client";
import { useState } from "react";
import Link from "next/link";
import type { ActionState } from "@/lib/actions/action-state";
import { useFormAction } from "@/components/ui/use-form-action";
import { formFields } from "@/components/ui/field";
import { SelectField, TextField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";

export interface PustuFormValues { id?: string; nama: string; desaId: string; puskesmasId: string; alamat: string }

/** Pustu: name, the desa it serves, the puskesmas it belongs to. */
export function PustuForm({ action, initial, desa, puskesmas, requestId, cancelHref }: {
  action: (prev: ActionState, fd: FormData) => Promise<ActionState>;
  initial: PustuFormValues;
  desa: { id: string; nama: string; kecamatan: string; puskesmasId: string | null }[];
  puskesmas: { id: string; nama: string }[];
  requestId: string;
  cancelHref: string;
}) {
  const { state, formAction, onSubmit } = useFormAction(action);
  const f = formFields(state, initial);
  const [desaId, setDesaId] = useState(initial.desaId);
  const [puskesmasId, setPuskesmasId] = useState(initial.puskesmasId);
  const groups = [...new Set(desa.map((d) => d.kecamatan))].sort((a, b) => a.localeCompare(b, "id"));
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex max-w-xl flex-col gap-4" noValidate>
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="requestId" value={requestId} />
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      <TextField {...f.field("nama")} label="Nama pustu" hint='Biasanya "Pustu" diikuti nama desanya.' maxLength={120} autoComplete="off" required />
      <SelectField name="desaId" label="Desa/kelurahan" errors={f.errors("desaId")} value={desaId} onChange={(e) => { setDesaId(e.target.value); const d = desa.find((x) => x.id === e.target.value); if (d?.puskesmasId && !puskesmasId) setPuskesmasId(d.puskesmasId); }} placeholder="Pilih desa…" required>
        {groups.map((g) => (
          <optgroup key={g} label={`Kec. ${g}`}>
            {desa.filter((d) => d.kecamatan === g).map((d) => <option key={d.id} value={d.id}>{d.nama}</option>)}
          </optgroup>
        ))}
      </SelectField>
      <SelectField name="puskesmasId" label="Puskesmas induk" errors={f.errors("puskesmasId")} value={puskesmasId} onChange={(e) => setPuskesmasId(e.target.value)} placeholder="Pilih puskesmas…" options={puskesmas.map((p) => ({ value: p.id, label: p.nama }))} required />
      <TextField {...f.field("alamat")} label="Alamat (boleh dikosongkan)" maxLength={250} />
      <div className="flex gap-2">
        <SubmitButton>Simpan</SubmitButton>
        <Link href={cancelHref} className="inline-flex min-h-11 items-center rounded-md px-4 text-sm font-semibold text-brand-700 hover:bg-brand-50">Batal</Link>
      </div>
    </form>
  );
}
