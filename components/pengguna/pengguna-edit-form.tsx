"use client";
import Link from "next/link";
import { formFields } from "@/components/ui/field";
import { TextField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";
import { useFormAction } from "@/components/ui/use-form-action";
import { updatePenggunaAction } from "@/lib/pengguna/actions";
import { RoleScopeFields, type RoleChoice, type ScopeOptions } from "./role-scope-fields";

/** An account's name, role and scope. The username is shown, not edited: it is how the person signs in. */
export function PenggunaEditForm({ initial, username, isSelf, roles, kabupatenNama, options }: {
  initial: { id: string; nama: string; role: string; puskesmasId: string; desaId: string; posyanduId: string };
  username: string;
  isSelf: boolean;
  roles: RoleChoice[];
  kabupatenNama: string;
  options: ScopeOptions;
}) {
  const { state, formAction, onSubmit } = useFormAction(updatePenggunaAction);
  const f = formFields(state, initial);
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex max-w-2xl flex-col gap-4" noValidate>
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="id" value={initial.id} />
      <div className="flex flex-col gap-1">
        <span className="text-sm font-medium text-slate-800">Nama pengguna</span>
        <span className="font-mono text-base" data-testid="username-tetap">{username}</span>
        <span className="text-xs text-slate-600">Tidak dapat diubah. Untuk nama pengguna lain, buat akun baru lalu nonaktifkan akun ini.</span>
      </div>
      <TextField {...f.field("nama")} label="Nama lengkap" autoComplete="off" maxLength={120} required />
      {isSelf ? (
        <>
          <input type="hidden" name="role" value={initial.role} />
          <p className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">Ini akun Anda sendiri: peran dan wilayahnya hanya dapat diubah oleh admin Dinkes lain.</p>
        </>
      ) : (
        <RoleScopeFields roles={roles} options={options} kabupatenNama={kabupatenNama} fields={f} />
      )}
      <p className="text-sm text-slate-600">Perubahan peran atau wilayah berlaku pada klik berikutnya pengguna ini; kata sandinya tidak berubah.</p>
      <div className="flex gap-2">
        <SubmitButton>Simpan perubahan</SubmitButton>
        <Link href={`/pengguna/${initial.id}`} className="inline-flex min-h-11 items-center rounded-md px-4 text-sm font-semibold text-brand-700 hover:bg-brand-50">Batal</Link>
      </div>
    </form>
  );
}
