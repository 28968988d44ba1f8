import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { getPosyandu } from "@/lib/posyandu/queries";
import { deletePosyanduAction } from "@/lib/posyandu/actions";
import { jadwalLabel, nextDates, dateFromIso } from "@/lib/posyandu/jadwal";
import { formatDateWithDay, todayInJakarta } from "@/lib/i18n/format";
import { orNotFound } from "@/lib/pages";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { getKesiapanPosyandu } from "@/lib/kesiapan/queries";
import { KesiapanCard } from "@/components/kesiapan/kesiapan-card";
import { KitSummaryCard } from "@/components/sarana/kit-summary-card";
import { PosyanduPercontohanCard } from "@/components/percontohan/posyandu-percontohan-card";
import { KaderCard } from "@/components/kader/kader-card";

export const metadata: Metadata = { title: "Posyandu" };

export default async function PosyanduDetailPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ disimpan?: string }> }) {
  const viewer = await requireViewer();
  const { id } = await params;
  const sp = await searchParams;
  const p = await orNotFound(getPosyandu(viewer, id));
  const kesiapan = can(viewer, "kesiapan.read") ? await getKesiapanPosyandu(viewer, id, 2) : null;
  const jadwal = { mingguKe: p.jadwalMingguKe, hari: p.jadwalHari };
  const dates = nextDates(jadwal, todayInJakarta(), 3);
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title={`Posyandu ${p.nama}`}
        description={<>Desa {p.desa.nama}{p.dusun ? `, Dusun ${p.dusun.nama}` : ""} · Kec. {p.desa.kecamatan.nama}</>}
        crumbs={[{ href: "/", label: "Beranda" }, { href: "/posyandu", label: "Posyandu" }, { label: p.nama }]}
        actions={can(viewer, "posyandu.edit") ? <LinkButton href={`/posyandu/${p.id}/ubah`}>Ubah</LinkButton> : null}
      />
      {sp.disimpan ? <Alert tone="success">Perubahan sudah disimpan.</Alert> : null}
      <div className="grid gap-4 md:grid-cols-2">
        <Card title="Jadwal">
          <p className="text-sm" data-testid="jadwal-label">{jadwalLabel(jadwal)}</p>
          {dates.length ? (
            <>
              <p className="mt-3 text-sm font-semibold">Tiga hari posyandu berikutnya</p>
              <ol className="mt-1 list-decimal pl-5 text-sm" data-testid="tanggal-berikutnya">
                {dates.map((d) => <li key={d}>{formatDateWithDay(dateFromIso(d))}</li>)}
              </ol>
            </>
          ) : (
            <p className="mt-2 text-sm text-slate-600">Belum ada jadwal rutin. {can(viewer, "posyandu.edit") ? <Link className="text-brand-700 underline" href={`/posyandu/${p.id}/ubah`}>Atur jadwal</Link> : null}</p>
          )}
        </Card>
        <Card title="Tempat dan wilayah">
          <dl className="grid grid-cols-[auto,1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-slate-600">Tempat</dt><dd>{p.tempat ?? "–"}</dd>
            <dt className="text-slate-600">Desa</dt><dd>{p.desa.nama} ({p.desa.kode}){p.desa.isKelurahan ? " · kelurahan" : ""}</dd>
            <dt className="text-slate-600">Dusun</dt><dd>{p.dusun?.nama ?? "–"}</dd>
            <dt className="text-slate-600">Puskesmas</dt><dd>{p.desa.puskesmas?.nama ?? "–"}</dd>
            <dt className="text-slate-600">Pustu</dt><dd>{p.desa.pustu.map((x) => x.nama).join(", ") || "–"}</dd>
            <dt className="text-slate-600">Koordinat</dt><dd>{p.latitude !== null ? `${String(p.latitude).replace(".", ",")}; ${String(p.longitude).replace(".", ",")}` : "–"}</dd>
            <dt className="text-slate-600">Status</dt><dd>{p.isActive ? "Aktif" : "Tidak aktif"}</dd>
          </dl>
        </Card>
      </div>
      <KaderCard viewer={viewer} posyanduId={p.id} />
      {kesiapan ? <KitSummaryCard posyanduId={p.id} rincian={kesiapan.current?.rincian ?? null} canEdit={can(viewer, "sarana.manage")} /> : null}
      {kesiapan ? <KesiapanCard data={kesiapan} /> : null}
      <PosyanduPercontohanCard viewer={viewer} posyanduId={p.id} />
      {can(viewer, "audit.read") ? (
        <p className="text-sm"><Link className="text-brand-700 underline" href={`/posyandu/${p.id}/riwayat`}>Lihat riwayat posyandu ini</Link></p>
      ) : null}
      {can(viewer, "posyandu.delete") ? (
        <Card title="Hapus posyandu">
          <p className="mb-3 text-sm text-slate-600">Jika posyandu berhenti berkegiatan, lebih baik tandai sebagai tidak aktif agar riwayatnya tetap ada.</p>
          <ConfirmDelete action={deletePosyanduAction} id={p.id} label="Hapus posyandu" what={`Posyandu ${p.nama}`} />
        </Card>
      ) : null}
    </div>
  );
}
