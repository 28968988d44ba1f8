import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { getDesa } from "@/lib/wilayah/queries";
import { createDusunAction } from "@/lib/wilayah/actions";
import { orNotFound } from "@/lib/pages";
import { PageHeader } from "@/components/ui/page-header";
import { NamaForm } from "@/components/wilayah/nama-form";

export const metadata: Metadata = { title: "Tambah dusun" };

export default async function NewDusunPage({ searchParams }: { searchParams: Promise<{ desaId?: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "wilayah.manage")) notFound();
  const { desaId } = await searchParams;
  if (!desaId) notFound();
  const d = await orNotFound(getDesa(viewer, desaId));
  const back = `/wilayah/desa/${d.id}`;
  return (
    <div>
      <PageHeader
        title={`Tambah dusun di Desa ${d.nama}`}
        description={d.dusun.length ? `Dusun yang sudah ada: ${d.dusun.map((x) => x.nama).join(", ")}.` : "Desa ini belum punya data dusun."}
        crumbs={[{ href: "/wilayah", label: "Wilayah" }, { href: `/wilayah/kecamatan/${d.kecamatan.id}`, label: `Kec. ${d.kecamatan.nama}` }, { href: back, label: `Desa ${d.nama}` }, { label: "Tambah dusun" }]}
      />
      <NamaForm action={createDusunAction} hidden={{ desaId: d.id, requestId: randomUUID() }} label="Nama dusun" initial="" hint='Tanpa kata "Dusun", contoh: "Sukamaju". Boleh juga RW, contoh: "RW 03".' cancelHref={back} />
    </div>
  );
}
