"use client";
import Link from "next/link";
import type { ActionState } from "@/lib/actions/action-state";
import { useFormAction } from "@/components/ui/use-form-action";
import { formFields } from "@/components/ui/field";
import { DateField, SelectField, TextField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";

/**
 * A roll-out target: added from a pilot (`percontohanId` and the desa's other posyandu as `choices`),
 * or edited (`id`: target date and note only).
 */
export function ReplikasiForm({ action, requestId, percontohanId, id, choices, initial, submitLabel, cancelHref }: {
  action: (prev: ActionState, fd: FormData) => Promise<ActionState>;
  requestId: string;
  percontohanId?: string;
  id?: string;
  choices?: { id: string; label: string }[];
  initial: { tanggalTarget: string; catatan: string };
  submitLabel: string;
  cancelHref?: string;
}) {
  const { state, formAction, onSubmit } = useFormAction(action);
  const f = formFields(state, initial);
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex max-w-2xl flex-col gap-3" noValidate aria-label={submitLabel}>
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="requestId" value={requestId} />
      {percontohanId ? <input type="hidden" name="percontohanId" value={percontohanId} /> : null}
      {id ? <input type="hidden" name="id" value={id} /> : null}
      {choices ? <SelectField {...f.field("posyanduId")} label="Posyandu sasaran" placeholder="Pilih posyandu…" options={choices.map((c) => ({ value: c.id, label: c.label }))} required /> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <DateField {...f.field("tanggalTarget")} id={id ? "tanggalTarget" : "replikasi-tanggalTarget"} label="Tanggal target berjalan" />
        <TextField {...f.field("catatan")} id={id ? "catatan" : "replikasi-catatan"} label="Catatan" maxLength={500} />
      </div>
      <div className="flex gap-2">
        <SubmitButton>{submitLabel}</SubmitButton>
        {cancelHref ? <Link href={cancelHref} className="inline-flex min-h-11 items-center rounded-md px-4 text-sm font-semibold text-brand-700 hover:bg-brand-50">Batal</Link> : null}
      </div>
    </form>
  );
}
