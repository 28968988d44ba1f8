"use client";
import { useState } from "react";
import { Field, inputClass, describedBy } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { SCOPE_FIELD, type TRole } from "@/lib/pengguna/schemas";
import { SearchableSelect, type GroupedOption } from "./searchable-select";

export interface RoleChoice { value: TRole; label: string; hint: string }

/** The role, then the one scope (puskesmas, desa or posyandu) it needs, all within the admin's kabupaten. */
export function RoleScopeFields({ roles, options, kabupatenNama, values, errors }: {
  roles: RoleChoice[];
  options: { puskesmas: GroupedOption[]; desa: GroupedOption[]; posyandu: GroupedOption[] };
  kabupatenNama: string;
  values: Record<string, string | undefined>;
  errors: Record<string, string[] | undefined>;
}) {
  const v = values;
  const fe = errors;
  const [role, setRole] = useState<TRole | "">((v.role as TRole) ?? "");
  const scope = role ? SCOPE_FIELD[role] : null;
  const roleHint = roles.find((r) => r.value === role)?.hint;
  return (
    <>
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
    </>
  );
}

function groupBy(options: GroupedOption[]): [string, GroupedOption[]][] {
  const out = new Map<string, GroupedOption[]>();
  for (const o of options) out.set(o.group, [...(out.get(o.group) ?? []), o]);
  return [...out];
}
