import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { listKecamatan, wilayahSummary } from "@/lib/wilayah/queries";
import { ZWilayahListParams } from "@/lib/wilayah/schemas";
import { PageHeader } from "@/components/ui/page-header";
import { LinkButton } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { Pagination, queryOf } from "@/components/data-table/pagination";
import { KecamatanTable } from "@/components/wilayah/wilayah-tables";
import { SearchBox } from "@/components/wilayah/search-box";
import { WilayahTabs } from "@/components/wilayah/wilayah-tabs";
import { WilayahStats } from "@/components/wilayah/stats";

export const metadata: Metadata = { title: "Wilayah" };

export default async function WilayahPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "wilayah.read")) notFound();
  // A bidan desa has one desa: go straight to it.
  if (viewer.role === "BIDAN_DESA" && viewer.desaId) redirect(`/wilayah/desa/${viewer.desaId}`);
  const raw = await searchParams;
  const params = ZWilayahListParams.parse(raw);
  const [s, { rows, total }] = await Promise.all([wilayahSummary(viewer), listKecamatan(viewer, params)]);
  const filterQuery = queryOf({ q: params.q });
  return (
    <div>
      <PageHeader
        title="Wilayah"
        description={`Kecamatan, desa, dusun, dan posyandu di wilayah ${viewer.areaLabel}`}
        crumbs={[{ href: "/", label: "Beranda" }, { label: "Wilayah" }]}
        actions={can(viewer, "wilayah.manage") ? <LinkButton variant="secondary" href="/wilayah/kecamatan/baru">Tambah kecamatan</LinkButton> : null}
      />
      {raw.dihapus ? <div className="mb-4"><Alert tone="success">Kecamatan sudah dihapus.</Alert></div> : null}
      <WilayahStats items={[
        { label: "Kecamatan", value: s.kecamatan },
        { label: "Desa/kelurahan", value: s.desa },
        { label: "Dusun", value: s.dusun },
        { label: "Posyandu", value: s.posyandu },
        { label: "Posyandu aktif", value: s.posyanduAktif },
        { label: "Puskesmas", value: s.puskesmas },
      ]} />
      <WilayahTabs active="kecamatan" />
      <SearchBox basePath="/wilayah" q={params.q} label="Cari kecamatan" placeholder="Nama atau kode kecamatan" keep={{ sort: params.sort, dir: params.dir }} />
      {rows.length === 0 ? (
        <EmptyState title={params.q ? "Tidak ada kecamatan yang cocok" : "Belum ada kecamatan di wilayah ini"}>
          {params.q ? "Ubah kata kunci, atau pilih Atur ulang. Untuk mencari desa, buka tab Semua desa." : can(viewer, "wilayah.manage") ? "Tambahkan kecamatan dari daftar resmi Kemendagri." : "Hubungi admin Dinas Kesehatan."}
        </EmptyState>
      ) : (
        <>
          <KecamatanTable rows={rows} sort={{ sort: params.sort, dir: params.dir, basePath: "/wilayah", query: { ...filterQuery, size: String(params.size) } }} />
          <Pagination basePath="/wilayah" query={{ ...filterQuery, sort: params.sort, dir: params.dir }} page={params.page} size={params.size} total={total} />
        </>
      )}
    </div>
  );
}
