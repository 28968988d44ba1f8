import Link from "next/link";
import { geserBulan } from "@/lib/laporan/bulan";

/** The report month: a GET form (works without JavaScript) with the previous and next month beside it; keeps the drill params. */
export function BulanPicker({ basePath, bulan, keep }: { basePath: string; bulan: string; keep: Record<string, string> }) {
  const href = (b: string) => `${basePath}?${new URLSearchParams({ ...keep, bulan: b })}`;
  return (
    <form method="get" action={basePath} className="flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-3" aria-label="Pilih bulan laporan">
      {Object.entries(keep).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
      <Link className="min-h-11 rounded-md border border-slate-300 px-3 py-2.5 text-sm hover:bg-slate-100" href={href(geserBulan(bulan, -1))}>‹ Bulan sebelumnya</Link>
      <label className="flex flex-col text-sm font-medium text-slate-700">
        Bulan
        <input type="month" name="bulan" defaultValue={bulan} required className="min-h-11 rounded-md border border-slate-300 px-3 text-base" />
      </label>
      <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-4 text-sm font-semibold text-white hover:bg-brand-800">Tampilkan</button>
      <Link className="min-h-11 rounded-md border border-slate-300 px-3 py-2.5 text-sm hover:bg-slate-100" href={href(geserBulan(bulan, 1))}>Bulan berikutnya ›</Link>
    </form>
  );
}
