import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { orNotFound } from "@/lib/pages";
import { getImportJob, PREVIEW_ROWS } from "@/lib/impor/queries";
import { applyImportAction } from "@/lib/impor/actions";
import { outcomeLabel, summaryText } from "@/lib/impor/labels";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import { PageHeader } from "@/components/ui/page-header";
import { LinkButton } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { Card, Stat } from "@/components/ui/card";
import { ApplyForm } from "@/components/impor/apply-form";
import { PreviewTable } from "@/components/impor/preview-table";

export const metadata: Metadata = { title: "Impor dusun & posyandu" };

export default async function ImportJobPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ disimpan?: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "import.run")) notFound();
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const job = await orNotFound(getImportJob(viewer, id));
  const crumbs = [{ href: "/", label: "Beranda" }, { href: "/impor", label: "Impor" }, { label: job.fileName }];
  const s = job.summary;
  const stats = (
    <div className="grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="impor-ringkasan">
      <Stat label="Dusun baru" value={formatNumber(s.dusunBaru)} />
      <Stat label="Posyandu baru" value={formatNumber(s.posyanduBaru)} />
      <Stat label="Posyandu diubah" value={formatNumber(s.posyanduDiubah)} />
      <Stat label="Tidak berubah" value={formatNumber(s.tidakBerubah)} />
    </div>
  );

  if (job.status === "APPLIED") {
    return (
      <div className="flex flex-col gap-4">
        <PageHeader title="Impor tersimpan" description={`Berkas ${job.fileName}, disimpan ${job.appliedAt ? `${formatDateTime(job.appliedAt)} WIB` : ""}`} crumbs={crumbs} />
        <Alert tone="success" title={sp.disimpan ? "Impor selesai." : "Impor ini sudah disimpan."} testId="impor-hasil">
          {summaryText(s)} dari {formatNumber(s.baris)} baris.
        </Alert>
        {stats}
        <div className="flex flex-wrap gap-2">
          <LinkButton href="/posyandu">Lihat daftar posyandu</LinkButton>
          <LinkButton variant="secondary" href="/impor">Impor berkas lain</LinkButton>
        </div>
      </div>
    );
  }

  const nothingChanges = s.dusunBaru + s.posyanduBaru + s.posyanduDiubah === 0;
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title="Periksa sebelum menyimpan"
        description={`Berkas ${job.fileName}: ${formatNumber(s.baris)} baris, semuanya lolos pemeriksaan. Belum ada yang disimpan.`}
        crumbs={crumbs}
      />
      {job.sameFileAppliedAt ? <Alert tone="info">Berkas yang sama persis sudah pernah diimpor pada {formatDateTime(job.sameFileAppliedAt)} WIB.</Alert> : null}
      {nothingChanges ? <Alert tone="info">Semua baris sudah sama dengan data di aplikasi: menyimpan tidak akan mengubah apa pun.</Alert> : null}
      {stats}
      <Card title="Simpan ke data wilayah">
        <p className="mb-3 text-sm text-slate-700">Pilih Simpan untuk menulis semua baris sekaligus: {summaryText(s)}. Jika data berubah sejak berkas diperiksa, hitungan akhir mengikuti data terbaru.</p>
        <ApplyForm action={applyImportAction} jobId={job.id} />
      </Card>
      <Card title={s.baris > PREVIEW_ROWS ? `Pratinjau (${formatNumber(PREVIEW_ROWS)} baris pertama dari ${formatNumber(s.baris)})` : "Pratinjau"}>
        <PreviewTable
          rows={job.outcomes.map((o) => ({
            line: o.line,
            desa: o.desa,
            dusun: o.dusun ?? "–",
            posyandu: o.kind === "dusun-baru" ? "–" : (o.posyandu ?? "–"),
            hasil: outcomeLabel(o),
            kind: o.kind,
          }))}
        />
      </Card>
    </div>
  );
}
