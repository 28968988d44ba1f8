"use client";
import { useEffect, useState } from "react";
import Link from "next/link";
import type { ActionState } from "@/lib/actions/action-state";
import { useFormAction } from "@/components/ui/use-form-action";
import { FieldError, FieldHint, formFields } from "@/components/ui/field";
import { CheckboxField, SelectField, TextField } from "@/components/ui/form-fields";
import { SearchableSelect } from "@/components/ui/searchable-select";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";
import { CHOICE_LIMIT } from "@/lib/dal/search";
import type { DesaChoice } from "@/lib/wilayah/desa-label";

export interface PuskesmasFormValues { id?: string; nama: string; kode: string; kecamatanId: string; desaId: string; alamat: string }

/** A kecamatan's desa as the form knows them: loaded, on the way, or not loaded (the network failed). */
type DesaList = DesaChoice[] | "memuat" | "gagal";

/**
 * The desa of each kecamatan in `wanted`, fetched once each from /wilayah/pilihan; `seed` holds those
 * that came with the page. A failed kecamatan stays failed until `retry`.
 */
function useDesaOfKecamatan(seed: Record<string, DesaChoice[]>, wanted: string[]) {
  const [lists, setLists] = useState<Record<string, DesaChoice[] | "gagal">>(seed);
  const missing = [...new Set(wanted.filter((id) => id && lists[id] === undefined))].join(",");
  useEffect(() => {
    if (!missing) return;
    const controller = new AbortController();
    for (const id of missing.split(",")) {
      fetch(`/wilayah/pilihan?jenis=desa&kecamatanId=${encodeURIComponent(id)}`, { signal: controller.signal, headers: { Accept: "application/json" } })
        .then((res) => {
          if (!res.ok) throw new Error(String(res.status));
          return res.json() as Promise<DesaChoice[]>;
        })
        .then((list) => setLists((m) => ({ ...m, [id]: list })))
        .catch((error: Error) => {
          if (error.name !== "AbortError") setLists((m) => ({ ...m, [id]: "gagal" }));
        });
    }
    return () => controller.abort();
  }, [missing]);
  const listOf = (id: string): DesaList => (id ? (lists[id] ?? "memuat") : []);
  const retry = (id: string) => setLists((m) => Object.fromEntries(Object.entries(m).filter(([k]) => k !== id)));
  const loaded = Object.values(lists).flatMap((l) => (Array.isArray(l) ? l : []));
  return { listOf, retry, loaded };
}

const byGroupAndName = (a: DesaChoice, b: DesaChoice) => a.group.localeCompare(b.group, "id") || a.shortLabel.localeCompare(b.shortLabel, "id");

function LoadFailed({ onRetry }: { onRetry: () => void }) {
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm text-red-700" role="alert">
      Desa tidak dapat dimuat. Periksa sambungan, lalu coba lagi.
      <Button type="button" variant="secondary" onClick={onRetry}>Coba lagi</Button>
    </p>
  );
}

/**
 * Puskesmas with its catchment. The page carries only the kecamatan, the desa already in the catchment
 * and (to edit) the desa of the puskesmas's kecamatan; the desa of any other kecamatan are fetched when
 * the admin picks it, and any desa can be searched by name. The chosen desa are submitted as the
 * `catchment` list whatever kecamatan is shown. A desa already in another puskesmas's catchment shows
 * that puskesmas; choosing it moves it, which the "pindahkan" box must confirm.
 */
export function PuskesmasForm({ action, initial, kecamatan, desa, catchment, requestId, cancelHref }: {
  action: (prev: ActionState, fd: FormData) => Promise<ActionState>;
  initial: PuskesmasFormValues;
  kecamatan: { id: string; nama: string }[];
  /** The desa of `initial.kecamatanId`, when there is one. */
  desa: DesaChoice[];
  /** The desa in the catchment now. */
  catchment: DesaChoice[];
  requestId: string;
  cancelHref: string;
}) {
  const { state, formAction, onSubmit } = useFormAction(action);
  const f = formFields(state, initial);
  // Controlled, so that a refused submit keeps the choices (React resets uncontrolled fields).
  const [kecamatanId, setKecamatanId] = useState(initial.kecamatanId);
  const [desaId, setDesaId] = useState(initial.desaId);
  // The kecamatan whose desa the catchment lists as checkboxes: the location's, until the admin picks another.
  const [shownId, setShownId] = useState(initial.kecamatanId);
  const [chosen, setChosen] = useState(() => new Set(catchment.map((d) => d.id)));
  // Desa found by the search: the one picked in the list, and those added from it.
  const [found, setFound] = useState<DesaChoice | null>(null);
  const [added, setAdded] = useState<DesaChoice[]>([]);
  const [pindahkan, setPindahkan] = useState(false);
  const { listOf, retry, loaded } = useDesaOfKecamatan(initial.kecamatanId ? { [initial.kecamatanId]: desa } : {}, [kecamatanId, shownId]);
  const fe = state.fieldErrors ?? {};
  const self = initial.id ?? null;
  // What the form knows of each desa; the latest answer wins (a desa may have moved since the page loaded).
  const known = new Map<string, DesaChoice>();
  for (const d of [...catchment, ...added, ...loaded]) known.set(d.id, d);
  const chosenList = [...chosen].flatMap((id) => known.get(id) ?? []).sort(byGroupAndName);
  const otherPuskesmas = (d: DesaChoice) => (d.puskesmasId && d.puskesmasId !== self ? d.puskesmasNama : null);
  const moving = chosenList.filter(otherPuskesmas);
  const toggle = (id: string, on: boolean) => setChosen((prev) => { const next = new Set(prev); if (on) next.add(id); else next.delete(id); return next; });
  const lokasi = listOf(kecamatanId);
  const shown = listOf(shownId);
  const shownCount = Array.isArray(shown) ? shown.filter((d) => chosen.has(d.id)).length : 0;
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex max-w-3xl flex-col gap-4" noValidate>
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="requestId" value={requestId} />
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      <TextField {...f.field("nama")} label="Nama puskesmas" hint='Lengkap dengan kata "Puskesmas", contoh: "Puskesmas Sukamaju".' maxLength={120} autoComplete="off" required />
      <TextField {...f.field("kode")} label="Kode Kemenkes (boleh dikosongkan)" maxLength={20} autoComplete="off" />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          name="kecamatanId"
          label="Kecamatan"
          errors={fe.kecamatanId}
          value={kecamatanId}
          onChange={(e) => {
            if (!shownId || shownId === kecamatanId) setShownId(e.target.value);
            setKecamatanId(e.target.value);
            setDesaId("");
          }}
          placeholder="Pilih kecamatan…"
          options={kecamatan.map((k) => ({ value: k.id, label: k.nama }))}
          required
        />
        <div className="flex flex-col gap-1">
          <SelectField
            name="desaId"
            label="Desa lokasi gedung"
            errors={fe.desaId}
            value={desaId}
            onChange={(e) => setDesaId(e.target.value)}
            disabled={!Array.isArray(lokasi) || !kecamatanId}
            placeholder={lokasi === "memuat" ? "Memuat desa…" : "Pilih desa…"}
            options={Array.isArray(lokasi) ? lokasi.map((d) => ({ value: d.id, label: d.shortLabel })) : []}
            required
          />
          {lokasi === "gagal" ? <LoadFailed onRetry={() => retry(kecamatanId)} /> : null}
        </div>
      </div>
      <TextField {...f.field("alamat")} label="Alamat (boleh dikosongkan)" maxLength={250} />
      <fieldset className="flex flex-col gap-3" aria-describedby={fe.catchment ? "catchment-error catchment-hint" : "catchment-hint"}>
        <legend className="text-sm font-semibold">Desa wilayah kerja ({chosen.size} dipilih)</legend>
        <FieldHint id="catchment-hint">Pilih kecamatan lalu centang desanya, atau cari desa menurut nama. Desa yang sudah masuk wilayah kerja puskesmas lain ditandai dengan nama puskesmasnya.</FieldHint>
        <FieldError id="catchment-error" errors={fe.catchment} />
        {/* The chosen desa are what the form submits; the checkboxes and the search below only change them. */}
        {[...chosen].map((id) => <input key={id} type="hidden" name="catchment" value={id} />)}
        {chosenList.length ? (
          <ul className="flex flex-wrap gap-2" aria-label="Desa wilayah kerja yang dipilih" data-testid="catchment-chosen">
            {chosenList.map((d) => (
              <li key={d.id} className="inline-flex min-h-11 items-center gap-1 rounded-full border border-slate-300 bg-brand-50 pl-3 text-sm">
                <span>
                  {d.label}
                  {otherPuskesmas(d) ? <span className="text-xs text-amber-800"> (sekarang: {d.puskesmasNama})</span> : null}
                </span>
                <button type="button" onClick={() => toggle(d.id, false)} className="inline-flex h-11 w-11 items-center justify-center rounded-full text-lg text-slate-700 hover:bg-brand-100" aria-label={`Hapus ${d.label} dari wilayah kerja`}>
                  <span aria-hidden>×</span>
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-600">Belum ada desa yang dipilih.</p>
        )}
        <div className="flex flex-col gap-2 rounded-md border border-slate-200 bg-white p-3">
          <SelectField name="tampilKecamatanId" id="tampil-kecamatan" label="Desa di kecamatan" value={shownId} onChange={(e) => setShownId(e.target.value)} placeholder="Pilih kecamatan…" options={kecamatan.map((k) => ({ value: k.id, label: k.nama }))} />
          {!shownId ? null : shown === "memuat" ? (
            <p className="text-sm text-slate-600" aria-live="polite">Memuat desa…</p>
          ) : shown === "gagal" ? (
            <LoadFailed onRetry={() => retry(shownId)} />
          ) : shown.length === 0 ? (
            <p className="text-sm text-slate-600">Kecamatan ini belum punya desa.</p>
          ) : (
            <>
              <p className="text-sm text-slate-600" aria-live="polite">{shownCount} dari {shown.length} desa dipilih.</p>
              <ul className="grid gap-1 sm:grid-cols-2" data-testid="catchment-kecamatan">
                {shown.map((d) => {
                  const other = otherPuskesmas(d);
                  return (
                    <li key={d.id}>
                      {/* No name: the hidden inputs above carry the choice. */}
                      <CheckboxField name="" id={`c-${d.id}`} checked={chosen.has(d.id)} onChange={(e) => toggle(d.id, e.target.checked)} label={<>{d.shortLabel}{other ? <span className="block text-xs text-amber-800">sekarang: {other}</span> : null}</>} />
                    </li>
                  );
                })}
              </ul>
            </>
          )}
        </div>
        <div className="flex flex-col gap-2 rounded-md border border-slate-200 bg-white p-3">
          <SearchableSelect<DesaChoice> name="cariDesaId" label="Desa yang ditemukan" searchLabel="Cari desa" placeholder="Pilih desa…" options={[]} source="/wilayah/pilihan?jenis=desa" limit={CHOICE_LIMIT} required={false} onChange={(_, d) => setFound(d ?? null)} />
          <div>
            <Button
              type="button"
              variant="secondary"
              className="disabled:opacity-50"
              disabled={!found || chosen.has(found.id)}
              onClick={() => {
                if (!found) return;
                setAdded((list) => [...list, found]);
                toggle(found.id, true);
              }}
            >
              Tambahkan ke wilayah kerja
            </Button>
          </div>
        </div>
      </fieldset>
      {moving.length > 0 ? (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          <p>{moving.length} desa yang dipilih sekarang masuk wilayah kerja puskesmas lain: {moving.map((d) => `${d.label} (${d.puskesmasNama})`).join(", ")}.</p>
          <CheckboxField name="pindahkan" className="mt-2" checked={pindahkan} onChange={(e) => setPindahkan(e.target.checked)} label="Pindahkan desa tersebut ke puskesmas ini" />
          <p className="mt-1 text-xs">Pustu di desa itu ikut pindah ke puskesmas ini.</p>
        </div>
      ) : null}
      <div className="flex gap-2">
        <SubmitButton>Simpan</SubmitButton>
        <Link href={cancelHref} className="inline-flex min-h-11 items-center rounded-md px-4 text-sm font-semibold text-brand-700 hover:bg-brand-50">Batal</Link>
      </div>
    </form>
  );
}
