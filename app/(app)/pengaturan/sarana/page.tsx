import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { listKatalogSarana } from "@/lib/sarana/queries";
import { ATURAN_SARANA } from "@/lib/sarana/aturan";
import { KELOMPOK_LABEL } from "@/lib/sarana/schemas";
import { SUMBER_KATALOG_SARANA } from "@/lib/sarana/katalog-bawaan";
import { resetAturanSaranaAction, saveAturanSaranaAction } from "@/lib/sarana/actions";
import { formatNumber } from "@/lib/i18n/format";
import { PageHeader } from "@/components/ui/page-header";
import { Card, EmptyState } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { RekonstruksiTag } from "@/components/sarana/kit-badge";
import { AturanSaranaForm } from "@/components/sarana/aturan-sarana-form";

export const metadata: Metadata = { title: "Katalog sarana" };

const MESSAGES: Record<string, string> = { disimpan: "Katalog sudah disimpan.", diaktifkan: "Alat sudah diaktifkan lagi.", dinonaktifkan: "Alat sudah dinonaktifkan; data posyandu yang memilikinya tetap tersimpan.", aturan: "Aturan kalibrasi sudah disimpan." };

export default async function KatalogSaranaPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "katalog.manage")) notFound();
  const sp = await searchParams;
  const { items, aturan } = await listKatalogSarana(viewer);
  const message = Object.keys(MESSAGES).find((k) => sp[k]);
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title="Katalog sarana posyandu"
        description={`Alat standar yang diharapkan ada di setiap posyandu ${viewer.kabupatenNama}, dan aturan kalibrasinya. Perubahan berlaku untuk kelengkapan semua posyandu kabupaten ini.`}
        crumbs={[{ href: "/", label: "Beranda" }, { href: "/sarana", label: "Sarana" }, { label: "Katalog" }]}
        actions={<LinkButton href="/pengaturan/sarana/baru">Tambah alat</LinkButton>}
      />
      {message ? <Alert tone="success">{MESSAGES[message]}</Alert> : null}
      <Card title="Aturan kalibrasi">
        <p className="mb-3 text-sm" data-testid="aturan-kalibrasi">
          Alat yang perlu kalibrasi dihitung cukup bila dikalibrasi dalam <strong>{aturan.nilai.kalibrasiBulan} bulan</strong> terakhir
          {aturan.diubah ? " (aturan kabupaten ini)" : " (aturan bawaan)"}.
        </p>
        <AturanSaranaForm save={saveAturanSaranaAction} reset={resetAturanSaranaAction} nilai={aturan.nilai.kalibrasiBulan} bawaan={ATURAN_SARANA.bawaan.kalibrasiBulan} diubah={aturan.diubah} />
        <p className="mt-3 text-xs text-slate-600">Sumber nilai bawaan: {ATURAN_SARANA.sumber}</p>
      </Card>
      <Card title="Alat standar">
        {items.length === 0 ? (
          <EmptyState title="Katalog kosong">Tambahkan alat lewat tombol &ldquo;Tambah alat&rdquo;.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="katalog-sarana">
            {items.map((i) => (
              <li key={i.id} className={`flex flex-wrap items-start justify-between gap-2 py-3 ${i.isActive ? "" : "bg-slate-50"}`}>
                <div className="min-w-0 flex-1">
                  <p className="text-sm font-medium">
                    <Link href={`/pengaturan/sarana/${i.id}`} className="text-brand-700 underline underline-offset-2">{i.nama}</Link>
                    {i.rekonstruksi ? <RekonstruksiTag /> : null}
                    {i.isActive ? null : <span className="ml-1 rounded bg-slate-200 px-1.5 py-0.5 text-xs text-slate-700">nonaktif</span>}
                  </p>
                  <p className="text-xs text-slate-600">
                    {KELOMPOK_LABEL[i.kelompok as keyof typeof KELOMPOK_LABEL] ?? i.kelompok} · wajib {formatNumber(i.jumlahWajib)} per posyandu{i.perluKalibrasi ? " · perlu kalibrasi" : ""} · dimiliki {formatNumber(i.dipegang)} posyandu
                  </p>
                  {i.spesifikasi ? <p className="text-xs text-slate-600">{i.spesifikasi}</p> : null}
                </div>
                <Link href={`/pengaturan/sarana/${i.id}`} className="text-sm font-semibold text-brand-700 hover:underline">Ubah</Link>
              </li>
            ))}
          </ul>
        )}
        <p className="mt-3 text-xs text-slate-600">Sumber katalog bawaan: {SUMBER_KATALOG_SARANA} Item bertanda &ldquo;rekonstruksi&rdquo; belum dicek dengan dokumen resmi.</p>
      </Card>
    </div>
  );
}
