import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { ZCakupanParams } from "@/lib/laporan/schemas";
import { laporanCakupan } from "@/lib/laporan/cakupan";
import { catatanAmbang } from "@/lib/laporan/ambang-catatan";
import { jejak, paramsTurun, TANPA_PUSKESMAS } from "@/lib/laporan/wilayah";
import { NotFoundError } from "@/lib/errors";
import { queryOf } from "@/components/data-table/pagination";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { BulanPicker } from "@/components/laporan/bulan-picker";
import { JejakWilayah } from "@/components/laporan/jejak-wilayah";
import { CatatanAmbang } from "@/components/laporan/catatan-ambang";
import { CakupanPerWilayah, CakupanSatuIndikator, CakupanTable, PilihIndikator } from "@/components/laporan/cakupan-table";
import { pilihIndikator } from "@/lib/laporan/cakupan-indikator";

export const metadata: Metadata = { title: "Cakupan layanan" };

const LABEL = { puskesmas: "Puskesmas", desa: "Desa", posyandu: "Posyandu" } as const;

export default async function CakupanPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "laporan.read")) notFound();
  const params = ZCakupanParams.parse(await searchParams);
  let laporan;
  try {
    laporan = await laporanCakupan(viewer, params);
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
  const ambang = await catatanAmbang(viewer);
  const drill = queryOf({ puskesmasId: params.puskesmasId, desaId: params.desaId, posyanduId: params.posyanduId });
  const unduh = (format: string) => `/laporan/cakupan/unduh?${new URLSearchParams({ bulan: params.bulan, ...drill, format })}`;
  const trail = jejak(viewer, params, laporan.posyandu[0]);
  // The per-area breakdown: one indicator at a time for many areas (the Dinkes's ~100 puskesmas), every indicator for a few; the choice is kept when drilling down.
  const indikator = pilihIndikator(params.indikator, laporan.bulan.bulan, laporan.baris.length);
  const pilih = queryOf({ indikator: params.indikator });
  const rows = laporan.baris.map((b) => {
    const turun = laporan.tingkat === "posyandu" && (params.posyanduId || viewer.role === "KADER") ? null : paramsTurun(laporan.tingkat, b.id);
    return { id: b.id, nama: b.nama, baris: b.baris, href: turun && b.id !== TANPA_PUSKESMAS ? `/laporan/cakupan?${new URLSearchParams({ bulan: params.bulan, ...turun, ...pilih })}` : null };
  });
  const hrefIndikator = (kode: string) => `/laporan/cakupan?${new URLSearchParams({ bulan: params.bulan, ...drill, indikator: kode })}`;
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title={`Cakupan layanan ${laporan.bulan.label}`}
        description="Layanan per kelompok siklus hidup: pembilang, penyebut dan persentase, dihitung langsung dari entri hari posyandu dan sasaran terdaftar."
        crumbs={[{ href: "/", label: "Beranda" }, { href: `/laporan?bulan=${params.bulan}`, label: "Laporan" }, { label: "Cakupan" }]}
        actions={
          <>
            <a className={buttonClass("secondary")} href={unduh("csv")} download>Unduh CSV</a>
            <a className={buttonClass("secondary")} href={unduh("xlsx")} download>Unduh XLSX</a>
          </>
        }
      />
      <JejakWilayah basePath="/laporan/cakupan" bulan={params.bulan} trail={trail} />
      <BulanPicker basePath="/laporan/cakupan" bulan={params.bulan} keep={{ ...drill, ...pilih }} />
      {laporan.posyandu.length === 0 ? (
        <EmptyState title="Belum ada posyandu aktif di wilayah ini">Tambahkan posyandu di menu Posyandu; cakupan muncul begitu hari posyandu dicatat.</EmptyState>
      ) : (
        <>
          <h2 className="text-lg font-semibold">{trail.at(-1)?.label}</h2>
          <CakupanTable total={laporan.total} bulan={laporan.bulan.bulan} />
          {rows.length > 1 || rows[0]?.href ? (
            <>
              <h2 className="text-lg font-semibold">Per {LABEL[laporan.tingkat].toLowerCase()}</h2>
              <PilihIndikator href={hrefIndikator} bulan={laporan.bulan.bulan} aktif={indikator} />
              {indikator === "semua"
                ? <CakupanPerWilayah rows={rows} label={LABEL[laporan.tingkat]} bulan={laporan.bulan.bulan} />
                : <CakupanSatuIndikator rows={rows} label={LABEL[laporan.tingkat]} kode={indikator} />}
            </>
          ) : null}
        </>
      )}
      <CatatanAmbang catatan={ambang} bulan={laporan.bulan} />
      <p className="text-xs text-slate-600">Penyebut layanan untuk semua anggota kelompok (vitamin A, obat cacing, TTD, tekanan darah, skrining lansia) adalah sasaran terdaftar yang masih aktif pada hari terakhir bulan; penyebut temuan (KEK, hipertensi, PUMA positif) adalah yang diukur atau diskrining bulan itu. Temuan dibaca dari hasil yang tersimpan pada entri.</p>
      <p className="text-sm"><Link className="text-brand-700 hover:underline" href={`/laporan/skdn?${new URLSearchParams({ bulan: params.bulan, ...drill })}`}>‹ SKDN bulan ini</Link></p>
    </div>
  );
}
