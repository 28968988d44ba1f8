import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { randomUUID } from "node:crypto";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { getKunjungan } from "@/lib/kunjungan/queries";
import { startKunjunganAction } from "@/lib/kunjungan/actions";
import { capExplanation, jawabanLabel } from "@/lib/kunjungan/butir";
import { LABEL_HASIL_VERIFIKASI, LABEL_STATUS_KUNJUNGAN, LABEL_TINGKAT_PEMILIK } from "@/lib/kunjungan/schemas";
import { kategoriOf, type KategoriKesiapan } from "@/lib/kesiapan/kategori";
import { formatDate, formatDateTime, formatDecimal } from "@/lib/i18n/format";
import { dateFromIso } from "@/lib/posyandu/jadwal";
import { PageHeader } from "@/components/ui/page-header";
import { Card, EmptyState } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { KategoriBadge } from "@/components/kunjungan/skor-langsung";
import { MulaiKunjunganForm } from "@/components/kunjungan/mulai-form";

export const metadata: Metadata = { title: "Kunjungan supervisi" };

const tgl = (iso: string) => formatDate(dateFromIso(iso));
const skorText = (s: number | null | undefined) => (s === null || s === undefined ? "–" : formatDecimal(s, 1));

/**
 * The read view of a visit: site, date, status, team and attendance, the score by domain with the
 * category (the critical-item cap explained), the answers with notes and facts, findings, the
 * verifications done at this visit, and the revisions. A kader sees only its posyandu's submitted visits.
 */
export default async function KunjunganPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ dikirim?: string; dikoreksi?: string }> }) {
  const viewer = await requireViewer();
  const { id } = await params;
  const sp = await searchParams;
  const k = await getKunjungan(viewer, id);
  if (!k) notFound();
  const conduct = can(viewer, "supervisi.conduct");
  const selesai = k.status === "SELESAI";
  const jMap = new Map(k.jawaban.map((j) => [j.butirId, j]));
  // The cap as stored: critical items whose stored score is under the rule's pass mark.
  const kritisGagal = k.butir.filter((b) => b.kritis && (jMap.get(b.id)?.skor ?? 1) < k.ambang.lulusKritis).map((b) => b.id);
  const cap = selesai && k.skor !== null ? capExplanation({ kategori: k.kategori as KategoriKesiapan | null, kategoriTanpaBatas: kategoriOf(k.skor, k.ambang), kritisGagal }, k.butir) : null;
  const hadir = k.peserta.filter((p) => p.hadir);
  const tim = k.peserta.filter((p) => p.tim);
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title={`Supervisi ${k.site}`}
        description={<>Kec. {k.kecamatan} · {tgl(k.tanggal)} · <span data-testid="status-kunjungan">{LABEL_STATUS_KUNJUNGAN[k.status]}</span>{k.revisi > 0 ? ` · revisi ${k.revisi}` : ""}</>}
        crumbs={[{ href: "/", label: "Beranda" }, { href: "/supervisi", label: "Supervisi" }, { label: "Kunjungan" }]}
        actions={
          <>
            {conduct && k.status === "BERLANGSUNG" ? <LinkButton href={`/supervisi/kunjungan/${k.id}/isi`}>Lanjutkan</LinkButton> : null}
            {conduct && k.status === "DIRENCANAKAN" ? <MulaiKunjunganForm action={startKunjunganAction} id={k.id} requestId={randomUUID()} /> : null}
            {conduct && selesai ? <LinkButton variant="secondary" href={`/supervisi/kunjungan/${k.id}/koreksi`}>Koreksi</LinkButton> : null}
            {selesai ? <LinkButton variant="secondary" href={`/supervisi/kunjungan/${k.id}/lembar`}>Lembar umpan balik</LinkButton> : null}
            {selesai ? <a className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-semibold text-slate-800" href={`/supervisi/kunjungan/${k.id}/pdf`} download>Unduh PDF</a> : null}
          </>
        }
      />
      {sp.dikirim ? <Alert tone="success">Hasil kunjungan sudah dikirim dan dikunci.</Alert> : null}
      {sp.dikoreksi ? <Alert tone="success">Koreksi sudah disimpan sebagai revisi {k.revisi}.</Alert> : null}

      <div className="grid gap-4 md:grid-cols-2">
        <Card title="Hasil">
          {selesai ? (
            <div className="flex flex-col gap-2" data-testid="hasil-kunjungan">
              <div className="flex items-center gap-3"><span className="text-3xl font-bold" data-testid="skor-tersimpan">{skorText(k.skor)}</span><KategoriBadge kategori={k.kategori} /></div>
              {cap ? <p className="text-sm text-red-800" data-testid="batas-kritis">{cap}</p> : null}
              <table className="w-full text-sm"><tbody>
                {k.domain.map((d) => <tr key={d.kode} className="border-t border-slate-100"><td className="py-1">{d.nama}</td><td className="py-1 text-right font-semibold">{skorText(k.skorDomain[d.kode])}</td></tr>)}
              </tbody></table>
              <p className="text-xs text-slate-600">Instrumen {k.instrumen.nama} versi {k.instrumen.versi}{k.dikirimAt ? ` · dikirim ${formatDateTime(k.dikirimAt)}` : ""}. Ambang: siap ≥ {k.ambang.siap}, siap bersyarat ≥ {k.ambang.siapBersyarat}.</p>
            </div>
          ) : (
            <p className="text-sm text-slate-600">Skor tersimpan setelah hasil kunjungan dikirim.{conduct && k.status !== "BATAL" ? " Lanjutkan pengisian untuk melihat skor sementara." : ""}</p>
          )}
        </Card>
        <Card title="Tim dan daftar hadir">
          {tim.length ? <p className="mb-2 text-sm"><span className="font-semibold">Tim:</span> {tim.map((p) => `${p.nama} (${p.peran})`).join(", ")}</p> : null}
          {hadir.length ? (
            <ul className="text-sm" data-testid="hadir">{hadir.map((p) => <li key={p.id}>{p.nama} · {p.peran}{p.instansi ? `, ${p.instansi}` : ""}</li>)}</ul>
          ) : <p className="text-sm text-slate-600">Belum ada daftar hadir.</p>}
          {k.rencana ? <p className="mt-2 text-xs text-slate-600">Dari rencana: {k.rencana.nama}</p> : <p className="mt-2 text-xs text-slate-600">Kunjungan di luar rencana.</p>}
        </Card>
      </div>

      <Card title="Jawaban">
        {k.domain.map((d) => (
          <section key={d.kode} className="mb-3">
            <h3 className="mb-1 text-sm font-semibold text-slate-800">{d.nama}</h3>
            <ul className="divide-y divide-slate-100 text-sm">
              {k.butir.filter((b) => b.domainKode === d.kode).map((b) => {
                const j = jMap.get(b.id);
                return (
                  <li key={b.id} className="py-1" data-testid={`jawaban-${b.kode}`}>
                    <span className="font-semibold">{b.kode}</span> {b.pertanyaan}{b.kritis ? " (kritis)" : ""}: <strong>{jawabanLabel(b, j)}</strong>
                    {j?.catatan ? <span className="block text-slate-600">Catatan: {j.catatan}</span> : null}
                    {j?.fakta ? <span className="block text-xs text-sky-800">Data sistem saat diisi: {j.fakta.label}</span> : null}
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </Card>

      <Card title="Temuan dan rencana tindak lanjut" actions={selesai ? <a className="text-sm font-semibold text-brand-700" href="/supervisi/tindak-lanjut">Semua tindak lanjut</a> : null}>
        {k.temuan.length ? (
          <ul className="flex flex-col gap-2 text-sm" data-testid="temuan">
            {k.temuan.map((t) => (
              <li key={t.id} className="rounded-md border border-slate-200 p-2">
                <p className="font-semibold">{t.butirKode ? `${t.butirKode}: ` : ""}{t.masalah}</p>
                <p>Tindakan: {t.tindakan}</p>
                <p className="text-slate-600">{LABEL_TINGKAT_PEMILIK[t.tingkatPemilik]}: {t.pemilikNama} · batas {tgl(t.batasWaktu)} · {t.status === "SELESAI" ? "selesai" : t.status === "PROSES" ? "dalam proses" : "belum"}</p>
              </li>
            ))}
          </ul>
        ) : <EmptyState title="Tidak ada temuan">{conduct && !selesai ? "Tambahkan temuan saat mengisi kunjungan." : null}</EmptyState>}
      </Card>

      {k.verifikasi.length ? (
        <Card title="Verifikasi tindak lanjut sebelumnya">
          <ul className="flex flex-col gap-1 text-sm">
            {k.verifikasi.map((v) => <li key={v.tindakLanjutId}><span className="font-semibold">{LABEL_HASIL_VERIFIKASI[v.hasil]}</span>: {v.tindakLanjut.masalah} ({v.tindakLanjut.pemilikNama}, batas {tgl(v.tindakLanjut.batasWaktu)}){v.catatan ? ` · ${v.catatan}` : ""}</li>)}
          </ul>
        </Card>
      ) : null}

      {k.revisiLama.length ? (
        <Card title="Riwayat revisi">
          <ul className="flex flex-col gap-1 text-sm" data-testid="revisi">
            {k.revisiLama.map((r) => <li key={r.nomor}>Revisi {r.nomor}: skor {skorText(r.skor)} ({r.kategori ?? "–"}) · dikoreksi {formatDateTime(r.createdAt)} oleh {r.olehNama}. Alasan: {r.alasan}</li>)}
          </ul>
        </Card>
      ) : null}
    </div>
  );
}
