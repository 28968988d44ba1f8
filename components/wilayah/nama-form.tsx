"use client";
import Link from "next/link";
import type { ActionState } from "@/lib/actions/action-state";
import { useFormAction } from "@/components/ui/use-form-action";
import { CheckboxField, TextField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";
import { BEDA_RESMI_LABEL } from "@/lib/wilayah/label";

/** A form with one name field: renaming a kecamatan/desa, adding or renaming a dusun. */
export function NamaForm({ action, hidden, label, initial, hint, cancelHref, before, official }: {
  action: (prev: ActionState, fd: FormData) => Promise<ActionState>;
  /** id, desaId, requestId: whatever the action needs besides the name. */
  hidden: Record<string, string>;
  label: string;
  initial: string;
  hint?: string;
  cancelHref: string;
  /** Read-only facts shown above the field (e.g. the fixed code). */
  before?: React.ReactNode;
  /** The name in the official list (kecamatan, desa): a different name needs a tick. */
  official?: string;
}) {
  const { state, formAction, onSubmit } = useFormAction(action);
  const fe = state.fieldErrors ?? {};
  const errors = [...(fe.nama ?? []), ...(fe.id ?? []), ...(fe.desaId ?? [])];
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex max-w-xl flex-col gap-4" noValidate>
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      {Object.entries(hidden).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
      {before}
      <TextField name="nama" label={label} errors={errors} hint={hint} defaultValue={state.values?.nama ?? initial} maxLength={120} autoComplete="off" required />
      {official ? (
        <div className="flex flex-col gap-1 text-sm">
          <p><span className="text-slate-600">Nama di daftar resmi Kemendagri 2025:</span> <strong data-testid="nama-resmi">{official}</strong></p>
          <CheckboxField name="bedaResmi" value="on" label={BEDA_RESMI_LABEL} defaultChecked={state.values?.bedaResmi === "on"} />
        </div>
      ) : null}
      <div className="flex gap-2">
        <SubmitButton>Simpan</SubmitButton>
        <Link href={cancelHref} className="inline-flex min-h-11 items-center rounded-md px-4 text-sm font-semibold text-brand-700 hover:bg-brand-50">Batal</Link>
      </div>
    </form>
  );
}
