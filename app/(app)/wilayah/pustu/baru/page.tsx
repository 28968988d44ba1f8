import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { wilayahFormOptions } from "@/lib/wilayah/queries";
import { createPustuAction } from "@/lib/wilayah/actions";
import { PageHeader } from "@/components/ui/page-header";
import { PustuForm } from "@/components/wilayah/pustu-form";

export const metadata: Metadata = { title: "Tambah pustu" };

export default async function NewPustuPage({ searchParams }: { searchParams: Promise<{ desaId?: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "wilayah.manage")) notFound();
  const { desaId } = await searchParams;
  const o = await wilayahFormOptions(viewer);
  const kec = new Map(o.kecamatan.map((k) => [k.id, k.nama]));
  const desa = o.desa.find((d) => d.id === desaId);
  const back = desa ? `/wilayah/desa/${desa.id}` : "/wilayah";
  return (
    <div>
      <PageHeader title={desa ? `Tambah pustu di Desa ${desa.nama}` : "Tambah pustu"} crumbs={[{ href: "/wilayah", label: "Wilayah" }, ...(desa ? [{ href: back, label: `Desa ${desa.nama}` }] : []), { label: "Tambah pustu" }]} />
      <PustuForm
        action={createPustuAction}
        requestId={randomUUID()}
        cancelHref={back}
        desa={o.desa.map((d) => ({ id: d.id, nama: d.label, kecamatan: kec.get(d.kecamatanId) ?? "", puskesmasId: d.puskesmasId }))}
        puskesmas={o.puskesmas}
        initial={{ nama: desa ? `Pustu ${desa.nama}` : "", desaId: desa?.id ?? "", puskesmasId: desa?.puskesmasId ?? "", alamat: "" }}
      />
    </div>
  );
}
