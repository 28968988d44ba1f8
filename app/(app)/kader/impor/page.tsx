import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { isUuid } from "@/lib/dal/ids";
import { getPosyandu } from "@/lib/posyandu/queries";
import { importKaderAction } from "@/lib/kader/actions";
import { KOLOM_KADER_INFO } from "@/lib/kader/impor";
import { orNotFound } from "@/lib/pages";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { UploadForm } from "@/components/impor/upload-form";

export const metadata: Metadata = { title: "Impor kader" };

/** Kaders from a CSV/XLSX: for one posyandu (?posyanduId=), or by posyandu name within the viewer's area. */
export default async function ImporKaderPage({ searchParams }: { searchParams: Promise<{ posyanduId?: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "kader.manage")) notFound();
  const sp = await searchParams;
  const p = isUuid(sp.posyanduId) ? await orNotFound(getPosyandu(viewer, sp.posyanduId)) : null;
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title={p ? `Impor kader Posyandu ${p.nama}` : "Impor kader"}
        description={p ? "Semua baris berkas menjadi kader posyandu ini; kolom posyandu tidak dibaca." : `Kolom posyandu menentukan posyandu setiap kader, di wilayah ${viewer.areaLabel}.`}
        crumbs={p ? [{ href: "/posyandu", label: "Posyandu" }, { href: `/posyandu/${p.id}`, label: p.nama }, { href: `/posyandu/${p.id}/kader`, label: "Kader" }, { label: "Impor" }] : [{ href: "/kader", label: "Kader" }, { label: "Impor" }]}
        actions={<a className={buttonClass("secondary")} href="/kader/impor/templat" download>Unduh templat CSV</a>}
      />
      <Card title="Unggah berkas">
        <p className="mb-3 text-sm text-slate-600">Seluruh berkas diperiksa dulu. Bila ada satu baris saja yang salah, tidak ada yang disimpan dan setiap masalah ditampilkan dengan nomor barisnya.</p>
        <UploadForm action={importKaderAction} hidden={p ? { posyanduId: p.id } : undefined} submitLabel="Periksa dan impor" />
      </Card>
      <Card title="Kolom berkas">
        <dl className="grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
          {KOLOM_KADER_INFO.map((k) => (
            <div key={k.kolom} className="contents">
              <dt className="font-mono font-semibold">{k.kolom}</dt>
              <dd>{k.keterangan} <span className="text-slate-500">Contoh: {k.contoh}</span></dd>
            </div>
          ))}
        </dl>
      </Card>
    </div>
  );
}
