import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requireViewer } from "@/lib/auth/viewer";
import { berandaSummary } from "@/lib/beranda/queries";
import { PageHeader } from "@/components/ui/page-header";
import { Card, EmptyState, Stat } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { Pagination } from "@/components/data-table/pagination";
import { formatDateWithDay, formatNumber } from "@/lib/i18n/format";
import { dateFromIso } from "@/lib/posyandu/jadwal";
import { can } from "@/lib/access/permissions";
import { getKesiapanPosyandu, pilotsByStage, rollUpKesiapan } from "@/lib/kesiapan/queries";
import { KATEGORI_KESIAPAN, LABEL_KATEGORI } from "@/lib/kesiapan/aturan";
import { KesiapanCard } from "@/components/kesiapan/kesiapan-card";
import { TAHAP_LABEL, TAHAP_URUT } from "@/lib/percontohan/tahap";
import { berandaTindakLanjut } from "@/lib/tindak-lanjut/queries";
import { TindakLanjutSayaCard } from "@/components/tindak-lanjut/beranda-card";

export const metadata: Metadata = { title: "Beranda" };

const ZBerandaParams = z.object({
  sandi: z.string().optional().catch(undefined),
  tanggal: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined),
  page: z.coerce.number().int().min(1).optional().catch(undefined),
});

export default async function BerandaPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  const sp = ZBerandaParams.parse(await searchParams);
  const dinkes = viewer.role === "DINKES_ADMIN" || viewer.role === "DINKES";
  const kesiapan = can(viewer, "kesiapan.read");
  const [s, own, kategori, pilots, tindakLanjut] = await Promise.all([
    berandaSummary(viewer, { tanggal: sp.tanggal, page: sp.page }),
    // The readiness card: a kader's own posyandu; a puskesmas or bidan its posyandu by category; the Dinkes its pilots by stage.
    kesiapan && viewer.role === "KADER" && viewer.posyanduId ? getKesiapanPosyandu(viewer, viewer.posyanduId, 2) : null,
    kesiapan && viewer.role !== "KADER" && !dinkes ? rollUpKesiapan(viewer, "desa") : null,
    kesiapan && dinkes ? pilotsByStage(viewer) : null,
    // One statement: the viewer's own open follow-ups, and the overdue count of its area.
    berandaTindakLanjut(viewer),
  ]);
  const n = (v: number | null) => (v === null ? "–" : formatNumber(v));
  const dayLabel = (tanggal: string) => formatDateWithDay(dateFromIso(tanggal));
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
        <Stat label="Hari posyandu dalam 14 hari" value={n(s.upcomingTotal)} />
      </section>
      {tindakLanjut ? <TindakLanjutSayaCard data={tindakLanjut} /> : null}
      {own ? <KesiapanCard data={own} limit={3} /> : null}
      {kategori ? (
        <Card title="Kesiapan ILP posyandu Anda">
          <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="beranda-kesiapan">
            {KATEGORI_KESIAPAN.map((k) => (
              <li key={k}><Stat label={LABEL_KATEGORI[k]} value={n(kategori.total.perKategori[k])} href={`/kesiapan?kategori=${k}`} /></li>
            ))}
            <li><Stat label="Belum dihitung" value={n(kategori.total.jumlah - kategori.total.dihitung)} href="/kesiapan?kategori=BELUM_DIHITUNG" /></li>
          </ul>
        </Card>
      ) : null}
      {pilots ? (
        <Card title="Posyandu percontohan ILP per tahap" actions={<Link className="text-sm text-brand-700 underline" href="/kesiapan">Kesiapan semua posyandu</Link>}>
          {Object.keys(pilots).length === 0 ? (
            <p className="text-sm text-slate-600">Belum ada posyandu percontohan. {can(viewer, "percontohan.manage") ? <Link className="text-brand-700 underline" href="/percontohan/baru">Tetapkan percontohan pertama</Link> : ""}</p>
          ) : (
            <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6" data-testid="beranda-percontohan">
              {TAHAP_URUT.map((t) => <li key={t}><Stat label={TAHAP_LABEL[t]} value={n(pilots[t] ?? 0)} href={`/percontohan?tahap=${t}`} /></li>)}
            </ul>
          )}
        </Card>
      ) : null}
      <Card title={`Jadwal posyandu 14 hari ke depan (${dayLabel(s.today)} – ${dayLabel(s.until)})`}>
        {s.day === null ? (
          <EmptyState title="Tidak ada hari posyandu dalam 14 hari ke depan">
            {s.tanpaJadwal > 0 ? <>Ada {formatNumber(s.tanpaJadwal)} posyandu yang belum punya jadwal rutin. <Link className="text-brand-700 underline" href="/posyandu?sort=jadwal&dir=desc">Lengkapi jadwalnya</Link>.</> : "Semua jadwal berikutnya jatuh setelah dua minggu ini."}
          </EmptyState>
        ) : (
          <div className="flex flex-col gap-4">
            <nav aria-label="Pilih tanggal">
              <ul className="flex flex-wrap gap-2" data-testid="jadwal-hari">
                {s.days.map((d) => {
                  const current = d.tanggal === s.day?.tanggal;
                  return (
                    <li key={d.tanggal}>
                      <Link
                        href={`/?tanggal=${d.tanggal}`}
                        aria-current={current ? "date" : undefined}
                        className={`block rounded border px-3 py-2 text-sm ${current ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-slate-800 hover:bg-slate-100"}`}
                      >
                        {dayLabel(d.tanggal)} · <span className="font-semibold">{formatNumber(d.count)}</span> posyandu
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </nav>
            <div>
              <h3 className="mb-1 font-semibold">{dayLabel(s.day.tanggal)}: {formatNumber(s.day.count)} posyandu</h3>
              <ul className="divide-y divide-slate-100" data-testid="jadwal-14-hari">
                {s.day.rows.map((p) => (
                  <li key={p.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
                    <Link href={`/posyandu/${p.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">Posyandu {p.nama} <span className="font-normal text-slate-600">· Desa {p.desa.nama}</span></Link>
                    {p.tempat ? <span className="text-sm text-slate-700">{p.tempat}</span> : null}
                  </li>
                ))}
              </ul>
              {s.day.count > s.day.size ? <Pagination basePath="/" query={{ tanggal: s.day.tanggal }} page={s.day.page} size={s.day.size} total={s.day.count} /> : null}
            </div>
          </div>
        )}
      </Card>
    </div>
  );
}
