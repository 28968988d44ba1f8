import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { penggunaScopeOptions } from "@/lib/pengguna/queries";
import { roleChoices } from "@/lib/pengguna/roles";
import { orNotFound } from "@/lib/pages";
import { PageHeader } from "@/components/ui/page-header";
import { PenggunaForm } from "@/components/pengguna/pengguna-form";

export const metadata: Metadata = { title: "Tambah pengguna" };

export default async function NewPenggunaPage() {
  const viewer = await requireViewer();
  if (!can(viewer, "user.manage")) notFound();
  const options = await orNotFound(penggunaScopeOptions(viewer));
  return (
    <div>
      <PageHeader title="Tambah pengguna" description={`Akun baru di ${viewer.kabupatenNama}`} crumbs={[{ href: "/", label: "Beranda" }, { href: "/pengguna", label: "Pengguna" }, { label: "Tambah" }]} />
      <PenggunaForm requestId={randomUUID()} kabupatenNama={viewer.kabupatenNama} roles={roleChoices()} options={options} />
    </div>
  );
}
