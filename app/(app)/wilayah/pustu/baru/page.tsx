import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { pustuFormOptions } from "@/lib/wilayah/queries";
import { createPustuAction } from "@/lib/wilayah/actions";
import { PageHeader } from "@/components/ui/page-header";
import { PustuForm } from "@/components/wilayah/pustu-form";

export const metadata: Metadata = { title: "Tambah pustu" };

export default async function NewPustuPage({ searchParams }: { searchParams: Promise<{ desaId?: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "wilayah.manage")) notFound();
  const { desaId } = await searchParams;
  const o = await pustuFormOptions(viewer, desaId);
  const desa = o.desa[0];
  const back = desa ? `/wilayah/desa/${desa.id}` : "/wilayah";
  return (
    <div>
      <PageHeader title={desa ? `Tambah pustu di Desa ${desa.nama}` : "Tambah pustu"} crumbs={[{ href: "/wilayah", label: "Wilayah" }, ...(desa ? [{ href: back, label: `Desa ${desa.nama}` }] : []), { label: "Tambah pustu" }]} />
      <PustuForm
        action={createPustuAction}
        requestId={randomUUID()}
        cancelHref={back}
        desa={o.desa}
        puskesmas={o.puskesmas}
        initial={{ nama: desa ? `Pustu ${desa.nama}` : "", desaId: desa?.id ?? "", puskesmasId: desa?.puskesmasId ?? "", alamat: "" }}
      />
    </div>
  );
}
