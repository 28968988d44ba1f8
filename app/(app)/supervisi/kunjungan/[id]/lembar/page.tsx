import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { getLembarSumber } from "@/lib/supervisi/lembar-data";
import { buildLembar } from "@/lib/supervisi/lembar";
import { NotFoundError } from "@/lib/errors";
import { buttonClass } from "@/components/ui/button";
import { LembarView } from "@/components/supervisi/lembar";
import { CetakButton } from "@/components/supervisi/lembar-cetak";

export const metadata: Metadata = { title: "Lembar umpan balik supervisi" };

export default async function LembarPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "supervisi.read")) notFound();
  const { id } = await params;
  const sumber = await getLembarSumber(viewer, id).catch((e) => (e instanceof NotFoundError ? null : Promise.reject(e)));
  if (!sumber) notFound();
  const l = buildLembar(sumber);
  return (
    <div className="flex flex-col gap-4">
      <style>{"@page { size: A4; margin: 15mm; } @media print { header, nav, footer, .no-print { display: none !important; } body { background: white; } }"}</style>
      <div className="no-print flex flex-wrap items-center gap-2 print:hidden">
        <Link className="text-brand-700 underline" href="/supervisi/tindak-lanjut">Kembali ke tindak lanjut</Link>
        <span className="grow" />
        <CetakButton />
        {/* A plain link: the PDF is a download, not a page to navigate to. */}
        <a className={buttonClass("primary")} href={`/supervisi/kunjungan/${id}/pdf`} download>Unduh PDF</a>
      </div>
      <LembarView l={l} />
    </div>
  );
}
