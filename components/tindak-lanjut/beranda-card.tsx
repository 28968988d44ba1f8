import Link from "next/link";
import { Card } from "@/components/ui/card";
import { formatDateShort, formatNumber } from "@/lib/i18n/format";
import { dateFromIso } from "@/lib/posyandu/jadwal";
import type { berandaTindakLanjut } from "@/lib/tindak-lanjut/queries";
import { StatusTLBadge, TerlambatLabel } from "./badges";

type Data = NonNullable<Awaited<ReturnType<typeof berandaTindakLanjut>>>;

/** "Tindak lanjut saya" on the beranda: the viewer's open follow-ups, overdue first; the area's overdue count for a puskesmas or the Dinkes. */
export function TindakLanjutSayaCard({ data }: { data: Data }) {
  return (
    <Card title="Tindak lanjut saya" actions={<Link className="text-sm text-brand-700 underline" href="/supervisi/tindak-lanjut?milik=saya&status=TERBUKA">Semua tindak lanjut saya ({formatNumber(data.milik)})</Link>}>
      {data.terlambatWilayah !== null ? (
        <p className="mb-2 text-sm">
          <Link href="/supervisi/tindak-lanjut?terlambat=ya" className={data.terlambatWilayah ? "font-semibold text-red-800 underline" : "text-brand-700 underline"} data-testid="beranda-terlambat-wilayah">
            {formatNumber(data.terlambatWilayah)} tindak lanjut terlambat di wilayah Anda
          </Link>
        </p>
      ) : null}
      {data.rows.length === 0 ? (
        <p className="text-sm text-slate-600">Tidak ada tindak lanjut terbuka yang menjadi tanggung jawab Anda.</p>
      ) : (
        <ul className="divide-y divide-slate-100" data-testid="beranda-tindak-lanjut">
          {data.rows.map((t) => (
            <li key={t.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
              <span>
                <Link href={`/supervisi/tindak-lanjut/${t.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">{t.masalah}</Link>
                <span className="block text-xs text-slate-600">{t.situs} · batas {formatDateShort(dateFromIso(t.batasWaktu))}</span>
              </span>
              <span className="flex gap-1"><StatusTLBadge status={t.status} /><TerlambatLabel hari={t.hariTerlambat} /></span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
