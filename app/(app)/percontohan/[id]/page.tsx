import type { Metadata } from "next";
import Link from "next/link";
import { randomUUID } from "node:crypto";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { auditHistory } from "@/lib/audit/history";
import { getPercontohan } from "@/lib/percontohan/queries";
import { createReplikasiAction, createStudiBandingAction, deletePercontohanAction, deleteStudiBandingAction, movePercontohanTahapAction } from "@/lib/percontohan/actions";
import { TAHAP_LABEL, isTahap, targetStatus } from "@/lib/percontohan/tahap";
import { formatDate, formatNumber, todayInJakarta } from "@/lib/i18n/format";
import { dateFromIso } from "@/lib/posyandu/jadwal";
import { orNotFound } from "@/lib/pages";
import { PageHeader } from "@/components/ui/page-header";
import { Card, EmptyState } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { History } from "@/components/audit/history";
import { TahapBadge, TargetLabel } from "@/components/percontohan/badges";
import { TahapStepper } from "@/components/percontohan/tahap-stepper";
import { PindahTahapForm } from "@/components/percontohan/pindah-tahap-form";
import { ReplikasiForm } from "@/components/percontohan/replikasi-form";
import { StudiBandingForm } from "@/components/percontohan/studi-banding-form";
import { LazySkorChart } from "@/components/percontohan/skor-chart-lazy";

export const metadata: Metadata = { title: "Percontohan ILP" };

const FIELD_LABELS = { nomorSk: "Nomor SK", tanggalSk: "Tanggal SK", angkatan: "Angkatan", tanggalMulai: "Tanggal mulai", tanggalTarget: "Tanggal target", catatan: "Catatan", tahun: "Tahun", tahap: "Tahap", tanggalTahap: "Tanggal pindah tahap", alasan: "Alasan" };
const SAVED: Record<string, string> = { "1": "Perubahan sudah disimpan.", tahap: "Tahap sudah dipindahkan dan dicatat di riwayat.", replikasi: "Sasaran replikasi sudah ditambahkan.", studi: "Studi banding sudah disimpan." };
const DELETED: Record<string, string> = { replikasi: "Sasaran replikasi sudah dihapus.", studi: "Studi banding sudah dihapus." };

const fmt = (iso: string | null) => (iso ? formatDate(dateFromIso(iso)) : "–");
/** Audit values: stage codes as their labels, dates (stored as midnight UTC) as calendar dates. */
const formatValue = (field: string, value: unknown) => (field === "tahap" && isTahap(value) ? TAHAP_LABEL[value] : typeof value === "string" && /^\d{4}-\d{2}-\d{2}(T00:00:00\.000Z)?$/.test(value) ? fmt(value.slice(0, 10)) : undefined);

export default async function PercontohanDetailPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ disimpan?: string; dihapus?: string }> }) {
  const viewer = await requireViewer();
  const { id } = await params;
  const sp = await searchParams;
  const today = todayInJakarta();
  const c = await orNotFound(getPercontohan(viewer, id, today));
  const history = await auditHistory(viewer, "percontohan", id);
  const manage = can(viewer, "percontohan.manage");
  const pos = c.posyandu;
  const series = [{ label: `Posyandu ${pos.nama} (percontohan)`, points: pos.skor }, ...c.replikasi.map((r) => ({ label: `Posyandu ${r.posyandu.nama}`, points: r.posyandu.skor }))].filter((s) => s.points.length > 0);
  const berjalan = c.replikasi.filter((r) => r.tahap === "BERJALAN" || r.tahap === "DIREPLIKASI").length;
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title={`Percontohan Posyandu ${pos.nama}`}
        description={<>Desa {pos.desa.nama}{pos.dusun ? `, Dusun ${pos.dusun.nama}` : ""} · Kec. {pos.desa.kecamatan.nama}{pos.desa.puskesmas ? ` · ${pos.desa.puskesmas.nama}` : ""} · <TahapBadge tahap={c.tahap} /></>}
        crumbs={[{ href: "/", label: "Beranda" }, { href: "/percontohan", label: "Percontohan" }, { label: pos.nama }]}
        actions={manage ? <LinkButton href={`/percontohan/${c.id}/ubah`}>Ubah</LinkButton> : null}
      />
      {sp.disimpan && SAVED[sp.disimpan] ? <Alert tone="success">{SAVED[sp.disimpan]}</Alert> : null}
      {sp.dihapus && DELETED[sp.dihapus] ? <Alert tone="success">{DELETED[sp.dihapus]}</Alert> : null}

      <div className="grid gap-4 md:grid-cols-2">
        <Card title="Penetapan">
          <dl className="grid grid-cols-[auto,1fr] gap-x-4 gap-y-1 text-sm" data-testid="penetapan">
            <dt className="text-slate-600">Nomor SK</dt><dd>{c.nomorSk ?? "Belum ada SK"}</dd>
            <dt className="text-slate-600">Tanggal SK</dt><dd>{fmt(c.tanggalSk)}</dd>
            <dt className="text-slate-600">Angkatan</dt><dd>{c.angkatan} (tahun {c.tahun})</dd>
            <dt className="text-slate-600">Mulai</dt><dd>{fmt(c.tanggalMulai)}</dd>
            <dt className="text-slate-600">Target berjalan</dt><dd>{fmt(c.tanggalTarget)} <TargetLabel status={targetStatus(c.tahap, c.tanggalTarget, today)} /></dd>
            <dt className="text-slate-600">Catatan</dt><dd>{c.catatan ?? "–"}</dd>
            <dt className="text-slate-600">Posyandu</dt><dd><Link className="text-brand-700 underline" href={`/posyandu/${pos.id}`}>Posyandu {pos.nama}</Link>{pos.tempat ? ` · ${pos.tempat}` : ""}</dd>
          </dl>
        </Card>
        <Card title="Skor kesiapan">
          {series.length ? (
            <LazySkorChart title="Skor kesiapan per bulan: percontohan dan sasaran replikasinya, 24 bulan terakhir" series={series} />
          ) : (
            <EmptyState title="Belum ada skor kesiapan">Skor dihitung otomatis dari data kader, keterampilan, dan sarana posyandu. <Link className="text-brand-700 underline" href={`/posyandu/${pos.id}`}>Buka halaman posyandu</Link> untuk melengkapinya.</EmptyState>
          )}
        </Card>
      </div>

      <Card title="Tahap percontohan">
        <TahapStepper tahap={c.tahap} riwayat={c.riwayat} />
        {manage ? (
          <div className="mt-4">
            <PindahTahapForm action={movePercontohanTahapAction} id={c.id} tahap={c.tahap} today={today} requestIds={{ maju: randomUUID(), mundur: randomUUID() }} />
          </div>
        ) : null}
      </Card>

      <section id="replikasi">
        <Card title="Replikasi ke posyandu lain di desa ini">
          <p className="mb-3 text-sm" data-testid="replikasi-ringkas">
            {c.replikasiTotal === 0 ? "Belum ada posyandu sasaran replikasi." : `${formatNumber(berjalan)} dari ${formatNumber(c.replikasi.length)} posyandu sasaran sudah berjalan.`}
            {c.replikasiTotal > c.replikasi.length ? ` Sasaran replikasi di posyandu lain (${formatNumber(c.replikasiTotal - c.replikasi.length)}) tidak ditampilkan untuk peran Anda.` : ""}
          </p>
          {c.replikasi.length ? (
            <ul className="mb-4 flex flex-col gap-2" data-testid="replikasi-list">
              <li className="rounded-md border border-brand-200 bg-brand-50 p-3 text-sm">
                <span className="font-semibold">Posyandu {pos.nama}</span>{pos.dusun ? ` (Dusun ${pos.dusun.nama})` : ""} · percontohan · <TahapBadge tahap={c.tahap} />
              </li>
              {c.replikasi.map((r) => (
                <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-200 p-3 text-sm">
                  <div>
                    <span className="font-semibold">Posyandu {r.posyandu.nama}</span>{r.posyandu.dusun ? ` (Dusun ${r.posyandu.dusun})` : ""} · <TahapBadge tahap={r.tahap} />
                    <span className="block">Target: {fmt(r.tanggalTarget)} <TargetLabel status={targetStatus(r.tahap, r.tanggalTarget, today)} /></span>
                    {r.catatan ? <span className="block text-slate-600">{r.catatan}</span> : null}
                  </div>
                  <Link className="text-brand-700 underline" href={`/percontohan/${c.id}/replikasi/${r.id}`}>{manage ? "Kelola" : "Rincian"}<span className="sr-only"> Posyandu {r.posyandu.nama}</span></Link>
                </li>
              ))}
            </ul>
          ) : null}
          {manage ? (
            c.calonReplikasi.length ? (
              <details className="rounded-md border border-slate-200 p-3" open={c.replikasi.length === 0}>
                <summary className="cursor-pointer text-sm font-semibold">Tambah sasaran replikasi</summary>
                <div className="mt-3">
                  <ReplikasiForm action={createReplikasiAction} requestId={randomUUID()} percontohanId={c.id} choices={c.calonReplikasi.map((p) => ({ id: p.id, label: `Posyandu ${p.nama}${p.dusun ? ` (Dusun ${p.dusun})` : ""}` }))} initial={{ tanggalTarget: "", catatan: "" }} submitLabel="Tambah sasaran" />
                </div>
              </details>
            ) : (
              <p className="text-sm text-slate-600">Semua posyandu lain di Desa {pos.desa.nama} sudah menjadi sasaran replikasi atau percontohan.</p>
            )
          ) : null}
        </Card>
      </section>

      <section id="studi-banding">
        <Card title="Studi banding">
          {c.studiBanding.length ? (
            <ul className="mb-4 flex flex-col gap-2" data-testid="studi-banding-list">
              {c.studiBanding.map((s) => (
                <li key={s.id} className="rounded-md border border-slate-200 p-3 text-sm">
                  <span className="font-semibold">{fmt(s.tanggal)}</span>{s.tanggal > today ? <span className="ml-2 rounded bg-sky-100 px-2 py-0.5 text-xs font-semibold text-sky-900">Direncanakan</span> : null} · {s.asal} · {formatNumber(s.jumlahPeserta)} peserta
                  {s.tujuan ? <span className="block">Tujuan: {s.tujuan}</span> : null}
                  {s.catatan ? <span className="block text-slate-600">{s.catatan}</span> : null}
                  {manage ? (
                    <div className="mt-2 flex flex-wrap items-start gap-3">
                      <Link className="inline-flex min-h-11 items-center text-brand-700 underline" href={`/studi-banding/${s.id}/ubah`}>Ubah<span className="sr-only"> studi banding {s.asal}</span></Link>
                      <ConfirmDelete action={deleteStudiBandingAction} id={s.id} label="Hapus" what={`studi banding ${s.asal} (${fmt(s.tanggal)})`} />
                    </div>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="mb-3 text-sm text-slate-600">Belum ada kunjungan studi banding ke percontohan ini.{manage ? " Catat kunjungan dengan formulir di bawah." : ""}</p>
          )}
          {manage ? (
            <details className="rounded-md border border-slate-200 p-3">
              <summary className="cursor-pointer text-sm font-semibold">Catat studi banding</summary>
              <div className="mt-3">
                <StudiBandingForm action={createStudiBandingAction} requestId={randomUUID()} percontohanId={c.id} initial={{ tanggal: "", asal: "", jumlahPeserta: "", tujuan: "", catatan: "" }} submitLabel="Simpan studi banding" />
              </div>
            </details>
          ) : null}
        </Card>
      </section>

      {history ? (
        <Card title="Riwayat perubahan">
          <History entries={history} labels={FIELD_LABELS} formatValue={formatValue} />
        </Card>
      ) : null}
      {manage ? (
        <Card title="Hapus percontohan">
          {c.tahap === "DIUSULKAN" ? (
            <ConfirmDelete action={deletePercontohanAction} id={c.id} label="Hapus percontohan" what={`percontohan Posyandu ${pos.nama}`} />
          ) : (
            <p className="text-sm text-slate-600">Percontohan yang sudah {TAHAP_LABEL[c.tahap].toLowerCase()} tidak dapat dihapus agar riwayatnya tetap ada. Jika batal, kembalikan dulu ke tahap Diusulkan dengan alasannya.</p>
          )}
        </Card>
      ) : null}
    </div>
  );
}
