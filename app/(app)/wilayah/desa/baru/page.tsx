import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { missingDesa } from "@/lib/wilayah/queries";
import { createDesaAction } from "@/lib/wilayah/actions";
import { orNotFound } from "@/lib/pages";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/card";
import { KodeForm } from "@/components/wilayah/kode-form";

export const metadata: Metadata = { title: "Tambah desa" };

export default async function NewDesaPage({ searchParams }: { searchParams: Promise<{ kecamatanId?: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "wilayah.manage")) notFound();
  const { kecamatanId } = await searchParams;
  if (!kecamatanId) notFound();
  const { kecamatan, missing } = await orNotFound(missingDesa(viewer, kecamatanId));
  const back = `/wilayah/kecamatan/${kecamatan.id}`;
  return (
    <div>
      <PageHeader title={`Tambah desa di Kecamatan ${kecamatan.nama}`} description="Desa/kelurahan diambil dari daftar resmi Kemendagri; yang tampil hanya yang belum ada di data." crumbs={[{ href: "/wilayah", label: "Wilayah" }, { href: back, label: `Kec. ${kecamatan.nama}` }, { label: "Tambah desa" }]} />
      {missing.length === 0 ? (
        <EmptyState title="Semua desa sudah ada">Semua desa/kelurahan Kecamatan {kecamatan.nama} dalam daftar resmi Kemendagri sudah ada di data.</EmptyState>
      ) : (
        <KodeForm action={createDesaAction} hidden={{ requestId: randomUUID(), kecamatanId: kecamatan.id }} label="Desa/kelurahan dari daftar resmi" options={missing.map((m) => ({ kode: m.kode, label: `${m.kode} — ${m.isKelurahan ? "Kelurahan" : "Desa"} ${m.nama}` }))} cancelHref={back} />
      )}
    </div>
  );
}
