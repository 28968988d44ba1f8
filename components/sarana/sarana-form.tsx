"use client";
import Link from "next/link";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/actions/action-state";
import { formFields } from "@/components/ui/field";
import { CheckboxField, DateField, NumberField, SelectField, TextField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";
import { KELOMPOK, KELOMPOK_LABEL, KONDISI, KONDISI_LABEL, SUMBER_DANA_SARAN, itemField } from "@/lib/sarana/label";
import { PRASARANA_FIELDS } from "@/lib/sarana/gaps";
import { RekonstruksiTag } from "./kit-badge";

export interface SaranaFormItem {
  id: string;
  kode: string;
  nama: string;
  kelompok: string;
  wajib: number;
  spesifikasi: string | null;
  perluKalibrasi: boolean;
  rekonstruksi: boolean;
}

const KONDISI_OPTIONS = KONDISI.map((k) => ({ value: k, label: KONDISI_LABEL[k] }));
const FIELD_LABEL = { jumlah: "Jumlah", kondisi: "Kondisi", kalibrasi: "Kalibrasi terakhir", sumberDana: "Sumber dana" } as const;

/**
 * The kit and premises of one posyandu on one form, saved at once. Each item's fields are named
 * `<field>.<id>` (lib/sarana/schemas.ts), so a refused value is marked on its own field and listed
 * at the top with the item's name; everything typed stays.
 */
export function SaranaForm({ action, posyanduId, items, initial, requestId, today, cancelHref }: {
  action: (prev: ActionState, fd: FormData) => Promise<ActionState>;
  posyanduId: string;
  items: SaranaFormItem[];
  initial: Record<string, string | boolean>;
  requestId: string;
  /** YYYY-MM-DD (WIB): the latest calibration date the picker offers. */
  today: string;
  cancelHref: string;
}) {
  const { state, formAction, onSubmit } = useFormAction(action);
  const f = formFields(state, initial);
  // After a refused submit the posted form is the truth: an unticked box is absent from it.
  const ticked = (name: string) => (state.values ? state.values[name] === "on" : initial[name] === true);
  const problems = items.flatMap((i) =>
    (Object.keys(FIELD_LABEL) as (keyof typeof FIELD_LABEL)[]).flatMap((k) => (f.errors(itemField(k, i.id)) ?? []).map((m) => `${i.nama} — ${FIELD_LABEL[k]}: ${m}`)),
  );
  const groups = KELOMPOK.map((k) => ({ kelompok: k, items: items.filter((i) => i.kelompok === k) }));
  const others = items.filter((i) => !(KELOMPOK as readonly string[]).includes(i.kelompok));
  if (others.length) groups.push({ kelompok: "lain" as (typeof KELOMPOK)[number], items: others });
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex max-w-3xl flex-col gap-6" noValidate>
      {state.message ? (
        <Alert tone="error" testId="sarana-error">
          <p>{state.message}</p>
          {problems.length ? <ul id="sarana-masalah" className="mt-1 list-disc pl-5">{problems.map((p) => <li key={p}>{p}</li>)}</ul> : null}
        </Alert>
      ) : null}
      <input type="hidden" name="requestId" value={requestId} />
      <input type="hidden" name="posyanduId" value={posyanduId} />
      <datalist id="sumber-dana-saran">
        {SUMBER_DANA_SARAN.map((s) => <option key={s} value={s} />)}
      </datalist>

      {groups.filter((g) => g.items.length).map((g) => (
        <section key={g.kelompok} className="flex flex-col gap-3">
          <h2 className="text-base font-semibold text-slate-900">{KELOMPOK_LABEL[g.kelompok] ?? "Lainnya"}</h2>
          {g.items.map((i) => (
            <fieldset key={i.id} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2" data-testid={`isian-${i.kode}`}>
              <legend className="px-1 text-sm font-semibold text-slate-900">
                {i.nama}
                {i.rekonstruksi ? <RekonstruksiTag /> : null}
                <span className="block text-xs font-normal text-slate-600">{i.wajib > 0 ? `Wajib ${i.wajib} per posyandu` : "Tidak wajib di kabupaten ini"}{i.spesifikasi ? ` · ${i.spesifikasi}` : ""}</span>
              </legend>
              <NumberField {...f.field(itemField("jumlah", i.id))} id={`jumlah-${i.id}`} label="Jumlah" decimal={false} hint="Kosong berarti 0." maxLength={4} />
              <SelectField {...f.field(itemField("kondisi", i.id))} id={`kondisi-${i.id}`} label="Kondisi" options={KONDISI_OPTIONS} hint="Rusak berat tidak dihitung layak pakai." />
              {i.perluKalibrasi ? <DateField {...f.field(itemField("kalibrasi", i.id))} id={`kalibrasi-${i.id}`} label="Kalibrasi terakhir" max={today} hint="Dikalibrasi oleh puskesmas/pustu." /> : null}
              <TextField {...f.field(itemField("sumberDana", i.id))} id={`sumberDana-${i.id}`} label="Sumber dana" list="sumber-dana-saran" maxLength={80} hint="Misalnya APBDes, DAK, BOK, swadaya, CSR." />
            </fieldset>
          ))}
        </section>
      ))}

      <section className="flex flex-col gap-2">
        <h2 className="text-base font-semibold text-slate-900">Prasarana untuk 5 langkah</h2>
        <div className="rounded-lg border border-slate-200 bg-white p-3">
          {PRASARANA_FIELDS.map((p) => <CheckboxField key={p.key} name={p.key} label={p.label} defaultChecked={ticked(p.key)} />)}
          <TextField {...f.field("catatan")} label="Catatan prasarana" maxLength={500} hint="Misalnya: pojok privasi memakai sekat kain." className="mt-2" />
        </div>
      </section>

      <div className="flex gap-2">
        <SubmitButton>Simpan sarana</SubmitButton>
        <Link href={cancelHref} className="inline-flex min-h-11 items-center rounded-md px-4 text-sm font-semibold text-brand-700 hover:bg-brand-50">Batal</Link>
      </div>
    </form>
  );
}
