"use client";
import type { ActionState } from "@/lib/actions/action-state";
import { useFormAction } from "@/components/ui/use-form-action";
import { SubmitButton } from "@/components/ui/submit-button";

/** "Mulai kunjungan": a planned visit becomes one being conducted, then its conduct screen opens. */
export function MulaiKunjunganForm({ action, id, requestId }: { action: (prev: ActionState, fd: FormData) => Promise<ActionState>; id: string; requestId: string }) {
  const { state, formAction, onSubmit } = useFormAction(action);
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex flex-col gap-1">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="requestId" value={requestId} />
      <SubmitButton pendingText="Membuka…">Mulai kunjungan</SubmitButton>
      {state.message ? <p className="text-sm text-red-700" role="alert">{state.message}</p> : null}
    </form>
  );
}
