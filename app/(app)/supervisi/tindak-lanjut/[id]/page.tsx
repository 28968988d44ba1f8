import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { randomUUID } from "node:crypto";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { getTindakLanjut } from "@/lib/tindak-lanjut/queries";
import { updateTindakLanjutAction } from "@/lib/tindak-lanjut/actions";
import { LABEL_TINGKAT } from "@/lib/supervisi/pemilik";
import { LABEL_HASIL } from "@/lib/supervisi/lembar";
import { NotFoundError } from "@/lib/errors";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { dateFromIso } from "@/lib/posyandu/jadwal";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { StatusTLBadge, TerlambatLabel } from "@/components/tindak-lanjut/badges";
import { PerbaruiTindakLanjutForm } from "@/components/tindak-lanjut/perbarui-form";

export const metadata: Metadata = { title: "Tindak lanjut" };

export default async function TindakLanjutDetailPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "supervisi.read")) notFound();
  const { id } = await params;
  const sp = await searchParams;
  const t = await getTindakLanjut(viewer, id).catch((e) => (e instanceof NotFoundError ? null : Promise.reject(e)));
  if (!t) notFound();
  const tgl = (iso: string) => formatDate(dateFromIso(iso));
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title={t.masalah} description={`${t.situs}, Desa ${t.desa}, Kec. ${t.kecamatan}`} crumbs={[{ href: "/", label: "Beranda" }, { href: "/supervisi/tindak-lanjut", label: "Tindak lanjut" }, { label: "Rincian" }]} />
      {sp.disimpan ? <Alert tone="success">Tindak lanjut sudah diperbarui.</Alert> : null}
      <Card title="Rincian">
        <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">
          <dt className="font-semibold">Masalah</dt><dd>{t.masalah}</dd>
          <dt className="font-semibold">Tindakan</dt><dd>{t.tindakan}</dd>
          <dt className="font-semibold">Penanggung jawab</dt><dd>{t.pemilikNama} (tingkat {LABEL_TINGKAT[t.tingkatPemilik].toLowerCase()})</dd>
          <dt className="font-semibold">Batas waktu</dt><dd>{tgl(t.batasWaktu)} <TerlambatLabel hari={t.hariTerlambat} /></dd>
          <dt className="font-semibold">Status</dt><dd data-testid="status-tindak-lanjut"><StatusTLBadge status={t.status} />{t.selesaiAt ? <span className="ml-2 text-slate-600">selesai {formatDateTime(t.selesaiAt)}</span> : null}</dd>
          <dt className="font-semibold">Catatan bukti</dt><dd>{t.catatanBukti ?? <span className="text-slate-500">Belum ada</span>}</dd>
          <dt className="font-semibold">Kunjungan</dt><dd><Link className="text-brand-700 underline" href={`/supervisi/kunjungan/${t.kunjunganId}/lembar`}>Lembar umpan balik {tgl(t.kunjunganTanggal)}</Link></dd>
        </dl>
      </Card>
      {t.verifikasi.length ? (
        <Card title="Verifikasi pada kunjungan berikutnya">
          <ul className="list-disc pl-5 text-sm">{t.verifikasi.map((v, i) => <li key={i}>{tgl(v.tanggal)}: {LABEL_HASIL[v.hasil as keyof typeof LABEL_HASIL] ?? v.hasil}{v.catatan ? ` — ${v.catatan}` : ""}</li>)}</ul>
        </Card>
      ) : null}
      {t.wewenang && can(viewer, "tindaklanjut.update") ? (
        <Card title={t.wewenang === "TUTUP" ? "Tandai selesai" : "Perbarui status"}>
          <div id="perbarui">
            <PerbaruiTindakLanjutForm action={updateTindakLanjutAction} id={t.id} status={t.status} catatanBukti={t.catatanBukti} hanyaSelesai={t.wewenang === "TUTUP"} requestId={randomUUID()} />
          </div>
        </Card>
      ) : t.status !== "SELESAI" ? (
        <p className="text-sm text-slate-600">Tindak lanjut ini diperbarui oleh penanggung jawabnya atau tingkat di atasnya.</p>
      ) : null}
      <p><Link className="text-brand-700 underline" href="/supervisi/tindak-lanjut">Kembali ke daftar tindak lanjut</Link></p>
    </div>
  );
}
