import type { Metadata } from "next";
import Link from "next/link";
import { randomUUID } from "node:crypto";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { auditHistory } from "@/lib/audit/history";
import { getReplikasi } from "@/lib/percontohan/queries";
import { deleteReplikasiAction, moveReplikasiTahapAction, updateReplikasiAction } from "@/lib/percontohan/actions";
import { TAHAP_LABEL, isTahap, targetStatus } from "@/lib/percontohan/tahap";
import { formatDate, todayInJakarta } from "@/lib/i18n/format";
import { dateFromIso } from "@/lib/posyandu/jadwal";
import { orNotFound } from "@/lib/pages";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { History } from "@/components/audit/history";
import { TahapBadge, TargetLabel } from "@/components/percontohan/badges";
import { PindahTahapForm } from "@/components/percontohan/pindah-tahap-form";
import { ReplikasiForm } from "@/components/percontohan/replikasi-form";

export const metadata: Metadata = { title: "Sasaran replikasi" };

const FIELD_LABELS = { tanggalTarget: "Tanggal target", catatan: "Catatan", tahap: "Tahap", tanggalTahap: "Tanggal pindah tahap", alasan: "Alasan" };
const fmt = (iso: string | null) => (iso ? formatDate(dateFromIso(iso)) : "–");
const formatValue = (field: string, value: unknown) => (field === "tahap" && isTahap(value) ? TAHAP_LABEL[value] : typeof value === "string" && /^\d{4}-\d{2}-\d{2}(T00:00:00\.000Z)?$/.test(value) ? fmt(value.slice(0, 10)) : undefined);

export default async function ReplikasiPage({ params, searchParams }: { params: Promise<{ id: string; rid: string }>; searchParams: Promise<{ disimpan?: string }> }) {
  const viewer = await requireViewer();
  const { id, rid } = await params;
  const sp = await searchParams;
  const today = todayInJakarta();
  const r = await orNotFound(getReplikasi(viewer, id, rid));
  const history = await auditHistory(viewer, "replikasi_percontohan", rid);
  const manage = can(viewer, "percontohan.manage");
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title={`Replikasi ke Posyandu ${r.posyandu.nama}`}
        description={<>Dari percontohan <Link className="text-brand-700 underline" href={`/percontohan/${r.percontohan.id}`}>Posyandu {r.percontohan.posyandu.nama}</Link> · Desa {r.posyandu.desa.nama}{r.posyandu.dusun ? `, Dusun ${r.posyandu.dusun.nama}` : ""} · <TahapBadge tahap={r.tahap} /></>}
        crumbs={[{ href: "/percontohan", label: "Percontohan" }, { href: `/percontohan/${r.percontohan.id}#replikasi`, label: r.percontohan.posyandu.nama }, { label: `Replikasi ${r.posyandu.nama}` }]}
      />
      {sp.disimpan ? <Alert tone="success">{sp.disimpan === "tahap" ? "Tahap sasaran replikasi sudah dipindahkan." : "Perubahan sudah disimpan."}</Alert> : null}
      <Card title="Target">
        <p className="text-sm">Target berjalan: {fmt(r.tanggalTarget)} <TargetLabel status={targetStatus(r.tahap, r.tanggalTarget, today)} /></p>
        {r.catatan ? <p className="mt-1 text-sm text-slate-600">{r.catatan}</p> : null}
        {manage ? (
          <div className="mt-3">
            <ReplikasiForm action={updateReplikasiAction} requestId={randomUUID()} id={r.id} initial={{ tanggalTarget: r.tanggalTarget ?? "", catatan: r.catatan ?? "" }} submitLabel="Simpan target" />
          </div>
        ) : null}
      </Card>
      {manage ? (
        <Card title="Pindah tahap">
          <PindahTahapForm action={moveReplikasiTahapAction} id={r.id} tahap={r.tahap} today={today} requestIds={{ maju: randomUUID(), mundur: randomUUID() }} />
        </Card>
      ) : null}
      {history ? (
        <Card title="Riwayat perubahan">
          <History entries={history} labels={FIELD_LABELS} formatValue={formatValue} />
        </Card>
      ) : null}
      {manage ? (
        <Card title="Hapus sasaran replikasi">
          {r.tahap === "DIUSULKAN" ? (
            <ConfirmDelete action={deleteReplikasiAction} id={r.id} label="Hapus sasaran replikasi" what={`sasaran replikasi Posyandu ${r.posyandu.nama}`} />
          ) : (
            <p className="text-sm text-slate-600">Sasaran yang sudah {TAHAP_LABEL[r.tahap].toLowerCase()} tidak dapat dihapus agar riwayatnya tetap ada. Jika batal, kembalikan dulu ke tahap Diusulkan dengan alasannya.</p>
          )}
        </Card>
      ) : null}
    </div>
  );
}
