import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { getSaranaPosyandu } from "@/lib/sarana/queries";
import { saveSaranaAction } from "@/lib/sarana/actions";
import { itemField } from "@/lib/sarana/schemas";
import { PRASARANA_FIELDS } from "@/lib/sarana/gaps";
import { todayInJakarta } from "@/lib/i18n/format";
import { orNotFound } from "@/lib/pages";
import { PageHeader } from "@/components/ui/page-header";
import { SaranaForm } from "@/components/sarana/sarana-form";

export const metadata: Metadata = { title: "Ubah sarana posyandu" };

export default async function UbahSaranaPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "sarana.manage")) notFound();
  const { id } = await params;
  const kit = await orNotFound(getSaranaPosyandu(viewer, id));
  const p = kit.posyandu;
  const initial: Record<string, string | boolean> = { catatan: kit.prasarana?.catatan ?? "" };
  for (const f of PRASARANA_FIELDS) initial[f.key] = !!kit.prasarana?.[f.key];
  for (const i of kit.items) {
    initial[itemField("jumlah", i.id)] = String(i.jumlah);
    initial[itemField("kondisi", i.id)] = i.kondisi ?? "BAIK";
    initial[itemField("kalibrasi", i.id)] = i.kalibrasiTerakhir ? i.kalibrasiTerakhir.toISOString().slice(0, 10) : "";
    initial[itemField("sumberDana", i.id)] = i.sumberDana ?? "";
  }
  return (
    <div>
      <PageHeader
        title={`Ubah Sarana Posyandu ${p.nama}`}
        description="Isi jumlah, kondisi, kalibrasi terakhir, dan sumber dana tiap alat, lalu prasarana. Semua disimpan sekaligus."
        crumbs={[{ href: "/posyandu", label: "Posyandu" }, { href: `/posyandu/${p.id}`, label: p.nama }, { href: `/posyandu/${p.id}/sarana`, label: "Sarana" }, { label: "Ubah" }]}
      />
      <SaranaForm
        action={saveSaranaAction}
        posyanduId={p.id}
        requestId={randomUUID()}
        today={todayInJakarta()}
        cancelHref={`/posyandu/${p.id}/sarana`}
        initial={initial}
        items={kit.items.map((i) => ({ id: i.id, kode: i.kode, nama: i.nama, kelompok: i.kelompok, wajib: i.wajib, spesifikasi: i.spesifikasi, perluKalibrasi: i.perluKalibrasi, rekonstruksi: i.rekonstruksi }))}
      />
    </div>
  );
}
