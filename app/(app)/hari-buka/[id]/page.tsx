import type { Metadata } from "next";
import Link from "next/link";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { getHariBuka, layarHariBuka, listHariBuka } from "@/lib/hari-buka/queries";
import { ZHariBukaListParams } from "@/lib/hari-buka/schemas";
import { NotFoundError } from "@/lib/errors";
import { formatDateWithDay } from "@/lib/i18n/format";
import { dateFromIso } from "@/lib/posyandu/jadwal";
import { PageHeader } from "@/components/ui/page-header";
import { Stat } from "@/components/ui/card";
import { SesiHariBuka } from "@/components/hari-buka/sesi";
import { TutupHariBuka } from "@/components/hari-buka/tutup-form";

export const metadata: Metadata = { title: "Hari Posyandu" };

export default async function HariBukaPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "laporan.read")) notFound();
  const { id } = await params;
  const bolehCatat = can(viewer, "haribuka.record");
  const bolehKoreksi = can(viewer, "pemeriksaan.correct");
  try {
    if (!can(viewer, "sasaran.read")) {
      // The Dinkes reads counts, never names.
      const hari = await getHariBuka(viewer, id);
      const { rows } = await listHariBuka(viewer, ZHariBukaListParams.parse({ posyanduId: hari.posyanduId, bulan: hari.tanggal.slice(0, 7), size: "100" }));
      const r = rows.find((x) => x.id === hari.id);
      return (
        <div>
          <Header hari={hari} />
          <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
            <Stat label="Hadir" value={String(r?.hadir ?? 0)} />
            <Stat label="Dirujuk" value={String(r?.dirujuk ?? 0)} href={`/hari-buka/${hari.id}/rujukan`} />
          </div>
        </div>
      );
    }
    const { hari, orang, entri, ambang, dusun } = await layarHariBuka(viewer, id);
    return (
      <div>
        <Header hari={hari} actions={
          hari.ditutup
            ? bolehKoreksi ? <TutupHariBuka id={hari.id} buka requestId={randomUUID()} /> : null
            : bolehCatat ? <TutupHariBuka id={hari.id} buka={false} requestId={randomUUID()} /> : null
        } />
        <SesiHariBuka hari={hari} orang={orang} entri={entri} ambang={ambang} userId={viewer.id} bolehCatat={bolehCatat} bolehKoreksi={bolehKoreksi} dusun={dusun} />
      </div>
    );
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

function Header({ hari, actions }: { hari: Awaited<ReturnType<typeof getHariBuka>>; actions?: React.ReactNode }) {
  return (
    <PageHeader
      title={`Posyandu ${hari.posyandu}`}
      description={<>{formatDateWithDay(dateFromIso(hari.tanggal))} · Desa {hari.desa} · {hari.ditutup ? "Ditutup" : "Buka"}{hari.petugas.length ? <> · Bertugas: {hari.petugas.map((p) => `${p.nama} (${p.peran})`).join(", ")}</> : null} · <Link href={`/hari-buka/${hari.id}/rujukan`} className="underline">Rujukan</Link></>}
      crumbs={[{ href: "/", label: "Beranda" }, { href: "/hari-buka", label: "Hari Posyandu" }, { label: hari.tanggal }]}
      actions={actions}
    />
  );
}
