import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { desaChoice, getPosyandu } from "@/lib/posyandu/queries";
import { updatePosyanduAction } from "@/lib/posyandu/actions";
import { orNotFound } from "@/lib/pages";
import { PageHeader } from "@/components/ui/page-header";
import { PosyanduForm } from "@/components/posyandu/posyandu-form";

export const metadata: Metadata = { title: "Ubah posyandu" };

export default async function EditPosyanduPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const { id } = await params;
  const p = await orNotFound(getPosyandu(viewer, id));
  if (!can(viewer, "posyandu.edit")) notFound();
  const full = viewer.role === "DINKES_ADMIN";
  const chosen = full ? await desaChoice(viewer, p.desaId) : null;
  const dec = (n: number | null) => (n === null ? "" : String(n).replace(".", ","));
  return (
    <div>
      <PageHeader title={`Ubah Posyandu ${p.nama}`} description={full ? undefined : "Sebagai petugas puskesmas, Anda dapat mengubah tempat, jadwal, koordinat, dan status aktif."} crumbs={[{ href: "/posyandu", label: "Posyandu" }, { href: `/posyandu/${p.id}`, label: p.nama }, { label: "Ubah" }]} />
      <PosyanduForm
        action={updatePosyanduAction}
        requestId={randomUUID()}
        full={full}
        cancelHref={`/posyandu/${p.id}`}
        desa={chosen ? [chosen] : []}
        dusun={chosen?.dusun ?? []}
        initial={{ id: p.id, nama: p.nama, desaId: p.desaId, dusunId: p.dusunId ?? "", tempat: p.tempat ?? "", latitude: dec(p.latitude), longitude: dec(p.longitude), jadwalMingguKe: p.jadwalMingguKe ? String(p.jadwalMingguKe) : "", jadwalHari: p.jadwalHari ? String(p.jadwalHari) : "", isActive: p.isActive }}
      />
    </div>
  );
}
