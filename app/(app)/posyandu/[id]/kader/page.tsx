import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { getPosyandu } from "@/lib/posyandu/queries";
import { listKader } from "@/lib/kader/queries";
import { ZKaderListParams } from "@/lib/kader/schemas";
import { orNotFound } from "@/lib/pages";
import { isUuid } from "@/lib/dal/ids";
import { PageHeader } from "@/components/ui/page-header";
import { LinkButton } from "@/components/ui/button";
import { FilterBar } from "@/components/ui/filter-bar";
import { EmptyState } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { Pagination, queryOf } from "@/components/data-table/pagination";
import { KaderTable } from "@/components/kader/kader-table";
import { toTableRow } from "@/components/kader/rows";
import { AKTIF_OPTIONS, LEVEL_OPTIONS } from "@/components/kader/level-filter";

export const metadata: Metadata = { title: "Kader posyandu" };

export default async function PosyanduKaderPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "kesiapan.read")) notFound();
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const raw = await searchParams;
  const list = { ...ZKaderListParams.parse(raw), posyanduId: id, desaId: undefined, kecamatanId: undefined };
  const [p, { rows, total }] = await orNotFound(Promise.all([getPosyandu(viewer, id), listKader(viewer, list)]));
  const basePath = `/posyandu/${id}/kader`;
  const filterQuery = queryOf({ q: list.q, level: list.level, aktif: list.aktif });
  const filtered = Object.keys(filterQuery).length > 0;
  const manage = can(viewer, "kader.manage");
  return (
    <div>
      <PageHeader
        title={`Kader Posyandu ${p.nama}`}
        description={<>Desa {p.desa.nama}{p.dusun ? `, Dusun ${p.dusun.nama}` : ""}. NIK ditampilkan tersamar.</>}
        crumbs={[{ href: "/posyandu", label: "Posyandu" }, { href: `/posyandu/${id}`, label: p.nama }, { label: "Kader" }]}
        actions={manage ? (
          <>
            <LinkButton href={`/kader/impor?posyanduId=${id}`} variant="secondary">Impor dari berkas</LinkButton>
            <LinkButton href={`${basePath}/baru`}>Tambah kader</LinkButton>
          </>
        ) : null}
      />
      {raw.dihapus ? <div className="mb-4"><Alert tone="success">Kader sudah dihapus.</Alert></div> : null}
      {typeof raw.diimpor === "string" ? <div className="mb-4"><Alert tone="success">{`${Number(raw.diimpor) || 0} kader sudah diimpor.`}</Alert></div> : null}
      <FilterBar
        basePath={basePath}
        q={list.q}
        searchLabel="Cari nama kader"
        placeholder="Nama kader…"
        keep={{ sort: list.sort, dir: list.dir, size: String(list.size) }}
        selects={[
          { name: "level", label: "Tingkat", value: list.level, allLabel: "Semua tingkat", options: LEVEL_OPTIONS },
          { name: "aktif", label: "Status", value: list.aktif, allLabel: "Semua status", options: AKTIF_OPTIONS },
        ]}
      />
      {rows.length === 0 ? (
        <EmptyState title={filtered ? "Tidak ada kader yang cocok dengan filter" : "Belum ada kader di posyandu ini"}>
          {filtered ? "Ubah kata kunci atau filter, atau pilih Atur ulang." : manage ? "Tambahkan kader satu per satu dengan tombol Tambah kader, atau sekaligus dari berkas CSV/XLSX dengan Impor dari berkas." : "Bidan desa atau petugas puskesmas dapat menambahkan kader posyandu ini."}
        </EmptyState>
      ) : (
        <>
          <KaderTable rows={rows.map(toTableRow)} showPosyandu={false} sort={{ sort: list.sort, dir: list.dir, basePath, query: { ...filterQuery, size: String(list.size) } }} />
          <Pagination basePath={basePath} query={{ ...filterQuery, sort: list.sort, dir: list.dir }} page={list.page} size={list.size} total={total} />
        </>
      )}
    </div>
  );
}
