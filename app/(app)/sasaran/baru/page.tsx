import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { posyanduChoices, posyanduForForm } from "@/lib/sasaran/queries";
import { createSasaranPageAction } from "@/lib/sasaran/actions";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { SelectField } from "@/components/ui/form-fields";
import { SasaranForm } from "@/components/sasaran/sasaran-form";

export const metadata: Metadata = { title: "Daftarkan sasaran" };

export default async function SasaranBaruPage({ searchParams }: { searchParams: Promise<{ posyanduId?: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "sasaran.manage")) notFound();
  const sp = await searchParams;
  const choices = await posyanduChoices(viewer);
  const chosen = viewer.role === "KADER" ? viewer.posyanduId : (sp.posyanduId ?? (choices.length === 1 ? choices[0].id : undefined));
  const posyandu = await posyanduForForm(viewer, chosen);
  const crumbs = [{ href: "/sasaran", label: "Sasaran" }, { label: "Daftarkan" }];
  if (!posyandu) {
    return (
      <div>
        <PageHeader title="Daftarkan sasaran" description="Pilih dulu posyandu tempat orang ini dilayani." crumbs={crumbs} />
        <Card>
          {choices.length === 0 ? (
            <p className="text-sm text-slate-700">Belum ada posyandu di wilayah Anda. Tambahkan posyandu lebih dulu di menu Posyandu.</p>
          ) : (
            <form method="get" action="/sasaran/baru" className="flex max-w-md flex-col gap-3">
              <SelectField name="posyanduId" label="Posyandu" placeholder="Pilih…" options={choices.map((p) => ({ value: p.id, label: `${p.nama} — Desa ${p.desa.nama}` }))} required />
              <button type="submit" className="min-h-11 w-fit rounded-md bg-brand-700 px-4 text-sm font-semibold text-white hover:bg-brand-800">Lanjut</button>
            </form>
          )}
        </Card>
      </div>
    );
  }
  return (
    <div>
      <PageHeader title="Daftarkan sasaran" description={`Posyandu ${posyandu.nama}, Desa ${posyandu.desa.nama}. Sebelum menyimpan, sistem memeriksa NIK yang sama dan nama serta tanggal lahir yang mirip.`} crumbs={crumbs} />
      <SasaranForm action={createSasaranPageAction} initial={{}} cancelHref="/sasaran" dusun={posyandu.dusun} posyanduId={posyandu.id} deviceId={randomUUID()} />
    </div>
  );
}
