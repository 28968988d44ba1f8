import Link from "next/link";
import { inputClass } from "@/components/ui/field";

/**
 * The list's GET form (search, role, status). Like components/ui/filter-bar, but with a search hint
 * that fits accounts ("nama pengguna atau nama") instead of places.
 */
export function PenggunaFilter({ q, role, aktif, roles, keep }: { q?: string; role?: string; aktif?: string; roles: { value: string; label: string }[]; keep: Record<string, string> }) {
  return (
    <form method="get" action="/pengguna" className="mb-4 grid grid-cols-1 gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-5" role="search">
      {Object.entries(keep).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
      <div className="flex flex-col gap-1 lg:col-span-2">
        <label htmlFor="f-q" className="text-sm font-medium">Cari</label>
        <input id="f-q" name="q" type="search" defaultValue={q} className={inputClass} placeholder="Nama pengguna atau nama…" />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="f-role" className="text-sm font-medium">Peran</label>
        <select id="f-role" name="role" defaultValue={role ?? ""} className={inputClass}>
          <option value="">Semua peran</option>
          {roles.map((r) => <option key={r.value} value={r.value}>{r.label}</option>)}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="f-aktif" className="text-sm font-medium">Status</label>
        <select id="f-aktif" name="aktif" defaultValue={aktif ?? ""} className={inputClass}>
          <option value="">Semua status</option>
          <option value="ya">Aktif</option>
          <option value="tidak">Nonaktif</option>
        </select>
      </div>
      <div className="flex items-end gap-2">
        <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-4 text-sm font-semibold text-white hover:bg-brand-800">Terapkan</button>
        <Link href="/pengguna" className="min-h-11 rounded-md px-3 py-3 text-sm text-brand-700 hover:underline">Atur ulang</Link>
      </div>
    </form>
  );
}
