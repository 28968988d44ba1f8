"use client";
import Link from "next/link";
import { useRef } from "react";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/actions/action-state";
import { FieldError, formFields } from "@/components/ui/field";
import { DateField, SelectField, TextField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { HASIL_LABEL, METODE, METODE_LABEL } from "@/lib/kader/label";

export interface SkillToAssess {
  id: string;
  kode: string;
  nama: string;
  rekonstruksi: boolean;
  /** The latest result so far, shown beside the choice. */
  hasil: "KOMPETEN" | "BELUM_KOMPETEN" | null;
}

const METODE_OPTIONS = METODE.map((m) => ({ value: m, label: METODE_LABEL[m] }));
const CHOICES = [["", "Tidak dinilai"], ["KOMPETEN", "Kompeten"], ["BELUM_KOMPETEN", "Belum kompeten"]] as const;

/** One package on one screen: one date and method, and per skill a result and a note. A skill left "tidak dinilai" is not recorded. */
export function PenilaianForm({ action, kaderId, skills, requestId, today, minDate, cancelHref }: {
  action: (prev: ActionState, fd: FormData) => Promise<ActionState>;
  kaderId: string;
  skills: SkillToAssess[];
  requestId: string;
  today: string;
  minDate?: string;
  cancelHref: string;
}) {
  const { state, formAction, onSubmit } = useFormAction(action);
  const f = formFields(state, { tanggal: today, metode: "OBSERVASI" });
  const form = useRef<HTMLFormElement>(null);
  const markAll = () => {
    for (const s of skills) {
      const radio = form.current?.querySelector<HTMLInputElement>(`input[name="hasil_${s.id}"][value="KOMPETEN"]`);
      if (radio) radio.checked = true;
    }
  };
  return (
    <form ref={form} action={formAction} onSubmit={onSubmit} className="flex max-w-2xl flex-col gap-4" noValidate data-testid="penilaian-form">
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="requestId" value={requestId} />
      <input type="hidden" name="kaderId" value={kaderId} />
      <div className="grid gap-4 sm:grid-cols-2">
        <DateField {...f.field("tanggal")} label="Tanggal penilaian" max={today} min={minDate} required />
        <SelectField {...f.field("metode")} label="Metode" options={METODE_OPTIONS} required />
      </div>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-slate-600">Pilih hasil untuk setiap keterampilan yang dinilai hari itu.</p>
        <Button type="button" variant="secondary" onClick={markAll}>Tandai semua kompeten</Button>
      </div>
      <FieldError id="hasil-error" errors={f.errors("hasil")} />
      <ol className="flex flex-col gap-3">
        {skills.map((s) => {
          const name = `hasil_${s.id}`;
          const kept = f.value(name);
          return (
            <li key={s.id}>
              <fieldset className="rounded-lg border border-slate-200 bg-white p-3" data-testid={`skill-${s.kode}`}>
                <legend className="px-1 text-sm font-semibold text-slate-900">{s.kode}</legend>
                <p className="text-sm text-slate-800">{s.nama}{s.rekonstruksi ? <span className="ml-1 text-xs text-amber-800">(rekonstruksi)</span> : null}</p>
                <p className="mt-1 text-xs text-slate-600">Hasil terakhir: {s.hasil ? HASIL_LABEL[s.hasil] : "belum pernah dinilai"}</p>
                <div className="mt-2 grid grid-cols-1 gap-2 sm:grid-cols-3" role="radiogroup" aria-label={`Hasil ${s.kode}`}>
                  {CHOICES.map(([value, label]) => (
                    <label key={value} className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-slate-300 px-3 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
                      <input type="radio" name={name} value={value} defaultChecked={kept === value} className="h-5 w-5" />
                      {label}
                    </label>
                  ))}
                </div>
                <TextField {...f.field(`catatan_${s.id}`)} label="Catatan (boleh kosong)" maxLength={500} className="mt-2" />
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="flex gap-2">
        <SubmitButton>Simpan penilaian</SubmitButton>
        <Link href={cancelHref} className="inline-flex min-h-11 items-center rounded-md px-4 text-sm font-semibold text-brand-700 hover:bg-brand-50">Batal</Link>
      </div>
    </form>
  );
}
