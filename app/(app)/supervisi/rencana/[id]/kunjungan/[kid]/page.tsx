import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/viewer";
import { orNotFound } from "@/lib/pages";
import { getKunjunganKelola } from "@/lib/rencana/queries";
import { cancelKunjunganAction, updateKunjunganAction } from "@/lib/rencana/actions";
import { formatDateWithDay, todayInJakarta } from "@/lib/i18n/format";
import { dateFromIso } from "@/lib/posyandu/jadwal";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { KunjunganForm } from "@/components/rencana/kunjungan-form";
import { BatalKunjunganForm } from "@/components/rencana/batal-form";
import { StatusBadge } from "@/components/rencana/status-badge";

export const metadata: Metadata = { title: "Ubah kunjungan" };

/** Reschedule a planned visit, change its team, or cancel it with a reason. */
export default async function EditKunjunganPage({ params }: { params: Promise<{ id: string; kid: string }> }) {
  const viewer = await requireViewer();
  const { id, kid } = await params;
  const k = await orNotFound(getKunjunganKelola(viewer, id, kid));
  const lokasi = k.posyandu ? `Posyandu ${k.posyandu.nama}, Desa ${k.desa.nama}` : `Desa ${k.desa.nama}`;
  const back = `/supervisi/rencana/${id}`;
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title={`Kunjungan ${lokasi}`}
        description={<>{formatDateWithDay(dateFromIso(k.tanggal))} · {k.instrumen.nama} (versi {k.instrumen.versi}) · <StatusBadge status={k.status} /></>}
        crumbs={[{ href: "/", label: "Beranda" }, { href: "/supervisi", label: "Supervisi" }, { href: "/supervisi/rencana", label: "Rencana" }, { href: back, label: k.rencana.nama }, { label: "Ubah kunjungan" }]}
      />
      {k.status !== "DIRENCANAKAN" ? (
        <Alert tone="info">Kunjungan ini {k.status === "BATAL" ? `sudah dibatalkan${k.alasanBatal ? ` (${k.alasanBatal})` : ""}` : "sudah dimulai"}; jadwal dan timnya tidak dapat diubah lagi.</Alert>
      ) : (
        <>
          <Card title="Jadwal dan tim">
            <KunjunganForm
              action={updateKunjunganAction}
              requestId={randomUUID()}
              rencana={{ id, tahun: k.rencana.tahun, triwulan: k.rencana.triwulan }}
              today={todayInJakarta()}
              id={k.id}
              site={{ label: lokasi, mingguKe: k.posyandu?.jadwalMingguKe ?? null, hari: k.posyandu?.jadwalHari ?? null }}
              initialTanggal={k.tanggal}
              initialTeam={k.peserta.filter((p) => p.userId).map((p) => ({ id: p.userId!, label: `${p.nama} (${p.peran})` }))}
              initialLuar={k.peserta.filter((p) => !p.userId).map((p) => ({ nama: p.nama, peran: p.peran, instansi: p.instansi ?? "" }))}
              submitLabel="Simpan jadwal dan tim"
              cancelHref={back}
            />
          </Card>
          <Card title="Batalkan kunjungan">
            <BatalKunjunganForm action={cancelKunjunganAction} id={k.id} what={`kunjungan ke ${lokasi}`} />
          </Card>
        </>
      )}
      <p><Link href={back} className="text-sm text-brand-700 hover:underline">← Kembali ke rencana</Link></p>
    </div>
  );
}
