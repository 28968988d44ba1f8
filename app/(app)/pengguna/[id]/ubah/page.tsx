import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { getPengguna, penggunaScopeOptions } from "@/lib/pengguna/queries";
import { roleChoices } from "@/lib/pengguna/roles";
import { orNotFound } from "@/lib/pages";
import { PageHeader } from "@/components/ui/page-header";
import { PenggunaEditForm } from "@/components/pengguna/pengguna-edit-form";

export const metadata: Metadata = { title: "Ubah pengguna" };

export default async function EditPenggunaPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "user.manage")) notFound();
  const { id } = await params;
  const u = await orNotFound(getPengguna(viewer, id));
  const options = await penggunaScopeOptions(viewer, { desaId: u.desa?.id, posyanduId: u.posyandu?.id });
  return (
    <div>
      <PageHeader
        title={`Ubah ${u.nama}`}
        description={`Nama, peran, dan wilayah akun di ${viewer.kabupatenNama}`}
        crumbs={[{ href: "/", label: "Beranda" }, { href: "/pengguna", label: "Pengguna" }, { href: `/pengguna/${u.id}`, label: u.username }, { label: "Ubah" }]}
      />
      <PenggunaEditForm
        initial={{ id: u.id, nama: u.nama, role: u.role, puskesmasId: u.puskesmas?.id ?? "", desaId: u.desa?.id ?? "", posyanduId: u.posyandu?.id ?? "" }}
        username={u.username}
        isSelf={u.id === viewer.id}
        roles={roleChoices()}
        kabupatenNama={viewer.kabupatenNama}
        options={options}
      />
    </div>
  );
}
