import Link from "next/link";
import { SelectField, TextField } from "@/components/ui/form-fields";

const AKTIF_OPTIONS = [{ value: "ya", label: "Aktif" }, { value: "tidak", label: "Nonaktif" }];

/**
 * The list's GET form (search, role, status). Like components/ui/filter-bar, but with a search hint
 * that fits accounts ("nama pengguna atau nama") instead of places.
 */
export function PenggunaFilter({ q, role, aktif, roles, keep }: { q?: string; role?: string; aktif?: string; roles: { value: string; label: string }[]; keep: Record<string, string> }) {
  return (
    <form method="get" action="/pengguna" className="mb-4 grid grid-cols-1 gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-5" role="search">
      {Object.entries(keep).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
      <TextField id="f-q" name="q" type="search" label="Cari" defaultValue={q} placeholder="Nama pengguna atau nama…" className="lg:col-span-2" />
      <SelectField id="f-role" name="role" label="Peran" defaultValue={role ?? ""} placeholder="Semua peran" options={roles} />
      <SelectField id="f-aktif" name="aktif" label="Status" defaultValue={aktif ?? ""} placeholder="Semua status" options={AKTIF_OPTIONS} />
      <div className="flex items-end gap-2">
        <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-4 text-sm font-semibold text-white hover:bg-brand-800">Terapkan</button>
        <Link href="/pengguna" className="min-h-11 rounded-md px-3 py-3 text-sm text-brand-700 hover:underline">Atur ulang</Link>
      </div>
    </form>
  );
}
