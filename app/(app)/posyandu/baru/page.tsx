import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { desaChoice } from "@/lib/posyandu/queries";
import { createPosyanduAction } from "@/lib/posyandu/actions";
import { PageHeader } from "@/components/ui/page-header";
import { PosyanduForm } from "@/components/posyandu/posyandu-form";

export const metadata: Metadata = { title: "Tambah posyandu" };

export default async function NewPosyanduPage({ searchParams }: { searchParams: Promise<{ desaId?: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "posyandu.create")) notFound();
  const sp = await searchParams;
  // A desa chosen beforehand (?desaId= from a desa page), if it is in the viewer's area.
  const chosen = await desaChoice(viewer, sp.desaId);
  const desaId = chosen?.id ?? "";
  return (
    <div>
      <PageHeader title="Tambah posyandu" crumbs={[{ href: "/", label: "Beranda" }, { href: "/posyandu", label: "Posyandu" }, { label: "Tambah" }]} />
      <PosyanduForm
        action={createPosyanduAction}
        requestId={randomUUID()}
        full
        cancelHref="/posyandu"
        desa={chosen ? [chosen] : []}
        dusun={chosen?.dusun ?? []}
        initial={{ nama: "", desaId, dusunId: "", tempat: "", latitude: "", longitude: "", jadwalMingguKe: "", jadwalHari: "", isActive: true }}
      />
    </div>
  );
}
