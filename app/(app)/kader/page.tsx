import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { listKader, posyanduOfDesa } from "@/lib/kader/queries";
import { ZKaderListParams } from "@/lib/kader/schemas";
import { posyanduListFilterOptions } from "@/lib/posyandu/queries";
import { PageHeader } from "@/components/ui/page-header";
import { FilterBar, type FilterSelect } from "@/components/ui/filter-bar";
import { EmptyState } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { Pagination, queryOf } from "@/components/data-table/pagination";
import { KaderTable } from "@/components/kader/kader-table";
import { toTableRow } from "@/components/kader/rows";
import { AKTIF_OPTIONS, LEVEL_OPTIONS } from "@/components/kader/level-filter";

export const metadata: Metadata = { title: "Kader" };

export default async function KaderListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "kesiapan.read")) notFound();
  const raw = await searchParams;
  const params = ZKaderListParams.parse(raw);
  const wide = viewer.role !== "KADER";
  const [{ rows, total }, options, posyandu] = await Promise.all([
    listKader(viewer, params),
    wide ? posyanduListFilterOptions(viewer, params.kecamatanId) : null,
    wide ? posyanduOfDesa(viewer, params.desaId) : [],
  ]);
  const filterQuery = queryOf({ q: params.q, kecamatanId: params.kecamatanId, desaId: params.desaId, posyanduId: params.posyanduId, level: params.level, aktif: params.aktif });
  const filtered = Object.keys(filterQuery).length > 0;
  const selects: FilterSelect[] = [
    ...(options
      ? [
          { name: "kecamatanId", label: "Kecamatan", value: params.kecamatanId, allLabel: "Semua kecamatan", options: options.kecamatan.map((k) => ({ value: k.id, label: k.nama })) },
          // One kecamatan's desa, then one desa's posyandu: a kabupaten has hundreds of each.
          { name: "desaId", label: "Desa", value: params.desaId, allLabel: params.kecamatanId ? "Semua desa" : "Pilih kecamatan dulu", options: options.desa.map((d) => ({ value: d.id, label: d.label })) },
          { name: "posyanduId", label: "Posyandu", value: params.posyanduId, allLabel: params.desaId ? "Semua posyandu" : "Pilih desa dulu", options: posyandu.map((p) => ({ value: p.id, label: p.nama })) },
        ]
      : []),
    { name: "level", label: "Tingkat", value: params.level, allLabel: "Semua tingkat", options: LEVEL_OPTIONS },
    { name: "aktif", label: "Status", value: params.aktif, allLabel: "Semua status", options: AKTIF_OPTIONS },
  ];
  return (
    <div>
      <PageHeader title="Kader" description={`Kader posyandu di wilayah ${viewer.areaLabel}, dengan tingkat kecakapan (Purwa, Madya, Utama). NIK ditampilkan tersamar.`} crumbs={[{ href: "/", label: "Beranda" }, { label: "Kader" }]} actions={can(viewer, "kader.manage") ? <LinkButton href="/kader/impor" variant="secondary">Impor kader</LinkButton> : null} />
      {typeof raw.diimpor === "string" ? <div className="mb-4"><Alert tone="success">{`${Number(raw.diimpor) || 0} kader sudah diimpor.`}</Alert></div> : null}
      <FilterBar basePath="/kader" q={params.q} searchLabel="Cari nama kader" placeholder="Nama kader…" keep={{ sort: params.sort, dir: params.dir, size: String(params.size) }} selects={selects} />
      {rows.length === 0 ? (
        <EmptyState title={filtered ? "Tidak ada kader yang cocok dengan filter" : "Belum ada kader di wilayah ini"}>
          {filtered ? "Ubah kata kunci atau filter, atau pilih Atur ulang." : can(viewer, "kader.manage") ? "Buka halaman sebuah posyandu, lalu pilih Kader untuk menambahkan kadernya." : "Bidan desa atau petugas puskesmas mencatat kader setiap posyandu."}
        </EmptyState>
      ) : (
        <>
          <KaderTable rows={rows.map(toTableRow)} showPosyandu sort={{ sort: params.sort, dir: params.dir, basePath: "/kader", query: { ...filterQuery, size: String(params.size) } }} />
          <Pagination basePath="/kader" query={{ ...filterQuery, sort: params.sort, dir: params.dir }} page={params.page} size={params.size} total={total} />
        </>
      )}
    </div>
  );
}
