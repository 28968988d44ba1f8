"use client";
import { useState } from "react";
import Link from "next/link";
import type { ActionState } from "@/lib/actions/action-state";
import { useFormAction } from "@/components/ui/use-form-action";
import { FieldError, FieldHint, formFields } from "@/components/ui/field";
import { CheckboxField, SelectField, TextField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";

export interface PuskesmasFormValues { id?: string; nama: string; kode: string; kecamatanId: string; desaId: string; alamat: string; catchment: string[] }
export interface PuskesmasFormDesa { id: string; nama: string; /** The name, with the code when another desa of the kecamatan has the same name. */ label: string; kecamatanId: string; puskesmasId: string | null; puskesmasNama: string | null }

/**
 * Puskesmas with its catchment: the desa of the kabupaten as checkboxes grouped by kecamatan. A desa
 * already in another puskesmas's catchment shows that puskesmas; ticking it moves it, which the
 * "pindahkan" box must confirm.
 */
export function PuskesmasForm({ action, initial, kecamatan, desa, requestId, cancelHref }: {
  action: (prev: ActionState, fd: FormData) => Promise<ActionState>;
  initial: PuskesmasFormValues;
  kecamatan: { id: string; nama: string }[];
  desa: PuskesmasFormDesa[];
  requestId: string;
  cancelHref: string;
}) {
  const { state, formAction, onSubmit } = useFormAction(action);
  const f = formFields(state, initial);
  // Controlled, so that a refused submit keeps the choices (React resets uncontrolled fields).
  const [kecamatanId, setKecamatanId] = useState(initial.kecamatanId);
  const [desaId, setDesaId] = useState(initial.desaId);
  const [chosen, setChosen] = useState(() => new Set(initial.catchment));
  const [pindahkan, setPindahkan] = useState(false);
  const fe = state.fieldErrors ?? {};
  const self = initial.id ?? null;
  const moving = desa.filter((d) => chosen.has(d.id) && d.puskesmasId && d.puskesmasId !== self);
  const toggle = (id: string, on: boolean) => setChosen((prev) => { const next = new Set(prev); if (on) next.add(id); else next.delete(id); return next; });
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex max-w-3xl flex-col gap-4" noValidate>
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="requestId" value={requestId} />
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      <TextField {...f.field("nama")} label="Nama puskesmas" hint='Lengkap dengan kata "Puskesmas", contoh: "Puskesmas Sukamaju".' maxLength={120} autoComplete="off" required />
      <TextField {...f.field("kode")} label="Kode Kemenkes (boleh dikosongkan)" maxLength={20} autoComplete="off" />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField name="kecamatanId" label="Kecamatan" errors={fe.kecamatanId} value={kecamatanId} onChange={(e) => { setKecamatanId(e.target.value); setDesaId(""); }} placeholder="Pilih kecamatan…" options={kecamatan.map((k) => ({ value: k.id, label: k.nama }))} required />
        <SelectField name="desaId" label="Desa lokasi gedung" errors={fe.desaId} value={desaId} onChange={(e) => setDesaId(e.target.value)} disabled={!kecamatanId} placeholder="Pilih desa…" options={desa.filter((d) => d.kecamatanId === kecamatanId).map((d) => ({ value: d.id, label: d.label }))} required />
      </div>
      <TextField {...f.field("alamat")} label="Alamat (boleh dikosongkan)" maxLength={250} />
      <fieldset className="flex flex-col gap-2" aria-describedby={fe.catchment ? "catchment-error catchment-hint" : "catchment-hint"}>
        <legend className="text-sm font-semibold">Desa wilayah kerja ({chosen.size} dipilih)</legend>
        <FieldHint id="catchment-hint">Centang desa yang dilayani puskesmas ini. Desa yang sudah masuk wilayah kerja puskesmas lain ditandai dengan nama puskesmasnya.</FieldHint>
        <FieldError id="catchment-error" errors={fe.catchment} />
        {kecamatan.map((k) => {
          const list = desa.filter((d) => d.kecamatanId === k.id);
          if (list.length === 0) return null;
          const count = list.filter((d) => chosen.has(d.id)).length;
          return (
            <details key={k.id} open={k.id === kecamatanId || count > 0} className="rounded-md border border-slate-200 bg-white">
              <summary className="min-h-11 cursor-pointer px-3 py-2.5 text-sm font-medium">Kec. {k.nama} <span className="text-slate-500">({count} dari {list.length} dipilih)</span></summary>
              <ul className="grid gap-1 px-3 pb-3 sm:grid-cols-2">
                {list.map((d) => {
                  const other = d.puskesmasId && d.puskesmasId !== self ? d.puskesmasNama : null;
                  return (
                    <li key={d.id}>
                      <CheckboxField id={`c-${d.id}`} name="catchment" value={d.id} checked={chosen.has(d.id)} onChange={(e) => toggle(d.id, e.target.checked)} label={<>{d.label}{other ? <span className="block text-xs text-amber-800">sekarang: {other}</span> : null}</>} />
                    </li>
                  );
                })}
              </ul>
            </details>
          );
        })}
      </fieldset>
      {moving.length > 0 ? (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          <p>{moving.length} desa yang dicentang sekarang masuk wilayah kerja puskesmas lain: {moving.map((d) => `${d.label} (${d.puskesmasNama})`).join(", ")}.</p>
          <CheckboxField name="pindahkan" className="mt-2" checked={pindahkan} onChange={(e) => setPindahkan(e.target.checked)} label="Pindahkan desa tersebut ke puskesmas ini" />
          <p className="mt-1 text-xs">Pustu di desa itu ikut pindah ke puskesmas ini.</p>
        </div>
      ) : null}
      <div className="flex gap-2">
        <SubmitButton>Simpan</SubmitButton>
        <Link href={cancelHref} className="inline-flex min-h-11 items-center rounded-md px-4 text-sm font-semibold text-brand-700 hover:bg-brand-50">Batal</Link>
      </div>
    </form>
  );
}
