import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { createJenisSaranaAction } from "@/lib/sarana/actions";
import { PageHeader } from "@/components/ui/page-header";
import { JenisSaranaForm } from "@/components/sarana/jenis-sarana-form";

export const metadata: Metadata = { title: "Tambah alat" };

export default async function TambahJenisSaranaPage() {
  const viewer = await requireViewer();
  if (!can(viewer, "katalog.manage")) notFound();
  return (
    <div>
      <PageHeader title="Tambah alat standar" description="Alat baru ditambahkan di akhir katalog dan langsung dihitung dalam kelengkapan semua posyandu kabupaten ini." crumbs={[{ href: "/pengaturan/sarana", label: "Katalog sarana" }, { label: "Tambah" }]} />
      <JenisSaranaForm action={createJenisSaranaAction} requestId={randomUUID()} cancelHref="/pengaturan/sarana" initial={{ nama: "", kelompok: "", jumlahWajib: "1", spesifikasi: "", perluKalibrasi: false, rekonstruksi: false }} />
    </div>
  );
}
