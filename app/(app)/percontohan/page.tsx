import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { listPercontohan, percontohanSummary } from "@/lib/percontohan/queries";
import { ZPercontohanListParams } from "@/lib/percontohan/schemas";
import { TAHAP_LABEL, TAHAP_URUT, targetStatus } from "@/lib/percontohan/tahap";
import { formatDateShort, formatNumber, todayInJakarta } from "@/lib/i18n/format";
import { dateFromIso } from "@/lib/posyandu/jadwal";
import { PageHeader } from "@/components/ui/page-header";
import { LinkButton } from "@/components/ui/button";
import { FilterBar } from "@/components/ui/filter-bar";
import { Card, EmptyState } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { Pagination, queryOf } from "@/components/data-table/pagination";
import { PercontohanTable } from "@/components/percontohan/percontohan-table";
import { LazySkorChart } from "@/components/percontohan/skor-chart-lazy";
import { TahapBadge, TargetLabel } from "@/components/percontohan/badges";

export const metadata: Metadata = { title: "Percontohan ILP" };

/** Lines a readable chart holds; the page's first pilots are drawn. */
const CHART_LINES = 8;

export default async function PercontohanListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "kesiapan.read")) notFound();
  const raw = await searchParams;
  const params = ZPercontohanListParams.parse(raw);
  const today = todayInJakarta();
  const [{ rows, total }, summary] = await Promise.all([listPercontohan(viewer, params, today), percontohanSummary(viewer, today)]);
  const filterQuery = queryOf({ q: params.q, tahap: params.tahap, angkatan: params.angkatan, tahun: params.tahun });
  const filtered = Object.keys(filterQuery).length > 0;
  const manage = can(viewer, "percontohan.manage");
  const charted = rows.slice(0, CHART_LINES).filter((r) => r.skor.length > 0);
  const allPilots = TAHAP_URUT.reduce((n, t) => n + (summary.perTahap[t] ?? 0), 0);
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title="Percontohan ILP"
        description={`Posyandu percontohan ILP dan replikasinya di wilayah ${viewer.areaLabel}`}
        crumbs={[{ href: "/", label: "Beranda" }, { label: "Percontohan" }]}
        actions={
          <>
            <LinkButton variant="secondary" href="/studi-banding">Studi banding</LinkButton>
            {manage ? <LinkButton href="/percontohan/baru">Tetapkan percontohan</LinkButton> : null}
          </>
        }
      />
      {raw.dihapus ? <Alert tone="success">Percontohan sudah dihapus.</Alert> : null}
      {allPilots > 0 ? (
        <section aria-label="Ringkasan tahap" className="flex flex-wrap gap-2 text-sm" data-testid="ringkasan-tahap">
          {TAHAP_URUT.map((t) => (
            <a key={t} href={`/percontohan?tahap=${t}`} className="rounded-md border border-slate-200 bg-white px-3 py-2 hover:border-brand-600">
              {TAHAP_LABEL[t]}: <span className="font-semibold">{formatNumber(summary.perTahap[t] ?? 0)}</span>
            </a>
          ))}
          <span className={`rounded-md border px-3 py-2 ${summary.terlambat ? "border-red-300 bg-red-50 font-semibold text-red-900" : "border-slate-200 bg-white"}`}>
            Terlambat dari target: {formatNumber(summary.terlambat)}
          </span>
        </section>
      ) : null}
      <FilterBar
        basePath="/percontohan"
        q={params.q}
        keep={{ sort: params.sort, dir: params.dir, size: String(params.size) }}
        selects={[
          { name: "tahap", label: "Tahap", value: params.tahap, allLabel: "Semua tahap", options: TAHAP_URUT.map((t) => ({ value: t, label: TAHAP_LABEL[t] })) },
          { name: "angkatan", label: "Angkatan", value: params.angkatan ? String(params.angkatan) : undefined, allLabel: "Semua angkatan", options: summary.angkatan.map((a) => ({ value: String(a), label: `Angkatan ${a}` })) },
          { name: "tahun", label: "Tahun", value: params.tahun ? String(params.tahun) : undefined, allLabel: "Semua tahun", options: summary.tahun.map((y) => ({ value: String(y), label: String(y) })) },
        ]}
      />
      {rows.length === 0 ? (
        <EmptyState title={filtered ? "Tidak ada percontohan yang cocok dengan filter" : "Belum ada posyandu percontohan di wilayah ini"}>
          {filtered ? "Ubah kata kunci atau filter, atau pilih Atur ulang." : manage ? "Pilih Tetapkan percontohan untuk menetapkan posyandu pertama, lengkap dengan nomor SK dan tanggal targetnya." : "Percontohan ditetapkan oleh admin Dinas Kesehatan."}
        </EmptyState>
      ) : (
        <>
          <PercontohanTable
            rows={rows.map((r) => ({
              id: r.id, posyandu: r.posyandu.nama, dusun: r.posyandu.dusun, desa: r.desa, kecamatan: r.kecamatan, puskesmas: r.puskesmas, angkatan: r.angkatan, tahun: r.tahun, tahap: <TahapBadge tahap={r.tahap} />,
              target: r.tanggalTarget ? formatDateShort(dateFromIso(r.tanggalTarget)) : null, status: <TargetLabel status={targetStatus(r.tahap, r.tanggalTarget, today)} />, replikasi: r.replikasi, skor: r.skor.at(-1)?.skor ?? null,
            }))}
            sort={{ sort: params.sort, dir: params.dir, basePath: "/percontohan", query: { ...filterQuery, size: String(params.size) } }}
          />
          <Pagination basePath="/percontohan" query={{ ...filterQuery, sort: params.sort, dir: params.dir }} page={params.page} size={params.size} total={total} />
          <Card title="Skor kesiapan per bulan">
            {charted.length ? (
              <LazySkorChart title={`Skor kesiapan ${charted.length} percontohan pertama di halaman ini, 24 bulan terakhir`} series={charted.map((r) => ({ label: `Posyandu ${r.posyandu.nama}`, points: r.skor }))} />
            ) : (
              <EmptyState title="Belum ada skor kesiapan">Skor kesiapan dihitung otomatis setiap bulan dari data kader, keterampilan, dan sarana posyandu. Lengkapi data itu di halaman posyandu.</EmptyState>
            )}
          </Card>
        </>
      )}
    </div>
  );
}
