"use client";
import Link from "next/link";
import type { ActionState } from "@/lib/actions/action-state";
import { useFormAction } from "@/components/ui/use-form-action";
import { formFields } from "@/components/ui/field";
import { DateField, NumberField, TextField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";

export interface StudiBandingFormValues { tanggal: string; asal: string; jumlahPeserta: string; tujuan: string; catatan: string }

/** A study visit to a pilot: recorded from the pilot's page (`percontohanId`), or edited (`id`). */
export function StudiBandingForm({ action, requestId, percontohanId, id, initial, submitLabel, cancelHref }: {
  action: (prev: ActionState, fd: FormData) => Promise<ActionState>;
  requestId: string;
  percontohanId?: string;
  id?: string;
  initial: StudiBandingFormValues;
  submitLabel: string;
  cancelHref?: string;
}) {
  const { state, formAction, onSubmit } = useFormAction(action);
  const f = formFields(state, initial);
  const p = id ? "" : "studi-";
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex max-w-2xl flex-col gap-3" noValidate aria-label={submitLabel}>
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="requestId" value={requestId} />
      {percontohanId ? <input type="hidden" name="percontohanId" value={percontohanId} /> : null}
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <div className="grid gap-3 sm:grid-cols-3">
        <DateField {...f.field("tanggal")} id={`${p}tanggal`} label="Tanggal kunjungan" hint="Kunjungan yang direncanakan boleh bertanggal ke depan." required />
        <TextField {...f.field("asal")} id={`${p}asal`} label="Asal rombongan" hint="Kabupaten atau lembaga, misalnya Dinas Kesehatan Kabupaten Jombang." maxLength={160} required />
        <NumberField {...f.field("jumlahPeserta")} id={`${p}jumlahPeserta`} label="Jumlah peserta" decimal={false} required />
      </div>
      <TextField {...f.field("tujuan")} id={`${p}tujuan`} label="Tujuan" maxLength={500} />
      <TextField {...f.field("catatan")} id={`${p}catatan`} label="Catatan" maxLength={1000} />
      <div className="flex gap-2">
        <SubmitButton>{submitLabel}</SubmitButton>
        {cancelHref ? <Link href={cancelHref} className="inline-flex min-h-11 items-center rounded-md px-4 text-sm font-semibold text-brand-700 hover:bg-brand-50">Batal</Link> : null}
      </div>
    </form>
  );
}
