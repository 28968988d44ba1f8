"use client";
import Link from "next/link";
import type { ActionState } from "@/lib/actions/action-state";
import { useFormAction } from "@/components/ui/use-form-action";
import { formFields } from "@/components/ui/field";
import { DateField, NumberField, TextField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";
import { SearchableSelect, type GroupedOption } from "@/components/ui/searchable-select";
import { CHOICE_LIMIT } from "@/lib/dal/search";

export interface PercontohanFormValues {
  id?: string;
  posyanduId?: string;
  nomorSk: string;
  tanggalSk: string;
  angkatan: string;
  tanggalMulai: string;
  tanggalTarget: string;
  catatan: string;
}

/** Designating a pilot (with the posyandu picker) or editing its SK details (without). */
export function PercontohanForm({ action, initial, requestId, chosen, cancelHref, submitLabel }: {
  action: (prev: ActionState, fd: FormData) => Promise<ActionState>;
  initial: PercontohanFormValues;
  requestId: string;
  /** Designation only: the posyandu already chosen (if any); others are searched as the admin types. */
  chosen?: GroupedOption[];
  cancelHref: string;
  submitLabel: string;
}) {
  const { state, formAction, onSubmit } = useFormAction(action);
  const f = formFields(state, initial);
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex max-w-2xl flex-col gap-4" noValidate>
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="requestId" value={requestId} />
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      {chosen ? (
        <SearchableSelect name="posyanduId" label="Posyandu" searchLabel="Cari posyandu (nama, desa, atau kecamatan)" placeholder="Pilih posyandu…" options={chosen} source="/percontohan/pilihan?jenis=posyandu" limit={CHOICE_LIMIT} defaultValue={f.value("posyanduId")} errors={f.errors("posyanduId")} hint="Hanya posyandu yang belum menjadi percontohan atau sasaran replikasi." />
      ) : null}
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-1 text-sm font-semibold">Surat Keputusan (kosongkan bila SK belum terbit)</legend>
        <TextField {...f.field("nomorSk")} label="Nomor SK" hint="Contoh: 188/45/402.102/2024" maxLength={120} />
        <DateField {...f.field("tanggalSk")} label="Tanggal SK" />
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-3">
        <NumberField {...f.field("angkatan")} label="Angkatan" decimal={false} hint="Gelombang percontohan: 1, 2, …" required />
        <DateField {...f.field("tanggalMulai")} label="Tanggal mulai" hint="Tahun percontohan diambil dari tanggal SK, atau dari tanggal ini bila belum ada SK." />
        <DateField {...f.field("tanggalTarget")} label="Tanggal target" hint="Kapan posyandu ini diharapkan sudah berjalan sebagai posyandu ILP." />
      </div>
      <TextField {...f.field("catatan")} label="Catatan" maxLength={1000} hint="Misalnya alasan dipilih: kadernya tertata." />
      <div className="flex gap-2">
        <SubmitButton>{submitLabel}</SubmitButton>
        <Link href={cancelHref} className="inline-flex min-h-11 items-center rounded-md px-4 text-sm font-semibold text-brand-700 hover:bg-brand-50">Batal</Link>
      </div>
    </form>
  );
}
