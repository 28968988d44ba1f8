import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { getKader, kaderAccountChoices } from "@/lib/kader/queries";
import { updateKaderAction } from "@/lib/kader/actions";
import { orNotFound } from "@/lib/pages";
import { PageHeader } from "@/components/ui/page-header";
import { KaderForm } from "@/components/kader/kader-form";

export const metadata: Metadata = { title: "Ubah kader" };

const isoDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

export default async function EditKaderPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "kader.manage")) notFound();
  const { id } = await params;
  const k = await orNotFound(getKader(viewer, id));
  const accounts = await kaderAccountChoices(viewer, k.posyandu.id, k.id);
  // The NIK in full only for whoever may see it (Dinkes admin); everyone else sees it masked and may replace it.
  const full = can(viewer, "kader.nik.full");
  return (
    <div>
      <PageHeader title={`Ubah data ${k.nama}`} crumbs={[{ href: "/kader", label: "Kader" }, { href: `/posyandu/${k.posyandu.id}/kader`, label: k.posyandu.nama }, { href: `/kader/${k.id}`, label: k.nama }, { label: "Ubah" }]} />
      <KaderForm
        action={updateKaderAction}
        requestId={randomUUID()}
        cancelHref={`/kader/${k.id}`}
        accounts={accounts}
        nikMasked={full ? undefined : k.nikMasked}
        initial={{ id: k.id, nama: k.nama, nik: full ? (k.nik ?? "") : "", jenisKelamin: k.jenisKelamin, tanggalLahir: isoDate(k.tanggalLahir), telepon: k.telepon ?? "", pendidikan: k.pendidikan ?? "", jabatan: k.jabatan, tahunMulai: k.tahunMulai ? String(k.tahunMulai) : "", isActive: k.isActive, userId: k.userId ?? "" }}
      />
    </div>
  );
}
