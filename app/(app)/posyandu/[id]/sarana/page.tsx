import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { auditHistory } from "@/lib/audit/history";
import { getSaranaPosyandu } from "@/lib/sarana/queries";
import { auditKeyPrasarana, auditKeySarana } from "@/lib/sarana/audit-keys";
import { PRASARANA_FIELDS } from "@/lib/sarana/gaps";
import { SUMBER_KATALOG_SARANA } from "@/lib/sarana/katalog-bawaan";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import { orNotFound } from "@/lib/pages";
import { PageHeader } from "@/components/ui/page-header";
import { Card, EmptyState } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { History } from "@/components/audit/history";
import { KitList, PremisesList } from "@/components/sarana/kit-list";

export const metadata: Metadata = { title: "Sarana posyandu" };

export default async function SaranaPosyanduPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ disimpan?: string }> }) {
  const viewer = await requireViewer();
  const { id } = await params;
  const sp = await searchParams;
  const kit = await orNotFound(getSaranaPosyandu(viewer, id));
  const canEdit = can(viewer, "sarana.manage");
  const history = await auditHistory(viewer, "sarana", id);
  const labels = {
    ...Object.fromEntries(kit.items.map((i) => [auditKeySarana(i.kode), i.nama])),
    ...Object.fromEntries([...PRASARANA_FIELDS.map((f) => [auditKeyPrasarana(f.key), f.label]), [auditKeyPrasarana("catatan"), "Catatan prasarana"]]),
  };
  const nothingYet = !kit.updatedAt;
  const p = kit.posyandu;
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title={`Sarana Posyandu ${p.nama}`}
        description={<>Alat standar dan prasarana · Desa {p.desa}{p.dusun ? `, Dusun ${p.dusun}` : ""}</>}
        crumbs={[{ href: "/", label: "Beranda" }, { href: "/posyandu", label: "Posyandu" }, { href: `/posyandu/${p.id}`, label: p.nama }, { label: "Sarana" }]}
        actions={canEdit ? <LinkButton href={`/posyandu/${p.id}/sarana/ubah`}>{nothingYet ? "Catat sarana" : "Ubah"}</LinkButton> : null}
      />
      {sp.disimpan === "1" ? <Alert tone="success">Data sarana sudah disimpan.</Alert> : null}
      {sp.disimpan === "0" ? <Alert tone="info">Tidak ada yang berubah; data sarana tetap seperti sebelumnya.</Alert> : null}
      {nothingYet ? (
        <EmptyState title="Sarana posyandu ini belum dicatat">
          {canEdit ? <>Catat jumlah, kondisi, dan kalibrasi tiap alat lewat tombol <Link href={`/posyandu/${p.id}/sarana/ubah`} className="text-brand-700 underline">Catat sarana</Link>.</> : "Petugas puskesmas atau bidan desa dapat mencatatnya."}
        </EmptyState>
      ) : null}

      <Card title="Kelengkapan">
        <p className="text-lg" data-testid="kit-kelengkapan"><strong>{formatNumber(kit.cukup)} dari {formatNumber(kit.total)}</strong> alat standar cukup</p>
        <p className="text-sm text-slate-700" data-testid="prasarana-kelengkapan">Prasarana: {kit.premises.ada} dari {kit.premises.total}</p>
        {kit.kekurangan.length || kit.premises.kekurangan.length ? (
          <>
            <h3 className="mt-3 text-sm font-semibold">Yang perlu dilengkapi</h3>
            <ul className="mt-1 list-disc pl-5 text-sm text-amber-900" data-testid="kit-kekurangan">
              {kit.kekurangan.map((k) => <li key={k.kode}>{k.pesan}</li>)}
              {kit.premises.kekurangan.map((k) => <li key={k}>Prasarana belum ada: {k}</li>)}
            </ul>
          </>
        ) : <p className="mt-2 text-sm text-emerald-800">Semua alat standar dan prasarana sudah lengkap.</p>}
        <p className="mt-3 text-xs text-slate-600">
          Alat yang perlu kalibrasi dihitung cukup bila dikalibrasi dalam {kit.aturan.nilai.kalibrasiBulan} bulan terakhir ({kit.aturan.diubah ? "aturan kabupaten" : "aturan bawaan"}). Rusak berat tidak dihitung layak pakai.
          {kit.updatedAt ? ` Terakhir diperbarui ${formatDateTime(kit.updatedAt)} WIB.` : ""}
        </p>
      </Card>

      <div className="grid gap-4 lg:grid-cols-[2fr,1fr]">
        <Card title="Alat standar">
          <KitList items={kit.items} />
          <p className="mt-3 text-xs text-slate-600">Katalog: {SUMBER_KATALOG_SARANA} Item bertanda &ldquo;rekonstruksi&rdquo; belum dicek dengan dokumen resmi.</p>
        </Card>
        <Card title="Prasarana">
          <PremisesList prasarana={kit.prasarana} />
          {kit.prasarana?.catatan ? <p className="mt-2 text-sm text-slate-700">Catatan: {kit.prasarana.catatan}</p> : null}
        </Card>
      </div>

      {history ? (
        <Card title="Riwayat perubahan sarana">
          <History entries={history} labels={labels} />
        </Card>
      ) : null}
      <p className="text-sm"><Link href={`/posyandu/${p.id}`} className="text-brand-700 underline">‹ Kembali ke Posyandu {p.nama}</Link></p>
    </div>
  );
}
