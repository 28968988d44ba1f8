"use client";
import Link from "next/link";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/actions/action-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";
import { SasaranFields, type SasaranFormValues } from "./sasaran-fields";

/** The person's own page form (new or edit): SasaranFields with a submit and a way back. */
export function SasaranForm({ action, initial, cancelHref, dusun, posyanduId, deviceId, editId, requestId, nikMasked }: {
  action: (prev: ActionState, fd: FormData) => Promise<ActionState>;
  initial: SasaranFormValues;
  cancelHref: string;
  dusun: { id: string; nama: string }[];
  /** New person: the posyandu and the device-made id (a double submit registers once). */
  posyanduId?: string;
  deviceId?: string;
  /** Edit: the person's id and the form's one-time token. */
  editId?: string;
  requestId?: string;
  nikMasked?: string | null;
}) {
  const { state, formAction, onSubmit } = useFormAction(action);
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex max-w-2xl flex-col gap-4" noValidate data-testid="sasaran-form">
      {state.message ? <Alert tone={state.fieldErrors?.miripId ? "warning" : "error"}>{state.message}</Alert> : null}
      {editId ? <input type="hidden" name="id" value={editId} /> : null}
      {requestId ? <input type="hidden" name="requestId" value={requestId} /> : null}
      <SasaranFields state={state} initial={initial} dusun={dusun} posyanduId={posyanduId} deviceId={deviceId} nikMasked={nikMasked} />
      <div className="flex gap-2">
        <SubmitButton>Simpan</SubmitButton>
        <Link href={cancelHref} className="inline-flex min-h-11 items-center rounded-md px-4 text-sm font-semibold text-brand-700 hover:bg-brand-50">Batal</Link>
      </div>
    </form>
  );
}
