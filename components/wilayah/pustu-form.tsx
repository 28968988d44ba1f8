"use client";
import { useState } from "react";
import Link from "next/link";
import type { ActionState } from "@/lib/actions/action-state";
import { useFormAction } from "@/components/ui/use-form-action";
import { formFields } from "@/components/ui/field";
import { SelectField, TextField } from "@/components/ui/form-fields";
import { SearchableSelect } from "@/components/ui/searchable-select";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";
import { CHOICE_LIMIT } from "@/lib/dal/search";
import type { DesaChoice } from "@/lib/wilayah/desa-label";

export interface PustuFormValues { id?: string; nama: string; desaId: string; puskesmasId: string; alamat: string }

/**
 * Pustu: name, the desa it serves, the puskesmas it belongs to. The desa is searched on the server as
 * the admin types (the page carries only the one already chosen); picking a desa fills in the
 * puskesmas whose catchment holds it, the only one the pustu may belong to.
 */
export function PustuForm({ action, initial, desa, puskesmas, requestId, cancelHref }: {
  action: (prev: ActionState, fd: FormData) => Promise<ActionState>;
  initial: PustuFormValues;
  /** The desa already chosen (if any). */
  desa: DesaChoice[];
  puskesmas: { id: string; nama: string }[];
  requestId: string;
  cancelHref: string;
}) {
  const { state, formAction, onSubmit } = useFormAction(action);
  const f = formFields(state, initial);
  const [puskesmasId, setPuskesmasId] = useState(initial.puskesmasId);
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex max-w-xl flex-col gap-4" noValidate>
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="requestId" value={requestId} />
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      <TextField {...f.field("nama")} label="Nama pustu" hint='Biasanya "Pustu" diikuti nama desanya.' maxLength={120} autoComplete="off" required />
      <SearchableSelect<DesaChoice>
        name="desaId"
        label="Desa/kelurahan"
        searchLabel="Cari desa"
        placeholder="Pilih desa…"
        options={desa}
        source="/wilayah/pilihan?jenis=desa"
        limit={CHOICE_LIMIT}
        defaultValue={initial.desaId}
        errors={f.errors("desaId")}
        onChange={(_, d) => { if (d?.puskesmasId) setPuskesmasId(d.puskesmasId); }}
      />
      <SelectField name="puskesmasId" label="Puskesmas induk" errors={f.errors("puskesmasId")} hint="Terisi sendiri dengan puskesmas yang wilayah kerjanya memuat desa yang dipilih." value={puskesmasId} onChange={(e) => setPuskesmasId(e.target.value)} placeholder="Pilih puskesmas…" options={puskesmas.map((p) => ({ value: p.id, label: p.nama }))} required />
      <TextField {...f.field("alamat")} label="Alamat (boleh dikosongkan)" maxLength={250} />
      <div className="flex gap-2">
        <SubmitButton>Simpan</SubmitButton>
        <Link href={cancelHref} className="inline-flex min-h-11 items-center rounded-md px-4 text-sm font-semibold text-brand-700 hover:bg-brand-50">Batal</Link>
      </div>
    </form>
  );
}
