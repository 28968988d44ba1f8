"use client";
import { useState } from "react";
import type { ActionState } from "@/lib/actions/action-state";
import { useFormAction } from "@/components/ui/use-form-action";
import { SubmitButton } from "@/components/ui/submit-button";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";

type Action = (prev: ActionState, fd: FormData) => Promise<ActionState>;

/** One button that posts hidden fields (draft, publish, move); the server's refusal shows above it. */
export function AksiForm({ action, fields, label, pendingText, variant = "primary", testId, ariaLabel }: { action: Action; fields: Record<string, string>; label: string; pendingText?: string; variant?: ButtonVariant; testId?: string; ariaLabel?: string }) {
  const { state, formAction, onSubmit } = useFormAction(action);
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex flex-col gap-2" data-testid={testId}>
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      {Object.entries(fields).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
      <div><SubmitButton variant={variant} pendingText={pendingText} aria-label={ariaLabel}>{label}</SubmitButton></div>
    </form>
  );
}

/** A destructive action behind a confirmation step (discard a draft, remove an item or a domain). */
export function KonfirmasiForm({ action, id, label, question, confirmLabel }: { action: Action; id: string; label: string; question: string; confirmLabel: string }) {
  const [open, setOpen] = useState(false);
  const { state, formAction, onSubmit } = useFormAction(action);
  if (!open) {
    return (
      <div className="flex flex-col gap-2">
        {state.message ? <Alert tone="error">{state.message}</Alert> : null}
        <div><Button type="button" variant="danger" onClick={() => setOpen(true)}>{label}</Button></div>
      </div>
    );
  }
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex flex-col gap-3 rounded-md border border-red-300 bg-red-50 p-3" role="alertdialog" aria-labelledby={`konfirmasi-${id}`}>
      <p id={`konfirmasi-${id}`} className="text-sm text-red-900">{question}</p>
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="id" value={id} />
      <div className="flex gap-2">
        <SubmitButton variant="danger" pendingText="Memproses…">{confirmLabel}</SubmitButton>
        <Button type="button" variant="secondary" onClick={() => setOpen(false)} autoFocus>Batal</Button>
      </div>
    </form>
  );
}
