import Link from "next/link";
import type { Viewer } from "@/lib/access/viewer-type";
import { can } from "@/lib/access/permissions";
import { posyanduPercontohan } from "@/lib/percontohan/queries";
import { targetStatus } from "@/lib/percontohan/tahap";
import { formatDate, todayInJakarta } from "@/lib/i18n/format";
import { dateFromIso } from "@/lib/posyandu/jadwal";
import { Card } from "@/components/ui/card";
import { TahapBadge, TargetLabel } from "./badges";

/**
 * The posyandu page's pilot card: its own pilot stage and roll-out, or the roll-out it is a target
 * of (naming the pilot only when the viewer may open it), or, for the Dinkes admin, a way to
 * designate it. Nothing for a viewer without `kesiapan.read`.
 */
export async function PosyanduPercontohanCard({ viewer, posyanduId }: { viewer: Viewer; posyanduId: string }) {
  const info = await posyanduPercontohan(viewer, posyanduId);
  if (!info) return null;
  const today = todayInJakarta();
  if (info.peran === "percontohan") {
    return (
      <Card title="Percontohan ILP" actions={<Link className="text-sm text-brand-700 underline" href={`/percontohan/${info.id}`}>Lihat percontohan</Link>}>
        <p className="text-sm" data-testid="kartu-percontohan">Posyandu percontohan ILP angkatan {info.angkatan}, tahun {info.tahun}. Tahap: <TahapBadge tahap={info.tahap} /></p>
        <p className="mt-2 text-sm">Target berjalan: {info.tanggalTarget ? formatDate(dateFromIso(info.tanggalTarget)) : "–"} <TargetLabel status={targetStatus(info.tahap, info.tanggalTarget, today)} /></p>
        <p className="mt-2 text-sm">Replikasi: {info.replikasi.total ? `${info.replikasi.berjalan} dari ${info.replikasi.total} posyandu sasaran sudah berjalan.` : "belum ada posyandu sasaran."}</p>
      </Card>
    );
  }
  if (info.peran === "replikasi") {
    return (
      <Card title="Replikasi ILP" actions={info.pilot ? <Link className="text-sm text-brand-700 underline" href={`/percontohan/${info.pilot.id}/replikasi/${info.id}`}>Lihat replikasi</Link> : null}>
        <p className="text-sm" data-testid="kartu-percontohan">
          Sasaran replikasi posyandu ILP{info.pilot ? <> dari percontohan <Link className="text-brand-700 underline" href={`/percontohan/${info.pilot.id}`}>Posyandu {info.pilot.nama}</Link></> : " dari percontohan di desa ini"}. Tahap: <TahapBadge tahap={info.tahap} />
        </p>
        <p className="mt-2 text-sm">Target berjalan: {info.tanggalTarget ? formatDate(dateFromIso(info.tanggalTarget)) : "–"} <TargetLabel status={targetStatus(info.tahap, info.tanggalTarget, today)} /></p>
      </Card>
    );
  }
  if (!can(viewer, "percontohan.manage")) return null;
  return (
    <Card title="Percontohan ILP">
      <p className="text-sm text-slate-600" data-testid="kartu-percontohan">Posyandu ini belum menjadi percontohan atau sasaran replikasi ILP.</p>
      <Link className="mt-2 inline-block text-sm text-brand-700 underline" href={`/percontohan/baru?posyanduId=${posyanduId}`}>Jadikan posyandu percontohan</Link>
    </Card>
  );
}
