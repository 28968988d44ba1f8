import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can, ROLE_LABEL } from "@/lib/access/permissions";
import { penggunaScopeOptions } from "@/lib/pengguna/queries";
import { ROLES, type TRole } from "@/lib/pengguna/schemas";
import { orNotFound } from "@/lib/pages";
import { PageHeader } from "@/components/ui/page-header";
import { PenggunaForm } from "@/components/pengguna/pengguna-form";

export const metadata: Metadata = { title: "Tambah pengguna" };

const ROLE_HINT: Record<TRole, string> = {
  DINKES_ADMIN: "Mengelola seluruh data dan akun di kabupaten ini.",
  DINKES: "Melihat data seluruh kabupaten, tanpa mengubah.",
  PUSKESMAS: "Melihat desa dan posyandu di wilayah kerja satu puskesmas; dapat mengubah jadwal posyandu.",
  BIDAN_DESA: "Melihat data satu desa.",
  KADER: "Melihat data satu posyandu.",
};

export default async function NewPenggunaPage() {
  const viewer = await requireViewer();
  if (!can(viewer, "user.manage")) notFound();
  const options = await orNotFound(penggunaScopeOptions(viewer));
  return (
    <div>
      <PageHeader title="Tambah pengguna" description={`Akun baru di ${viewer.kabupatenNama}`} crumbs={[{ href: "/", label: "Beranda" }, { href: "/pengguna", label: "Pengguna" }, { label: "Tambah" }]} />
      <PenggunaForm requestId={randomUUID()} kabupatenNama={viewer.kabupatenNama} roles={ROLES.map((r) => ({ value: r, label: ROLE_LABEL[r], hint: ROLE_HINT[r] }))} options={options} />
    </div>
  );
}
