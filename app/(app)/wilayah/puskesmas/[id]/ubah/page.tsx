import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { puskesmasFormOptions } from "@/lib/wilayah/queries";
import { updatePuskesmasAction } from "@/lib/wilayah/actions";
import { orNotFound } from "@/lib/pages";
import { PageHeader } from "@/components/ui/page-header";
import { PuskesmasForm } from "@/components/wilayah/puskesmas-form";

export const metadata: Metadata = { title: "Ubah puskesmas" };

export default async function EditPuskesmasPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "wilayah.manage")) notFound();
  const { id } = await params;
  const options = await orNotFound(puskesmasFormOptions(viewer, id));
  const p = options.puskesmas!;
  return (
    <div>
      <PageHeader title={`Ubah ${p.nama}`} crumbs={[{ href: "/wilayah", label: "Wilayah" }, { href: "/wilayah/puskesmas", label: "Puskesmas" }, { href: `/wilayah/puskesmas/${p.id}`, label: p.nama }, { label: "Ubah" }]} />
      <PuskesmasForm
        action={updatePuskesmasAction}
        requestId={randomUUID()}
        cancelHref={`/wilayah/puskesmas/${p.id}`}
        kecamatan={options.kecamatan}
        desa={options.desa}
        catchment={p.catchment}
        initial={{ id: p.id, nama: p.nama, kode: p.kode ?? "", kecamatanId: p.kecamatanId, desaId: p.desaId, alamat: p.alamat ?? "" }}
      />
    </div>
  );
}
