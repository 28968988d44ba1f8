import Link from "next/link";
import { formatNumber } from "@/lib/i18n/format";

/** Page links that keep the rest of the URL state. */
export function Pagination({ basePath, query, page, size, total }: { basePath: string; query: Record<string, string>; page: number; size: number; total: number }) {
  const pages = Math.max(1, Math.ceil(total / size));
  const href = (p: number) => `${basePath}?${new URLSearchParams({ ...query, page: String(p), size: String(size) }).toString()}`;
  const from = total === 0 ? 0 : (page - 1) * size + 1;
  const to = Math.min(total, page * size);
  return (
    <nav aria-label="Halaman" className="mt-3 flex flex-wrap items-center justify-between gap-2 text-sm">
      <p className="text-slate-600" data-testid="pagination-info">Menampilkan {formatNumber(from)}–{formatNumber(to)} dari {formatNumber(total)}</p>
      <div className="flex items-center gap-1">
        {page > 1 ? <Link className="rounded border border-slate-300 bg-white px-3 py-2 hover:bg-slate-100" href={href(page - 1)}>‹ Sebelumnya</Link> : <span aria-disabled="true" className="rounded border border-slate-200 px-3 py-2 text-slate-500">‹ Sebelumnya</span>}
        <span className="px-2">Halaman {formatNumber(Math.min(page, pages))} dari {formatNumber(pages)}</span>
        {page < pages ? <Link className="rounded border border-slate-300 bg-white px-3 py-2 hover:bg-slate-100" href={href(page + 1)}>Berikutnya ›</Link> : <span aria-disabled="true" className="rounded border border-slate-200 px-3 py-2 text-slate-500">Berikutnya ›</span>}
      </div>
    </nav>
  );
}

/** The URL query of a parsed list state, minus defaults, for links. */
export function queryOf(params: Record<string, unknown>, omit: string[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) {
    if (omit.includes(k) || v === undefined || v === null || v === "") continue;
    out[k] = String(v);
  }
  return out;
}
