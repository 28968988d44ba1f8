import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { listDesa } from "@/lib/wilayah/queries";
import { ZWilayahListParams } from "@/lib/wilayah/schemas";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/card";
import { Pagination, queryOf } from "@/components/data-table/pagination";
import { DesaTable } from "@/components/wilayah/wilayah-tables";
import { SearchBox } from "@/components/wilayah/search-box";
import { WilayahTabs } from "@/components/wilayah/wilayah-tabs";

export const metadata: Metadata = { title: "Semua desa" };

export default async function DesaListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "wilayah.read")) notFound();
  const params = ZWilayahListParams.parse(await searchParams);
  const { rows, total } = await listDesa(viewer, params);
  const filterQuery = queryOf({ q: params.q });
  return (
    <div>
      <PageHeader title="Semua desa/kelurahan" description={`Desa dan kelurahan di wilayah ${viewer.areaLabel}`} crumbs={[{ href: "/", label: "Beranda" }, { href: "/wilayah", label: "Wilayah" }, { label: "Semua desa" }]} />
      <WilayahTabs active="desa" />
      <SearchBox basePath="/wilayah/desa" q={params.q} label="Cari desa/kelurahan" placeholder="Nama atau kode desa" keep={{ sort: params.sort, dir: params.dir }} />
      {rows.length === 0 ? (
        <EmptyState title={params.q ? "Tidak ada desa yang cocok" : "Belum ada desa di wilayah ini"}>{params.q ? "Ubah kata kunci, atau pilih Atur ulang." : "Desa ditambahkan dari daftar resmi Kemendagri di halaman kecamatannya."}</EmptyState>
      ) : (
        <>
          <DesaTable showKecamatan rows={rows.map((r) => ({ id: r.id, kode: r.kode, nama: r.nama, isKelurahan: r.isKelurahan, kecamatan: r.kecamatan.nama, puskesmas: r.puskesmas?.nama ?? null, dusun: r.dusun, posyandu: r.posyandu, posyanduAktif: r.posyanduAktif, pustu: r.pustu }))} sort={{ sort: params.sort, dir: params.dir, basePath: "/wilayah/desa", query: { ...filterQuery, size: String(params.size) } }} />
          <Pagination basePath="/wilayah/desa" query={{ ...filterQuery, sort: params.sort, dir: params.dir }} page={params.page} size={params.size} total={total} />
        </>
      )}
    </div>
  );
}
