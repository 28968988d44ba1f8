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

const HARI_PANJANG = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"];
/** The grid column of the month's first day (Monday = 1); whole class names, so Tailwind sees them. */
const COL_START = ["sm:col-start-1", "sm:col-start-2", "sm:col-start-3", "sm:col-start-4", "sm:col-start-5", "sm:col-start-6", "sm:col-start-7"];

/**
 * A month of visits, rendered once: a Monday-first grid of seven columns on wider screens and, on a
 * phone, the same list with only the days that have visits (each saying its weekday and month). One
 * structure instead of a table and a separate phone list halves what a busy month sends (its hundreds
 * of visit links travel twice, in the HTML and the RSC payload). Each visit says its status in words
 * as well as colour; a crowded day links to the list of that day.
 */
export function Kalender({ bulan, perHari, today }: { bulan: string; perHari: Map<string, HariKalender>; today: string }) {
  const cells = monthGrid(bulan).flat();
  const days = cells.filter((d): d is string => d !== null);
  const namaBulan = NAMA_BULAN[Number(bulan.slice(5))];
  // monthGrid leads with the blank days of the first week (Monday first).
  const firstCol = cells.indexOf(days[0]);
  return (
    <div data-testid="kalender">
      <div aria-hidden className="hidden grid-cols-7 border-l border-t border-slate-200 bg-slate-100 text-center text-xs font-semibold sm:grid">
        {HARI_PENDEK.map((h) => <div key={h} className="border-b border-r border-slate-200 px-1 py-1">{h}</div>)}
      </div>
      <ol className="flex flex-col gap-2 sm:grid sm:grid-cols-7 sm:gap-0 sm:border-l sm:border-slate-200" aria-label={`Kalender kunjungan supervisi ${namaBulan} ${bulan.slice(0, 4)}`}>
        {days.map((d, i) => {
          const day = perHari.get(d);
          const isToday = d === today;
          const hidden = day ? "" : "hidden sm:block";
          return (
            <li key={d} data-tanggal={d} className={`${hidden} ${i === 0 ? COL_START[firstCol] : ""} rounded border border-slate-200 p-2 sm:min-h-24 sm:rounded-none sm:border-l-0 sm:border-t-0 sm:p-1 ${isToday ? "bg-brand-50" : "bg-white"}`}>
              <p className={`text-sm sm:text-xs ${isToday ? "font-bold text-brand-800" : "font-semibold sm:font-normal sm:text-slate-600"}`}>
                <span className="sm:sr-only">{HARI_PANJANG[(firstCol + i) % 7]}, </span>{Number(d.slice(8))}<span className="sm:sr-only"> {namaBulan}</span>
              </p>
              {day ? (
                <div className="mt-1 flex flex-col gap-1 sm:mt-0.5 sm:gap-0.5">
                  {day.rows.map((k) => <Chip key={k.id} k={k} />)}
                  {day.total > day.rows.length ? (
                    <Link href={`/supervisi?tampilan=daftar&tanggal=${d}`} className="text-xs text-brand-700 hover:underline" aria-label={`${day.total - day.rows.length} kunjungan lain pada ${Number(d.slice(8))}`}>+{formatNumber(day.total - day.rows.length)} lainnya</Link>
                  ) : null}
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
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
