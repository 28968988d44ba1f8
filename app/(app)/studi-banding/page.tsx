import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { listStudiBanding } from "@/lib/percontohan/queries-studi-banding";
import { ZStudiBandingListParams } from "@/lib/percontohan/schemas";
import { formatDateShort, todayInJakarta } from "@/lib/i18n/format";
import { dateFromIso } from "@/lib/posyandu/jadwal";
import { PageHeader } from "@/components/ui/page-header";
import { FilterBar } from "@/components/ui/filter-bar";
import { EmptyState } from "@/components/ui/card";
import { Pagination, queryOf } from "@/components/data-table/pagination";
import { StudiBandingTable } from "@/components/percontohan/studi-banding-table";

export const metadata: Metadata = { title: "Studi banding" };

export default async function StudiBandingListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "kesiapan.read")) notFound();
  const params = ZStudiBandingListParams.parse(await searchParams);
  const today = todayInJakarta();
  const { rows, total } = await listStudiBanding(viewer, params);
  const filterQuery = queryOf({ q: params.q, tahun: params.tahun });
  const filtered = Object.keys(filterQuery).length > 0;
  const thisYear = Number(today.slice(0, 4));
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title="Studi banding"
        description={`Kunjungan studi banding ke posyandu percontohan ILP di wilayah ${viewer.areaLabel}`}
        crumbs={[{ href: "/", label: "Beranda" }, { href: "/percontohan", label: "Percontohan" }, { label: "Studi banding" }]}
      />
      <FilterBar
        basePath="/studi-banding"
        q={params.q}
        keep={{ sort: params.sort, dir: params.dir, size: String(params.size) }}
        selects={[{ name: "tahun", label: "Tahun", value: params.tahun ? String(params.tahun) : undefined, allLabel: "Semua tahun", options: Array.from({ length: 6 }, (_, i) => String(thisYear + 1 - i)).map((y) => ({ value: y, label: y })) }]}
      />
      {rows.length === 0 ? (
        <EmptyState title={filtered ? "Tidak ada studi banding yang cocok dengan filter" : "Belum ada studi banding"}>
          {filtered ? "Ubah kata kunci atau tahun, atau pilih Atur ulang." : can(viewer, "percontohan.manage") ? "Catat kunjungan dari halaman posyandu percontohan yang dikunjungi (menu Percontohan)." : "Kunjungan dicatat oleh admin Dinas Kesehatan."}
        </EmptyState>
      ) : (
        <>
          <StudiBandingTable
            rows={rows.map((r) => ({ id: r.id, tanggal: formatDateShort(dateFromIso(r.tanggal)), direncanakan: r.tanggal > today, asal: r.asal, jumlahPeserta: r.jumlahPeserta, tujuan: r.tujuan, percontohanId: r.percontohan.id, posyandu: r.percontohan.posyandu.nama, desa: r.percontohan.posyandu.desa.nama }))}
            sort={{ sort: params.sort, dir: params.dir, basePath: "/studi-banding", query: { ...filterQuery, size: String(params.size) } }}
          />
          <Pagination basePath="/studi-banding" query={{ ...filterQuery, sort: params.sort, dir: params.dir }} page={params.page} size={params.size} total={total} />
        </>
      )}
    </div>
  );
}
