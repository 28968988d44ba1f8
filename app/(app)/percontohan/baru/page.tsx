import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { calonPercontohan } from "@/lib/percontohan/queries";
import { createPercontohanAction } from "@/lib/percontohan/actions";
import { PageHeader } from "@/components/ui/page-header";
import { PercontohanForm } from "@/components/percontohan/percontohan-form";

export const metadata: Metadata = { title: "Tetapkan percontohan" };

export default async function NewPercontohanPage({ searchParams }: { searchParams: Promise<{ posyanduId?: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "percontohan.manage")) notFound();
  const sp = await searchParams;
  // A posyandu chosen beforehand (?posyanduId= from its page), if it could become a pilot.
  const chosen = await calonPercontohan(viewer, sp.posyanduId);
  return (
    <div>
      <PageHeader
        title="Tetapkan posyandu percontohan ILP"
        description="Percontohan mulai di tahap diusulkan. Aturan: satu posyandu percontohan per desa dan satu desa percontohan per puskesmas dalam tahun yang sama (batasnya dapat diubah di pengaturan kabupaten)."
        crumbs={[{ href: "/", label: "Beranda" }, { href: "/percontohan", label: "Percontohan" }, { label: "Tetapkan" }]}
      />
      <PercontohanForm
        action={createPercontohanAction}
        requestId={randomUUID()}
        chosen={chosen ? [chosen] : []}
        cancelHref="/percontohan"
        submitLabel="Tetapkan"
        initial={{ posyanduId: chosen?.id ?? "", nomorSk: "", tanggalSk: "", angkatan: "1", tanggalMulai: "", tanggalTarget: "", catatan: "" }}
      />
    </div>
  );
}
