import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { instrumenTerbit } from "@/lib/rencana/queries";
import { createRencanaAction } from "@/lib/rencana/actions";
import { todayInJakarta } from "@/lib/i18n/format";
import { quarterOf } from "@/lib/supervisi/jadwal-kunjungan";
import { PageHeader } from "@/components/ui/page-header";
import { RencanaForm } from "@/components/rencana/rencana-form";

export const metadata: Metadata = { title: "Buat rencana supervisi" };

export default async function NewRencanaPage() {
  const viewer = await requireViewer();
  if (!can(viewer, "supervisi.plan")) notFound();
  const instrumen = await instrumenTerbit(viewer);
  const q = quarterOf(todayInJakarta());
  const posyandu = instrumen.find((i) => i.sasaran === "POSYANDU") ?? instrumen[0];
  return (
    <div>
      <PageHeader
        title="Buat rencana supervisi"
        description="Rencana berlaku satu triwulan. Lokasi, tanggal, dan tim ditambahkan sesudah rencana disimpan."
        crumbs={[{ href: "/", label: "Beranda" }, { href: "/supervisi", label: "Supervisi" }, { href: "/supervisi/rencana", label: "Rencana" }, { label: "Buat" }]}
      />
      <RencanaForm
        action={createRencanaAction}
        requestId={randomUUID()}
        instrumen={instrumen.map((i) => ({ id: i.id, label: `${i.nama} (versi ${i.versi})` }))}
        tingkatLabel={viewer.role === "PUSKESMAS" ? `Puskesmas (${viewer.areaLabel})` : `Dinkes (${viewer.kabupatenNama})`}
        cancelHref="/supervisi/rencana"
        submitLabel="Simpan rencana"
        initial={{ nama: "", tahun: String(q.tahun), triwulan: String(q.triwulan), instrumenId: posyandu?.id ?? "", catatan: "" }}
      />
    </div>
  );
}
