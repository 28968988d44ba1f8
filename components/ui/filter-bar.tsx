import Link from "next/link";
import { inputClass } from "./field";

export interface FilterSelect { name: string; label: string; value?: string; options: { value: string; label: string }[]; allLabel: string }

/** A GET form: search box and selects; the URL carries the state, so links and the back button work. */
export function FilterBar({ basePath, q, selects, keep, searchLabel = "Cari" }: { basePath: string; q?: string; selects: FilterSelect[]; keep?: Record<string, string>; searchLabel?: string }) {
  return (
    <form method="get" action={basePath} className="mb-4 grid grid-cols-1 gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-6" role="search">
      {Object.entries(keep ?? {}).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
      <div className="flex flex-col gap-1 lg:col-span-2">
        <label htmlFor="f-q" className="text-sm font-medium">{searchLabel}</label>
        <input id="f-q" name="q" type="search" defaultValue={q} className={inputClass} placeholder="Nama, dusun, desa, tempat…" />
      </div>
      {selects.map((s) => (
        <div key={s.name} className="flex flex-col gap-1">
          <label htmlFor={`f-${s.name}`} className="text-sm font-medium">{s.label}</label>
          <select id={`f-${s.name}`} name={s.name} defaultValue={s.value ?? ""} className={inputClass}>
            <option value="">{s.allLabel}</option>
            {s.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </select>
        </div>
      ))}
      <div className="flex items-end gap-2">
        <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-4 text-sm font-semibold text-white hover:bg-brand-800">Terapkan</button>
        <Link href={basePath} className="min-h-11 rounded-md px-3 py-3 text-sm text-brand-700 hover:underline">Atur ulang</Link>
      </div>
    </form>
  );
}
