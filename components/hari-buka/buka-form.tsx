"use client";
import { useMemo, useState } from "react";
import { useFormAction } from "@/components/ui/use-form-action";
import { CheckboxField, DateField, SelectField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";
import { bukaHariBukaAction } from "@/lib/hari-buka/actions";
import { dateInMonth, jadwalLabel, nextDates, addDays } from "@/lib/posyandu/jadwal";

export interface PosyanduBuka { id: string; nama: string; jadwalMingguKe: number | null; jadwalHari: number | null; kader: { id: string; nama: string }[] }

/** The scheduled day to suggest: this month's if it has passed (or is today), else last month's. */
function saranTanggal(p: PosyanduBuka | undefined, today: string): string {
  if (!p?.jadwalMingguKe || !p.jadwalHari) return today;
  const j = { mingguKe: p.jadwalMingguKe, hari: p.jadwalHari };
  const [y, m] = today.split("-").map(Number);
  const ini = dateInMonth(y, m, j);
  if (ini <= today) return ini;
  const lalu = m === 1 ? dateInMonth(y - 1, 12, j) : dateInMonth(y, m - 1, j);
  return lalu;
}

/** "Buka hari posyandu": posyandu, date (the scheduled day suggested; another day asks to confirm), who is on duty. */
export function BukaHariBukaForm({ posyandu, today, requestId }: { posyandu: PosyanduBuka[]; today: string; requestId: string }) {
  const { state, onSubmit } = useFormAction(bukaHariBukaAction);
  const v = state.values ?? {};
  const [posyanduId, setPosyanduId] = useState(v.posyanduId ?? posyandu[0]?.id ?? "");
  const p = posyandu.find((x) => x.id === posyanduId);
  const [tanggal, setTanggal] = useState(v.tanggal ?? saranTanggal(p, today));
  const jadwal = useMemo(() => {
    if (!p?.jadwalMingguKe || !p.jadwalHari || !/^\d{4}-\d{2}-\d{2}$/.test(tanggal)) return null;
    const [y, m] = tanggal.split("-").map(Number);
    return dateInMonth(y, m, { mingguKe: p.jadwalMingguKe, hari: p.jadwalHari });
  }, [p, tanggal]);
  const luar = jadwal !== null && jadwal !== tanggal;
  const berikut = p ? nextDates({ mingguKe: p.jadwalMingguKe, hari: p.jadwalHari }, addDays(today, 1), 1)[0] : undefined;
  const e = state.fieldErrors ?? {};
  return (
    <form onSubmit={onSubmit} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4" data-testid="buka-hari-buka">
      <input type="hidden" name="requestId" value={requestId} />
      {state.message && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      <SelectField name="posyanduId" label="Posyandu" required value={posyanduId} onChange={(ev) => { setPosyanduId(ev.target.value); setTanggal(saranTanggal(posyandu.find((x) => x.id === ev.target.value), today)); }} options={posyandu.map((x) => ({ value: x.id, label: x.nama }))} errors={e.posyanduId} />
      <DateField name="tanggal" label="Tanggal" required max={today} value={tanggal} onChange={(ev) => setTanggal(ev.target.value)} errors={e.tanggal}
        hint={p ? `${jadwalLabel({ mingguKe: p.jadwalMingguKe, hari: p.jadwalHari })}${berikut ? `; berikutnya ${berikut}` : ""}. Tanggal tidak boleh setelah hari ini.` : undefined} />
      {luar ? <CheckboxField name="bukanJadwal" label={`Buka di luar jadwal (jadwal bulan ini: ${jadwal})`} defaultChecked={v.bukanJadwal === "on"} errors={e.bukanJadwal} /> : null}
      {p && p.kader.length > 0 ? (
        <fieldset className="grid gap-1">
          <legend className="text-sm font-semibold">Kader yang bertugas</legend>
          <div className="grid grid-cols-1 gap-x-4 sm:grid-cols-2">
            {p.kader.map((k) => <CheckboxField key={k.id} id={`kader-${k.id}`} name="kaderId" value={k.id} label={k.nama} />)}
          </div>
          {e.kaderId ? <p className="text-sm text-red-700">{e.kaderId.join(" ")}</p> : null}
        </fieldset>
      ) : null}
      <label className="grid gap-1 text-sm">
        <span className="font-semibold">Petugas lain (satu per baris: nama, peran)</span>
        <textarea name="petugasLain" rows={2} maxLength={2000} defaultValue={v.petugasLain} className="rounded-md border border-slate-300 p-2 text-base" placeholder="Bidan Rina, Bidan desa" />
      </label>
      <div><SubmitButton pendingText="Membuka…">Buka hari posyandu</SubmitButton></div>
    </form>
  );
}
