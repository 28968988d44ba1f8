import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { getKecamatan } from "@/lib/wilayah/queries";
import { renameKecamatanAction } from "@/lib/wilayah/actions";
import { orNotFound } from "@/lib/pages";
import { PageHeader } from "@/components/ui/page-header";
import { NamaForm } from "@/components/wilayah/nama-form";
import { findReferensi } from "@/lib/wilayah/referensi";

export const metadata: Metadata = { title: "Ubah nama kecamatan" };

export default async function RenameKecamatanPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "wilayah.manage")) notFound();
  const { id } = await params;
  const k = await orNotFound(getKecamatan(viewer, id));
  return (
    <div>
      <PageHeader title={`Ubah nama Kecamatan ${k.nama}`} description="Kode Kemendagri tidak dapat diubah; perbaiki nama bila ejaannya salah." crumbs={[{ href: "/wilayah", label: "Wilayah" }, { href: `/wilayah/kecamatan/${k.id}`, label: `Kec. ${k.nama}` }, { label: "Ubah nama" }]} />
      <NamaForm official={findReferensi(k.kode)?.nama} action={renameKecamatanAction} hidden={{ id: k.id }} label="Nama kecamatan" initial={k.nama} cancelHref={`/wilayah/kecamatan/${k.id}`} before={<p className="text-sm"><span className="text-slate-600">Kode:</span> <span className="tabular-nums">{k.kode}</span></p>} />
    </div>
  );
}
