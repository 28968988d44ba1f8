"use client";
import type { ActionState } from "@/lib/actions/action-state";
import type { IsianAturan } from "@/lib/ambang/formulir";
import { useFormAction } from "@/components/ui/use-form-action";
import { formFields } from "@/components/ui/field";
import { NumberField, SelectField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";

/**
 * The form of one threshold rule (fields from lib/ambang/formulir.ts): a refused value stays as
 * typed, with the message on its field. Ids are prefixed with the rule, since the page holds a form
 * per rule.
 */
export function AturanForm({ action, kunci, isian }: { action: (prev: ActionState, fd: FormData) => Promise<ActionState>; kunci: string; isian: readonly IsianAturan[] }) {
  const { state, formAction, onSubmit } = useFormAction(action);
  const f = formFields(state, Object.fromEntries(isian.map((i) => [i.name, i.nilai])));
  const prefix = kunci.replace(".", "-");
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex flex-col gap-3" noValidate data-testid={`form-${prefix}`}>
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="kunci" value={kunci} />
      <div className="grid gap-3 sm:grid-cols-2">
        {isian.map((i) => {
          const id = `${prefix}--${i.name.replace(/\./g, "-")}`;
          return i.jenis === "angka" ? (
            <NumberField key={i.name} {...f.field(i.name)} id={id} label={i.label} required />
          ) : (
            <SelectField key={i.name} {...f.field(i.name)} id={id} label={i.label} options={i.opsi ?? []} required />
          );
        })}
      </div>
      <div><SubmitButton>Simpan aturan</SubmitButton></div>
    </form>
  );
}
