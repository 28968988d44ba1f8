import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { listPosyandu, posyanduListFilterOptions } from "@/lib/posyandu/queries";
import { ZPosyanduListParams } from "@/lib/posyandu/schemas";
import { jadwalLabel } from "@/lib/posyandu/jadwal";
import { PageHeader } from "@/components/ui/page-header";
import { LinkButton, buttonClass } from "@/components/ui/button";
import { FilterBar } from "@/components/ui/filter-bar";
import { EmptyState } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { PosyanduTable } from "@/components/posyandu/posyandu-table";
import { Pagination, queryOf } from "@/components/data-table/pagination";

export const metadata: Metadata = { title: "Posyandu" };

export default async function PosyanduListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "posyandu.read")) notFound();
  const raw = await searchParams;
  const params = ZPosyanduListParams.parse(raw);
  const [{ rows, total }, options] = await Promise.all([listPosyandu(viewer, params), posyanduListFilterOptions(viewer, params.kecamatanId)]);
  const filterQuery = queryOf({ q: params.q, kecamatanId: params.kecamatanId, desaId: params.desaId, puskesmasId: params.puskesmasId, aktif: params.aktif });
  const filtered = Object.keys(filterQuery).length > 0;
  return (
    <div>
      <PageHeader
        title="Posyandu"
        description={`Posyandu di wilayah ${viewer.areaLabel}`}
        crumbs={[{ href: "/", label: "Beranda" }, { label: "Posyandu" }]}
        actions={
          <>
            <a className={buttonClass("secondary")} href={`/posyandu/unduh?${new URLSearchParams({ ...filterQuery, sort: params.sort, dir: params.dir })}`} download>Unduh CSV</a>
            {can(viewer, "posyandu.create") ? <LinkButton href="/posyandu/baru">Tambah posyandu</LinkButton> : null}
          </>
        }
      />
      {raw.dihapus ? <div className="mb-4"><Alert tone="success">Posyandu sudah dihapus.</Alert></div> : null}
      {viewer.role !== "KADER" ? (
        <FilterBar
          basePath="/posyandu"
          q={params.q}
          keep={{ sort: params.sort, dir: params.dir, size: String(params.size) }}
          selects={[
            { name: "kecamatanId", label: "Kecamatan", value: params.kecamatanId, allLabel: "Semua kecamatan", options: options.kecamatan.map((k) => ({ value: k.id, label: k.nama })) },
            // The desa of one kecamatan at a time: a kabupaten has hundreds.
            { name: "desaId", label: "Desa", value: params.desaId, allLabel: params.kecamatanId ? "Semua desa" : "Semua desa (pilih kecamatan untuk memilih desa)", options: options.desa.map((d) => ({ value: d.id, label: d.label })) },
            { name: "puskesmasId", label: "Puskesmas", value: params.puskesmasId, allLabel: "Semua puskesmas", options: options.puskesmas.map((p) => ({ value: p.id, label: p.nama })) },
            { name: "aktif", label: "Status", value: params.aktif, allLabel: "Semua status", options: [{ value: "ya", label: "Aktif" }, { value: "tidak", label: "Tidak aktif" }] },
          ]}
        />
      ) : null}
      {rows.length === 0 ? (
        <EmptyState title={filtered ? "Tidak ada posyandu yang cocok dengan filter" : "Belum ada posyandu di wilayah ini"}>
          {filtered ? "Ubah kata kunci atau filter, atau pilih Atur ulang." : can(viewer, "posyandu.create") ? "Tambahkan posyandu satu per satu, atau impor dari berkas CSV/XLSX di menu Impor." : "Hubungi admin Dinas Kesehatan untuk menambahkan posyandu."}
        </EmptyState>
      ) : (
        <>
          <PosyanduTable
            rows={rows.map((r) => ({ id: r.id, nama: r.nama, dusun: r.dusun?.nama ?? null, desa: r.desa.nama, kecamatan: r.desa.kecamatan.nama, puskesmas: r.desa.puskesmas?.nama ?? null, jadwal: jadwalLabel({ mingguKe: r.jadwalMingguKe, hari: r.jadwalHari }), tempat: r.tempat, isActive: r.isActive }))}
            sort={{ sort: params.sort, dir: params.dir, basePath: "/posyandu", query: { ...filterQuery, size: String(params.size) } }}
          />
          <Pagination basePath="/posyandu" query={{ ...filterQuery, sort: params.sort, dir: params.dir }} page={params.page} size={params.size} total={total} />
        </>
      )}
    </div>
  );
}
