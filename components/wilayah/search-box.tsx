import Link from "next/link";
import { TextField } from "@/components/ui/form-fields";

/** A GET search form for a wilayah list; the URL keeps the state. */
export function SearchBox({ basePath, q, label, placeholder, keep }: { basePath: string; q?: string; label: string; placeholder: string; keep?: Record<string, string> }) {
  return (
    <form method="get" action={basePath} role="search" className="mb-4 flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-3 sm:flex-row sm:items-end">
      {Object.entries(keep ?? {}).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
      <TextField id="cari" name="q" type="search" label={label} defaultValue={q} placeholder={placeholder} className="flex-1" />
      <div className="flex gap-2">
        <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-4 text-sm font-semibold text-white hover:bg-brand-800">Cari</button>
        {q ? <Link href={basePath} className="min-h-11 rounded-md px-3 py-3 text-sm text-brand-700 hover:underline">Atur ulang</Link> : null}
      </div>
    </form>
  );
}
