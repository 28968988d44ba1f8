"use client";
import { useActionState, useState } from "react";
import Link from "next/link";
import { Field, inputClass, describedBy } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { createPenggunaAction } from "@/lib/pengguna/actions";
import { SCOPE_FIELD, type PenggunaPasswordState, type TRole } from "@/lib/pengguna/schemas";
import { SearchableSelect, type GroupedOption } from "./searchable-select";
import { OneTimePassword } from "./one-time-password";

export interface RoleChoice { value: TRole; label: string; hint: string }

const USERNAME_HINT = "Huruf kecil, 3–60 karakter: huruf, angka, titik, tanda hubung, atau garis bawah. Contoh: kader.melati2";

/** New account: role first, then the one scope the role needs, all within the admin's kabupaten. */
export function PenggunaForm({ requestId, roles, kabupatenNama, options }: {
  requestId: string;
  roles: RoleChoice[];
  kabupatenNama: string;
  options: { puskesmas: GroupedOption[]; desa: GroupedOption[]; posyandu: GroupedOption[] };
}) {
  const [state, formAction] = useActionState<PenggunaPasswordState, FormData>(createPenggunaAction, { ok: false });
  const v = state.values ?? {};
  const [role, setRole] = useState<TRole | "">((v.role as TRole) ?? "");
  const fe = state.fieldErrors ?? {};

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

  const scope = role ? SCOPE_FIELD[role] : null;
  const roleHint = roles.find((r) => r.value === role)?.hint;
  return (
    // Keyed on what came back: React resets a form after its action, and a select's default only
    // counts at mount, so a refused form is mounted afresh with the typed values as its defaults.
    <form key={JSON.stringify(v)} action={formAction} className="flex max-w-2xl flex-col gap-4" noValidate>
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="requestId" value={requestId} />
      <Field name="username" label="Nama pengguna" errors={fe.username} hint={USERNAME_HINT} required>
        <input id="username" name="username" defaultValue={v.username ?? ""} className={inputClass} autoCapitalize="none" autoCorrect="off" spellCheck={false} autoComplete="off" maxLength={60} aria-invalid={!!fe.username} aria-describedby={describedBy("username", fe.username, USERNAME_HINT)} required />
      </Field>
      <Field name="nama" label="Nama lengkap" errors={fe.nama} required>
        <input id="nama" name="nama" defaultValue={v.nama ?? ""} className={inputClass} autoComplete="off" maxLength={120} aria-invalid={!!fe.nama} aria-describedby={describedBy("nama", fe.nama)} required />
      </Field>
      <Field name="role" label="Peran" errors={fe.role} hint={roleHint} required>
        <select id="role" name="role" defaultValue={v.role ?? ""} onChange={(e) => setRole(e.target.value as TRole | "")} className={inputClass} aria-invalid={!!fe.role} aria-describedby={describedBy("role", fe.role, roleHint)} required>
          <option value="">Pilih peran…</option>
          {roles.map((r) => <option key={r.value} value={r.value}>{r.label}</option>)}
        </select>
      </Field>
      {scope === "puskesmasId" ? (
        <Field name="puskesmasId" label="Puskesmas" errors={fe.puskesmasId} required>
          <select id="puskesmasId" name="puskesmasId" defaultValue={v.puskesmasId ?? ""} className={inputClass} aria-invalid={!!fe.puskesmasId} aria-describedby={describedBy("puskesmasId", fe.puskesmasId)} required>
            <option value="">Pilih puskesmas…</option>
            {groupBy(options.puskesmas).map(([group, list]) => (
              <optgroup key={group} label={group}>{list.map((p) => <option key={p.id} value={p.id}>{p.label}</option>)}</optgroup>
            ))}
          </select>
        </Field>
      ) : null}
      {scope === "desaId" ? (
        <SearchableSelect key="desa" name="desaId" label="Desa/kelurahan" searchLabel="Cari desa" placeholder="Pilih desa…" options={options.desa} defaultValue={v.desaId} errors={fe.desaId} hint="Dikelompokkan per kecamatan." />
      ) : null}
      {scope === "posyanduId" ? (
        options.posyandu.length ? (
          <SearchableSelect key="posyandu" name="posyanduId" label="Posyandu" searchLabel="Cari posyandu" placeholder="Pilih posyandu…" options={options.posyandu} defaultValue={v.posyanduId} errors={fe.posyanduId} hint="Dikelompokkan per desa." />
        ) : (
          <Alert tone="warning">Belum ada posyandu di {kabupatenNama}. Tambahkan posyandu dulu di menu Posyandu.</Alert>
        )
      ) : null}
      {role && !scope ? <p className="text-sm text-slate-600">Wilayah akun ini: seluruh {kabupatenNama}.</p> : null}
      <p className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">Kata sandi awal dibuat otomatis dan ditampilkan <strong>sekali</strong> setelah akun dibuat. Pengguna wajib menggantinya saat pertama kali masuk.</p>
      <div className="flex gap-2">
        <SubmitButton pendingText="Membuat akun…">Buat akun</SubmitButton>
        <Link href="/pengguna" className="inline-flex min-h-11 items-center rounded-md px-4 text-sm font-semibold text-brand-700 hover:bg-brand-50">Batal</Link>
      </div>
    </form>
  );
}

function groupBy(options: GroupedOption[]): [string, GroupedOption[]][] {
  const out = new Map<string, GroupedOption[]>();
  for (const o of options) out.set(o.group, [...(out.get(o.group) ?? []), o]);
  return [...out];
}
