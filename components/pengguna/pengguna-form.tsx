"use client";
import Link from "next/link";
import { formFields } from "@/components/ui/field";
import { TextField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { createPenggunaAction } from "@/lib/pengguna/actions";
import { useFormAction } from "@/components/ui/use-form-action";
import type { PenggunaPasswordState } from "@/lib/pengguna/schemas";
import { RoleScopeFields, type RoleChoice, type ScopeOptions } from "./role-scope-fields";
import { OneTimePassword } from "./one-time-password";

export type { RoleChoice };

const USERNAME_HINT = "Huruf kecil, 3–60 karakter: huruf, angka, titik, tanda hubung, atau garis bawah. Contoh: kader.kemuning1";

/** New account: role first, then the one scope the role needs, all within the admin's kabupaten. */
export function PenggunaForm({ requestId, roles, kabupatenNama, options }: {
  requestId: string;
  roles: RoleChoice[];
  kabupatenNama: string;
  options: ScopeOptions;
}) {
  const { state, formAction, onSubmit } = useFormAction<PenggunaPasswordState>(createPenggunaAction, { ok: false });
  const f = formFields(state);

  if (state.ok && state.oneTime) {
    const created = state.oneTime;
    return (
      <div className="flex max-w-2xl flex-col gap-4">
        <Alert tone="success">{state.message}</Alert>
        <OneTimePassword title="Akun baru" username={created.username} nama={created.nama} password={created.password} />
        <div className="flex flex-wrap gap-2">
          <Link href={`/pengguna/${created.id}`} className={buttonClass("primary")}>Lihat akun</Link>
          {/* A full page load: a fresh form with a fresh requestId. */}
          <a href="/pengguna/baru" className={buttonClass("secondary")}>Tambah pengguna lain</a>
          <Link href="/pengguna" className={buttonClass("ghost")}>Kembali ke daftar</Link>
        </div>
      </div>
    );
  }

  return (
    <form action={formAction} onSubmit={onSubmit} className="flex max-w-2xl flex-col gap-4" noValidate>
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="requestId" value={requestId} />
      <TextField {...f.field("username")} label="Nama pengguna" hint={USERNAME_HINT} autoCapitalize="none" autoCorrect="off" spellCheck={false} autoComplete="off" maxLength={60} required />
      <TextField {...f.field("nama")} label="Nama lengkap" autoComplete="off" maxLength={120} required />
      <RoleScopeFields roles={roles} options={options} kabupatenNama={kabupatenNama} fields={f} />
      <p className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">Kata sandi awal dibuat otomatis dan ditampilkan <strong>sekali</strong> setelah akun dibuat. Pengguna wajib menggantinya saat pertama kali masuk.</p>
      <div className="flex gap-2">
        <SubmitButton pendingText="Membuat akun…">Buat akun</SubmitButton>
        <Link href="/pengguna" className="inline-flex min-h-11 items-center rounded-md px-4 text-sm font-semibold text-brand-700 hover:bg-brand-50">Batal</Link>
      </div>
    </form>
  );
}
