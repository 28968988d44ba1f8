import type { HasilSkor } from "@/lib/supervisi/score";
import { LABEL_KATEGORI, type KategoriKesiapan } from "@/lib/kesiapan/kategori";
import { capExplanation, type ButirTampil, type DomainTampil } from "@/lib/kunjungan/butir";
import { formatDecimal } from "@/lib/i18n/format";

const warna: Record<KategoriKesiapan, string> = { SIAP: "bg-emerald-100 text-emerald-900", SIAP_BERSYARAT: "bg-amber-100 text-amber-900", BELUM_SIAP: "bg-red-100 text-red-900" };

export function KategoriBadge({ kategori }: { kategori: string | null }) {
  if (!kategori) return <span className="rounded px-2 py-0.5 text-sm text-slate-600">Belum ada skor</span>;
  return <span className={`rounded px-2 py-0.5 text-sm font-semibold ${warna[kategori as KategoriKesiapan] ?? ""}`}>{LABEL_KATEGORI[kategori as KategoriKesiapan] ?? kategori}</span>;
}

const skorText = (s: number | null) => (s === null ? "–" : formatDecimal(s, 1));

/** The score per domain and in total, with the category and the cap explained. */
export function SkorPanel({ hasil, domain, butir, testId }: { hasil: HasilSkor; domain: DomainTampil[]; butir: ButirTampil[]; testId?: string }) {
  const cap = capExplanation(hasil, butir);
  return (
    <div className="flex flex-col gap-2" data-testid={testId}>
      <div className="flex flex-wrap items-center gap-3">
        <span className="text-2xl font-bold" data-testid="skor-total">{skorText(hasil.total.skor)}</span>
        <KategoriBadge kategori={hasil.kategori} />
        <span className="text-xs text-slate-600">{hasil.total.dinilai} dari {hasil.total.total} butir bernilai terjawab</span>
      </div>
      {cap ? <p className="text-sm text-red-800" data-testid="batas-kritis">{cap}</p> : null}
      <table className="w-full text-sm">
        <tbody>
          {domain.map((d) => (
            <tr key={d.kode} className="border-t border-slate-100">
              <td className="py-1">{d.nama}</td>
              <td className="py-1 text-right font-semibold">{skorText(hasil.domain[d.kode]?.skor ?? null)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
