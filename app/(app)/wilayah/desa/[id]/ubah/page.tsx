import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { getDesa } from "@/lib/wilayah/queries";
import { renameDesaAction } from "@/lib/wilayah/actions";
import { orNotFound } from "@/lib/pages";
import { PageHeader } from "@/components/ui/page-header";
import { NamaForm } from "@/components/wilayah/nama-form";
import { findReferensi } from "@/lib/wilayah/referensi";

export const metadata: Metadata = { title: "Ubah nama desa" };

export default async function RenameDesaPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "wilayah.manage")) notFound();
  const { id } = await params;
  const d = await orNotFound(getDesa(viewer, id));
  const jenis = d.isKelurahan ? "Kelurahan" : "Desa";
  return (
    <div>
      <PageHeader title={`Ubah nama ${jenis} ${d.nama}`} description="Kode Kemendagri tidak dapat diubah; perbaiki nama bila ejaannya salah." crumbs={[{ href: "/wilayah", label: "Wilayah" }, { href: `/wilayah/kecamatan/${d.kecamatan.id}`, label: `Kec. ${d.kecamatan.nama}` }, { href: `/wilayah/desa/${d.id}`, label: `${jenis} ${d.nama}` }, { label: "Ubah nama" }]} />
      <NamaForm official={findReferensi(d.kode)?.nama} action={renameDesaAction} hidden={{ id: d.id }} label={`Nama ${jenis.toLowerCase()}`} initial={d.nama} cancelHref={`/wilayah/desa/${d.id}`} before={<p className="text-sm"><span className="text-slate-600">Kode:</span> <span className="tabular-nums">{d.kode}</span> · {jenis}</p>} />
    </div>
  );
}
