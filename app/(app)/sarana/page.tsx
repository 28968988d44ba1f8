import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { listKelengkapan } from "@/lib/sarana/kelengkapan";
import { ZKelengkapanParams } from "@/lib/sarana/schemas";
import { posyanduListFilterOptions } from "@/lib/posyandu/queries";
import { formatNumber } from "@/lib/i18n/format";
import { PageHeader } from "@/components/ui/page-header";
import { LinkButton, buttonClass } from "@/components/ui/button";
import { FilterBar } from "@/components/ui/filter-bar";
import { Card, EmptyState } from "@/components/ui/card";
import { Pagination, queryOf } from "@/components/data-table/pagination";
import { KelengkapanTable } from "@/components/sarana/kelengkapan-table";

export const metadata: Metadata = { title: "Sarana posyandu" };

export default async function SaranaListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "kesiapan.read")) notFound();
  const params = ZKelengkapanParams.parse(await searchParams);
  const [list, options] = await Promise.all([listKelengkapan(viewer, params), viewer.role === "KADER" ? null : posyanduListFilterOptions(viewer, params.kecamatanId)]);
  const filterQuery = queryOf({ q: params.q, kecamatanId: params.kecamatanId, desaId: params.desaId });
  const filtered = Object.keys(filterQuery).length > 0;
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title="Sarana posyandu"
        description={`Kelengkapan alat standar dan prasarana posyandu di wilayah ${viewer.areaLabel}. Yang paling banyak kekurangannya di atas.`}
        crumbs={[{ href: "/", label: "Beranda" }, { label: "Sarana" }]}
        actions={
          <>
            <a className={buttonClass("secondary")} href={`/sarana/unduh?${new URLSearchParams({ ...filterQuery, sort: params.sort, dir: params.dir })}`} download>Unduh CSV</a>
            {can(viewer, "katalog.manage") ? <LinkButton href="/pengaturan/sarana" variant="secondary">Katalog dan aturan</LinkButton> : null}
          </>
        }
      />
      {options ? (
        <FilterBar
          basePath="/sarana"
          q={params.q}
          keep={{ sort: params.sort, dir: params.dir, size: String(params.size) }}
          selects={[
            { name: "kecamatanId", label: "Kecamatan", value: params.kecamatanId, allLabel: "Semua kecamatan", options: options.kecamatan.map((k) => ({ value: k.id, label: k.nama })) },
            { name: "desaId", label: "Desa", value: params.desaId, allLabel: params.kecamatanId ? "Semua desa" : "Semua desa (pilih kecamatan untuk memilih desa)", options: options.desa.map((d) => ({ value: d.id, label: d.label })) },
          ]}
        />
      ) : null}
      {list.terbanyakKurang.length ? (
        <Card title="Alat yang paling sering kurang">
          <ol className="list-decimal pl-5 text-sm" data-testid="terbanyak-kurang">
            {list.terbanyakKurang.slice(0, 5).map((t) => <li key={t.nama}>{t.nama}: kurang di {formatNumber(t.posyandu)} dari {formatNumber(list.posyanduTotal)} posyandu</li>)}
          </ol>
          <p className="mt-2 text-xs text-slate-600">Alat yang perlu kalibrasi dihitung cukup bila dikalibrasi dalam {list.aturan.kalibrasiBulan} bulan terakhir; rusak berat tidak dihitung.</p>
        </Card>
      ) : null}
      {list.rows.length === 0 ? (
        <EmptyState title={filtered ? "Tidak ada posyandu yang cocok dengan filter" : "Belum ada posyandu di wilayah ini"}>
          {filtered ? "Ubah kata kunci atau filter, atau pilih Atur ulang." : "Posyandu ditambahkan oleh admin Dinas Kesehatan di menu Posyandu."}
        </EmptyState>
      ) : (
        <div>
          <KelengkapanTable rows={list.rows} sort={{ sort: params.sort, dir: params.dir, basePath: "/sarana", query: { ...filterQuery, size: String(params.size) } }} />
          <Pagination basePath="/sarana" query={{ ...filterQuery, sort: params.sort, dir: params.dir }} page={params.page} size={params.size} total={list.total} />
        </div>
      )}
    </div>
  );
}
