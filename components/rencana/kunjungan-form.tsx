"use client";
import Link from "next/link";
import { useEffect, useState } from "react";
import type { ActionState } from "@/lib/actions/action-state";
import { useFormAction } from "@/components/ui/use-form-action";
import { formFields, inputClass } from "@/components/ui/field";
import { DateField, SelectField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { SearchableSelect } from "@/components/ui/searchable-select";
import { CHOICE_LIMIT } from "@/lib/dal/search";
import { formatDateWithDay } from "@/lib/i18n/format";
import { dateFromIso } from "@/lib/posyandu/jadwal";
import { clashMessage, offerDates, quarterRangeLabel, type Clash } from "@/lib/supervisi/jadwal-kunjungan";
import type { AnggotaLuar } from "@/lib/rencana/schemas";

export interface SiteChoice { id: string; label: string; group: string; mingguKe?: number | null; hari?: number | null }
export interface InstrumenChoice { id: string; label: string; sasaran: "POSYANDU" | "DESA" }
export interface TeamUser { id: string; label: string }

/**
 * A planned visit: the site (new visits only: a posyandu or a desa by the instrument), the date with
 * the site's next posyandu days in the plan's quarter as one-click choices, the team (users of the
 * kabupaten picked by name, outside members typed), and a warning, before saving, when a team member
 * already has another visit that day (asked of /supervisi/rencana/cek).
 */
export function KunjunganForm(props: {
  action: (prev: ActionState, fd: FormData) => Promise<ActionState>;
  requestId: string;
  rencana: { id: string; tahun: number; triwulan: number };
  today: string;
  /** New visit: the instruments to choose from and the one preselected; a site chosen beforehand. */
  instrumen?: InstrumenChoice[];
  instrumenId?: string;
  chosenSite?: SiteChoice | null;
  /** Editing: the visit, its site (fixed) and schedule. */
  id?: string;
  site?: { label: string; mingguKe: number | null; hari: number | null };
  initialTanggal: string;
  initialTeam: TeamUser[];
  initialLuar: AnggotaLuar[];
  submitLabel: string;
  cancelHref: string;
}) {
  const { action, requestId, rencana, today, instrumen, id, site, submitLabel, cancelHref } = props;
  const { state, formAction, onSubmit } = useFormAction(action);
  const f = formFields(state);
  const [instrumenId, setInstrumenId] = useState(props.instrumenId ?? "");
  const sasaran = instrumen?.find((i) => i.id === instrumenId)?.sasaran ?? "POSYANDU";
  const [chosen, setChosen] = useState<SiteChoice | null>(props.chosenSite ?? null);
  const [tanggal, setTanggal] = useState(props.initialTanggal);
  const [team, setTeam] = useState<TeamUser[]>(props.initialTeam);
  const [pending, setPending] = useState<TeamUser | null>(null);
  const [luar, setLuar] = useState<AnggotaLuar[]>(props.initialLuar);
  const [clashes, setClashes] = useState<Clash[]>([]);

  const jadwal = site ?? (sasaran === "POSYANDU" && chosen ? { mingguKe: chosen.mingguKe ?? null, hari: chosen.hari ?? null } : null);
  const offered = jadwal ? offerDates({ mingguKe: jadwal.mingguKe, hari: jadwal.hari }, today, rencana, 3) : [];
  const teamKey = team.map((t) => t.id).join(",");

  useEffect(() => {
    if (!tanggal || !teamKey) {
      setClashes([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const url = `/supervisi/rencana/cek?tanggal=${encodeURIComponent(tanggal)}&tim=${encodeURIComponent(teamKey)}${id ? `&kecuali=${id}` : ""}`;
        const res = await fetch(url, { signal: controller.signal, headers: { Accept: "application/json" } });
        if (res.ok) setClashes(((await res.json()) as { bentrok: Clash[] }).bentrok);
      } catch {
        // A failed check only means no warning; the visit can still be saved.
      }
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [tanggal, teamKey, id]);

  const setRow = (i: number, key: keyof AnggotaLuar, value: string) => setLuar((rows) => rows.map((r, j) => (j === i ? { ...r, [key]: value } : r)));

  return (
    <form action={formAction} onSubmit={onSubmit} className="flex max-w-3xl flex-col gap-4" noValidate aria-label={submitLabel}>
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="requestId" value={requestId} />
      {id ? <input type="hidden" name="id" value={id} /> : <input type="hidden" name="rencanaId" value={rencana.id} />}

      {instrumen ? (
        <>
          <SelectField name="instrumenId" label="Instrumen" value={instrumenId} onChange={(e) => { setInstrumenId(e.target.value); setChosen(null); }} options={instrumen.map((i) => ({ value: i.id, label: i.label }))} errors={f.errors("instrumenId")} required />
          {sasaran === "POSYANDU" ? (
            <SearchableSelect key="posyandu" name="posyanduId" label="Posyandu" searchLabel="Cari posyandu (nama, desa, atau kecamatan)" placeholder="Pilih posyandu…" options={chosen ? [chosen] : []} defaultValue={chosen?.id ?? ""} source="/supervisi/rencana/pilihan?jenis=posyandu" limit={CHOICE_LIMIT} errors={f.errors("posyanduId")} hint="Posyandu aktif di wilayah rencana ini." onChange={(_v, o) => setChosen(o ?? null)} />
          ) : (
            <SearchableSelect key="desa" name="desaId" label="Desa" searchLabel="Cari desa (nama atau kecamatan)" placeholder="Pilih desa…" options={[] as SiteChoice[]} source="/supervisi/rencana/pilihan?jenis=desa" limit={CHOICE_LIMIT} errors={f.errors("desaId")} hint="Desa di wilayah rencana ini (instrumen untuk desa dan pustu)." />
          )}
        </>
      ) : site ? (
        <p className="text-sm">Lokasi: <span className="font-semibold">{site.label}</span></p>
      ) : null}

      <fieldset className="flex flex-col gap-2">
        <legend className="sr-only">Tanggal kunjungan</legend>
        <DateField name="tanggal" label="Tanggal kunjungan" value={tanggal} onChange={(e) => setTanggal(e.target.value)} errors={f.errors("tanggal")} hint={`Dalam triwulan rencana: ${quarterRangeLabel(rencana.tahun, rencana.triwulan)}.`} required />
        {jadwal ? (
          offered.length ? (
            <div className="flex flex-col gap-1" data-testid="hari-posyandu">
              <p className="text-sm text-slate-700">Hari posyandu berikutnya (pilih salah satu):</p>
              <div className="flex flex-wrap gap-2">
                {offered.map((d) => (
                  <button key={d} type="button" aria-pressed={tanggal === d} onClick={() => setTanggal(d)} className={`min-h-11 rounded-md border px-3 text-sm ${tanggal === d ? "border-brand-700 bg-brand-50 font-semibold text-brand-800" : "border-slate-300 bg-white hover:bg-slate-100"}`}>
                    {formatDateWithDay(dateFromIso(d))}
                  </button>
                ))}
              </div>
            </div>
          ) : (
            <p className="text-sm text-slate-600" data-testid="hari-posyandu">{jadwal.mingguKe ? "Tidak ada hari posyandu lagi dalam triwulan rencana ini." : "Posyandu ini belum punya jadwal hari buka; pilih tanggal sendiri."}</p>
          )
        ) : null}
      </fieldset>

      <fieldset className="flex flex-col gap-3 rounded-md border border-slate-200 bg-white p-3">
        <legend className="px-1 text-sm font-semibold">Tim supervisi</legend>
        {f.errors("tim")?.length ? <p id="tim-error" className="text-sm text-red-700" role="alert">{f.errors("tim")!.join(" ")}</p> : null}
        <ul className="flex flex-col gap-1" data-testid="tim">
          {team.map((t) => (
            <li key={t.id} className="flex items-center justify-between gap-2 rounded border border-slate-200 px-2 py-1 text-sm">
              <input type="hidden" name="timUserId" value={t.id} />
              <span>{t.label}</span>
              <Button type="button" variant="ghost" onClick={() => setTeam((x) => x.filter((y) => y.id !== t.id))} aria-label={`Hapus ${t.label} dari tim`}>Hapus</Button>
            </li>
          ))}
          {team.length === 0 ? <li className="text-sm text-slate-600">Belum ada pengguna di tim.</li> : null}
        </ul>
        <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
          <div className="flex-1">
            <SearchableSelect<SiteChoice> name="pilihAnggota" label="Pengguna" searchLabel="Cari pengguna kabupaten (nama)" placeholder="Pilih pengguna…" options={[]} source="/supervisi/rencana/pilihan?jenis=pengguna" limit={CHOICE_LIMIT} required={false} onChange={(v, o) => setPending(v && o ? { id: v, label: o.label } : null)} />
          </div>
          <Button type="button" variant="secondary" disabled={!pending} onClick={() => { if (pending && !team.some((t) => t.id === pending.id)) setTeam((x) => [...x, pending]); }}>Tambahkan ke tim</Button>
        </div>
        <div className="flex flex-col gap-2">
          <p className="text-sm font-medium">Anggota dari luar (nama dan peran/instansi)</p>
          {luar.map((r, i) => (
            <div key={i} className="grid gap-2 sm:grid-cols-[1fr_1fr_1fr_auto]" data-testid="anggota-luar">
              <input name="luarNama" aria-label={`Nama anggota luar ${i + 1}`} placeholder="Nama" value={r.nama} onChange={(e) => setRow(i, "nama", e.target.value)} className={inputClass} maxLength={120} />
              <input name="luarPeran" aria-label={`Peran anggota luar ${i + 1}`} placeholder="Peran, mis. Promkes" value={r.peran} onChange={(e) => setRow(i, "peran", e.target.value)} className={inputClass} maxLength={80} />
              <input name="luarInstansi" aria-label={`Instansi anggota luar ${i + 1}`} placeholder="Instansi" value={r.instansi ?? ""} onChange={(e) => setRow(i, "instansi", e.target.value)} className={inputClass} maxLength={160} />
              <Button type="button" variant="ghost" onClick={() => setLuar((x) => x.filter((_, j) => j !== i))} aria-label={`Hapus anggota luar ${i + 1}`}>Hapus</Button>
            </div>
          ))}
          <div>
            <Button type="button" variant="secondary" onClick={() => setLuar((x) => [...x, { nama: "", peran: "", instansi: "" }])}>Tambah anggota luar</Button>
          </div>
        </div>
      </fieldset>

      {clashes.length ? (
        <Alert tone="warning" title="Peringatan jadwal tim" testId="peringatan-bentrok">
          <ul className="list-disc pl-5">{clashes.map((c) => <li key={c.userId}>{clashMessage(c)}</li>)}</ul>
          <p className="mt-1">Kunjungan tetap dapat disimpan.</p>
        </Alert>
      ) : null}

      <div className="flex gap-2">
        <SubmitButton>{submitLabel}</SubmitButton>
        <Link href={cancelHref} className="inline-flex min-h-11 items-center rounded-md px-4 text-sm font-semibold text-brand-700 hover:bg-brand-50">Batal</Link>
      </div>
    </form>
  );
}
