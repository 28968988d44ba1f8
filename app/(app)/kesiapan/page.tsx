import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { listKesiapan, rollUpKesiapan } from "@/lib/kesiapan/queries";
import { ZKesiapanListParams } from "@/lib/kesiapan/schemas";
import { LABEL_KATEGORI, KATEGORI_KESIAPAN } from "@/lib/kesiapan/aturan";
import { posyanduListFilterOptions } from "@/lib/posyandu/queries";
import { formatDecimal, formatNumber } from "@/lib/i18n/format";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClass } from "@/components/ui/button";
import { FilterBar } from "@/components/ui/filter-bar";
import { Card, EmptyState } from "@/components/ui/card";
import { Pagination, queryOf } from "@/components/data-table/pagination";
import { KesiapanTable } from "@/components/kesiapan/kesiapan-table";

export const metadata: Metadata = { title: "Kesiapan ILP" };

export default async function KesiapanPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "kesiapan.read")) notFound();
  const params = ZKesiapanListParams.parse(await searchParams);
  const dinkes = viewer.role === "DINKES_ADMIN" || viewer.role === "DINKES";
  const by = dinkes ? "kecamatan" : "desa";
  const [{ rows, total }, rollUp, options] = await Promise.all([
    listKesiapan(viewer, params),
    rollUpKesiapan(viewer, by),
    viewer.role === "KADER" ? null : posyanduListFilterOptions(viewer, params.kecamatanId),
  ]);
  const filterQuery = queryOf({ q: params.q, kecamatanId: params.kecamatanId, desaId: params.desaId, kategori: params.kategori });
  const filtered = Object.keys(filterQuery).length > 0;
  const download = (format: string) => `/kesiapan/unduh?${new URLSearchParams({ ...filterQuery, sort: params.sort, dir: params.dir, format })}`;
  const t = rollUp.total;
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title="Kesiapan ILP"
        description={`Skor kesiapan posyandu di wilayah ${viewer.areaLabel}: peringkat dari yang paling perlu dibantu.`}
        crumbs={[{ href: "/", label: "Beranda" }, { label: "Kesiapan ILP" }]}
        actions={
          <>
            <a className={buttonClass("secondary")} href={download("csv")} download>Unduh CSV</a>
            <a className={buttonClass("secondary")} href={download("xlsx")} download>Unduh XLSX</a>
            <Link className={buttonClass("secondary")} href="/kesiapan/aturan">Aturan kesiapan</Link>
          </>
        }
      />
      <section aria-label="Ringkasan kategori" className="grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="kesiapan-ringkasan">
        {KATEGORI_KESIAPAN.map((k) => (
          <Link key={k} href={`/kesiapan?kategori=${k}`} className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm hover:border-brand-600">
            <div className="text-sm text-slate-600">{LABEL_KATEGORI[k]}</div>
            <div className="text-2xl font-bold" data-testid={`jumlah-${k}`}>{formatNumber(t.perKategori[k])}</div>
          </Link>
        ))}
        <Link href="/kesiapan?kategori=BELUM_DIHITUNG" className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm hover:border-brand-600">
          <div className="text-sm text-slate-600">Belum dihitung</div>
          <div className="text-2xl font-bold">{formatNumber(t.jumlah - t.dihitung)}</div>
        </Link>
      </section>
      {rollUp.areas.length > 1 ? (
        <Card title={`Per ${by} (rata-rata ${t.rataRata === null ? "–" : formatDecimal(t.rataRata, 1)})`}>
          <div className="overflow-x-auto">
            <table className="w-full text-sm [&_td]:py-1 [&_td]:pr-3 [&_td]:text-right [&_td]:tabular-nums" data-testid="kesiapan-per-wilayah">
              <caption className="sr-only">Kesiapan per {by}</caption>
              <thead><tr className="text-left text-slate-600"><th className="py-1 pr-3 font-medium">{by === "kecamatan" ? "Kecamatan" : "Desa"}</th><th className="py-1 pr-3 text-right font-medium">Posyandu</th><th className="py-1 pr-3 text-right font-medium">Rata-rata</th>{KATEGORI_KESIAPAN.map((k) => <th key={k} className="py-1 pr-3 text-right font-medium">{LABEL_KATEGORI[k]}</th>)}<th className="py-1 text-right font-medium">Belum dihitung</th></tr></thead>
              <tbody className="divide-y divide-slate-100">
                {rollUp.areas.map((a) => (
                  <tr key={a.id}>
                    <td className="text-left!"><Link className="text-brand-700 hover:underline" href={`/kesiapan?${by === "kecamatan" ? "kecamatanId" : "desaId"}=${a.id}`}>{a.nama}</Link></td>
                    <td>{formatNumber(a.jumlah)}</td>
                    <td>{a.rataRata === null ? "–" : formatDecimal(a.rataRata, 1)}</td>
                    {KATEGORI_KESIAPAN.map((k) => <td key={k}>{formatNumber(a.perKategori[k])}</td>)}
                    <td className="pr-0!">{formatNumber(a.jumlah - a.dihitung)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Card>
      ) : null}
      {options ? (
        <FilterBar
          basePath="/kesiapan"
          q={params.q}
          keep={{ sort: params.sort, dir: params.dir, size: String(params.size) }}
          selects={[
            { name: "kecamatanId", label: "Kecamatan", value: params.kecamatanId, allLabel: "Semua kecamatan", options: options.kecamatan.map((k) => ({ value: k.id, label: k.nama })) },
            { name: "desaId", label: "Desa", value: params.desaId, allLabel: params.kecamatanId ? "Semua desa" : "Semua desa (pilih kecamatan untuk memilih desa)", options: options.desa.map((d) => ({ value: d.id, label: d.label })) },
            { name: "kategori", label: "Kategori", value: params.kategori, allLabel: "Semua kategori", options: [...KATEGORI_KESIAPAN.map((k) => ({ value: k, label: LABEL_KATEGORI[k] })), { value: "BELUM_DIHITUNG", label: "Belum dihitung" }] },
          ]}
        />
      ) : null}
      {rows.length === 0 ? (
        <EmptyState title={filtered ? "Tidak ada posyandu yang cocok dengan filter" : "Belum ada posyandu aktif di wilayah ini"}>
          {filtered ? "Ubah kata kunci atau filter, atau pilih Atur ulang." : "Skor kesiapan muncul untuk posyandu aktif begitu data kader, sarana atau jadwalnya dicatat."}
        </EmptyState>
      ) : (
        <>
          <KesiapanTable
            rows={rows.map((r) => ({ id: r.id, nama: r.nama, desa: r.desa, kecamatan: r.kecamatan, skor: r.skor, kategori: r.kategori, tren: r.tren, skorSebelum: r.skorSebelum, kekurangan: r.kekurangan, jumlahKekurangan: r.jumlahKekurangan }))}
            sort={{ sort: params.sort, dir: params.dir, basePath: "/kesiapan", query: { ...filterQuery, size: String(params.size) } }}
          />
          <Pagination basePath="/kesiapan" query={{ ...filterQuery, sort: params.sort, dir: params.dir }} page={params.page} size={params.size} total={total} />
        </>
      )}
    </div>
  );
}
