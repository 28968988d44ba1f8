"use client";
/**
 * The person's form fields (lib/sasaran/schemas.ts ZSasaranFields), reusable inside any form or
 * dialog: the /sasaran/baru and /ubah pages, and the posyandu day's "daftarkan orang baru". The
 * caller owns the <form>, its action and its submit button; this draws the fields, keeps what was
 * typed when the server refused, and shows the "mungkin sudah terdaftar" warning with links and
 * the explicit tick to save anyway.
 */
import Link from "next/link";
import type { ActionState } from "@/lib/actions/action-state";
import { formFields } from "@/components/ui/field";
import { CheckboxField, DateField, NumberField, SelectField, TextField } from "@/components/ui/form-fields";
import { JENIS_KELAMIN_LABEL } from "@/lib/sasaran/cek";

export interface SasaranFormValues {
  nama?: string;
  /** Full only where the viewer may edit it; empty otherwise (the stored NIK is kept). */
  nik?: string;
  jenisKelamin?: string;
  tanggalLahir?: string;
  dusunId?: string;
  alamat?: string;
  rt?: string;
  rw?: string;
  telepon?: string;
  namaIbu?: string;
  namaSuami?: string;
  noKk?: string;
}

const JK_OPTIONS = Object.entries(JENIS_KELAMIN_LABEL).map(([value, label]) => ({ value, label }));

export function SasaranFields({ state, initial = {}, dusun = [], posyanduId, deviceId, nikMasked, idPrefix = "" }: {
  /** The form's ActionState (errors, what was typed, the possible duplicates). */
  state: ActionState;
  initial?: SasaranFormValues;
  /** The dusun of the posyandu's desa. */
  dusun?: { id: string; nama: string }[];
  /** Rendered as a hidden field when given (a new person). */
  posyanduId?: string;
  /** The device-made id of a new person (hidden field `id`): sending twice never makes two people. */
  deviceId?: string;
  /** On edit: the stored NIK masked, for whoever does not see it in full (undefined on create). */
  nikMasked?: string | null;
  /** Prefix of the control ids, when two of these forms share a page. */
  idPrefix?: string;
}) {
  const f = formFields(state, initial);
  const field = (name: string) => ({ ...f.field(name), id: `${idPrefix}${name}` });
  const miripId = state.fieldErrors?.miripId ?? [];
  const nikHint = nikMasked !== undefined
    ? (nikMasked ? `Tersimpan: ${nikMasked}. Kosongkan agar tetap; isi 16 angka untuk menggantinya.` : "Belum ada NIK tersimpan. 16 angka.")
    : "Boleh kosong. 16 angka sesuai KTP/KK; ditampilkan tersamar di daftar.";
  return (
    <div className="flex flex-col gap-4">
      {posyanduId ? <input type="hidden" name="posyanduId" value={posyanduId} /> : null}
      {deviceId ? <input type="hidden" name="id" value={deviceId} /> : null}
      <TextField {...field("nama")} label="Nama lengkap" maxLength={120} autoComplete="off" required />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField {...field("jenisKelamin")} label="Jenis kelamin" placeholder="Pilih…" options={JK_OPTIONS} required />
        <DateField {...field("tanggalLahir")} label="Tanggal lahir" required />
        <NumberField {...field("nik")} label="NIK" hint={nikHint} decimal={false} maxLength={20} placeholder={nikMasked ?? undefined} />
        <NumberField {...field("noKk")} label="Nomor KK" hint="Boleh kosong. Orang dengan nomor KK sama tampil sebagai satu keluarga." decimal={false} maxLength={20} />
        <TextField {...field("namaIbu")} label="Nama ibu (untuk anak)" maxLength={120} autoComplete="off" />
        <TextField {...field("namaSuami")} label="Nama suami (untuk ibu hamil)" maxLength={120} autoComplete="off" />
        <SelectField {...field("dusunId")} label="Dusun" placeholder={dusun.length ? "Tidak diisi" : "Belum ada dusun terdaftar"} options={dusun.map((d) => ({ value: d.id, label: d.nama }))} />
        <TextField {...field("alamat")} label="Alamat" maxLength={250} />
        <NumberField {...field("rt")} label="RT" decimal={false} maxLength={3} hint="Contoh: 003" />
        <NumberField {...field("rw")} label="RW" decimal={false} maxLength={3} hint="Contoh: 001" />
        <TextField {...field("telepon")} type="tel" label="Nomor telepon/WA" hint="Contoh: 081234567890" maxLength={20} />
      </div>
      {miripId.length ? (
        <div className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900" data-testid="sasaran-mirip">
          <p className="font-semibold">Mungkin sudah terdaftar</p>
          <p className="mt-1">{state.fieldErrors?.abaikanMirip?.join(" ")}</p>
          <ul className="mt-1 list-disc pl-5">
            {miripId.map((id, i) => (
              <li key={id}><Link href={`/sasaran/${id}`} className="font-semibold text-brand-700 underline" target="_blank">Buka data terdaftar{miripId.length > 1 ? ` ${i + 1}` : ""}</Link></li>
            ))}
          </ul>
          <CheckboxField name="abaikanMirip" id={`${idPrefix}abaikanMirip`} label="Tetap simpan sebagai orang baru (saya sudah memeriksa: ini orang lain)" defaultChecked={f.isChecked("abaikanMirip")} />
        </div>
      ) : null}
    </div>
  );
}
