import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { getPosyandu } from "@/lib/posyandu/queries";
import { kaderAccountChoices } from "@/lib/kader/queries";
import { createKaderAction } from "@/lib/kader/actions";
import { orNotFound } from "@/lib/pages";
import { PageHeader } from "@/components/ui/page-header";
import { KaderForm } from "@/components/kader/kader-form";

export const metadata: Metadata = { title: "Tambah kader" };

export default async function NewKaderPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "kader.manage")) notFound();
  const { id } = await params;
  const [p, accounts] = await orNotFound(Promise.all([getPosyandu(viewer, id), kaderAccountChoices(viewer, id)]));
  return (
    <div>
      <PageHeader title={`Tambah kader Posyandu ${p.nama}`} crumbs={[{ href: "/posyandu", label: "Posyandu" }, { href: `/posyandu/${id}`, label: p.nama }, { href: `/posyandu/${id}/kader`, label: "Kader" }, { label: "Tambah" }]} />
      <KaderForm
        action={createKaderAction}
        requestId={randomUUID()}
        cancelHref={`/posyandu/${id}/kader`}
        accounts={accounts}
        initial={{ posyanduId: id, nama: "", nik: "", jenisKelamin: "P", tanggalLahir: "", telepon: "", pendidikan: "", jabatan: "ANGGOTA", tahunMulai: "", isActive: true, userId: "" }}
      />
    </div>
  );
}
