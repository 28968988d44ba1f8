import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { listRencana } from "@/lib/rencana/queries";
import { ZRencanaListParams } from "@/lib/rencana/schemas";
import { quarterLabel } from "@/lib/supervisi/jadwal-kunjungan";
import { todayInJakarta } from "@/lib/i18n/format";
import { PageHeader } from "@/components/ui/page-header";
import { LinkButton } from "@/components/ui/button";
import { FilterBar } from "@/components/ui/filter-bar";
import { EmptyState } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { Pagination, queryOf } from "@/components/data-table/pagination";
import { RencanaTable } from "@/components/rencana/rencana-table";

export const metadata: Metadata = { title: "Rencana supervisi" };

export default async function RencanaListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "supervisi.read")) notFound();
  const raw = await searchParams;
  const params = ZRencanaListParams.parse(raw);
  const { rows, total } = await listRencana(viewer, params);
  const filterQuery = queryOf({ q: params.q, tahun: params.tahun, triwulan: params.triwulan, tingkat: params.tingkat });
  const filtered = Object.keys(filterQuery).length > 0;
  const plan = can(viewer, "supervisi.plan");
  const year = Number(todayInJakarta().slice(0, 4));
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title="Rencana supervisi"
        description={`Rencana per triwulan di wilayah ${viewer.areaLabel}`}
        crumbs={[{ href: "/", label: "Beranda" }, { href: "/supervisi", label: "Supervisi" }, { label: "Rencana" }]}
        actions={
          <>
            <LinkButton variant="secondary" href="/supervisi/rencana/saran">Lokasi yang disarankan</LinkButton>
            {plan ? <LinkButton href="/supervisi/rencana/baru">Buat rencana</LinkButton> : null}
          </>
        }
      />
      {raw.dihapus ? <Alert tone="success">Rencana sudah dihapus.</Alert> : null}
      <FilterBar
        basePath="/supervisi/rencana"
        q={params.q}
        placeholder="Nama rencana atau puskesmas…"
        keep={{ sort: params.sort, dir: params.dir, size: String(params.size) }}
        selects={[
          { name: "tahun", label: "Tahun", value: params.tahun ? String(params.tahun) : undefined, allLabel: "Semua tahun", options: [year + 1, year, year - 1, year - 2].map((y) => ({ value: String(y), label: String(y) })) },
          { name: "triwulan", label: "Triwulan", value: params.triwulan ? String(params.triwulan) : undefined, allLabel: "Semua triwulan", options: [1, 2, 3, 4].map((t) => ({ value: String(t), label: `Triwulan ${["I", "II", "III", "IV"][t - 1]}` })) },
          { name: "tingkat", label: "Tingkat", value: params.tingkat, allLabel: "Semua tingkat", options: [{ value: "KABUPATEN", label: "Dinkes (kabupaten)" }, { value: "PUSKESMAS", label: "Puskesmas" }] },
        ]}
      />
      {rows.length === 0 ? (
        <EmptyState title={filtered ? "Tidak ada rencana yang cocok dengan filter" : "Belum ada rencana supervisi"}>
          {filtered ? "Ubah kata kunci atau filter, atau pilih Atur ulang." : plan ? "Pilih Buat rencana untuk merencanakan kunjungan supervisi triwulan ini." : "Rencana supervisi dibuat oleh Dinas Kesehatan dan puskesmas."}
        </EmptyState>
      ) : (
        <>
          <RencanaTable
            rows={rows.map((r) => ({
              id: r.id, nama: r.nama, periode: quarterLabel(r.tahun, r.triwulan),
              tingkat: r.tingkat === "KABUPATEN" ? "Dinkes (kabupaten)" : r.puskesmas?.nama ?? "Puskesmas",
              instrumen: r.instrumen ? `${r.instrumen.nama} v${r.instrumen.versi}` : "–",
              direncanakan: (r.kunjungan.DIRENCANAKAN ?? 0) + (r.kunjungan.BERLANGSUNG ?? 0), selesai: r.kunjungan.SELESAI ?? 0, batal: r.kunjungan.BATAL ?? 0,
            }))}
            sort={{ sort: params.sort, dir: params.dir, basePath: "/supervisi/rencana", query: { ...filterQuery, size: String(params.size) } }}
          />
          <Pagination basePath="/supervisi/rencana" query={{ ...filterQuery, sort: params.sort, dir: params.dir }} page={params.page} size={params.size} total={total} />
        </>
      )}
    </div>
  );
}
