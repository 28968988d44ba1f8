import Link from "next/link";
import { Card } from "@/components/ui/card";
import { formatNumber } from "@/lib/i18n/format";
import { can } from "@/lib/access/permissions";
import type { Viewer } from "@/lib/access/viewer-type";
import { getSaranaPosyandu } from "@/lib/sarana/queries";

const SHOWN = 3;

/**
 * The posyandu page's kit card: completeness, the first gaps, premises, and the way to the kit.
 * Loads its own data (one statement) so that the posyandu page adds one line for it.
 */
export async function KitSummaryCard({ viewer, posyanduId }: { viewer: Viewer; posyanduId: string }) {
  const kit = await getSaranaPosyandu(viewer, posyanduId);
  const canEdit = can(viewer, "sarana.manage");
  const href = `/posyandu/${kit.posyandu.id}/sarana`;
  const gaps = kit.kekurangan.length + kit.premises.kekurangan.length;
  return (
    <Card title="Sarana dan prasarana" actions={<Link href={href} className="text-sm font-semibold text-brand-700 underline-offset-2 hover:underline">Lihat rincian</Link>}>
      <p className="text-sm" data-testid="kit-ringkasan">
        <strong>{formatNumber(kit.cukup)} dari {formatNumber(kit.total)}</strong> alat standar cukup · prasarana <strong>{kit.premises.ada} dari {kit.premises.total}</strong>
      </p>
      {gaps === 0 ? (
        <p className="mt-2 text-sm text-emerald-800">Alat standar dan prasarana lengkap.</p>
      ) : (
        <>
          <ul className="mt-2 list-disc pl-5 text-sm text-amber-900" data-testid="kit-kekurangan-ringkas">
            {[...kit.kekurangan.map((k) => k.pesan), ...kit.premises.kekurangan.map((k) => `Belum ada: ${k}`)].slice(0, SHOWN).map((m) => <li key={m}>{m}</li>)}
          </ul>
          {gaps > SHOWN ? <p className="mt-1 text-sm text-slate-600">dan {formatNumber(gaps - SHOWN)} kekurangan lain.</p> : null}
          {canEdit ? <p className="mt-2 text-sm"><Link href={`${href}/ubah`} className="text-brand-700 underline">Perbarui data sarana</Link></p> : null}
        </>
      )}
    </Card>
  );
}
