import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { getPustu, pustuFormOptions } from "@/lib/wilayah/queries";
import { updatePustuAction } from "@/lib/wilayah/actions";
import { orNotFound } from "@/lib/pages";
import { PageHeader } from "@/components/ui/page-header";
import { PustuForm } from "@/components/wilayah/pustu-form";

export const metadata: Metadata = { title: "Ubah pustu" };

export default async function EditPustuPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "wilayah.manage")) notFound();
  const { id } = await params;
  const p = await orNotFound(getPustu(viewer, id));
  const o = await pustuFormOptions(viewer, p.desaId);
  return (
    <div>
      <PageHeader title={`Ubah ${p.nama}`} crumbs={[{ href: "/wilayah", label: "Wilayah" }, { href: `/wilayah/desa/${p.desa.id}`, label: `Desa ${p.desa.nama}` }, { href: `/wilayah/pustu/${p.id}`, label: p.nama }, { label: "Ubah" }]} />
      <PustuForm
        action={updatePustuAction}
        requestId={randomUUID()}
        cancelHref={`/wilayah/pustu/${p.id}`}
        desa={o.desa}
        puskesmas={o.puskesmas}
        initial={{ id: p.id, nama: p.nama, desaId: p.desaId, puskesmasId: p.puskesmasId, alamat: p.alamat ?? "" }}
      />
    </div>
  );
}
