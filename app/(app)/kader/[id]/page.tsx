import type { Metadata } from "next";
import Link from "next/link";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { getKader, kaderPenilaian } from "@/lib/kader/queries";
import { deleteKaderAction, setKaderActiveAction, updateTeleponSendiriAction } from "@/lib/kader/actions";
import { JABATAN_LABEL, JENIS_KELAMIN_LABEL } from "@/lib/kader/schemas";
import { formatDate } from "@/lib/i18n/format";
import { orNotFound } from "@/lib/pages";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { ConfirmAction } from "@/components/pengguna/confirm-action";
import { LevelBadge } from "@/components/kader/level-badge";
import { PaketStatusList } from "@/components/kader/paket-status";
import { RiwayatPenilaian } from "@/components/kader/riwayat-penilaian";
import { TeleponForm } from "@/components/kader/telepon-form";

export const metadata: Metadata = { title: "Kader" };


const SAVED: Record<string, string> = {
  "1": "Data kader sudah disimpan.",
  telepon: "Nomor telepon Anda sudah disimpan.",
  penilaian: "Penilaian sudah disimpan; tingkat kader dihitung ulang.",
  aktif: "Kader sudah diaktifkan kembali.",
  nonaktif: "Kader sudah dinonaktifkan.",
};

export default async function KaderDetailPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ disimpan?: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "kesiapan.read")) notFound();
  const { id } = await params;
  const sp = await searchParams;
  const k = await orNotFound(getKader(viewer, id));
  const { paket, riwayat } = await kaderPenilaian(viewer, k.id);
  const manage = can(viewer, "kader.manage");
  const ownPhone = k.isOwn && can(viewer, "kader.phone.own");
  const saved = sp.disimpan ? SAVED[sp.disimpan] : undefined;
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title={k.nama}
        description={<>{JABATAN_LABEL[k.jabatan]} · Posyandu <Link className="text-brand-700 underline" href={`/posyandu/${k.posyandu.id}/kader`}>{k.posyandu.nama}</Link>, Desa {k.posyandu.desa.nama}</>}
        crumbs={[{ href: "/kader", label: "Kader" }, { href: `/posyandu/${k.posyandu.id}/kader`, label: k.posyandu.nama }, { label: k.nama }]}
        actions={manage ? (
          <>
            {k.isActive ? <LinkButton href={`/kader/${k.id}/penilaian`}>Catat penilaian</LinkButton> : null}
            <LinkButton href={`/kader/${k.id}/ubah`} variant="secondary">Ubah data</LinkButton>
          </>
        ) : null}
      />
      {saved ? <Alert tone="success">{saved}</Alert> : null}
      {!k.isActive ? <Alert tone="warning" title="Kader tidak aktif">Riwayatnya tetap tersimpan. Aktifkan kembali untuk mencatat penilaian baru.</Alert> : null}
      <Card title="Tingkat kecakapan">
        <LevelBadge level={k.level} alasan={k.levelAlasan} withReason />
        <p className="mt-2 text-xs text-slate-600">Dihitung dari hasil terakhir setiap keterampilan: satu paket lengkap bila semua keterampilannya kompeten. Aturan tingkat dapat diubah admin Dinkes.</p>
      </Card>
      <div className="grid gap-4 md:grid-cols-2">
        <Card title="Paket keterampilan">
          <PaketStatusList paket={paket} kaderId={k.id} canAssess={manage && k.isActive} />
        </Card>
        <Card title="Data kader">
          <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]" data-testid="kader-detail">
            <dt className="text-slate-600">NIK</dt><dd className="font-mono" data-testid="kader-nik">{k.nikMasked ?? "–"}</dd>
            <dt className="text-slate-600">Jenis kelamin</dt><dd>{JENIS_KELAMIN_LABEL[k.jenisKelamin]}</dd>
            <dt className="text-slate-600">Tanggal lahir</dt><dd>{k.tanggalLahir ? formatDate(k.tanggalLahir) : "–"}</dd>
            <dt className="text-slate-600">Telepon/WA</dt><dd data-testid="kader-telepon">{k.telepon ?? "–"}</dd>
            <dt className="text-slate-600">Pendidikan</dt><dd>{k.pendidikan ?? "–"}</dd>
            <dt className="text-slate-600">Jabatan</dt><dd>{JABATAN_LABEL[k.jabatan]}</dd>
            <dt className="text-slate-600">Mulai menjadi kader</dt><dd>{k.tahunMulai ?? "–"}</dd>
            <dt className="text-slate-600">Status</dt><dd>{k.isActive ? "Aktif" : "Tidak aktif"}</dd>
            {manage ? <><dt className="text-slate-600">Akun kader</dt><dd>{k.user?.username ?? "Tidak terhubung"}</dd></> : null}
          </dl>
        </Card>
      </div>
      {ownPhone ? (
        <Card title="Nomor telepon Anda">
          <TeleponForm action={updateTeleponSendiriAction} telepon={k.telepon ?? ""} requestId={randomUUID()} />
        </Card>
      ) : null}
      <Card title="Riwayat penilaian keterampilan">
        <RiwayatPenilaian rows={riwayat} />
      </Card>
      {can(viewer, "audit.read") ? (
        <p className="text-sm"><Link className="text-brand-700 underline" href={`/kader/${k.id}/riwayat`}>Lihat riwayat data kader ini</Link></p>
      ) : null}
      {manage ? (
        <Card title="Nonaktifkan atau hapus">
          <div className="flex flex-col gap-4">
            {k.isActive ? (
              <ConfirmAction action={setKaderActiveAction} fields={{ id: k.id, aktif: "tidak" }} label="Nonaktifkan kader" question={`Nonaktifkan ${k.nama}? Riwayat penilaiannya tetap tersimpan.`} confirmLabel="Ya, nonaktifkan" pendingText="Menyimpan…" testId="nonaktifkan" />
            ) : (
              <ConfirmAction action={setKaderActiveAction} fields={{ id: k.id, aktif: "ya" }} label="Aktifkan kembali" question={`Aktifkan kembali ${k.nama}?`} confirmLabel="Ya, aktifkan" pendingText="Menyimpan…" testId="aktifkan" />
            )}
            {riwayat.length === 0 ? (
              <div>
                <p className="mb-2 text-sm text-slate-600">Hapus hanya bila data ini salah masuk. Kader yang berhenti sebaiknya dinonaktifkan.</p>
                <ConfirmDelete action={deleteKaderAction} id={k.id} label="Hapus kader" what={`kader ${k.nama}`} />
              </div>
            ) : (
              <p className="text-sm text-slate-600">Kader yang sudah punya penilaian tidak dapat dihapus; nonaktifkan saja agar riwayatnya tetap ada.</p>
            )}
          </div>
        </Card>
      ) : null}
    </div>
  );
}
