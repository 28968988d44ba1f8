import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { listHariBuka, posyanduUntukBuka } from "@/lib/hari-buka/queries";
import { ZHariBukaListParams } from "@/lib/hari-buka/schemas";
import { formatDateWithDay, todayInJakarta } from "@/lib/i18n/format";
import { dateFromIso } from "@/lib/posyandu/jadwal";
import { PageHeader } from "@/components/ui/page-header";
import { FilterBar } from "@/components/ui/filter-bar";
import { EmptyState } from "@/components/ui/card";
import { Pagination, queryOf } from "@/components/data-table/pagination";
import { HariBukaTable } from "@/components/hari-buka/hari-buka-table";
import { BukaHariBukaForm } from "@/components/hari-buka/buka-form";

export const metadata: Metadata = { title: "Hari Posyandu" };

export default async function HariBukaListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "laporan.read")) notFound();
  const params = ZHariBukaListParams.parse(await searchParams);
  const [{ rows, total }, posyandu] = await Promise.all([listHariBuka(viewer, params), posyanduUntukBuka(viewer)]);
  const filterQuery = queryOf({ q: params.q, bulan: params.bulan, status: params.status, posyanduId: params.posyanduId });
  const filtered = Object.keys(filterQuery).length > 0;
  const today = todayInJakarta();
  return (
    <div>
      <PageHeader title="Hari Posyandu" description={`Hari buka posyandu di wilayah ${viewer.areaLabel}: siapa yang hadir, siapa yang dirujuk. Kader mencatat di hari posyandu, juga tanpa sinyal.`} crumbs={[{ href: "/", label: "Beranda" }, { label: "Hari Posyandu" }]} />
      {posyandu.length > 0 ? (
        <details className="mb-4" open={rows.length === 0 && !filtered}>
          <summary className="min-h-11 cursor-pointer py-2 font-semibold text-brand-700">Buka hari posyandu</summary>
          <BukaHariBukaForm posyandu={posyandu} today={today} requestId={randomUUID()} />
        </details>
      ) : null}
      <FilterBar basePath="/hari-buka" q={params.q} searchLabel="Cari posyandu" placeholder="Nama posyandu…" keep={{ sort: params.sort, dir: params.dir, size: String(params.size) }}
        selects={[
          { name: "status", label: "Status", value: params.status, allLabel: "Semua status", options: [{ value: "buka", label: "Buka" }, { value: "tutup", label: "Ditutup" }] },
          { name: "bulan", label: "Bulan", value: params.bulan, allLabel: "Semua bulan", options: bulanTerakhir(today, 24) },
        ]} />
      {rows.length === 0 ? (
        <EmptyState title={filtered ? "Tidak ada hari posyandu yang cocok dengan filter" : "Belum ada hari posyandu yang dicatat"}>
          {filtered ? "Ubah kata kunci atau filter, atau pilih Atur ulang." : posyandu.length > 0 ? "Pilih \"Buka hari posyandu\" di atas pada hari posyandu, lalu catat setiap orang yang datang." : "Kader atau bidan desa membuka hari posyandu pada hari buka posyandunya."}
        </EmptyState>
      ) : (
        <>
          <HariBukaTable rows={rows.map((r) => ({ ...r, tanggalLabel: formatDateWithDay(dateFromIso(r.tanggal)) }))} sort={{ sort: params.sort, dir: params.dir, basePath: "/hari-buka", query: { ...filterQuery, size: String(params.size) } }} />
          <Pagination basePath="/hari-buka" query={{ ...filterQuery, sort: params.sort, dir: params.dir }} page={params.page} size={params.size} total={total} />
        </>
      )}
    </div>
  );
}

const BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
function bulanTerakhir(today: string, n: number) {
  let [y, m] = today.split("-").map(Number);
  const out: { value: string; label: string }[] = [];
  for (let i = 0; i < n; i++) {
    out.push({ value: `${y}-${String(m).padStart(2, "0")}`, label: `${BULAN[m - 1]} ${y}` });
    m -= 1;
    if (m === 0) { m = 12; y -= 1; }
  }
  return out;
}
