import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { listPuskesmas } from "@/lib/wilayah/queries";
import { ZWilayahListParams } from "@/lib/wilayah/schemas";
import { PageHeader } from "@/components/ui/page-header";
import { LinkButton } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { Pagination, queryOf } from "@/components/data-table/pagination";
import { PuskesmasTable } from "@/components/wilayah/wilayah-tables";
import { SearchBox } from "@/components/wilayah/search-box";
import { WilayahTabs } from "@/components/wilayah/wilayah-tabs";

export const metadata: Metadata = { title: "Puskesmas" };

export default async function PuskesmasListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "wilayah.read")) notFound();
  const raw = await searchParams;
  const params = ZWilayahListParams.parse({ sort: "nama", ...raw });
  const { rows, total } = await listPuskesmas(viewer, params);
  const filterQuery = queryOf({ q: params.q });
  const manage = can(viewer, "wilayah.manage");
  return (
    <div>
      <PageHeader
        title="Puskesmas"
        description={`Puskesmas dan wilayah kerjanya di ${viewer.areaLabel}`}
        crumbs={[{ href: "/", label: "Beranda" }, { href: "/wilayah", label: "Wilayah" }, { label: "Puskesmas" }]}
        actions={manage ? <LinkButton href="/wilayah/puskesmas/baru">Tambah puskesmas</LinkButton> : null}
      />
      {raw.dihapus ? <div className="mb-4"><Alert tone="success">Puskesmas sudah dihapus.</Alert></div> : null}
      <WilayahTabs active="puskesmas" />
      <SearchBox basePath="/wilayah/puskesmas" q={params.q} label="Cari puskesmas" placeholder="Nama atau kode Kemenkes" keep={{ sort: params.sort, dir: params.dir }} />
      {rows.length === 0 ? (
        <EmptyState title={params.q ? "Tidak ada puskesmas yang cocok" : "Belum ada puskesmas"}>{params.q ? "Ubah kata kunci, atau pilih Atur ulang." : manage ? "Tambahkan puskesmas beserta desa wilayah kerjanya." : "Hubungi admin Dinas Kesehatan."}</EmptyState>
      ) : (
        <>
          <PuskesmasTable rows={rows.map((r) => ({ id: r.id, kode: r.kode, nama: r.nama, kecamatan: r.kecamatan.nama, lokasi: r.desa.nama, desa: r.counts.desa, posyandu: r.counts.posyandu, posyanduAktif: r.counts.posyanduAktif, pustu: r.pustu }))} sort={{ sort: params.sort, dir: params.dir, basePath: "/wilayah/puskesmas", query: { ...filterQuery, size: String(params.size) } }} />
          <Pagination basePath="/wilayah/puskesmas" query={{ ...filterQuery, sort: params.sort, dir: params.dir }} page={params.page} size={params.size} total={total} />
        </>
      )}
    </div>
  );
}
