"use client";
import { useState } from "react";
import type { FormFields } from "@/components/ui/field";
import { SelectField } from "@/components/ui/form-fields";
import { Alert } from "@/components/ui/alert";
import { SCOPE_FIELD, type TRole } from "@/lib/pengguna/label";
import { CHOICE_LIMIT } from "@/lib/dal/search";
import { SearchableSelect, type GroupedOption } from "@/components/ui/searchable-select";

/** Every puskesmas; of the desa and posyandu only those already chosen (the rest is searched). */
export interface ScopeOptions { puskesmas: GroupedOption[]; desa: GroupedOption[]; posyandu: GroupedOption[]; hasPosyandu: boolean }

export interface RoleChoice { value: TRole; label: string; hint: string }

/** The role, then the one scope (puskesmas, desa or posyandu) it needs, all within the admin's kabupaten. */
export function RoleScopeFields({ roles, options, kabupatenNama, fields: f }: {
  roles: RoleChoice[];
  options: ScopeOptions;
  kabupatenNama: string;
  /** Kept values and errors of the form around these fields. */
  fields: FormFields;
}) {
  const [role, setRole] = useState<TRole | "">(f.value("role") as TRole | "");
  const scope = role ? SCOPE_FIELD[role] : null;
  const roleHint = roles.find((r) => r.value === role)?.hint;
  return (
    <>
      <SelectField {...f.field("role")} label="Peran" hint={roleHint} onChange={(e) => setRole(e.target.value as TRole | "")} placeholder="Pilih peran…" options={roles} required />
      {scope === "puskesmasId" ? (
        <SelectField {...f.field("puskesmasId")} label="Puskesmas" placeholder="Pilih puskesmas…" required>
          {groupBy(options.puskesmas).map(([group, list]) => (
            <optgroup key={group} label={group}>{list.map((p) => <option key={p.id} value={p.id}>{p.label}</option>)}</optgroup>
          ))}
        </SelectField>
      ) : null}
      {scope === "desaId" ? (
        <SearchableSelect key="desa" name="desaId" label="Desa/kelurahan" searchLabel="Cari desa" placeholder="Pilih desa…" options={options.desa} source="/pengguna/pilihan?jenis=desa" limit={CHOICE_LIMIT} defaultValue={f.value("desaId")} errors={f.errors("desaId")} hint="Dikelompokkan per kecamatan." />
      ) : null}
      {scope === "posyanduId" ? (
        options.hasPosyandu ? (
          <SearchableSelect key="posyandu" name="posyanduId" label="Posyandu" searchLabel="Cari posyandu" placeholder="Pilih posyandu…" options={options.posyandu} source="/pengguna/pilihan?jenis=posyandu" limit={CHOICE_LIMIT} defaultValue={f.value("posyanduId")} errors={f.errors("posyanduId")} hint="Dikelompokkan per desa." />
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
