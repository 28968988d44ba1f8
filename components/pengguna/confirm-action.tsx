"use client";
import { useActionState, useState } from "react";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";
import { initialActionState, type ActionState } from "@/lib/actions/action-state";

/** A button that asks before it acts (deactivate, reactivate, unlock); the server explains a refusal. */
export function ConfirmAction({ action, fields, label, question, confirmLabel, pendingText, variant = "secondary", testId }: {
  action: (prev: ActionState, fd: FormData) => Promise<ActionState>;
  fields: Record<string, string>;
  label: string;
  question: string;
  confirmLabel: string;
  pendingText: string;
  variant?: ButtonVariant;
  testId?: string;
}) {
  const [open, setOpen] = useState(false);
  const [state, formAction] = useActionState(action, initialActionState);
  const questionId = `tanya-${testId ?? label.replace(/\W+/g, "-").toLowerCase()}`;
  if (!open) {
    return (
      <div className="flex flex-col gap-2">
        {state.message ? <Alert tone="error">{state.message}</Alert> : null}
        <Button type="button" variant={variant} onClick={() => setOpen(true)} data-testid={testId}>{label}</Button>
      </div>
    );
  }
  const tone = variant === "danger" ? "border-red-300 bg-red-50 text-red-900" : "border-slate-300 bg-slate-50 text-slate-900";
  return (
    <form action={formAction} className={`flex flex-col gap-3 rounded-md border p-4 ${tone}`} role="alertdialog" aria-labelledby={questionId}>
      <p id={questionId} className="text-sm">{question}</p>
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      {Object.entries(fields).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
      <div className="flex flex-wrap gap-2">
        <SubmitButton variant={variant === "secondary" ? "primary" : variant} pendingText={pendingText}>{confirmLabel}</SubmitButton>
        <Button type="button" variant="secondary" onClick={() => setOpen(false)} autoFocus>Batal</Button>
      </div>
    </form>
  );
}
