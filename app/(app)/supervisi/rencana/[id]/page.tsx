import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { orNotFound } from "@/lib/pages";
import { getRencana, KUNJUNGAN_PER_HALAMAN } from "@/lib/rencana/queries";
import { deleteRencanaAction } from "@/lib/rencana/actions";
import { ZRencanaDetailParams } from "@/lib/rencana/schemas";
import { formatDateWithDay, formatNumber } from "@/lib/i18n/format";
import { dateFromIso } from "@/lib/posyandu/jadwal";
import { quarterLabel, quarterRangeLabel } from "@/lib/supervisi/jadwal-kunjungan";
import { PageHeader } from "@/components/ui/page-header";
import { LinkButton } from "@/components/ui/button";
import { Card, EmptyState } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { StatusBadge } from "@/components/rencana/status-badge";
import { Pagination } from "@/components/data-table/pagination";

export const metadata: Metadata = { title: "Rencana supervisi" };

const SAVED: Record<string, string> = { "1": "Rencana sudah disimpan.", kunjungan: "Kunjungan sudah ditambahkan ke rencana.", jadwal: "Jadwal dan tim kunjungan sudah disimpan.", batal: "Kunjungan sudah dibatalkan." };

export default async function RencanaPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const { page, disimpan } = ZRencanaDetailParams.parse(sp);
  const r = await orNotFound(getRencana(viewer, id, page));
  const conduct = can(viewer, "supervisi.conduct");
  const started = r.kunjunganDimulai;
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title={r.nama}
        description={`${quarterLabel(r.tahun, r.triwulan)} (${quarterRangeLabel(r.tahun, r.triwulan)}) · ${r.tingkat === "KABUPATEN" ? "Rencana Dinkes" : `Rencana ${r.puskesmas?.nama ?? "puskesmas"}`}`}
        crumbs={[{ href: "/", label: "Beranda" }, { href: "/supervisi", label: "Supervisi" }, { href: "/supervisi/rencana", label: "Rencana" }, { label: r.nama }]}
        actions={r.bolehKelola ? (
          <>
            <LinkButton variant="secondary" href={`/supervisi/rencana/${id}/ubah`}>Ubah rencana</LinkButton>
            <LinkButton href={`/supervisi/rencana/${id}/kunjungan/baru`}>Tambah kunjungan</LinkButton>
          </>
        ) : null}
      />
      {disimpan && Object.hasOwn(SAVED, disimpan) ? <Alert tone="success">{SAVED[disimpan]}</Alert> : null}
      <Card title="Rincian">
        <dl className="grid gap-2 text-sm sm:grid-cols-2">
          <div><dt className="text-slate-600">Instrumen bawaan</dt><dd>{r.instrumen ? `${r.instrumen.nama} (versi ${r.instrumen.versi})` : "–"}</dd></div>
          <div><dt className="text-slate-600">Catatan</dt><dd>{r.catatan ?? "–"}</dd></div>
        </dl>
      </Card>
      <section id="kunjungan" aria-labelledby="judul-kunjungan" className="flex flex-col gap-2">
        <h2 id="judul-kunjungan" className="text-lg font-semibold">Kunjungan ({formatNumber(r.kunjunganTotal)})</h2>
        {r.kunjunganTotal === 0 ? (
          <EmptyState title="Belum ada kunjungan di rencana ini">{r.bolehKelola ? "Pilih Tambah kunjungan: lokasi, tanggal (hari posyandu ditawarkan), dan tim." : "Kunjungan ditambahkan oleh pembuat rencana."}</EmptyState>
        ) : (
          <ul className="flex flex-col gap-2" data-testid="kunjungan-rencana">
            {r.kunjungan.map((k) => {
              const lokasi = k.posyandu ? `Posyandu ${k.posyandu.nama}` : `Desa ${k.desa.nama}`;
              return (
                <li key={k.id} className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-3 sm:flex-row sm:items-start sm:justify-between">
                  <div className="flex flex-col gap-1 text-sm">
                    <p className="font-semibold">{formatDateWithDay(dateFromIso(k.tanggal))} <StatusBadge status={k.status} /></p>
                    <p><Link href={`/supervisi/kunjungan/${k.id}`} prefetch={false} className="font-medium text-brand-700 underline-offset-2 hover:underline">{lokasi}</Link> · Desa {k.desa.nama}, Kec. {k.desa.kecamatan.nama}</p>
                    <p className="text-slate-600">Instrumen: {k.instrumen.nama} (versi {k.instrumen.versi})</p>
                    <p className="text-slate-600">Tim: {k.peserta.map((p) => `${p.nama} (${p.peran}${p.instansi ? `, ${p.instansi}` : ""})`).join("; ") || "–"}</p>
                    {k.status === "BATAL" && k.alasanBatal ? <p className="text-slate-600">Alasan batal: {k.alasanBatal}</p> : null}
                  </div>
                  <div className="flex flex-wrap gap-2">
                    {conduct && (k.status === "DIRENCANAKAN" || k.status === "BERLANGSUNG") ? <LinkButton href={`/supervisi/kunjungan/${k.id}/isi`} prefetch={false}>{k.status === "BERLANGSUNG" ? "Lanjutkan kunjungan" : "Mulai kunjungan"}</LinkButton> : null}
                    {r.bolehKelola && k.status === "DIRENCANAKAN" ? <LinkButton variant="secondary" href={`/supervisi/rencana/${id}/kunjungan/${k.id}`}>Ubah jadwal atau batalkan<span className="sr-only"> kunjungan {lokasi}</span></LinkButton> : null}
                  </div>
                </li>
              );
            })}
          </ul>
        )}
        {r.kunjunganTotal > 0 && r.kunjungan.length === 0 ? (
          <p className="text-sm">Halaman ini kosong. <Link href={`/supervisi/rencana/${id}#kunjungan`} className="text-brand-700 underline">Kembali ke halaman 1</Link></p>
        ) : null}
        {r.kunjunganTotal > KUNJUNGAN_PER_HALAMAN ? <Pagination basePath={`/supervisi/rencana/${id}`} query={{}} page={page} size={KUNJUNGAN_PER_HALAMAN} total={r.kunjunganTotal} /> : null}
      </section>
      {r.bolehKelola ? (
        <Card title="Hapus rencana">
          <p className="mb-2 text-sm text-slate-700">{started ? `Rencana ini tidak dapat dihapus: ${started} kunjungannya sudah dimulai atau selesai.` : "Rencana dihapus bersama kunjungannya yang belum dimulai."}</p>
          {started ? null : <ConfirmDelete action={deleteRencanaAction} id={id} label="Hapus rencana" what={`rencana "${r.nama}" dan ${r.kunjunganTotal} kunjungannya`} />}
        </Card>
      ) : null}
      <p><Link href="/supervisi/rencana" className="text-sm text-brand-700 hover:underline">← Kembali ke daftar rencana</Link></p>
    </div>
  );
}
