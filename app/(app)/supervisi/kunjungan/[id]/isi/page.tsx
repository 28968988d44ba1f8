import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { getKunjunganIsi } from "@/lib/kunjungan/queries";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { IsiKunjungan } from "@/components/kunjungan/isi-kunjungan";

export const metadata: Metadata = { title: "Isi kunjungan supervisi" };

/** Conducting a visit (`supervisi.conduct` in scope); a submitted visit goes to its read view. */
export default async function IsiKunjunganPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const { id } = await params;
  const data = await getKunjunganIsi(viewer, id);
  if (!data) notFound();
  if (data.status === "SELESAI" || data.status === "BATAL") redirect(`/supervisi/kunjungan/${id}`);
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader
        title={`Supervisi ${data.site}`}
        crumbs={[{ href: "/", label: "Beranda" }, { href: "/supervisi", label: "Supervisi" }, { href: `/supervisi/kunjungan/${id}`, label: "Kunjungan" }, { label: "Isi" }]}
      />
      {data.status === "DIRENCANAKAN" ? <div className="mb-4"><Alert tone="info">Kunjungan terencana ini mulai berlangsung saat isian pertama tersimpan.</Alert></div> : null}
      <IsiKunjungan mode="isi" data={data} />
    </div>
  );
}
