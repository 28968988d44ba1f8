import Link from "next/link";
import { Card } from "@/components/ui/card";
import { KategoriBadge, TrenArrow } from "./kategori-badge";
import { formatDecimal, formatNumber } from "@/lib/i18n/format";
import type { getKesiapanPosyandu } from "@/lib/kesiapan/queries";

const monthFmt = new Intl.DateTimeFormat("id-ID", { month: "long", year: "numeric", timeZone: "UTC" });

/**
 * A posyandu's readiness score and why: each part with its points, and every missing thing with a
 * link to the screen where it is fixed.
 */
export function KesiapanCard({ data, limit }: { data: Awaited<ReturnType<typeof getKesiapanPosyandu>>; limit?: number }) {
  const c = data.current;
  if (!c) {
    return (
      <Card title="Kesiapan ILP">
        <p className="text-sm text-slate-600" data-testid="kesiapan-kosong">Skor kesiapan belum dihitung. Skor dihitung otomatis begitu data kader, sarana atau jadwal posyandu ini dicatat.</p>
      </Card>
    );
  }
  const missing = limit ? c.rincian.kekurangan.slice(0, limit) : c.rincian.kekurangan;
  return (
    <Card title="Kesiapan ILP">
      <div id="kesiapan" className="flex flex-wrap items-baseline gap-3" data-testid="kesiapan-skor">
        <span className="text-3xl font-bold tabular-nums">{c.skor}</span>
        <span className="text-sm text-slate-600">dari 100</span>
        <KategoriBadge kategori={c.kategori} />
        <TrenArrow tren={c.tren} />
        <span className="text-xs text-slate-500">Bulan {monthFmt.format(c.bulan)}</span>
      </div>
      {limit ? null : (
        <table className="mt-3 w-full text-sm" data-testid="kesiapan-bagian">
          <caption className="sr-only">Bagian skor kesiapan</caption>
          <thead><tr className="text-left text-slate-600"><th className="py-1 font-medium">Bagian</th><th className="py-1 font-medium">Keadaan</th><th className="py-1 text-right font-medium">Poin</th></tr></thead>
          <tbody className="divide-y divide-slate-100">
            {c.rincian.bagian.map((b) => (
              <tr key={b.kode}>
                <td className="py-1 pr-2">{b.label}</td>
                <td className="py-1 pr-2 text-slate-700">{b.keterangan}</td>
                <td className="py-1 text-right tabular-nums">{b.berlaku ? `${formatDecimal(b.poin, 1)} / ${formatDecimal(b.poinMaks, 1)}` : <span className="text-slate-500">tidak dihitung</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {missing.length ? (
        <>
          <p className="mt-3 text-sm font-semibold">{limit ? `Yang masih kurang (${formatNumber(Math.min(limit, c.rincian.kekurangan.length))} dari ${formatNumber(c.rincian.kekurangan.length)})` : "Yang masih kurang"}</p>
          <ul className="mt-1 list-disc pl-5 text-sm" data-testid="kesiapan-kekurangan">
            {missing.map((k, i) => <li key={i}><Link className="text-brand-700 underline-offset-2 hover:underline" href={k.href}>{k.pesan}</Link></li>)}
          </ul>
        </>
      ) : <p className="mt-3 text-sm text-emerald-800">Tidak ada yang kurang.</p>}
      <p className="mt-3 text-xs text-slate-500">Bobot dan ambang: <Link className="underline" href="/kesiapan/aturan">Aturan kesiapan</Link>.</p>
    </Card>
  );
}
