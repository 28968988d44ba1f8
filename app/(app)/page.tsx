import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/viewer";
import { berandaSummary } from "@/lib/beranda/queries";
import { PageHeader } from "@/components/ui/page-header";
import { Card, EmptyState, Stat } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { formatDateWithDay, formatNumber } from "@/lib/i18n/format";
import { dateFromIso } from "@/lib/posyandu/jadwal";
import { can } from "@/lib/access/permissions";

export const metadata: Metadata = { title: "Beranda" };

export default async function BerandaPage({ searchParams }: { searchParams: Promise<{ sandi?: string }> }) {
  const viewer = await requireViewer();
  const sp = await searchParams;
  const s = await berandaSummary(viewer);
  const n = (v: number | null) => (v === null ? "–" : formatNumber(v));
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={`Selamat datang, ${viewer.nama}`} description={`Ringkasan wilayah: ${viewer.areaLabel}`} />
      {sp.sandi ? <Alert tone="success">Kata sandi berhasil diganti.</Alert> : null}
      <section aria-label="Ringkasan" className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
        {s.kecamatan !== null ? <Stat label="Kecamatan" value={n(s.kecamatan)} href={can(viewer, "wilayah.read") ? "/wilayah" : undefined} /> : null}
        {s.desa !== null ? <Stat label="Desa/kelurahan" value={n(s.desa)} /> : null}
        {s.dusun !== null ? <Stat label="Dusun" value={n(s.dusun)} /> : null}
        <Stat label="Posyandu" value={n(s.posyandu)} href="/posyandu" />
        <Stat label="Posyandu aktif" value={n(s.aktif)} href="/posyandu?aktif=ya" />
        <Stat label="Posyandu tanpa jadwal" value={n(s.tanpaJadwal)} href="/posyandu?sort=jadwal&dir=desc" />
        <Stat label="Hari posyandu dalam 14 hari" value={n(s.upcoming.length)} />
      </section>
      <Card title={`Jadwal posyandu 14 hari ke depan (${formatDateWithDay(dateFromIso(s.today))} – ${formatDateWithDay(dateFromIso(s.until))})`}>
        {s.upcoming.length === 0 ? (
          <EmptyState title="Tidak ada hari posyandu dalam 14 hari ke depan">
            {s.tanpaJadwal > 0 ? <>Ada {formatNumber(s.tanpaJadwal)} posyandu yang belum punya jadwal rutin. <Link className="text-brand-700 underline" href="/posyandu?sort=jadwal&dir=desc">Lengkapi jadwalnya</Link>.</> : "Semua jadwal berikutnya jatuh setelah dua minggu ini."}
          </EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="jadwal-14-hari">
            {s.upcoming.map((p) => (
              <li key={p.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
                <Link href={`/posyandu/${p.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">Posyandu {p.nama} <span className="font-normal text-slate-600">· Desa {p.desaNama}</span></Link>
                <span className="text-sm text-slate-700">{formatDateWithDay(dateFromIso(p.tanggal))}{p.tempat ? ` · ${p.tempat}` : ""}</span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
