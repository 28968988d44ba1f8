"use client";
import { useState } from "react";
import { useFormAction } from "@/components/ui/use-form-action";
import Link from "next/link";
import type { ActionState } from "@/lib/actions/action-state";
import { Field, inputClass, describedBy } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";

const HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"];
const MINGGU = ["Minggu pertama", "Minggu kedua", "Minggu ketiga", "Minggu keempat", "Minggu terakhir"];

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
  desa: { id: string; label: string }[];
  dusun: { id: string; nama: string; desaId: string }[];
  requestId: string;
  /** false for a puskesmas officer: only place, schedule and active. */
  full: boolean;
  cancelHref: string;
}) {
  const { state, formAction, onSubmit } = useFormAction(action);
  const v = { ...initial, ...(state.values ?? {}) } as Record<string, string | boolean>;
  const [desaId, setDesaId] = useState(String(v.desaId ?? ""));
  const fe = state.fieldErrors ?? {};
  const text = (name: string) => String(v[name] ?? "");
  const dusunForDesa = dusun.filter((d) => d.desaId === desaId);
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex max-w-2xl flex-col gap-4" noValidate>
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="requestId" value={requestId} />
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      {full ? (
        <>
          <Field name="nama" label="Nama posyandu" errors={fe.nama} hint='Contoh: "Kemuning 1". Tanpa kata "Posyandu".' required>
            <input id="nama" name="nama" defaultValue={text("nama")} className={inputClass} aria-invalid={!!fe.nama} aria-describedby={describedBy("nama", fe.nama, "x")} maxLength={120} required />
          </Field>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field name="desaId" label="Desa/kelurahan" errors={fe.desaId} required>
              <select id="desaId" name="desaId" value={desaId} onChange={(e) => setDesaId(e.target.value)} className={inputClass} aria-invalid={!!fe.desaId} aria-describedby={describedBy("desaId", fe.desaId)} required>
                <option value="">Pilih desa…</option>
                {desa.map((d) => <option key={d.id} value={d.id}>{d.label}</option>)}
              </select>
            </Field>
            <Field name="dusunId" label="Dusun" errors={fe.dusunId} hint={desaId && dusunForDesa.length === 0 ? "Desa ini belum punya data dusun; tambahkan di menu Wilayah." : undefined}>
              <select id="dusunId" name="dusunId" key={desaId} defaultValue={dusunForDesa.some((d) => d.id === v.dusunId) ? String(v.dusunId) : ""} className={inputClass} aria-invalid={!!fe.dusunId} aria-describedby={describedBy("dusunId", fe.dusunId)} disabled={!desaId}>
                <option value="">Tanpa dusun</option>
                {dusunForDesa.map((d) => <option key={d.id} value={d.id}>{d.nama}</option>)}
              </select>
            </Field>
          </div>
        </>
      ) : null}
      <Field name="tempat" label="Tempat kegiatan" errors={fe.tempat} hint="Contoh: Rumah Kepala Dusun Balejurang">
        <input id="tempat" name="tempat" defaultValue={text("tempat")} className={inputClass} maxLength={250} aria-invalid={!!fe.tempat} aria-describedby={describedBy("tempat", fe.tempat, "x")} />
      </Field>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-1 text-sm font-semibold">Hari posyandu rutin</legend>
        <Field name="jadwalMingguKe" label="Minggu ke-" errors={fe.jadwalMingguKe}>
          <select id="jadwalMingguKe" name="jadwalMingguKe" defaultValue={text("jadwalMingguKe")} className={inputClass} aria-invalid={!!fe.jadwalMingguKe} aria-describedby={describedBy("jadwalMingguKe", fe.jadwalMingguKe)}>
            <option value="">Belum ada jadwal</option>
            {MINGGU.map((m, i) => <option key={m} value={i + 1}>{m}</option>)}
          </select>
        </Field>
        <Field name="jadwalHari" label="Hari" errors={fe.jadwalHari}>
          <select id="jadwalHari" name="jadwalHari" defaultValue={text("jadwalHari")} className={inputClass} aria-invalid={!!fe.jadwalHari} aria-describedby={describedBy("jadwalHari", fe.jadwalHari)}>
            <option value="">Belum ada jadwal</option>
            {HARI.map((h, i) => <option key={h} value={i + 1}>{h}</option>)}
          </select>
        </Field>
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-1 text-sm font-semibold">Koordinat (boleh dikosongkan)</legend>
        <Field name="latitude" label="Lintang" errors={fe.latitude} hint="Contoh: -7,6745">
          <input id="latitude" name="latitude" inputMode="decimal" defaultValue={text("latitude")} className={inputClass} aria-invalid={!!fe.latitude} aria-describedby={describedBy("latitude", fe.latitude, "x")} />
        </Field>
        <Field name="longitude" label="Bujur" errors={fe.longitude} hint="Contoh: 111,5712">
          <input id="longitude" name="longitude" inputMode="decimal" defaultValue={text("longitude")} className={inputClass} aria-invalid={!!fe.longitude} aria-describedby={describedBy("longitude", fe.longitude, "x")} />
        </Field>
      </fieldset>
      <div className="flex items-center gap-2">
        <input id="isActive" name="isActive" type="checkbox" defaultChecked={v.isActive === true || v.isActive === "on"} className="h-5 w-5" />
        <label htmlFor="isActive" className="text-sm font-medium">Posyandu aktif</label>
      </div>
      <div className="flex gap-2">
        <SubmitButton>Simpan</SubmitButton>
        <Link href={cancelHref} className="inline-flex min-h-11 items-center rounded-md px-4 text-sm font-semibold text-brand-700 hover:bg-brand-50">Batal</Link>
      </div>
    </form>
  );
}
