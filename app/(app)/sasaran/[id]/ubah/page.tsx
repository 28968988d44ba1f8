import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { getSasaranForEdit, posyanduForForm } from "@/lib/sasaran/queries";
import { updateSasaranAction } from "@/lib/sasaran/actions";
import { orNotFound } from "@/lib/pages";
import { PageHeader } from "@/components/ui/page-header";
import { SasaranForm } from "@/components/sasaran/sasaran-form";

export const metadata: Metadata = { title: "Ubah sasaran" };

export default async function SasaranUbahPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "sasaran.manage")) notFound();
  const { id } = await params;
  // The NIK and KK in full: only here, and only for sasaran.manage.
  const s = await orNotFound(getSasaranForEdit(viewer, id));
  const posyandu = await posyanduForForm(viewer, s.posyanduId);
  return (
    <div>
      <PageHeader title={`Ubah data ${s.nama}`} crumbs={[{ href: "/sasaran", label: "Sasaran" }, { href: `/sasaran/${s.id}`, label: s.nama }, { label: "Ubah" }]} />
      <SasaranForm
        action={updateSasaranAction}
        editId={s.id}
        requestId={randomUUID()}
        cancelHref={`/sasaran/${s.id}`}
        dusun={posyandu?.dusun ?? []}
        initial={{ nama: s.nama, nik: s.nik ?? "", jenisKelamin: s.jenisKelamin, tanggalLahir: s.tanggalLahir, dusunId: s.dusunId ?? "", alamat: s.alamat ?? "", rt: s.rt ?? "", rw: s.rw ?? "", telepon: s.telepon ?? "", namaIbu: s.namaIbu ?? "", namaSuami: s.namaSuami ?? "", noKk: s.noKk ?? "" }}
      />
    </div>
  );
}
