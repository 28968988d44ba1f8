import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { ZLaporanParams } from "@/lib/laporan/schemas";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Laporan" };

/** The posyandu-day reports of the viewer's area: SKDN, coverage, and (for roles that see names) who has not come. */
export default async function LaporanPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "laporan.read")) notFound();
  const { bulan } = ZLaporanParams.parse(await searchParams);
  const items = [
    { href: `/laporan/skdn?bulan=${bulan}`, title: "SKDN", text: "Penimbangan balita per posyandu per bulan: S, K, D, N, T, O, B, 2T, BGM, K/S, D/S, N/D; turun dari kabupaten sampai posyandu dan per nama balita." },
    { href: `/laporan/cakupan?bulan=${bulan}`, title: "Cakupan layanan", text: "Vitamin A, obat cacing, ASI eksklusif, TTD, tekanan darah, skrining lansia dan PUMA: pembilang, penyebut dan persentase." },
    ...(can(viewer, "sasaran.read") ? [{ href: `/laporan/belum-datang?bulan=${bulan}`, title: "Belum datang", text: "Sasaran terdaftar yang belum dilayani bulan ini, per nama, dengan kunjungan terakhir: untuk kunjungan rumah." }] : []),
  ];
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title="Laporan posyandu" description={`Laporan hari posyandu di wilayah ${viewer.areaLabel}, dihitung langsung dari entri.`} crumbs={[{ href: "/", label: "Beranda" }, { label: "Laporan" }]} />
      <ul className="grid gap-3 sm:grid-cols-3">
        {items.map((i) => (
          <li key={i.href}>
            <Link href={i.href} className="block h-full rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600">
              <span className="text-lg font-semibold text-brand-700">{i.title}</span>
              <span className="mt-1 block text-sm text-slate-600">{i.text}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
