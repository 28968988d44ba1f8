"use client";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/actions/action-state";
import { formFields } from "@/components/ui/field";
import { TextField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";

/** A kader's own phone number: the one thing a kader may change. */
export function TeleponForm({ action, telepon, requestId }: { action: (prev: ActionState, fd: FormData) => Promise<ActionState>; telepon: string; requestId: string }) {
  const { state, formAction, onSubmit } = useFormAction(action);
  const f = formFields(state, { telepon });
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex flex-col gap-3" noValidate data-testid="telepon-form">
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="requestId" value={requestId} />
      <TextField {...f.field("telepon")} type="tel" label="Nomor telepon/WA Anda" hint="Contoh: 081234567890. Kosongkan bila tidak ingin dicantumkan." maxLength={20} />
      <div><SubmitButton>Simpan nomor</SubmitButton></div>
    </form>
  );
}
