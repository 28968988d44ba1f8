import Link from "next/link";
import { SelectField, TextField } from "./form-fields";

export interface FilterSelect { name: string; label: string; value?: string; options: { value: string; label: string }[]; allLabel: string }

/** A GET form: search box and selects; the URL carries the state, so links and the back button work. */
export function FilterBar({ basePath, q, selects, keep, searchLabel = "Cari", placeholder = "Nama, dusun, desa, tempat…" }: { basePath: string; q?: string; selects: FilterSelect[]; keep?: Record<string, string>; searchLabel?: string; placeholder?: string }) {
  return (
    <form method="get" action={basePath} className="mb-4 grid grid-cols-1 gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-6" role="search">
      {Object.entries(keep ?? {}).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
      <TextField id="f-q" name="q" type="search" label={searchLabel} defaultValue={q} placeholder={placeholder} className="lg:col-span-2" />
      {selects.map((s) => (
        <SelectField key={s.name} id={`f-${s.name}`} name={s.name} label={s.label} defaultValue={s.value ?? ""} placeholder={s.allLabel} options={s.options} />
      ))}
      <div className="flex items-end gap-2">
        <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-4 text-sm font-semibold text-white hover:bg-brand-800">Terapkan</button>
        <Link href={basePath} className="min-h-11 rounded-md px-3 py-3 text-sm text-brand-700 hover:underline">Atur ulang</Link>
      </div>
    </form>
  );
}
