"use client";
import { useState } from "react";
import Link from "next/link";
import type { ActionState } from "@/lib/actions/action-state";
import { useFormAction } from "@/components/ui/use-form-action";
import { formFields } from "@/components/ui/field";
import { DateField, SelectField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";
import { SearchableSelect } from "@/components/ui/searchable-select";
import { CHOICE_LIMIT } from "@/lib/dal/search";

export interface InstrumenPilihan { id: string; nama: string; versi: number; sasaran: "POSYANDU" | "DESA" }

/**
 * An ad hoc visit: the site (a posyandu or a desa of the viewer's area, searched as the user types),
 * the date and the published instrument for that kind of site. The visit id comes with the form, so
 * a double tap or a resend opens the same visit.
 */
export function KunjunganBaruForm({ action, id, today, instrumen }: { action: (prev: ActionState, fd: FormData) => Promise<ActionState>; id: string; today: string; instrumen: InstrumenPilihan[] }) {
  const { state, formAction, onSubmit } = useFormAction(action);
  const f = formFields(state, { sasaran: "POSYANDU", tanggal: today });
  const [sasaran, setSasaran] = useState<"POSYANDU" | "DESA">((f.value("sasaran") as "POSYANDU" | "DESA") || "POSYANDU");
  const pilihan = instrumen.filter((i) => i.sasaran === sasaran);
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex max-w-xl flex-col gap-4" noValidate>
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="id" value={id} />
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium text-slate-800">Sasaran</legend>
        {(["POSYANDU", "DESA"] as const).map((s) => (
          <label key={s} className="flex min-h-11 items-center gap-2 text-sm">
            <input type="radio" name="sasaran" value={s} checked={sasaran === s} onChange={() => setSasaran(s)} /> {s === "POSYANDU" ? "Posyandu" : "Desa / Pustu"}
          </label>
        ))}
      </fieldset>
      {sasaran === "POSYANDU" ? (
        <SearchableSelect key="posyandu" name="posyanduId" label="Posyandu" searchLabel="Cari posyandu (nama atau desa)" placeholder="Pilih posyandu…" options={[]} source="/supervisi/kunjungan/pilihan?jenis=posyandu" limit={CHOICE_LIMIT} defaultValue={f.value("posyanduId")} errors={f.errors("posyanduId")} />
      ) : (
        <SearchableSelect key="desa" name="desaId" label="Desa" searchLabel="Cari desa (nama, kode atau kecamatan)" placeholder="Pilih desa…" options={[]} source="/supervisi/kunjungan/pilihan?jenis=desa" limit={CHOICE_LIMIT} defaultValue={f.value("desaId")} errors={f.errors("desaId")} />
      )}
      <DateField {...f.field("tanggal")} label="Tanggal kunjungan" max={today} required />
      <SelectField key={sasaran} {...f.field("instrumenId")} label="Instrumen" options={pilihan.map((i) => ({ value: i.id, label: `${i.nama} (versi ${i.versi})` }))} defaultValue={pilihan[0]?.id} required hint={pilihan.length ? undefined : "Belum ada instrumen terbit untuk sasaran ini; minta admin Dinkes menerbitkannya."} />
      <div className="flex gap-2">
        <SubmitButton pendingText="Membuka…">Mulai kunjungan</SubmitButton>
        <Link href="/supervisi" className="inline-flex min-h-11 items-center rounded-md px-4 text-sm font-semibold text-brand-700 hover:bg-brand-50">Batal</Link>
      </div>
    </form>
  );
}
