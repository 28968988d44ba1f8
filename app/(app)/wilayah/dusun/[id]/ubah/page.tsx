import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { getDusun } from "@/lib/wilayah/queries";
import { updateDusunAction } from "@/lib/wilayah/actions";
import { orNotFound } from "@/lib/pages";
import { PageHeader } from "@/components/ui/page-header";
import { NamaForm } from "@/components/wilayah/nama-form";

export const metadata: Metadata = { title: "Ubah dusun" };

export default async function EditDusunPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "wilayah.manage")) notFound();
  const { id } = await params;
  const x = await orNotFound(getDusun(viewer, id));
  return (
    <div>
      <PageHeader title={`Ubah Dusun ${x.nama}`} crumbs={[{ href: "/wilayah", label: "Wilayah" }, { href: `/wilayah/desa/${x.desa.id}`, label: `Desa ${x.desa.nama}` }, { href: `/wilayah/dusun/${x.id}`, label: `Dusun ${x.nama}` }, { label: "Ubah" }]} />
      <NamaForm action={updateDusunAction} hidden={{ id: x.id }} label="Nama dusun" initial={x.nama} cancelHref={`/wilayah/dusun/${x.id}`} />
    </div>
  );
}
