import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { getJenisSarana } from "@/lib/sarana/queries";
import { setJenisSaranaAktifAction, updateJenisSaranaAction } from "@/lib/sarana/actions";
import { orNotFound } from "@/lib/pages";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { JenisSaranaForm } from "@/components/sarana/jenis-sarana-form";
import { AktifToggle } from "@/components/sarana/aktif-toggle";

export const metadata: Metadata = { title: "Ubah alat" };

export default async function UbahJenisSaranaPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "katalog.manage")) notFound();
  const { id } = await params;
  const j = await orNotFound(getJenisSarana(viewer, id));
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title={`Ubah ${j.nama}`} description={`Kode ${j.kode} (tetap). Perubahan berlaku untuk kelengkapan semua posyandu kabupaten ini.`} crumbs={[{ href: "/pengaturan/sarana", label: "Katalog sarana" }, { label: j.nama }]} />
      <JenisSaranaForm
        action={updateJenisSaranaAction}
        requestId={randomUUID()}
        cancelHref="/pengaturan/sarana"
        initial={{ id: j.id, nama: j.nama, kelompok: j.kelompok, jumlahWajib: String(j.jumlahWajib), spesifikasi: j.spesifikasi ?? "", perluKalibrasi: j.perluKalibrasi, rekonstruksi: j.rekonstruksi }}
      />
      <Card title={j.isActive ? "Nonaktifkan alat" : "Alat nonaktif"}>
        <p className="mb-3 text-sm text-slate-600">Alat tidak pernah dihapus: posyandu yang memilikinya dan riwayat perubahan tetap menyebutnya.</p>
        <AktifToggle action={setJenisSaranaAktifAction} id={j.id} nama={j.nama} isActive={j.isActive} dipegang={j.dipegang} />
      </Card>
    </div>
  );
}
