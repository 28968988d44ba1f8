import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { dusunOptions, posyanduFilterOptions } from "@/lib/posyandu/queries";
import { createPosyanduAction } from "@/lib/posyandu/actions";
import { PageHeader } from "@/components/ui/page-header";
import { PosyanduForm } from "@/components/posyandu/posyandu-form";

export const metadata: Metadata = { title: "Tambah posyandu" };

export default async function NewPosyanduPage({ searchParams }: { searchParams: Promise<{ desaId?: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "posyandu.create")) notFound();
  const sp = await searchParams;
  const [options, dusun] = await Promise.all([posyanduFilterOptions(viewer), dusunOptions(viewer)]);
  const desaId = options.desa.some((d) => d.id === sp.desaId) ? sp.desaId! : "";
  return (
    <div>
      <PageHeader title="Tambah posyandu" crumbs={[{ href: "/", label: "Beranda" }, { href: "/posyandu", label: "Posyandu" }, { label: "Tambah" }]} />
      <PosyanduForm
        action={createPosyanduAction}
        requestId={randomUUID()}
        full
        cancelHref="/posyandu"
        desa={options.desa.map((d) => ({ id: d.id, label: `${d.label} — Kec. ${d.kecamatanNama}` }))}
        dusun={dusun}
        initial={{ nama: "", desaId, dusunId: "", tempat: "", latitude: "", longitude: "", jadwalMingguKe: "", jadwalHari: "", isActive: true }}
      />
    </div>
  );
}
