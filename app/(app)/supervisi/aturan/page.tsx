import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { readAturan } from "@/lib/pengaturan/queries";
import { ATURAN_AMBANG_SUPERVISI } from "@/lib/supervisi/aturan";
import { KATEGORI_KESIAPAN, LABEL_KATEGORI } from "@/lib/kesiapan/kategori";
import { resetAmbangSupervisiAction, saveAmbangSupervisiAction } from "@/lib/instrumen/actions";
import { formatDecimal } from "@/lib/i18n/format";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { AmbangSupervisiForm } from "@/components/instrumen/ambang-form";
import { AksiForm } from "@/components/instrumen/aksi-form";

export const metadata: Metadata = { title: "Ambang hasil supervisi" };

const dec = (n: number) => formatDecimal(n, Number.isInteger(n * 10) ? 1 : 2);

export default async function AturanSupervisiPage({ searchParams }: { searchParams: Promise<{ disimpan?: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "supervisi.read")) notFound();
  const [sp, ambang] = await Promise.all([searchParams, readAturan(viewer, ATURAN_AMBANG_SUPERVISI)]);
  const a = ambang.nilai;
  const b = ATURAN_AMBANG_SUPERVISI.bawaan;
  const edit = can(viewer, "katalog.manage");
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title="Ambang kategori hasil supervisi"
        description={`Aturan yang mengubah skor kunjungan supervisi menjadi kategori di ${viewer.kabupatenNama}.`}
        crumbs={[{ href: "/", label: "Beranda" }, { href: "/supervisi/instrumen", label: "Instrumen supervisi" }, { label: "Ambang kategori" }]}
      />
      {sp.disimpan ? <Alert tone="success">{sp.disimpan === "bawaan" ? "Nilai bawaan berlaku lagi." : "Aturan sudah disimpan."} Kunjungan yang sudah dikirim menyimpan kategorinya; aturan baru berlaku untuk penilaian berikutnya.</Alert> : null}
      <Card title="Aturan yang berlaku">
        <p className="mb-2 text-sm text-slate-700" data-testid="ambang-supervisi-berlaku">
          Skor ≥ {a.siap}: siap · {a.siapBersyarat}–{a.siap - 1}: siap bersyarat · &lt; {a.siapBersyarat}: belum siap. Butir kritis dengan skor di bawah {dec(a.lulusKritis)} membatasi kategori paling tinggi &quot;{LABEL_KATEGORI[a.batasKritis].toLowerCase()}&quot;.{" "}
          <span className="text-slate-500">{ambang.diubah ? `(bawaan: ${b.siap} dan ${b.siapBersyarat}, butir kritis di bawah ${dec(b.lulusKritis)} → ${LABEL_KATEGORI[b.batasKritis].toLowerCase()})` : "(nilai bawaan)"}</span>
        </p>
        <p className="text-xs text-slate-500">Sumber: {ATURAN_AMBANG_SUPERVISI.sumber}</p>
      </Card>
      {edit ? (
        <Card title="Ubah aturan">
          <AmbangSupervisiForm
            action={saveAmbangSupervisiAction}
            initial={{ siap: String(a.siap), siapBersyarat: String(a.siapBersyarat), batasKritis: a.batasKritis, lulusKritis: String(a.lulusKritis).replace(".", ",") }}
            kategori={KATEGORI_KESIAPAN.map((k) => ({ value: k, label: LABEL_KATEGORI[k] }))}
          />
          {ambang.diubah ? <div className="mt-3"><AksiForm action={resetAmbangSupervisiAction} fields={{}} label="Kembalikan ke bawaan" variant="secondary" pendingText="Mengembalikan…" /></div> : null}
        </Card>
      ) : null}
    </div>
  );
}
