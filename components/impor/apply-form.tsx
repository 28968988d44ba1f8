"use client";
import { useActionState } from "react";
import Link from "next/link";
import type { ActionState } from "@/lib/actions/action-state";
import { initialActionState } from "@/lib/actions/action-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";

/** Confirms a checked file: one click writes it all (the button disables itself while saving). */
export function ApplyForm({ action, jobId, cancelHref = "/impor" }: { action: (prev: ActionState, fd: FormData) => Promise<ActionState>; jobId: string; cancelHref?: string }) {
  const [state, formAction] = useActionState(action, initialActionState);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="jobId" value={jobId} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton pendingText="Menyimpan…">Simpan</SubmitButton>
        <Link href={cancelHref} className="inline-flex min-h-11 items-center rounded-md px-4 text-sm font-semibold text-brand-700 hover:bg-brand-50">Batal</Link>
      </div>
    </form>
  );
}
