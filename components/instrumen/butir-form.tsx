"use client";
import { useState } from "react";
import Link from "next/link";
import type { ActionState } from "@/lib/actions/action-state";
import { useFormAction } from "@/components/ui/use-form-action";
import { formFields } from "@/components/ui/field";
import { CheckboxField, NumberField, SelectField, TextField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";

export interface ButirFormValues {
  instrumenId: string;
  id?: string;
  domainId: string;
  kode: string;
  pertanyaan: string;
  tipe: string;
  bobot: string;
  kritis: boolean;
  bolehNa: boolean;
  standar: string;
  fakta: string;
  opsiText: string;
  target: string;
  petaDariId: string;
}

type Opt = { value: string; label: string };

/**
 * An item of a draft: its settings and, from version 2 on, its mapping to the previous version.
 * The options field shows for PILIHAN, the target for ANGKA; a text item has no weight.
 */
export function ButirForm({ action, initial, requestId, domains, tipes, fakta, previous, cancelHref }: {
  action: (prev: ActionState, fd: FormData) => Promise<ActionState>;
  initial: ButirFormValues;
  requestId: string;
  domains: Opt[];
  tipes: Opt[];
  fakta: Opt[];
  /** The previous version's items (null for version 1: nothing to map to). */
  previous: Opt[] | null;
  cancelHref: string;
}) {
  const { state, formAction, onSubmit } = useFormAction(action);
  const f = formFields(state, initial);
  const [tipe, setTipe] = useState(f.value("tipe") || "YA_TIDAK");
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex max-w-2xl flex-col gap-4" noValidate data-testid="form-butir">
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="requestId" value={requestId} />
      <input type="hidden" name="instrumenId" value={initial.instrumenId} />
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField {...f.field("domainId")} label="Domain" options={domains} required />
        <TextField {...f.field("kode")} label="Kode butir" hint="Unik di versi ini, mis. SDM-07." maxLength={40} required />
      </div>
      <TextField {...f.field("pertanyaan")} label="Pertanyaan" maxLength={500} required />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField {...f.field("tipe")} label="Tipe jawaban" options={tipes} onChange={(e) => setTipe(e.target.value)} required />
        {tipe !== "TEKS" ? <NumberField {...f.field("bobot")} label="Bobot" hint="Angka positif; butir berbobot lebih besar lebih menentukan skor." required /> : <input type="hidden" name="bobot" value="0" />}
      </div>
      {tipe === "PILIHAN" ? (
        <div className="flex flex-col gap-1">
          <label htmlFor="opsiText" className="text-sm font-medium">Pilihan (satu per baris: label = nilai 0–1)</label>
          <textarea id="opsiText" name="opsiText" rows={4} defaultValue={f.value("opsiText")} aria-invalid={!!f.errors("opsiText")} aria-describedby={f.errors("opsiText") ? "opsiText-error" : undefined} className="min-h-24 w-full rounded-md border border-slate-300 px-3 py-2 text-base aria-[invalid=true]:border-red-600" placeholder={"Ada, lengkap = 1\nAda, tidak lengkap = 0,5\nTidak ada = 0"} />
          {f.errors("opsiText") ? <p id="opsiText-error" className="text-sm text-red-700">{f.errors("opsiText")!.join(" ")}</p> : null}
        </div>
      ) : null}
      {tipe === "ANGKA" ? <NumberField {...f.field("target")} label="Target" hint="Skor = nilai ÷ target, paling besar 1 (mis. 5 kader aktif)." required /> : null}
      <div className="grid gap-2 sm:grid-cols-2">
        <CheckboxField name="kritis" label="Butir kritis" hint="Bila gagal, kategori dibatasi (aturan ambang supervisi)." defaultChecked={f.isChecked("kritis")} />
        <CheckboxField name="bolehNa" label="Boleh dijawab &quot;tidak berlaku&quot;" defaultChecked={f.isChecked("bolehNa")} />
      </div>
      <TextField {...f.field("standar")} label="Standar yang diperiksa" maxLength={500} hint="Ditampilkan di samping butir, mis. ≥ 5 kader aktif (Posyandu Aktif)." />
      <SelectField {...f.field("fakta")} label="Fakta dari sistem" placeholder="Tidak ada" options={fakta} hint="Diisikan lebih dulu saat kunjungan; petugas memastikan atau mengoreksinya." />
      {previous ? (
        <SelectField {...f.field("petaDariId")} label="Pemetaan ke versi sebelumnya" options={[{ value: "", label: "Baru (tidak ada di versi sebelumnya)" }, ...previous]} hint="Butir yang sama dengan butir versi sebelumnya membuat skornya tetap dapat dibandingkan." />
      ) : null}
      <div className="flex gap-2">
        <SubmitButton>Simpan butir</SubmitButton>
        <Link href={cancelHref} className="inline-flex min-h-11 items-center rounded-md px-4 text-sm font-semibold text-brand-700 hover:bg-brand-50">Batal</Link>
      </div>
    </form>
  );
}
