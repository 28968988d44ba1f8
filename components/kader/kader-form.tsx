"use client";
import Link from "next/link";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/actions/action-state";
import { formFields } from "@/components/ui/field";
import { CheckboxField, DateField, NumberField, SelectField, TextField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";
import { JABATAN, JABATAN_LABEL, JENIS_KELAMIN_LABEL, PENDIDIKAN } from "@/lib/kader/label";

export interface KaderFormValues {
  id?: string;
  posyanduId?: string;
  nama: string;
  /** Full only in the Dinkes admin's edit form; empty for everyone else (the stored NIK is kept). */
  nik: string;
  jenisKelamin: string;
  tanggalLahir: string;
  telepon: string;
  pendidikan: string;
  jabatan: string;
  tahunMulai: string;
  isActive: boolean;
  userId: string;
}

const JABATAN_OPTIONS = JABATAN.map((j) => ({ value: j, label: JABATAN_LABEL[j] }));
const JK_OPTIONS = Object.entries(JENIS_KELAMIN_LABEL).map(([value, label]) => ({ value, label }));
const PENDIDIKAN_OPTIONS = PENDIDIKAN.map((p) => ({ value: p, label: p }));

export function KaderForm({ action, initial, requestId, cancelHref, nikMasked, accounts }: {
  action: (prev: ActionState, fd: FormData) => Promise<ActionState>;
  initial: KaderFormValues;
  requestId: string;
  cancelHref: string;
  /** On edit, for whoever does not see the NIK in full: what is stored, masked. */
  nikMasked?: string | null;
  /** KADER accounts of the posyandu that may be linked. */
  accounts: { id: string; username: string; nama: string }[];
}) {
  const { state, formAction, onSubmit } = useFormAction(action);
  const f = formFields(state, initial);
  const nikHint = nikMasked !== undefined
    ? (nikMasked ? `Tersimpan: ${nikMasked}. Kosongkan agar tetap; isi 16 angka untuk menggantinya.` : "Belum ada NIK tersimpan. 16 angka.")
    : "16 angka, sesuai KTP. Ditampilkan tersamar di semua layar.";
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex max-w-2xl flex-col gap-4" noValidate>
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="requestId" value={requestId} />
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      {initial.posyanduId ? <input type="hidden" name="posyanduId" value={initial.posyanduId} /> : null}
      <TextField {...f.field("nama")} label="Nama lengkap" maxLength={120} autoComplete="off" required />
      <div className="grid gap-4 sm:grid-cols-2">
        <NumberField {...f.field("nik")} label="NIK" hint={nikHint} decimal={false} maxLength={20} placeholder={nikMasked ?? undefined} />
        <SelectField {...f.field("jenisKelamin")} label="Jenis kelamin" placeholder="Pilih…" options={JK_OPTIONS} required />
        <DateField {...f.field("tanggalLahir")} label="Tanggal lahir" />
        <TextField {...f.field("telepon")} type="tel" label="Nomor telepon/WA" hint="Contoh: 081234567890" maxLength={20} />
        <SelectField {...f.field("pendidikan")} label="Pendidikan terakhir" placeholder="Tidak diisi" options={PENDIDIKAN_OPTIONS} />
        <SelectField {...f.field("jabatan")} label="Jabatan di posyandu" options={JABATAN_OPTIONS} required />
        <NumberField {...f.field("tahunMulai")} label="Tahun mulai menjadi kader" hint="Contoh: 2015" decimal={false} maxLength={4} />
        <SelectField {...f.field("userId")} label="Akun kader (boleh kosong)" placeholder="Tidak terhubung" options={accounts.map((a) => ({ value: a.id, label: `${a.nama} (${a.username})` }))} hint={accounts.length ? "Kader yang terhubung dapat mengubah nomor teleponnya sendiri." : "Belum ada akun kader posyandu ini yang bebas; admin Dinkes dapat membuatnya di menu Pengguna."} />
      </div>
      <CheckboxField name="isActive" label="Kader aktif" defaultChecked={f.isChecked("isActive")} />
      <div className="flex gap-2">
        <SubmitButton>Simpan</SubmitButton>
        <Link href={cancelHref} className="inline-flex min-h-11 items-center rounded-md px-4 text-sm font-semibold text-brand-700 hover:bg-brand-50">Batal</Link>
      </div>
    </form>
  );
}
