import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { getStudiBanding } from "@/lib/percontohan/queries-studi-banding";
import { updateStudiBandingAction } from "@/lib/percontohan/actions";
import { orNotFound } from "@/lib/pages";
import { PageHeader } from "@/components/ui/page-header";
import { StudiBandingForm } from "@/components/percontohan/studi-banding-form";

export const metadata: Metadata = { title: "Ubah studi banding" };

export default async function EditStudiBandingPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "percontohan.manage")) notFound();
  const { id } = await params;
  const s = await orNotFound(getStudiBanding(viewer, id));
  const back = `/percontohan/${s.percontohan.id}#studi-banding`;
  return (
    <div>
      <PageHeader
        title={`Ubah studi banding ${s.asal}`}
        description={`Kunjungan ke percontohan Posyandu ${s.percontohan.posyandu.nama}, Desa ${s.percontohan.posyandu.desa.nama}`}
        crumbs={[{ href: "/studi-banding", label: "Studi banding" }, { href: back, label: `Percontohan ${s.percontohan.posyandu.nama}` }, { label: "Ubah" }]}
      />
      <StudiBandingForm
        action={updateStudiBandingAction}
        requestId={randomUUID()}
        id={s.id}
        cancelHref={back}
        submitLabel="Simpan"
        initial={{ tanggal: s.tanggal, asal: s.asal, jumlahPeserta: String(s.jumlahPeserta), tujuan: s.tujuan ?? "", catatan: s.catatan ?? "" }}
      />
    </div>
  );
}
