import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { createInstrumenAction } from "@/lib/instrumen/actions";
import { LABEL_SASARAN, SASARAN } from "@/lib/instrumen/schemas";
import { PageHeader } from "@/components/ui/page-header";
import { InstrumenBaruForm } from "@/components/instrumen/instrumen-baru-form";

export const metadata: Metadata = { title: "Instrumen baru" };

export default async function InstrumenBaruPage() {
  const viewer = await requireViewer();
  if (!can(viewer, "katalog.manage")) notFound();
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title="Instrumen baru"
        description="Instrumen baru dimulai sebagai draf versi 1: tambahkan domain dan butirnya, lalu terbitkan."
        crumbs={[{ href: "/", label: "Beranda" }, { href: "/supervisi/instrumen", label: "Instrumen supervisi" }, { label: "Baru" }]}
      />
      <InstrumenBaruForm action={createInstrumenAction} requestId={randomUUID()} sasaran={SASARAN.map((s) => ({ value: s, label: LABEL_SASARAN[s] }))} />
    </div>
  );
}
