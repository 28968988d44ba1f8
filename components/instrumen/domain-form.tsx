"use client";
import type { ActionState } from "@/lib/actions/action-state";
import { useFormAction } from "@/components/ui/use-form-action";
import { formFields } from "@/components/ui/field";
import { TextField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";

/** Adds a domain to a draft, or renames one (`initial.id`). */
export function DomainForm({ action, instrumenId, requestId, initial, testId }: { action: (prev: ActionState, fd: FormData) => Promise<ActionState>; instrumenId: string; requestId: string; initial?: { id: string; kode: string; nama: string }; testId: string }) {
  const { state, formAction, onSubmit } = useFormAction(action);
  const f = formFields(state, initial ?? {});
  const suffix = initial ? `-${initial.id.slice(0, 8)}` : "-baru";
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex flex-col gap-2" noValidate data-testid={testId}>
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="requestId" value={requestId} />
      <input type="hidden" name="instrumenId" value={instrumenId} />
      {initial ? <input type="hidden" name="id" value={initial.id} /> : null}
      <div className="grid gap-2 sm:grid-cols-[10rem_1fr_auto] sm:items-end">
        <TextField {...f.field("kode")} id={`kode${suffix}`} label="Kode domain" maxLength={40} required />
        <TextField {...f.field("nama")} id={`nama${suffix}`} label="Nama domain" maxLength={120} required />
        <div><SubmitButton variant="secondary">{initial ? "Ubah domain" : "Tambah domain"}</SubmitButton></div>
      </div>
    </form>
  );
}
