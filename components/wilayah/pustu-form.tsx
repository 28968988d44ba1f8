"use client";
import { useState } from "react";
import Link from "next/link";
import type { ActionState } from "@/lib/actions/action-state";
import { useFormAction } from "@/components/ui/use-form-action";
import { Field, inputClass, describedBy } from "@/components/ui/field";
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
  const v = { ...initial, ...(state.values ?? {}) } as Record<string, unknown>;
  const text = (name: string) => String(v[name] ?? "");
  const [desaId, setDesaId] = useState(initial.desaId);
  const [puskesmasId, setPuskesmasId] = useState(initial.puskesmasId);
  const fe = state.fieldErrors ?? {};
  const groups = [...new Set(desa.map((d) => d.kecamatan))].sort((a, b) => a.localeCompare(b, "id"));
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex max-w-xl flex-col gap-4" noValidate>
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="requestId" value={requestId} />
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      <Field name="nama" label="Nama pustu" errors={fe.nama} hint='Biasanya "Pustu" diikuti nama desanya.' required>
        <input id="nama" name="nama" defaultValue={text("nama")} className={inputClass} maxLength={120} required aria-invalid={!!fe.nama} aria-describedby={describedBy("nama", fe.nama, "x")} autoComplete="off" />
      </Field>
      <Field name="desaId" label="Desa/kelurahan" errors={fe.desaId} required>
        <select id="desaId" name="desaId" value={desaId} onChange={(e) => { setDesaId(e.target.value); const d = desa.find((x) => x.id === e.target.value); if (d?.puskesmasId && !puskesmasId) setPuskesmasId(d.puskesmasId); }} className={inputClass} aria-invalid={!!fe.desaId} aria-describedby={describedBy("desaId", fe.desaId)} required>
          <option value="">Pilih desa…</option>
          {groups.map((g) => (
            <optgroup key={g} label={`Kec. ${g}`}>
              {desa.filter((d) => d.kecamatan === g).map((d) => <option key={d.id} value={d.id}>{d.nama}</option>)}
            </optgroup>
          ))}
        </select>
      </Field>
      <Field name="puskesmasId" label="Puskesmas induk" errors={fe.puskesmasId} required>
        <select id="puskesmasId" name="puskesmasId" value={puskesmasId} onChange={(e) => setPuskesmasId(e.target.value)} className={inputClass} aria-invalid={!!fe.puskesmasId} aria-describedby={describedBy("puskesmasId", fe.puskesmasId)} required>
          <option value="">Pilih puskesmas…</option>
          {puskesmas.map((p) => <option key={p.id} value={p.id}>{p.nama}</option>)}
        </select>
      </Field>
      <Field name="alamat" label="Alamat (boleh dikosongkan)" errors={fe.alamat}>
        <input id="alamat" name="alamat" defaultValue={text("alamat")} className={inputClass} maxLength={250} aria-invalid={!!fe.alamat} aria-describedby={describedBy("alamat", fe.alamat)} />
      </Field>
      <div className="flex gap-2">
        <SubmitButton>Simpan</SubmitButton>
        <Link href={cancelHref} className="inline-flex min-h-11 items-center rounded-md px-4 text-sm font-semibold text-brand-700 hover:bg-brand-50">Batal</Link>
      </div>
    </form>
  );
}
