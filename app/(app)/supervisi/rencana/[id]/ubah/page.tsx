import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { requireViewer } from "@/lib/auth/viewer";
import { orNotFound } from "@/lib/pages";
import { getRencanaKelola, instrumenTerbit } from "@/lib/rencana/queries";
import { updateRencanaAction } from "@/lib/rencana/actions";
import { PageHeader } from "@/components/ui/page-header";
import { RencanaForm } from "@/components/rencana/rencana-form";

export const metadata: Metadata = { title: "Ubah rencana supervisi" };

export default async function EditRencanaPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const { id } = await params;
  const [rencana, instrumen] = await Promise.all([orNotFound(getRencanaKelola(viewer, id)), instrumenTerbit(viewer)]);
  return (
    <div>
      <PageHeader
        title={`Ubah ${rencana.nama}`}
        crumbs={[{ href: "/", label: "Beranda" }, { href: "/supervisi", label: "Supervisi" }, { href: "/supervisi/rencana", label: "Rencana" }, { href: `/supervisi/rencana/${id}`, label: rencana.nama }, { label: "Ubah" }]}
      />
      <RencanaForm
        action={updateRencanaAction}
        requestId={randomUUID()}
        instrumen={instrumen.map((i) => ({ id: i.id, label: `${i.nama} (versi ${i.versi})` }))}
        tingkatLabel={rencana.tingkat === "KABUPATEN" ? `Dinkes (${viewer.kabupatenNama})` : `Puskesmas (${viewer.areaLabel})`}
        cancelHref={`/supervisi/rencana/${id}`}
        submitLabel="Simpan perubahan"
        initial={{ id, nama: rencana.nama, tahun: String(rencana.tahun), triwulan: String(rencana.triwulan), instrumenId: rencana.instrumenId ?? "", catatan: rencana.catatan ?? "" }}
      />
    </div>
  );
}
