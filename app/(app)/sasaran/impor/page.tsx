import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { isUuid } from "@/lib/dal/ids";
import { posyanduChoices } from "@/lib/sasaran/queries";
import { getSasaranImportJob } from "@/lib/sasaran/dal-impor";
import { applySasaranImportAction, checkSasaranImportAction } from "@/lib/sasaran/actions";
import { KOLOM_SASARAN_INFO } from "@/lib/sasaran/impor";
import { JENIS_KELAMIN_LABEL } from "@/lib/sasaran/schemas";
import { formatDate, formatDateTime, formatNumber } from "@/lib/i18n/format";
import { orNotFound } from "@/lib/pages";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { SelectField } from "@/components/ui/form-fields";
import { UploadForm } from "@/components/impor/upload-form";
import { ApplyForm } from "@/components/impor/apply-form";

export const metadata: Metadata = { title: "Impor sasaran" };

export default async function ImporSasaranPage({ searchParams }: { searchParams: Promise<{ posyanduId?: string; job?: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "sasaran.manage")) notFound();
  const sp = await searchParams;
  const crumbs = [{ href: "/sasaran", label: "Sasaran" }, { label: "Impor" }];
  if (isUuid(sp.job)) {
    const job = await orNotFound(getSasaranImportJob(viewer, sp.job));
    return (
      <div className="flex flex-col gap-4">
        <PageHeader title={`Impor sasaran Posyandu ${job.summary.posyanduNama}`} description={`Berkas ${job.fileName}, diperiksa ${formatDateTime(job.createdAt)}.`} crumbs={crumbs} />
        {job.status === "APPLIED" ? (
          <Alert tone="success">Berkas ini sudah disimpan{job.appliedAt ? ` pada ${formatDateTime(job.appliedAt)}` : ""}: {formatNumber(job.summary.jumlah)} sasaran. <Link className="underline" href={`/sasaran?posyanduId=${job.summary.posyanduId}`}>Lihat daftar</Link></Alert>
        ) : (
          <Card title={`Semua ${formatNumber(job.summary.jumlah)} baris lolos pemeriksaan`}>
            <p className="mb-3 text-sm text-slate-700">Belum ada yang disimpan. Periksa contoh di bawah, lalu pilih Simpan untuk mendaftarkan {formatNumber(job.summary.jumlah)} orang ke Posyandu {job.summary.posyanduNama} sekaligus.</p>
            <ApplyForm action={applySasaranImportAction} jobId={job.id} cancelHref="/sasaran/impor" />
          </Card>
        )}
        <Card title={`Contoh isi (${Math.min(job.preview.length, job.summary.jumlah)} dari ${formatNumber(job.summary.jumlah)} baris)`}>
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="impor-preview">
              <thead className="bg-slate-100"><tr><th className="px-2 py-1">Baris</th><th className="px-2 py-1">Nama</th><th className="px-2 py-1">NIK</th><th className="px-2 py-1">JK</th><th className="px-2 py-1">Tanggal lahir</th><th className="px-2 py-1">Nama ibu</th></tr></thead>
              <tbody>
                {job.preview.map((r) => (
                  <tr key={r.line} className="border-t border-slate-100">
                    <td className="px-2 py-1">{r.line}</td><td className="px-2 py-1">{r.data.nama}</td><td className="px-2 py-1 font-mono">{r.data.nik ?? "–"}</td>
                    <td className="px-2 py-1">{JENIS_KELAMIN_LABEL[r.data.jenisKelamin]}</td><td className="px-2 py-1">{formatDate(new Date(`${r.data.tanggalLahir}T00:00:00Z`))}</td><td className="px-2 py-1">{r.data.namaIbu ?? "–"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Card>
      </div>
    );
  }
  const choices = await posyanduChoices(viewer);
  const posyanduId = viewer.role === "KADER" ? viewer.posyanduId : (isUuid(sp.posyanduId) ? sp.posyanduId : choices.length === 1 ? choices[0].id : undefined);
  const chosen = choices.find((c) => c.id === posyanduId);
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title="Impor sasaran"
        description="Daftarkan banyak orang sekaligus dari berkas CSV atau XLSX, untuk satu posyandu."
        crumbs={crumbs}
        actions={<>
          <a className={buttonClass("secondary")} href="/sasaran/impor/templat" download>Unduh templat CSV</a>
          <a className={buttonClass("secondary")} href="/sasaran/impor/templat?format=xlsx" download>Unduh templat XLSX</a>
        </>}
      />
      {viewer.role !== "KADER" ? (
        <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3">
          <SelectField name="posyanduId" label="Posyandu" placeholder="Pilih…" defaultValue={posyanduId ?? ""} options={choices.map((c) => ({ value: c.id, label: `${c.nama} — Desa ${c.desa.nama}` }))} />
          <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-4 text-sm font-semibold text-white hover:bg-brand-800">Pilih</button>
        </form>
      ) : null}
      {chosen ? (
        <Card title={`Unggah berkas untuk Posyandu ${chosen.nama}`}>
          <p className="mb-3 text-sm text-slate-600">Seluruh berkas diperiksa dulu: NIK 16 angka dan tidak ganda (di berkas maupun di kabupaten), tanggal lahir tidak di masa depan, dusun dikenal, nama dan tanggal lahir yang sudah terdaftar. Bila ada satu baris saja yang salah, tidak ada yang disimpan dan setiap masalah ditampilkan dengan nomor baris dan kolomnya.</p>
          <UploadForm action={checkSasaranImportAction} hidden={{ posyanduId: chosen.id }} submitLabel="Periksa berkas" />
        </Card>
      ) : (
        <Card><p className="text-sm text-slate-700">{choices.length ? "Pilih dulu posyandu tujuan impor." : "Belum ada posyandu di wilayah Anda."}</p></Card>
      )}
      <Card title="Kolom berkas">
        <dl className="grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
          {KOLOM_SASARAN_INFO.map((k) => (
            <div key={k.kolom} className="contents">
              <dt className="font-mono font-semibold">{k.kolom}</dt>
              <dd>{k.keterangan} {k.contoh ? <span className="text-slate-500">Contoh: {k.contoh}</span> : null}</dd>
            </div>
          ))}
        </dl>
      </Card>
    </div>
  );
}
