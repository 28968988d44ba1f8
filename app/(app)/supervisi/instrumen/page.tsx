import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { listInstrumen } from "@/lib/instrumen/queries";
import { LABEL_SASARAN, LABEL_STATUS, ZInstrumenListParams } from "@/lib/instrumen/schemas";
import { formatDateShort, formatNumber } from "@/lib/i18n/format";
import { PageHeader } from "@/components/ui/page-header";
import { LinkButton } from "@/components/ui/button";
import { FilterBar } from "@/components/ui/filter-bar";
import { EmptyState } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { Pagination, queryOf } from "@/components/data-table/pagination";

export const metadata: Metadata = { title: "Instrumen supervisi" };

const SORTS = [{ key: "kode", label: "Kode" }, { key: "nama", label: "Nama" }, { key: "sasaran", label: "Sasaran" }] as const;

export default async function InstrumenListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "supervisi.read")) notFound();
  const raw = await searchParams;
  const params = ZInstrumenListParams.parse(raw);
  const { rows, total } = await listInstrumen(viewer, params);
  const manage = can(viewer, "katalog.manage");
  const keep = queryOf({ q: params.q });
  const sortHref = (key: string) => `/supervisi/instrumen?${new URLSearchParams({ ...keep, sort: key, dir: params.sort === key && params.dir === "asc" ? "desc" : "asc" })}`;
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title="Instrumen supervisi"
        description={`Daftar tilik supervisi ${viewer.kabupatenNama}: versi yang terbit dipakai kunjungan; perubahan dibuat sebagai draf versi berikutnya.`}
        crumbs={[{ href: "/", label: "Beranda" }, { label: "Instrumen supervisi" }]}
        actions={
          <>
            <LinkButton variant="secondary" href="/supervisi/aturan">Ambang kategori</LinkButton>
            {manage ? <LinkButton href="/supervisi/instrumen/baru">Instrumen baru</LinkButton> : null}
          </>
        }
      />
      {raw.dibuang ? <Alert tone="success">Draf sudah dibuang; versi yang terbit tetap berlaku.</Alert> : null}
      <FilterBar basePath="/supervisi/instrumen" q={params.q} selects={[]} keep={queryOf({ sort: params.sort, dir: params.dir })} placeholder="Kode atau nama instrumen" />
      {rows.length === 0 ? (
        <EmptyState title={params.q ? "Tidak ada instrumen yang cocok." : "Belum ada instrumen."}>
          {params.q ? <Link className="text-brand-700 underline" href="/supervisi/instrumen">Hapus pencarian</Link> : manage ? "Buat instrumen baru, atau minta penyiapan katalog bawaan." : "Admin Dinkes menyiapkan instrumen supervisi."}
        </EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-sm" data-testid="instrumen-table">
            <caption className="sr-only">Instrumen supervisi</caption>
            <thead className="bg-slate-50 text-left text-slate-700">
              <tr>
                {SORTS.map((s) => (
                  <th key={s.key} className="px-3 py-2 font-medium" aria-sort={params.sort === s.key ? (params.dir === "asc" ? "ascending" : "descending") : undefined}>
                    <Link href={sortHref(s.key)} className="underline-offset-2 hover:underline">{s.label}{params.sort === s.key ? (params.dir === "asc" ? " ▲" : " ▼") : ""}</Link>
                  </th>
                ))}
                <th className="px-3 py-2 font-medium">Versi terbit</th>
                <th className="px-3 py-2 font-medium">Draf</th>
                <th className="px-3 py-2 font-medium">Riwayat versi</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((r) => (
                <tr key={r.kode} data-kode={r.kode}>
                  <td className="px-3 py-2 font-mono">{r.kode}</td>
                  <td className="px-3 py-2">{r.nama}</td>
                  <td className="px-3 py-2">{LABEL_SASARAN[r.sasaran]}</td>
                  <td className="px-3 py-2">
                    {r.terbit ? (
                      <Link className="text-brand-700 underline" href={`/supervisi/instrumen/${r.terbit.id}`}>v{r.terbit.versi} · {formatNumber(r.terbit.butir)} butir</Link>
                    ) : <span className="text-slate-500">Belum terbit</span>}
                    {r.terbit?.terbitAt ? <div className="text-xs text-slate-500">terbit {formatDateShort(r.terbit.terbitAt)}</div> : null}
                  </td>
                  <td className="px-3 py-2">
                    {r.draf ? <Link className="text-brand-700 underline" href={`/supervisi/instrumen/${r.draf.id}`}>Draf v{r.draf.versi} · {formatNumber(r.draf.butir)} butir</Link> : <span className="text-slate-500">–</span>}
                  </td>
                  <td className="px-3 py-2">
                    <ul className="flex flex-wrap gap-1">
                      {r.versi.map((v) => (
                        <li key={v.id}><Link href={`/supervisi/instrumen/${v.id}`} className="rounded border border-slate-200 px-2 py-0.5 text-xs hover:border-brand-600">v{v.versi} {LABEL_STATUS[v.status].toLowerCase()}</Link></li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination basePath="/supervisi/instrumen" query={queryOf({ q: params.q, sort: params.sort, dir: params.dir })} page={params.page} size={params.size} total={total} />
    </div>
  );
}
