import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { trenPilihan, trenPuskesmas, trenSitus } from "@/lib/instrumen/tren-queries";
import { ZTrenParams } from "@/lib/instrumen/schemas";
import { perubahan, triwulanLabel } from "@/lib/supervisi/tren";
import { LABEL_KATEGORI, type KategoriKesiapan } from "@/lib/kesiapan/kategori";
import { dateFromIso } from "@/lib/posyandu/jadwal";
import { formatDate, formatDateShort, formatDecimal, formatNumber } from "@/lib/i18n/format";
import { PageHeader } from "@/components/ui/page-header";
import { Card, EmptyState } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { FilterBar } from "@/components/ui/filter-bar";
import { LazyTrenChart } from "@/components/supervisi/tren-chart-lazy";

export const metadata: Metadata = { title: "Tren supervisi" };

const skor = (x: number | null | undefined) => (x === null || x === undefined ? "–" : formatDecimal(x, 1));
const CRUMBS = [{ href: "/", label: "Beranda" }, { href: "/supervisi/tren", label: "Tren supervisi" }];

export default async function TrenSupervisiPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "supervisi.read")) notFound();
  const raw = await searchParams;
  const p = ZTrenParams.parse(raw);
  if (p.posyandu || p.desa) return <SitusView viewer={viewer} site={p.posyandu ? { posyandu: p.posyandu } : { desa: p.desa! }} />;
  if (p.puskesmas) return <PuskesmasView viewer={viewer} id={p.puskesmas} sasaran={raw.sasaran === "DESA" ? "DESA" : "POSYANDU"} kode={typeof raw.kode === "string" && raw.kode.length <= 40 ? raw.kode : undefined} />;
  const q = typeof raw.q === "string" ? raw.q.slice(0, 100) : undefined;
  const pilihan = await trenPilihan(viewer, q);
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title="Tren supervisi" description="Skor kunjungan supervisi dari waktu ke waktu: per posyandu atau desa, dan rata-rata per triwulan per puskesmas." crumbs={[CRUMBS[0], { label: "Tren supervisi" }]} />
      <FilterBar basePath="/supervisi/tren" q={q} selects={[]} searchLabel="Cari posyandu atau desa" placeholder="Nama posyandu atau desa" />
      {q ? (
        <Card title="Hasil pencarian">
          {pilihan.posyandu.length + pilihan.desa.length === 0 ? <p className="text-sm text-slate-600">Tidak ada posyandu atau desa bernama &quot;{q}&quot; di wilayah Anda.</p> : (
            <ul className="flex flex-col gap-1 text-sm" data-testid="pilihan-situs">
              {pilihan.posyandu.map((x) => <li key={x.id}><Link className="text-brand-700 underline" href={`/supervisi/tren?posyandu=${x.id}`}>Posyandu {x.nama}</Link> <span className="text-slate-500">· Desa {x.desa}</span></li>)}
              {pilihan.desa.map((x) => <li key={x.id}><Link className="text-brand-700 underline" href={`/supervisi/tren?desa=${x.id}`}>Desa {x.nama}</Link> <span className="text-slate-500">· Kec. {x.kecamatan} (kunjungan tingkat desa)</span></li>)}
            </ul>
          )}
        </Card>
      ) : null}
      {viewer.role === "KADER" && viewer.posyanduId ? (
        <Card title="Posyandu Anda">
          <Link className="text-brand-700 underline" href={`/supervisi/tren?posyandu=${viewer.posyanduId}`}>Lihat tren supervisi posyandu Anda</Link>
        </Card>
      ) : null}
      <Card title="Per puskesmas">
        {pilihan.puskesmas.length === 0 ? <p className="text-sm text-slate-600">Tidak ada puskesmas di wilayah Anda. Cari posyandu Anda di atas.</p> : (
          <ul className="grid gap-1 text-sm sm:grid-cols-2">
            {pilihan.puskesmas.map((x) => <li key={x.id}><Link className="text-brand-700 underline" href={`/supervisi/tren?puskesmas=${x.id}`}>{x.nama}</Link></li>)}
          </ul>
        )}
      </Card>
    </div>
  );
}

function VersiNote({ lintasVersi, butirBersama, acuan }: { lintasVersi: boolean; butirBersama: number; acuan?: string }) {
  if (!lintasVersi) return null;
  return (
    <Alert tone="warning" testId="lintas-versi">
      Kunjungan di sini dinilai dengan versi instrumen yang berbeda{acuan ? ` (acuan: ${acuan}; kunjungan pada versi lain ditandai ▲)` : ""}. Skor sebanding dihitung atas {formatNumber(butirBersama)} butir yang sama di semua versi, di samping skor masing-masing kunjungan.
    </Alert>
  );
}

async function SitusView({ viewer, site }: { viewer: Awaited<ReturnType<typeof requireViewer>>; site: { posyandu: string } | { desa: string } }) {
  const t = await trenSitus(viewer, site);
  if (!t) notFound();
  const acuan = t.acuan ? `${t.acuan.kode} v${t.acuan.versi}` : undefined;
  const labels = t.titik.map((x) => formatDateShort(dateFromIso(x.tanggal)));
  const series = [
    { label: "Skor total", values: t.titik.map((x) => x.skor), kind: "total" as const },
    ...(t.lintasVersi ? [{ label: "Skor sebanding (butir bersama)", values: t.titik.map((x) => x.skorSebanding), kind: "sebanding" as const }] : []),
    ...t.domain.map((d) => ({ label: d.nama, values: t.titik.map((x) => x.skorDomain[d.kode] ?? null), kind: "domain" as const })),
  ];
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title={`Tren supervisi ${t.nama}`} description={t.wilayah} crumbs={[...CRUMBS, { label: t.nama }]} />
      <VersiNote lintasVersi={t.lintasVersi} butirBersama={t.butirBersama} acuan={acuan} />
      {t.titik.length === 0 ? <EmptyState title="Belum ada kunjungan supervisi yang dikirim untuk tempat ini.">Tren muncul setelah kunjungan pertama dikirim.</EmptyState> : (
        <>
          <Card><LazyTrenChart title={`Skor supervisi ${t.nama} per kunjungan`} labels={labels} series={series} versiLain={t.titik.map((x) => x.versiLain)} /></Card>
          <Card title="Kunjungan">
            <div className="overflow-x-auto">
              <table className="w-full text-sm" data-testid="tren-table">
                <caption className="sr-only">Skor per kunjungan</caption>
                <thead className="text-left text-slate-600">
                  <tr>
                    <th className="py-1 pr-3 font-medium">Tanggal</th>
                    <th className="py-1 pr-3 font-medium">Versi</th>
                    <th className="py-1 pr-3 text-right font-medium">Skor</th>
                    {t.lintasVersi ? <th className="py-1 pr-3 text-right font-medium">Sebanding</th> : null}
                    <th className="py-1 pr-3 font-medium">Kategori</th>
                    {t.domain.map((d) => <th key={d.kode} className="py-1 pr-3 text-right font-medium">{d.nama}</th>)}
                    <th className="py-1 pr-3 font-medium">Perubahan</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {t.titik.map((x, i) => (
                    <tr key={x.id} data-versi-lain={x.versiLain ? "1" : undefined}>
                      <td className="py-1 pr-3">{formatDate(dateFromIso(x.tanggal))}</td>
                      <td className="py-1 pr-3">{x.versiLain ? <span className="font-semibold text-amber-800" title="Dinilai dengan versi lain">▲ v{x.versi}</span> : `v${x.versi}`}</td>
                      <td className="py-1 pr-3 text-right tabular-nums">{skor(x.skor)}</td>
                      {t.lintasVersi ? <td className="py-1 pr-3 text-right tabular-nums">{skor(x.skorSebanding)}</td> : null}
                      <td className="py-1 pr-3">{x.kategori && x.kategori in LABEL_KATEGORI ? LABEL_KATEGORI[x.kategori as KategoriKesiapan] : "–"}</td>
                      {t.domain.map((d) => <td key={d.kode} className="py-1 pr-3 text-right tabular-nums">{skor(x.skorDomain[d.kode])}</td>)}
                      <td className="py-1 pr-3 text-slate-600">{i > 0 ? (t.lintasVersi ? perubahan(t.titik[i - 1].skorSebanding, x.skorSebanding) : perubahan(t.titik[i - 1].skor, x.skor)) ?? "–" : "–"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {t.lintasVersi ? <p className="mt-2 text-xs text-slate-500">Perubahan dihitung dari skor sebanding bila kunjungan memakai versi berbeda.</p> : null}
          </Card>
        </>
      )}
      <div><Link href="/supervisi/tren" className="text-sm text-brand-700 underline">← Pilih tempat lain</Link></div>
    </div>
  );
}

async function PuskesmasView({ viewer, id, sasaran, kode }: { viewer: Awaited<ReturnType<typeof requireViewer>>; id: string; sasaran: "POSYANDU" | "DESA"; kode?: string }) {
  const t = await trenPuskesmas(viewer, id, sasaran, kode);
  if (!t) notFound();
  const labels = t.baris.map((b) => triwulanLabel(b.triwulan));
  const series = [
    { label: "Rata-rata skor total", values: t.baris.map((b) => b.skor), kind: "total" as const },
    ...(t.lintasVersi ? [{ label: "Rata-rata skor sebanding", values: t.baris.map((b) => b.skorSebanding), kind: "sebanding" as const }] : []),
    ...t.domain.map((d) => ({ label: d.nama, values: t.baris.map((b) => b.skorDomain[d.kode] ?? null), kind: "domain" as const })),
  ];
  const other = sasaran === "POSYANDU" ? "DESA" : "POSYANDU";
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title={`Tren supervisi ${t.nama}`}
        description={`Rata-rata skor kunjungan ${sasaran === "POSYANDU" ? "ke posyandu" : "tingkat desa"} di wilayah kerja, per triwulan${t.instrumenKode ? `, dengan instrumen ${t.instrumenKode} (semua versinya)` : ""}.`}
        crumbs={[...CRUMBS, { label: t.nama }]}
        actions={<Link className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-semibold" href={`/supervisi/tren?puskesmas=${t.id}&sasaran=${other}`}>{other === "DESA" ? "Kunjungan tingkat desa" : "Kunjungan posyandu"}</Link>}
      />
      <VersiNote lintasVersi={t.lintasVersi} butirBersama={t.butirBersama} />
      {t.baris.length === 0 ? <EmptyState title="Belum ada kunjungan supervisi yang dikirim di wilayah puskesmas ini.">Tren muncul setelah kunjungan pertama dikirim.</EmptyState> : (
        <>
          <Card><LazyTrenChart title={`Rata-rata skor supervisi ${t.nama} per triwulan`} labels={labels} series={series} versiLain={t.baris.map((b) => b.versi > 1)} /></Card>
          <Card title="Per triwulan">
            <div className="overflow-x-auto">
              <table className="w-full text-sm" data-testid="tren-table">
                <caption className="sr-only">Rata-rata skor per triwulan</caption>
                <thead className="text-left text-slate-600">
                  <tr>
                    <th className="py-1 pr-3 font-medium">Triwulan</th>
                    <th className="py-1 pr-3 text-right font-medium">Kunjungan</th>
                    <th className="py-1 pr-3 text-right font-medium">Rata-rata skor</th>
                    {t.lintasVersi ? <th className="py-1 pr-3 text-right font-medium">Sebanding</th> : null}
                    {t.domain.map((d) => <th key={d.kode} className="py-1 pr-3 text-right font-medium">{d.nama}</th>)}
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {t.baris.map((b) => (
                    <tr key={b.triwulan}>
                      <td className="py-1 pr-3">{triwulanLabel(b.triwulan)}{b.versi > 1 ? <span className="ml-1 font-semibold text-amber-800" title="Kunjungan triwulan ini memakai lebih dari satu versi">▲</span> : null}</td>
                      <td className="py-1 pr-3 text-right tabular-nums">{formatNumber(b.kunjungan)}</td>
                      <td className="py-1 pr-3 text-right tabular-nums">{skor(b.skor)}</td>
                      {t.lintasVersi ? <td className="py-1 pr-3 text-right tabular-nums">{skor(b.skorSebanding)}</td> : null}
                      {t.domain.map((d) => <td key={d.kode} className="py-1 pr-3 text-right tabular-nums">{skor(b.skorDomain[d.kode])}</td>)}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Card>
        </>
      )}
      <div><Link href="/supervisi/tren" className="text-sm text-brand-700 underline">← Pilih puskesmas atau tempat lain</Link></div>
    </div>
  );
}
