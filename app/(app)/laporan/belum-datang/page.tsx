import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { ZBelumDatangParams } from "@/lib/laporan/schemas";
import { laporanBelumDatang, posyanduPilihan } from "@/lib/laporan/belum-datang";
import { posyanduByName } from "@/lib/laporan/skdn-balita";
import { KELOMPOK_LABEL, KELOMPOK_SASARAN } from "@/lib/sasaran/kelompok";
import { NotFoundError } from "@/lib/errors";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { queryOf, Pagination } from "@/components/data-table/pagination";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { FilterBar } from "@/components/ui/filter-bar";
import { SelectField } from "@/components/ui/form-fields";
import { BulanPicker } from "@/components/laporan/bulan-picker";
import { BelumDatangTable } from "@/components/laporan/belum-datang-table";

export const metadata: Metadata = { title: "Belum datang" };

const umurLabel = (bulan: number) => (bulan < 24 ? `${formatNumber(bulan)} bulan` : `${formatNumber(Math.floor(bulan / 12))} tahun`);

export default async function BelumDatangPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "sasaran.read")) notFound();
  const params = ZBelumDatangParams.parse(await searchParams);
  const crumbs = [{ href: "/", label: "Beranda" }, { href: `/laporan?bulan=${params.bulan}`, label: "Laporan" }, { label: "Belum datang" }];
  const posyanduId = params.posyanduId ?? (viewer.role === "KADER" ? viewer.posyanduId ?? undefined : undefined);
  if (!posyanduId) {
    const pilihan = await posyanduPilihan(viewer);
    return (
      <div className="flex flex-col gap-4">
        <PageHeader title="Belum datang" description="Sasaran terdaftar yang belum dilayani bulan ini, untuk kunjungan rumah. Pilih posyandu." crumbs={crumbs} />
        {pilihan.length === 0 ? (
          <EmptyState title="Belum ada posyandu aktif di wilayah ini">Tambahkan posyandu di menu Posyandu.</EmptyState>
        ) : (
          <form method="get" action="/laporan/belum-datang" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3">
            <input type="hidden" name="bulan" value={params.bulan} />
            <SelectField id="f-posyandu" name="posyanduId" label="Posyandu" required placeholder="Pilih posyandu" options={pilihan.map((p) => ({ value: p.id, label: p.label }))} />
            <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-4 text-sm font-semibold text-white hover:bg-brand-800">Tampilkan</button>
          </form>
        )}
      </div>
    );
  }
  let data;
  let posyandu;
  try {
    posyandu = await posyanduByName(viewer, posyanduId);
    data = await laporanBelumDatang(viewer, posyandu.id, params);
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
  const filterQuery = queryOf({ bulan: params.bulan, posyanduId: params.posyanduId, q: params.q, kelompok: params.kelompok });
  const filtered = Boolean(params.q || params.kelompok);
  const unduh = (format: string) => `/laporan/belum-datang/unduh?${new URLSearchParams({ ...filterQuery, posyanduId: posyandu.id, sort: params.sort, dir: params.dir, format })}`;
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title={`Belum datang: Posyandu ${posyandu.nama}`}
        description={`Sasaran terdaftar Desa ${posyandu.desa} yang belum dilayani pada ${data.bulan.label}, dengan kunjungan terakhirnya, untuk kunjungan rumah.`}
        crumbs={crumbs}
        actions={
          <>
            <a className={buttonClass("secondary")} href={unduh("csv")} download>Unduh CSV</a>
            <a className={buttonClass("secondary")} href={unduh("xlsx")} download>Unduh XLSX</a>
          </>
        }
      />
      <BulanPicker basePath="/laporan/belum-datang" bulan={params.bulan} keep={queryOf({ posyanduId: params.posyanduId, q: params.q, kelompok: params.kelompok })} />
      <FilterBar
        basePath="/laporan/belum-datang"
        q={params.q}
        placeholder="Nama"
        keep={queryOf({ bulan: params.bulan, posyanduId: params.posyanduId, sort: params.sort, dir: params.dir, size: String(params.size) })}
        selects={[{ name: "kelompok", label: "Kelompok", value: params.kelompok, allLabel: "Semua kelompok", options: [...KELOMPOK_SASARAN.map((k) => ({ value: k, label: KELOMPOK_LABEL[k] })), { value: "HAMIL", label: "Ibu hamil" }] }]}
      />
      {data.rows.length === 0 ? (
        <EmptyState title={filtered ? "Tidak ada yang cocok dengan pencarian" : `Semua sasaran terdaftar sudah datang pada ${data.bulan.label}`}>
          {filtered ? "Ubah kata kunci atau kelompok, atau pilih Atur ulang." : "Tidak perlu kunjungan rumah untuk bulan ini. Daftarkan sasaran baru di halaman Sasaran bila ada warga yang belum terdaftar."}
        </EmptyState>
      ) : (
        <>
          <BelumDatangTable
            rows={data.rows.map((r) => ({
              id: r.id, nama: r.nama, nikMasked: r.nikMasked, jenisKelamin: r.jenisKelamin, umur: umurLabel(r.umurBulan),
              kelompok: `${KELOMPOK_LABEL[r.kelompok]}${r.hamil ? " · hamil" : ""}`, alamat: r.alamat || "–",
              kontak: [r.telepon, r.namaIbu ? `Ibu: ${r.namaIbu}` : null].filter(Boolean).join(" · ") || "–",
              terakhir: r.terakhir ? formatDate(new Date(`${r.terakhir}T00:00:00Z`)) : "belum pernah",
            }))}
            sort={{ sort: params.sort, dir: params.dir, basePath: "/laporan/belum-datang", query: { ...filterQuery, size: String(params.size) } }}
          />
          <Pagination basePath="/laporan/belum-datang" query={{ ...filterQuery, sort: params.sort, dir: params.dir }} page={params.page} size={params.size} total={data.total} />
        </>
      )}
      <p className="text-xs text-slate-600">Data pribadi: NIK disamarkan; unduhan tercatat di riwayat audit.</p>
    </div>
  );
}
