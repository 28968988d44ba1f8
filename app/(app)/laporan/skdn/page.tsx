import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { ZLaporanParams } from "@/lib/laporan/schemas";
import { laporanSkdn } from "@/lib/laporan/skdn";
import { skdnBalita } from "@/lib/laporan/skdn-balita";
import { bulanDari } from "@/lib/laporan/bulan";
import { catatanAmbang } from "@/lib/laporan/ambang-catatan";
import { jejak, paramsTurun, TANPA_PUSKESMAS } from "@/lib/laporan/wilayah";
import { NotFoundError } from "@/lib/errors";
import { queryOf } from "@/components/data-table/pagination";
import { PageHeader } from "@/components/ui/page-header";
import { Card, EmptyState } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { BulanPicker } from "@/components/laporan/bulan-picker";
import { SkdnTable } from "@/components/laporan/skdn-table";
import { SkdnBalitaTable } from "@/components/laporan/skdn-balita-table";
import { JejakWilayah } from "@/components/laporan/jejak-wilayah";
import { CatatanAmbang } from "@/components/laporan/catatan-ambang";
import { DefinisiSkdn } from "@/components/laporan/definisi-skdn";

export const metadata: Metadata = { title: "SKDN" };

const LABEL = { puskesmas: "Puskesmas", desa: "Desa", posyandu: "Posyandu" } as const;

async function orNotFound<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
}

export default async function SkdnPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "laporan.read")) notFound();
  const params = ZLaporanParams.parse(await searchParams);
  const onePosyandu = params.posyanduId ?? (viewer.role === "KADER" ? viewer.posyanduId ?? undefined : undefined);
  const byName = Boolean(onePosyandu) && can(viewer, "sasaran.read");
  // The by-name rows are scoped in their own SQL; the SKDN statement proves the posyandu is in scope
  // (else "not found") and names it, so the page stays at four statements with the viewer's.
  const [laporan, ambang, rowsBalita] = await Promise.all([
    orNotFound(laporanSkdn(viewer, params)),
    catatanAmbang(viewer),
    byName && onePosyandu ? skdnBalita(viewer, onePosyandu, bulanDari(params.bulan)) : null,
  ]);
  const pos = onePosyandu ? laporan.posyandu.find((p) => p.posyanduId === onePosyandu) : undefined;
  const balita = rowsBalita && pos ? { posyandu: { nama: pos.posyandu }, balita: rowsBalita } : null;
  const drill = queryOf({ puskesmasId: params.puskesmasId, desaId: params.desaId, posyanduId: params.posyanduId });
  const href = (extra: Record<string, string>) => `/laporan/skdn?${new URLSearchParams({ bulan: params.bulan, ...extra })}`;
  const rows = laporan.baris.map((b) => {
    const turun = laporan.tingkat === "posyandu" && (params.posyanduId || viewer.role === "KADER") ? null : paramsTurun(laporan.tingkat, b.id);
    return { id: b.id, nama: b.nama, baris: b.baris, jumlahPosyandu: b.jumlahPosyandu, href: turun && b.id !== TANPA_PUSKESMAS ? href(turun) : null };
  });
  const unduh = (format: string) => `/laporan/skdn/unduh?${new URLSearchParams({ bulan: params.bulan, ...drill, format })}`;
  const unduhBalita = (format: string) => `/laporan/skdn/balita/unduh?${new URLSearchParams({ bulan: params.bulan, posyanduId: onePosyandu ?? "", format })}`;
  const trail = jejak(viewer, params, laporan.posyandu[0]);
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title={`SKDN ${laporan.bulan.label}`}
        description={`Penimbangan balita per ${LABEL[laporan.tingkat].toLowerCase()}: sasaran (S), terdaftar (K), ditimbang (D), naik (N), dihitung langsung dari entri hari posyandu.`}
        crumbs={[{ href: "/", label: "Beranda" }, { href: `/laporan?bulan=${params.bulan}`, label: "Laporan" }, { label: "SKDN" }]}
        actions={
          <>
            <a className={buttonClass("secondary")} href={unduh("csv")} download>Unduh CSV</a>
            <a className={buttonClass("secondary")} href={unduh("xlsx")} download>Unduh XLSX</a>
          </>
        }
      />
      <JejakWilayah basePath="/laporan/skdn" bulan={params.bulan} trail={trail} />
      <BulanPicker basePath="/laporan/skdn" bulan={params.bulan} keep={drill} />
      {rows.length === 0 ? (
        <EmptyState title="Belum ada posyandu aktif di wilayah ini">Tambahkan posyandu di menu Posyandu; SKDN muncul begitu hari posyandu dicatat.</EmptyState>
      ) : (
        <SkdnTable rows={rows} total={laporan.total} label={LABEL[laporan.tingkat]} totalLabel={`Jumlah ${trail.at(-1)?.label ?? viewer.areaLabel}`} />
      )}
      <CatatanAmbang catatan={ambang} bulan={laporan.bulan} />
      {onePosyandu && byName && !balita ? (
        <EmptyState title="Posyandu ini tidak aktif dan tanpa entri bulan ini">Pilih bulan lain untuk melihat balitanya.</EmptyState>
      ) : onePosyandu ? (
        balita ? (
          <Card
            title={`Balita Posyandu ${balita.posyandu.nama}, ${laporan.bulan.label}`}
            actions={
              <div className="flex gap-2">
                <a className={buttonClass("secondary")} href={unduhBalita("csv")} download data-testid="unduh-balita-csv">Unduh CSV per balita</a>
                <a className={buttonClass("secondary")} href={unduhBalita("xlsx")} download>Unduh XLSX</a>
              </div>
            }
          >
            {balita.balita.length === 0 ? (
              <EmptyState title="Belum ada balita terdaftar">Daftarkan balita di halaman Sasaran posyandu ini; mereka muncul di sini dan di SKDN.</EmptyState>
            ) : (
              <SkdnBalitaTable rows={balita.balita} />
            )}
            <p className="mt-2 text-xs text-slate-600">Unduhan per nama tercatat di riwayat audit (data pribadi).</p>
          </Card>
        ) : (
          <p className="text-sm text-slate-600">Daftar per nama hanya untuk puskesmas, bidan desa dan kader; Dinas Kesehatan melihat jumlahnya.</p>
        )
      ) : null}
      <DefinisiSkdn />
      <p className="text-sm"><Link className="text-brand-700 hover:underline" href={`/laporan/cakupan?${new URLSearchParams({ bulan: params.bulan, ...drill })}`}>Lihat cakupan layanan bulan ini ›</Link></p>
    </div>
  );
}
