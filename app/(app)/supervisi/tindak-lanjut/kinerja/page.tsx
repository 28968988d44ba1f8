import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { kinerjaTindakLanjut, tahunKinerja, type KpiBaris } from "@/lib/tindak-lanjut/kinerja";
import { formatDecimal, formatNumber } from "@/lib/i18n/format";
import { PageHeader } from "@/components/ui/page-header";
import { Card, EmptyState } from "@/components/ui/card";

export const metadata: Metadata = { title: "Kinerja tindak lanjut" };

const pct = (x: number | null) => (x === null ? "–" : `${formatDecimal(x, 1)}%`);
const hari = (x: number | null) => (x === null ? "–" : `${formatDecimal(x, 1)} hari`);

function Baris({ k, label, bold }: { k: KpiBaris; label: string; bold?: boolean }) {
  return (
    <tr className={bold ? "bg-slate-50 font-semibold" : "border-t border-slate-100"}>
      <th scope="row" className="px-3 py-2 text-left">{label}</th>
      <td className="px-3 py-2 text-right">{formatNumber(k.jumlah)}</td>
      <td className="px-3 py-2 text-right">{formatNumber(k.selesai)}</td>
      <td className={`px-3 py-2 text-right ${k.terlambat ? "text-red-800" : ""}`}>{formatNumber(k.terlambat)}{k.terlambat ? " terlambat" : ""}</td>
      <td className="px-3 py-2 text-right">{pct(k.persenTepatWaktu)} <span className="text-xs text-slate-500">({formatNumber(k.tepatWaktu)}/{formatNumber(k.jatuhTempo)})</span></td>
      <td className="px-3 py-2 text-right">{hari(k.medianHari)}</td>
    </tr>
  );
}

/** `?tahun=2024` or `?tahun=semua`; by default the latest year with follow-ups. */
function tahunDipilih(raw: string | string[] | undefined, tahun: number[]): number | null {
  if (raw === "semua") return null;
  const n = Number(raw);
  if (Number.isInteger(n) && tahun.includes(n)) return n;
  return tahun[0] ?? null;
}

export default async function KinerjaTindakLanjutPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "supervisi.read")) notFound();
  const tahun = await tahunKinerja(viewer);
  const dipilih = tahunDipilih((await searchParams).tahun, tahun);
  const { total, perPuskesmas } = await kinerjaTindakLanjut(viewer, new Date(), dipilih);
  const chip = (href: string, label: string, current: boolean) => (
    <Link key={label} href={href} aria-current={current ? "page" : undefined} className={`rounded-full border px-3 py-1 text-sm ${current ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 text-slate-700 hover:bg-slate-50"}`}>{label}</Link>
  );
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title="Kinerja tindak lanjut" description={`Ketepatan waktu penyelesaian tindak lanjut supervisi, ${viewer.areaLabel}`} crumbs={[{ href: "/", label: "Beranda" }, { href: "/supervisi/tindak-lanjut", label: "Tindak lanjut" }, { label: "Kinerja" }]} />
      {tahun.length > 1 && (
        <nav aria-label="Tahun kunjungan" className="flex flex-wrap items-center gap-2">
          <span className="text-sm text-slate-600">Tindak lanjut dari kunjungan tahun:</span>
          {tahun.map((t) => chip(`/supervisi/tindak-lanjut/kinerja?tahun=${t}`, String(t), dipilih === t))}
          {chip("/supervisi/tindak-lanjut/kinerja?tahun=semua", "Semua tahun", dipilih === null)}
        </nav>
      )}
      <Card title={dipilih === null ? "Per puskesmas, semua tahun" : `Per puskesmas, kunjungan tahun ${dipilih}`}>
        {total.jumlah === 0 ? (
          <EmptyState title="Belum ada tindak lanjut">Kinerja dihitung setelah ada kunjungan supervisi yang dikirim dengan tindak lanjut.</EmptyState>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full min-w-[40rem] text-sm" data-testid="kinerja-tabel">
              <caption className="sr-only">Kinerja tindak lanjut per puskesmas</caption>
              <thead><tr className="text-left"><th className="px-3 py-2">Puskesmas</th><th className="px-3 py-2 text-right">Tindak lanjut</th><th className="px-3 py-2 text-right">Selesai</th><th className="px-3 py-2 text-right">Terlambat (belum selesai)</th><th className="px-3 py-2 text-right">Selesai tepat waktu</th><th className="px-3 py-2 text-right">Median lama selesai</th></tr></thead>
              <tbody>
                <Baris k={total} label={viewer.role === "DINKES" || viewer.role === "DINKES_ADMIN" ? `Kabupaten ${viewer.kabupatenNama}` : "Seluruh wilayah Anda"} bold />
                {perPuskesmas.map((k) => <Baris key={k.puskesmasId ?? "tanpa"} k={k} label={k.puskesmas ?? "Desa tanpa puskesmas"} />)}
              </tbody>
            </table>
          </div>
        )}
        <p className="mt-3 text-xs text-slate-600">Selesai tepat waktu = tindak lanjut yang ditandai selesai paling lambat akhir hari batas waktunya (WIB), dibagi tindak lanjut yang sudah selesai atau sudah lewat batas waktu. Lama selesai dihitung dari tanggal kunjungan sampai tanggal selesai; median = nilai tengah.</p>
      </Card>
      <p><Link className="text-brand-700 underline" href="/supervisi/tindak-lanjut">Kembali ke daftar tindak lanjut</Link></p>
    </div>
  );
}
