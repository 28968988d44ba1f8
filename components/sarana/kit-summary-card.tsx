import Link from "next/link";
import { Card } from "@/components/ui/card";
import { formatNumber } from "@/lib/i18n/format";
import type { Rincian } from "@/lib/kesiapan/queries";

const SHOWN = 3;

/**
 * The posyandu page's kit card: completeness, the first gaps, premises, and the way to the kit. It
 * reads the posyandu's readiness snapshot, which every kit save recomputes (kitStatus and
 * premisesStatus, lib/sarana/gaps.ts), so the page needs no statement of its own for it; the kit
 * page itself (/posyandu/[id]/sarana) computes afresh, including calibrations that expired since.
 */
export function KitSummaryCard({ posyanduId, rincian, canEdit }: { posyanduId: string; rincian: Rincian | null; canEdit: boolean }) {
  const href = `/posyandu/${posyanduId}/sarana`;
  const sarana = rincian?.bagian.find((b) => b.kode === "sarana");
  const prasarana = rincian?.bagian.find((b) => b.kode === "prasarana");
  const gaps = (rincian?.kekurangan ?? []).filter((k) => k.bagian === "sarana" || k.bagian === "prasarana");
  const messages = gaps.map((k) => (k.bagian === "prasarana" ? `Belum ada: ${k.pesan}` : k.pesan));
  return (
    <Card title="Sarana dan prasarana" actions={<Link href={href} className="text-sm font-semibold text-brand-700 underline-offset-2 hover:underline">Lihat rincian</Link>}>
      {!sarana?.jumlah || !prasarana?.jumlah ? (
        <p className="text-sm text-slate-600">Lihat rincian kit dan prasarana posyandu ini.</p>
      ) : (
        <p className="text-sm" data-testid="kit-ringkasan">
          <strong>{formatNumber(sarana.jumlah.ada)} dari {formatNumber(sarana.jumlah.dari)}</strong> alat standar cukup · prasarana <strong>{prasarana.jumlah.ada} dari {prasarana.jumlah.dari}</strong>
        </p>
      )}
      {rincian && messages.length === 0 ? (
        <p className="mt-2 text-sm text-emerald-800">Alat standar dan prasarana lengkap.</p>
      ) : messages.length ? (
        <>
          <ul className="mt-2 list-disc pl-5 text-sm text-amber-900" data-testid="kit-kekurangan-ringkas">
            {messages.slice(0, SHOWN).map((m) => <li key={m}>{m}</li>)}
          </ul>
          {messages.length > SHOWN ? <p className="mt-1 text-sm text-slate-600">dan {formatNumber(messages.length - SHOWN)} kekurangan lain.</p> : null}
          {canEdit ? <p className="mt-2 text-sm"><Link href={`${href}/ubah`} className="text-brand-700 underline">Perbarui data sarana</Link></p> : null}
        </>
      ) : null}
    </Card>
  );
}
