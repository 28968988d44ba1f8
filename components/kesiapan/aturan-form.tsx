"use client";
import type { ActionState } from "@/lib/actions/action-state";
import { useFormAction } from "@/components/ui/use-form-action";
import { NumberField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";

type Action = (prev: ActionState, fd: FormData) => Promise<ActionState>;

/** A rule's numbers as a form: every field keeps what was typed when the rule is refused. */
export function AturanForm({ action, fields, testId }: { action: Action; fields: { name: string; label: string; value: number; hint?: string }[]; testId: string }) {
  const { state, formAction, onSubmit } = useFormAction(action);
  const fe = state.fieldErrors ?? {};
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex flex-col gap-3" noValidate data-testid={testId}>
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3">
        {fields.map((f) => (
          <NumberField key={f.name} name={f.name} label={f.label} hint={f.hint} decimal={false} errors={fe[f.name]} defaultValue={state.values?.[f.name] ?? String(f.value)} required />
        ))}
      </div>
      <div><SubmitButton>Simpan aturan</SubmitButton></div>
    </form>
  );
}

/** Puts the documented default back (removes the kabupaten's own value). */
export function ResetAturanForm({ action, kunci }: { action: Action; kunci: string }) {
  const { state, formAction, onSubmit } = useFormAction(action);
  return (
    <form action={formAction} onSubmit={onSubmit}>
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="kunci" value={kunci} />
      <SubmitButton variant="secondary" pendingText="Mengembalikan…">Kembalikan ke bawaan</SubmitButton>
    </form>
  );
}
