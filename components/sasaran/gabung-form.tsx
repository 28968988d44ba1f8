"use client";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/actions/action-state";
import { CheckboxField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";

export interface GabungSisi { id: string; label: string; rows: [string, string][] }

/** Two records side by side; the user picks the one to keep and confirms that they are the same person. */
export function GabungForm({ action, a, b }: { action: (prev: ActionState, fd: FormData) => Promise<ActionState>; a: GabungSisi; b: GabungSisi }) {
  const { state, formAction, onSubmit } = useFormAction(action);
  const simpan = state.values?.simpan ?? "a";
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex flex-col gap-4" noValidate data-testid="gabung-form">
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="a" value={a.id} />
      <input type="hidden" name="b" value={b.id} />
      <fieldset className="grid gap-3 md:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold">Data yang disimpan <span className="font-normal text-slate-600">(catatan dan status data lainnya dipindahkan ke sini)</span></legend>
        {[{ key: "a", s: a }, { key: "b", s: b }].map(({ key, s }) => (
          <label key={key} className="flex cursor-pointer flex-col gap-2 rounded-lg border border-slate-300 bg-white p-3 has-[:checked]:border-brand-600 has-[:checked]:ring-2 has-[:checked]:ring-brand-200">
            <span className="flex items-center gap-2 font-semibold"><input type="radio" name="simpan" value={key} defaultChecked={simpan === key} className="h-5 w-5" />Simpan: {s.label}</span>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
              {s.rows.map(([k, v]) => <div key={k} className="contents"><dt className="text-slate-600">{k}</dt><dd>{v}</dd></div>)}
            </dl>
          </label>
        ))}
      </fieldset>
      {state.fieldErrors?.simpan ? <p className="text-sm text-red-700">{state.fieldErrors.simpan.join(" ")}</p> : null}
      <CheckboxField name="yakin" label="Saya sudah memeriksa: keduanya orang yang sama. Data yang tidak disimpan disembunyikan dan ditandai digabung." errors={state.fieldErrors?.yakin} defaultChecked={state.values?.yakin === "on"} />
      <SubmitButton pendingText="Menggabungkan…">Gabungkan</SubmitButton>
    </form>
  );
}
