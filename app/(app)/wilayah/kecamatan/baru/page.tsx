import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { missingKecamatan } from "@/lib/wilayah/queries";
import { createKecamatanAction } from "@/lib/wilayah/actions";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/card";
import { KodeForm } from "@/components/wilayah/kode-form";

export const metadata: Metadata = { title: "Tambah kecamatan" };

export default async function NewKecamatanPage() {
  const viewer = await requireViewer();
  if (!can(viewer, "wilayah.manage")) notFound();
  const { kabupaten, missing } = await missingKecamatan(viewer);
  return (
    <div>
      <PageHeader title="Tambah kecamatan" description={`Kecamatan ${kabupaten.nama} diambil dari daftar resmi Kemendagri; yang tampil hanya yang belum ada di data.`} crumbs={[{ href: "/", label: "Beranda" }, { href: "/wilayah", label: "Wilayah" }, { label: "Tambah kecamatan" }]} />
      {missing.length === 0 ? (
        <EmptyState title="Semua kecamatan sudah ada">Semua kecamatan {kabupaten.nama} dalam daftar resmi Kemendagri sudah ada di data. Bila ada kecamatan yang salah nama, buka halamannya dan pilih Ubah nama.</EmptyState>
      ) : (
        <KodeForm action={createKecamatanAction} hidden={{ requestId: randomUUID() }} label="Kecamatan dari daftar resmi" options={missing.map((m) => ({ kode: m.kode, label: `${m.kode} — ${m.nama}` }))} cancelHref="/wilayah" />
      )}
    </div>
  );
}
