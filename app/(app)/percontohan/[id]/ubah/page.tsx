import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { getPercontohan } from "@/lib/percontohan/queries";
import { updatePercontohanAction } from "@/lib/percontohan/actions";
import { orNotFound } from "@/lib/pages";
import { PageHeader } from "@/components/ui/page-header";
import { PercontohanForm } from "@/components/percontohan/percontohan-form";

export const metadata: Metadata = { title: "Ubah percontohan" };

export default async function EditPercontohanPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "percontohan.manage")) notFound();
  const { id } = await params;
  const c = await orNotFound(getPercontohan(viewer, id));
  return (
    <div>
      <PageHeader
        title={`Ubah percontohan Posyandu ${c.posyandu.nama}`}
        description="Tahap dipindahkan dari halaman percontohan, bukan di sini."
        crumbs={[{ href: "/percontohan", label: "Percontohan" }, { href: `/percontohan/${c.id}`, label: c.posyandu.nama }, { label: "Ubah" }]}
      />
      <PercontohanForm
        action={updatePercontohanAction}
        requestId={randomUUID()}
        cancelHref={`/percontohan/${c.id}`}
        submitLabel="Simpan"
        initial={{ id: c.id, nomorSk: c.nomorSk ?? "", tanggalSk: c.tanggalSk ?? "", angkatan: String(c.angkatan), tanggalMulai: c.tanggalMulai ?? "", tanggalTarget: c.tanggalTarget ?? "", catatan: c.catatan ?? "" }}
      />
    </div>
  );
}
