import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { getKunjunganIsi } from "@/lib/kunjungan/queries";
import { PageHeader } from "@/components/ui/page-header";
import { IsiKunjungan } from "@/components/kunjungan/isi-kunjungan";

export const metadata: Metadata = { title: "Koreksi kunjungan supervisi" };

/** Correcting a submitted visit (`supervisi.conduct` in scope): a new revision with a reason. */
export default async function KoreksiKunjunganPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const { id } = await params;
  const data = await getKunjunganIsi(viewer, id);
  if (!data) notFound();
  if (data.status !== "SELESAI") redirect(data.status === "BATAL" ? `/supervisi/kunjungan/${id}` : `/supervisi/kunjungan/${id}/isi`);
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader
        title={`Koreksi supervisi ${data.site}`}
        description="Hasil sebelumnya disimpan sebagai revisi; skor dihitung ulang dari jawaban setelah koreksi."
        crumbs={[{ href: "/", label: "Beranda" }, { href: "/supervisi", label: "Supervisi" }, { href: `/supervisi/kunjungan/${id}`, label: "Kunjungan" }, { label: "Koreksi" }]}
      />
      <IsiKunjungan mode="koreksi" data={data} />
    </div>
  );
}
