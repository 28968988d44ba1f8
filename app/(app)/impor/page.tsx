import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { listImportJobs } from "@/lib/impor/queries";
import { checkImportAction } from "@/lib/impor/actions";
import { summaryText } from "@/lib/impor/labels";
import { formatDateTime } from "@/lib/i18n/format";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState } from "@/components/ui/card";
import { UploadForm } from "@/components/impor/upload-form";
import { ColumnHelp } from "@/components/impor/column-help";
import { ImportHistoryTable } from "@/components/impor/history-table";

export const metadata: Metadata = { title: "Impor dusun & posyandu" };

export default async function ImporPage() {
  const viewer = await requireViewer();
  if (!can(viewer, "import.run")) notFound();
  const history = await listImportJobs(viewer);
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title="Impor dusun & posyandu"
        description={`Tambah atau perbarui dusun dan posyandu di ${viewer.kabupatenNama} sekaligus, dari berkas CSV atau XLSX.`}
        crumbs={[{ href: "/", label: "Beranda" }, { label: "Impor" }]}
      />
      <Card title="1. Unduh templat">
        <p className="mb-3 text-sm text-slate-700">Templat berisi baris judul dan 2 contoh dari {viewer.kabupatenNama}. Ganti contohnya dengan data Anda; satu baris untuk satu posyandu, atau untuk satu dusun saja.</p>
        <div className="flex flex-wrap gap-2">
          {/* Plain links with `download`: a client-side navigation to a file route leaves the router on the file's URL. */}
          <a className={buttonClass("secondary")} href="/impor/templat?format=xlsx" download>Unduh templat XLSX</a>
          <a className={buttonClass("secondary")} href="/impor/templat?format=csv" download>Unduh templat CSV</a>
        </div>
      </Card>
      <Card title="2. Unggah dan periksa berkas">
        <UploadForm action={checkImportAction} />
      </Card>
      <Card title="Isi kolom berkas">
        <ColumnHelp />
      </Card>
      <Card title="Riwayat impor">
        {history.length === 0 ? (
          <EmptyState title="Belum ada impor di kabupaten ini">Unduh templat, isi dengan data dusun dan posyandu, lalu unggah di atas.</EmptyState>
        ) : (
          <ImportHistoryTable
            rows={history.map((j) => ({
              id: j.id,
              waktu: formatDateTime(j.appliedAt ?? j.createdAt),
              fileName: j.fileName,
              by: j.by,
              isOwn: j.isOwn,
              isApplied: j.status === "APPLIED",
              hasil: j.summary ? `${j.status === "APPLIED" ? "" : "Pratinjau: "}${summaryText(j.summary)}` : "–",
            }))}
          />
        )}
      </Card>
    </div>
  );
}
