import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { puskesmasFormOptions } from "@/lib/wilayah/queries";
import { createPuskesmasAction } from "@/lib/wilayah/actions";
import { PageHeader } from "@/components/ui/page-header";
import { PuskesmasForm } from "@/components/wilayah/puskesmas-form";

export const metadata: Metadata = { title: "Tambah puskesmas" };

export default async function NewPuskesmasPage() {
  const viewer = await requireViewer();
  if (!can(viewer, "wilayah.manage")) notFound();
  const options = await puskesmasFormOptions(viewer);
  return (
    <div>
      <PageHeader title="Tambah puskesmas" crumbs={[{ href: "/wilayah", label: "Wilayah" }, { href: "/wilayah/puskesmas", label: "Puskesmas" }, { label: "Tambah" }]} />
      <PuskesmasForm action={createPuskesmasAction} requestId={randomUUID()} cancelHref="/wilayah/puskesmas" kecamatan={options.kecamatan} desa={[]} catchment={[]} initial={{ nama: "", kode: "", kecamatanId: "", desaId: "", alamat: "" }} />
    </div>
  );
}
