"use client";
import Link from "next/link";
import type { ActionState } from "@/lib/actions/action-state";
import { useFormAction } from "@/components/ui/use-form-action";
import { SelectField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";

/** Adding a kecamatan or desa means choosing one of the official codes not yet in the data. */
export function KodeForm({ action, hidden, label, options, hint, cancelHref }: {
  action: (prev: ActionState, fd: FormData) => Promise<ActionState>;
  hidden: Record<string, string>;
  label: string;
  options: { kode: string; label: string }[];
  hint?: string;
  cancelHref: string;
}) {
  const { state, formAction, onSubmit } = useFormAction(action);
  const fe = state.fieldErrors ?? {};
  const errors = [...(fe.kode ?? []), ...(fe.kecamatanId ?? [])];
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex max-w-xl flex-col gap-4" noValidate>
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      {Object.entries(hidden).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
      <SelectField name="kode" label={label} errors={errors} hint={hint} defaultValue={state.values?.kode ?? ""} placeholder="Pilih dari daftar resmi…" options={options.map((o) => ({ value: o.kode, label: o.label }))} required />
      <div className="flex gap-2">
        <SubmitButton>Tambahkan</SubmitButton>
        <Link href={cancelHref} className="inline-flex min-h-11 items-center rounded-md px-4 text-sm font-semibold text-brand-700 hover:bg-brand-50">Batal</Link>
      </div>
    </form>
  );
}
