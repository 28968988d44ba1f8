"use client";
import { useEffect, useState } from "react";
import { useFormAction } from "@/components/ui/use-form-action";
import Link from "next/link";
import type { ActionState } from "@/lib/actions/action-state";
import { formFields } from "@/components/ui/field";
import { CheckboxField, NumberField, SelectField, TextField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";
import { SearchableSelect, type GroupedOption } from "@/components/ui/searchable-select";
import { CHOICE_LIMIT } from "@/lib/dal/search";
import { HARI, MINGGU_KE_LABEL } from "@/lib/i18n/format";

/** Choices 1–7 and 1–5, as stored; index 0 of the lists is the empty "no schedule" slot. */
const HARI_OPTIONS = HARI.slice(1).map((label, i) => ({ value: i + 1, label }));
const MINGGU_OPTIONS = MINGGU_KE_LABEL.slice(1).map((label, i) => ({ value: i + 1, label }));

export interface PosyanduFormValues {
  id?: string;
  nama: string;
  desaId: string;
  dusunId: string;
  tempat: string;
  latitude: string;
  longitude: string;
  jadwalMingguKe: string;
  jadwalHari: string;
  isActive: boolean;
}

export function PosyanduForm({ action, initial, desa, dusun, requestId, full, cancelHref }: {
  action: (prev: ActionState, fd: FormData) => Promise<ActionState>;
  initial: PosyanduFormValues;
  /** The desa already chosen (if any); others are searched on the server as the admin types. */
  desa: GroupedOption[];
  /** The dusun of the chosen desa; those of another desa are fetched when it is picked. */
  dusun: { id: string; nama: string }[];
  requestId: string;
  /** false for a puskesmas officer: only place, schedule and active. */
  full: boolean;
  cancelHref: string;
}) {
  const { state, formAction, onSubmit } = useFormAction(action);
  const f = formFields(state, initial);
  const [desaId, setDesaId] = useState(f.value("desaId"));
  const [dusunOf, setDusunOf] = useState<{ desaId: string; list: { id: string; nama: string }[] }>({ desaId: f.value("desaId"), list: dusun });
  useEffect(() => {
    if (!desaId || desaId === dusunOf.desaId) return;
    const controller = new AbortController();
    fetch(`/posyandu/pilihan?jenis=dusun&desaId=${encodeURIComponent(desaId)}`, { signal: controller.signal })
      .then((r) => (r.ok ? r.json() : []))
      .then((list: { id: string; nama: string }[]) => setDusunOf({ desaId, list }))
      .catch(() => undefined);
    return () => controller.abort();
  }, [desaId, dusunOf.desaId]);
  const dusunForDesa = desaId === dusunOf.desaId ? dusunOf.list : [];
  const keptDusun = f.value("dusunId");
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex max-w-2xl flex-col gap-4" noValidate>
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="requestId" value={requestId} />
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      {full ? (
        <>
          <TextField {...f.field("nama")} label="Nama posyandu" hint='Contoh: "Kemuning 1". Tanpa kata "Posyandu".' maxLength={120} required />
          <div className="grid gap-4 sm:grid-cols-2">
            <SearchableSelect name="desaId" label="Desa/kelurahan" searchLabel="Cari desa" placeholder="Pilih desa…" options={desa} source="/posyandu/pilihan?jenis=desa" limit={CHOICE_LIMIT} defaultValue={desaId} errors={f.errors("desaId")} onChange={setDesaId} />
            <SelectField key={`${desaId}:${dusunOf.desaId}`} name="dusunId" label="Dusun" errors={f.errors("dusunId")} hint={desaId && dusunForDesa.length === 0 ? "Desa ini belum punya data dusun; tambahkan di menu Wilayah." : undefined} defaultValue={dusunForDesa.some((d) => d.id === keptDusun) ? keptDusun : ""} disabled={!desaId} placeholder="Tanpa dusun" options={dusunForDesa.map((d) => ({ value: d.id, label: d.nama }))} />
          </div>
        </>
      ) : null}
      <TextField {...f.field("tempat")} label="Tempat kegiatan" hint="Contoh: Rumah Kepala Dusun" maxLength={250} />
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-1 text-sm font-semibold">Hari posyandu rutin</legend>
        <SelectField {...f.field("jadwalMingguKe")} label="Minggu ke-" placeholder="Belum ada jadwal" options={MINGGU_OPTIONS} />
        <SelectField {...f.field("jadwalHari")} label="Hari" placeholder="Belum ada jadwal" options={HARI_OPTIONS} />
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-1 text-sm font-semibold">Koordinat (boleh dikosongkan)</legend>
        <NumberField {...f.field("latitude")} label="Lintang" hint="Contoh: -7,6745" />
        <NumberField {...f.field("longitude")} label="Bujur" hint="Contoh: 111,5712" />
      </fieldset>
      <CheckboxField name="isActive" label="Posyandu aktif" defaultChecked={f.isChecked("isActive")} />
      <div className="flex gap-2">
        <SubmitButton>Simpan</SubmitButton>
        <Link href={cancelHref} className="inline-flex min-h-11 items-center rounded-md px-4 text-sm font-semibold text-brand-700 hover:bg-brand-50">Batal</Link>
      </div>
    </form>
  );
}
