import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { GIZI_BERKAS_LIMITS } from "@/lib/gizi-berkas/protocol";
import { formatNumber } from "@/lib/i18n/format";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { buttonClass, LinkButton } from "@/components/ui/button";
import { BatchUpload } from "@/components/gizi/batch-upload";
import { BatchColumns } from "@/components/gizi/batch-columns";

export const metadata: Metadata = { title: "Status gizi dari berkas" };

export default async function GiziBerkasPage() {
  const viewer = await requireViewer();
  if (!can(viewer, "gizi.calc")) notFound();
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title="Status gizi dari berkas"
        description={`Hitung z-score WHO dan kategori Permenkes 2/2020 untuk banyak anak sekaligus (sampai ${formatNumber(GIZI_BERKAS_LIMITS.maxRows)} baris). Hasil disimpan sementara 30 menit, hanya untuk Anda, lalu dihapus.`}
        crumbs={[{ href: "/", label: "Beranda" }, { href: "/gizi", label: "Status gizi" }, { label: "Dari berkas" }]}
        actions={<LinkButton href="/gizi" variant="secondary">Kembali ke kalkulator</LinkButton>}
      />
      <Card title="1. Unduh templat (bila perlu)">
        <p className="mb-3 text-sm text-slate-700">Templat berisi judul kolom dan 4 contoh anak; satu contoh sengaja tidak dapat dihitung agar terlihat alasannya di kolom keterangan.</p>
        <div className="flex flex-wrap gap-2">
          {/* Plain links with `download`: a client-side navigation to a file route leaves the router on the file's URL. */}
          <a className={buttonClass("secondary")} href="/gizi/berkas/templat?format=xlsx" download>Unduh templat XLSX</a>
          <a className={buttonClass("secondary")} href="/gizi/berkas/templat?format=csv" download>Unduh templat CSV</a>
        </div>
      </Card>
      <Card title="2. Unggah berkas dan unduh hasil">
        <BatchUpload />
      </Card>
      <Card title="Kolom berkas">
        <BatchColumns />
      </Card>
    </div>
  );
}
