"use client";
import { useActionState, useState } from "react";
import { Button } from "./button";
import { SubmitButton } from "./submit-button";
import { Alert } from "./alert";
import { initialActionState, type ActionState } from "@/lib/actions/action-state";

/** Delete with a confirmation step; the server explains what is in the way when it refuses. */
export function ConfirmDelete({ action, id, label, what }: { action: (prev: ActionState, fd: FormData) => Promise<ActionState>; id: string; label: string; what: string }) {
  const [open, setOpen] = useState(false);
  const [state, formAction] = useActionState(action, initialActionState);
  if (!open) {
    return (
      <div className="flex flex-col gap-2">
        {state.message ? <Alert tone="error">{state.message}</Alert> : null}
        <Button type="button" variant="danger" onClick={() => setOpen(true)}>{label}</Button>
      </div>
    );
  }
  return (
    <form action={formAction} className="flex flex-col gap-3 rounded-md border border-red-300 bg-red-50 p-4" role="alertdialog" aria-labelledby={`hapus-${id}`}>
      <p id={`hapus-${id}`} className="text-sm text-red-900">Yakin menghapus {what}? Tindakan ini tidak dapat dibatalkan.</p>
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="id" value={id} />
      <div className="flex gap-2">
        <SubmitButton variant="danger" pendingText="Menghapus…">Ya, hapus</SubmitButton>
        <Button type="button" variant="secondary" onClick={() => setOpen(false)} autoFocus>Batal</Button>
      </div>
    </form>
  );
}
