import Link from "next/link";
import { formatNumber } from "@/lib/i18n/format";
import { monthGrid } from "@/lib/supervisi/jadwal-kunjungan";
import type { HariKalender, KunjunganRow, RekapBulan } from "@/lib/rencana/queries-kalender";
import { STATUS_CLASS, STATUS_LABEL } from "./status-badge";

const HARI_PENDEK = ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"];
export const NAMA_BULAN = ["", "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

/** A visit on the calendar. Not prefetched: a busy month holds hundreds of visit links. */
function Chip({ k }: { k: KunjunganRow }) {
  return (
    <Link href={`/supervisi/kunjungan/${k.id}`} prefetch={false} className={`block truncate rounded border px-1 py-0.5 text-xs ${STATUS_CLASS[k.status]}`} title={`${k.lokasi}, Desa ${k.desa} — ${STATUS_LABEL[k.status]}`} data-status={k.status}>
      {k.lokasi} <span className="sr-only">({STATUS_LABEL[k.status]})</span>
    </Link>
  );
}

/**
 * A month of visits: a Monday-first grid on wider screens, a list of the days with visits on a phone.
 * Each visit says its status in words as well as colour; a crowded day links to the list of that day.
 */
export function Kalender({ bulan, perHari, today }: { bulan: string; perHari: Map<string, HariKalender>; today: string }) {
  const weeks = monthGrid(bulan);
  const more = (d: string, n: number) => <Link href={`/supervisi?tampilan=daftar&tanggal=${d}`} className="text-xs text-brand-700 hover:underline" aria-label={`${n} kunjungan lain pada ${Number(d.slice(8))}`}>+{formatNumber(n)} lainnya</Link>;
  const days = [...perHari.keys()].sort();
  return (
    <div data-testid="kalender">
      <table className="hidden w-full table-fixed border-collapse text-sm sm:table">
        <caption className="sr-only">Kalender kunjungan supervisi {NAMA_BULAN[Number(bulan.slice(5))]} {bulan.slice(0, 4)}</caption>
        <thead><tr>{HARI_PENDEK.map((h) => <th key={h} scope="col" className="border border-slate-200 bg-slate-100 px-1 py-1 text-xs font-semibold">{h}</th>)}</tr></thead>
        <tbody>
          {weeks.map((w, i) => (
            <tr key={i}>
              {w.map((d, j) => {
                const day = d ? perHari.get(d) : undefined;
                return (
                  <td key={j} className={`h-24 border border-slate-200 p-1 align-top ${d === today ? "bg-brand-50" : d ? "bg-white" : "bg-slate-50"}`} data-tanggal={d ?? undefined}>
                    {d ? (
                      <div className="flex flex-col gap-0.5">
                        <span className={`text-xs ${d === today ? "font-bold text-brand-800" : "text-slate-600"}`}>{Number(d.slice(8))}</span>
                        {day?.rows.map((k) => <Chip key={k.id} k={k} />)}
                        {day && day.total > day.rows.length ? more(d, day.total - day.rows.length) : null}
                      </div>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="flex flex-col gap-2 sm:hidden" aria-label="Kunjungan bulan ini per hari">
        {days.map((d) => (
          <li key={d} className="rounded border border-slate-200 bg-white p-2" data-tanggal={d}>
            <p className="text-sm font-semibold">{Number(d.slice(8))} {NAMA_BULAN[Number(d.slice(5, 7))]}</p>
            <div className="mt-1 flex flex-col gap-1">{perHari.get(d)!.rows.map((k) => <Chip key={k.id} k={k} />)}</div>
            {perHari.get(d)!.total > perHari.get(d)!.rows.length ? more(d, perHari.get(d)!.total - perHari.get(d)!.rows.length) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Planned vs done per month of the year, as numbers and a bar (done share of planned). */
export function RekapTahun({ tahun, rekap }: { tahun: number; rekap: RekapBulan[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[480px] text-left text-sm" data-testid="rekap-bulanan">
        <caption className="sr-only">Rencana dan realisasi kunjungan per bulan, {tahun}</caption>
        <thead className="bg-slate-100"><tr><th scope="col" className="px-2 py-1">Bulan</th><th scope="col" className="px-2 py-1">Direncanakan</th><th scope="col" className="px-2 py-1">Selesai</th><th scope="col" className="px-2 py-1">Realisasi</th></tr></thead>
        <tbody className="divide-y divide-slate-100">
          {rekap.map((r) => {
            const pct = r.rencana ? Math.round((r.selesai / r.rencana) * 100) : null;
            return (
              <tr key={r.bulan}>
                <th scope="row" className="px-2 py-1 font-normal"><Link href={`/supervisi?bulan=${tahun}-${String(r.bulan).padStart(2, "0")}`} className="text-brand-700 hover:underline">{NAMA_BULAN[r.bulan]}</Link></th>
                <td className="px-2 py-1">{formatNumber(r.rencana)}</td>
                <td className="px-2 py-1">{formatNumber(r.selesai)}</td>
                <td className="px-2 py-1">
                  {pct === null ? <span className="text-slate-500">–</span> : (
                    <span className="flex items-center gap-2"><progress value={Math.min(pct, 100)} max={100} className="h-2 w-24 accent-emerald-600" aria-hidden />{pct}%</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
