"use client";
import Link from "next/link";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/actions/action-state";
import { formFields } from "@/components/ui/field";
import { CheckboxField, NumberField, SelectField, TextField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";
import { KELOMPOK, KELOMPOK_LABEL } from "@/lib/sarana/label";

export interface JenisSaranaFormValues {
  id?: string;
  nama: string;
  kelompok: string;
  jumlahWajib: string;
  spesifikasi: string;
  perluKalibrasi: boolean;
  rekonstruksi: boolean;
}

const KELOMPOK_OPTIONS = KELOMPOK.map((k) => ({ value: k, label: KELOMPOK_LABEL[k] }));

/** Adds or corrects one item of the kabupaten's standard kit (Dinkes admin). */
export function JenisSaranaForm({ action, initial, requestId, cancelHref }: { action: (prev: ActionState, fd: FormData) => Promise<ActionState>; initial: JenisSaranaFormValues; requestId: string; cancelHref: string }) {
  const { state, formAction, onSubmit } = useFormAction(action);
  const f = formFields(state, initial);
  const ticked = (name: "perluKalibrasi" | "rekonstruksi") => (state.values ? state.values[name] === "on" : initial[name]);
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex max-w-2xl flex-col gap-4" noValidate>
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="requestId" value={requestId} />
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      <TextField {...f.field("nama")} label="Nama alat" maxLength={160} required hint='Contoh: "Timbangan bayi digital".' />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField {...f.field("kelompok")} label="Kelompok" options={KELOMPOK_OPTIONS} placeholder="Pilih kelompok" required />
        <NumberField {...f.field("jumlahWajib")} label="Jumlah wajib per posyandu" decimal={false} maxLength={2} required hint="0 = tidak wajib di kabupaten ini (tidak dihitung kelengkapan)." />
      </div>
      <TextField {...f.field("spesifikasi")} label="Spesifikasi" maxLength={500} hint="Misalnya ketelitian, kapasitas, SNI." />
      <CheckboxField name="perluKalibrasi" label="Perlu kalibrasi" hint="Formulir sarana akan menanyakan tanggal kalibrasi terakhir." defaultChecked={ticked("perluKalibrasi")} />
      <CheckboxField name="rekonstruksi" label="Masih rekonstruksi" hint="Hapus centang setelah dicocokkan dengan dokumen resmi." defaultChecked={ticked("rekonstruksi")} />
      <div className="flex gap-2">
        <SubmitButton>Simpan</SubmitButton>
        <Link href={cancelHref} className="inline-flex min-h-11 items-center rounded-md px-4 text-sm font-semibold text-brand-700 hover:bg-brand-50">Batal</Link>
      </div>
    </form>
  );
}
