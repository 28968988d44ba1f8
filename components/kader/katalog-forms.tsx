"use client";
import { useState } from "react";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/actions/action-state";
import { Field, FieldError, formFields, inputClass } from "@/components/ui/field";
import { CheckboxField, SelectField, TextField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { LEVELS, LEVEL_LABEL, JUMLAH_PAKET } from "@/lib/kader/level-label";
import type { AturanLevel } from "@/lib/kader/aturan";
import { aturanField } from "@/lib/kader/label";

type Action = (prev: ActionState, fd: FormData) => Promise<ActionState>;

/** New wording for a skill: saved as its next version; assessments already made keep the old words. */
export function RewordForm({ action, skill, requestId }: { action: Action; skill: { id: string; kode: string; nama: string; rekonstruksi: boolean }; requestId: string }) {
  const [open, setOpen] = useState(false);
  const { state, formAction, onSubmit } = useFormAction(action);
  const f = formFields(state, { nama: skill.nama, rekonstruksi: skill.rekonstruksi });
  if (!open && !state.message) return <Button type="button" variant="ghost" onClick={() => setOpen(true)} aria-label={`Ubah rumusan ${skill.kode}`}>Ubah rumusan</Button>;
  return (
    <form action={formAction} onSubmit={onSubmit} className="mt-2 flex flex-col gap-3 rounded-md border border-slate-200 bg-slate-50 p-3" noValidate>
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="id" value={skill.id} />
      <input type="hidden" name="requestId" value={requestId} />
      <Field name="nama" id={`nama-${skill.id}`} label={`Rumusan baru ${skill.kode}`} errors={f.errors("nama")} hint="Disimpan sebagai versi baru; penilaian lama tetap memakai rumusan lama." required>
        {(c) => <textarea {...c} defaultValue={f.value("nama")} rows={3} maxLength={300} className={inputClass} />}
      </Field>
      <CheckboxField name="rekonstruksi" id={`rekonstruksi-${skill.id}`} label="Masih rekonstruksi (belum dicocokkan dengan Kurikulum 2024)" defaultChecked={f.isChecked("rekonstruksi")} />
      <div className="flex gap-2">
        <SubmitButton>Simpan versi baru</SubmitButton>
        <Button type="button" variant="secondary" onClick={() => setOpen(false)}>Batal</Button>
      </div>
    </form>
  );
}

/** A skill added to a package: the package becomes incomplete for every kader until it is assessed. */
export function AddSkillForm({ action, paket, requestId }: { action: Action; paket: { id: string; kode: string; nama: string; next: string }; requestId: string }) {
  const [open, setOpen] = useState(false);
  const { state, formAction, onSubmit } = useFormAction(action);
  const f = formFields(state, { kode: paket.next });
  if (!open && !state.message) return <Button type="button" variant="secondary" onClick={() => setOpen(true)}>Tambah keterampilan ke paket {paket.kode}</Button>;
  return (
    <form action={formAction} onSubmit={onSubmit} className="mt-2 flex flex-col gap-3 rounded-md border border-slate-200 bg-slate-50 p-3" noValidate>
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="paketId" value={paket.id} />
      <input type="hidden" name="requestId" value={requestId} />
      <Alert tone="warning">Keterampilan baru membuat paket {paket.nama} belum lengkap bagi semua kader sampai keterampilan itu dinilai; tingkat kader dihitung ulang.</Alert>
      <TextField {...f.field("kode")} id={`kode-${paket.id}`} label="Kode" maxLength={8} required />
      <Field name="nama" id={`nama-baru-${paket.id}`} label="Rumusan keterampilan" errors={f.errors("nama")} required>
        {(c) => <textarea {...c} defaultValue={f.value("nama")} rows={3} maxLength={300} className={inputClass} />}
      </Field>
      <CheckboxField name="rekonstruksi" id={`rekonstruksi-baru-${paket.id}`} label="Rekonstruksi (belum dicocokkan dengan Kurikulum 2024)" defaultChecked={f.isChecked("rekonstruksi")} />
      <div className="flex gap-2">
        <SubmitButton>Tambah</SubmitButton>
        <Button type="button" variant="secondary" onClick={() => setOpen(false)}>Batal</Button>
      </div>
    </form>
  );
}

const MIN_OPTIONS = Array.from({ length: JUMLAH_PAKET }, (_, i) => ({ value: i + 1, label: `${i + 1} paket` }));

/** The level rule: per level, how many complete packages and which must be among them. */
export function AturanLevelForm({ action, nilai, paket, requestId }: { action: Action; nilai: AturanLevel; paket: { kode: string; nama: string }[]; requestId: string }) {
  const { state, formAction, onSubmit } = useFormAction(action);
  const initial: Record<string, string> = {};
  for (const r of nilai) initial[aturanField(r.level, "paketMin")] = String(r.paketMin);
  const f = formFields(state, initial);
  // The boxes start from the rule in force; useFormAction keeps the DOM after a refused submit, so what was ticked stays ticked.
  const ticked = (level: string, kode: string) => nilai.find((r) => r.level === level)?.paketWajib.includes(kode) ?? false;
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex flex-col gap-4" noValidate data-testid="aturan-level-form">
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="requestId" value={requestId} />
      {LEVELS.map((level) => (
        <fieldset key={level} className="rounded-md border border-slate-200 p-3">
          <legend className="px-1 text-sm font-semibold">{LEVEL_LABEL[level]}</legend>
          <SelectField {...f.field(aturanField(level, "paketMin"))} label="Paling sedikit paket lengkap" options={MIN_OPTIONS} />
          <p className="mt-3 text-sm font-medium text-slate-800">Paket yang wajib lengkap</p>
          <div className="grid grid-cols-1 sm:grid-cols-2">
            {paket.map((p) => (
              <CheckboxField key={p.kode} name={aturanField(level, "paketWajib")} id={`${level}-${p.kode}`} value={p.kode} label={`${p.kode} · ${p.nama}`} defaultChecked={ticked(level, p.kode)} />
            ))}
          </div>
          <FieldError id={`${aturanField(level, "paketWajib")}-error`} errors={f.errors(aturanField(level, "paketWajib"))} />
        </fieldset>
      ))}
      <div><SubmitButton>Simpan aturan</SubmitButton></div>
    </form>
  );
}
