import Link from "next/link";
import type { PerubahanAmbang } from "@/lib/laporan/ambang-catatan";
import type { Bulan } from "@/lib/laporan/bulan";
import { formatDate, isoDay } from "@/lib/i18n/format";

/** Under a report: each change of a threshold rule, and whether it fell inside the report's month. */
export function CatatanAmbang({ catatan, bulan }: { catatan: PerubahanAmbang[]; bulan: Bulan }) {
  if (catatan.length === 0) {
    return <p className="text-xs text-slate-600" data-testid="catatan-ambang">Ambang yang dipakai: bawaan, belum pernah diubah. <Link className="text-brand-700 underline" href="/ambang" prefetch={false}>Lihat Ambang &amp; rujukan</Link></p>;
  }
  return (
    <div className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="catatan-ambang">
      <ul className="flex flex-col gap-1">
        {catatan.map((c, i) => {
          const hari = isoDay(new Date(c.at.getTime() + 7 * 3600_000));
          const dalam = hari >= bulan.awal && hari <= bulan.akhir;
          return (
            <li key={i}>
              {c.label} {c.kembaliKeBawaan ? "dikembalikan ke bawaan" : "diubah"} {formatDate(c.at)}: berlaku untuk entri sesudahnya{dalam ? ` (di dalam ${bulan.label}: entri bulan ini memakai aturan lama dan baru)` : ""}.
            </li>
          );
        })}
      </ul>
      <p className="mt-1 text-xs text-slate-600">Entri menyimpan hasil menurut ambang saat dicatat. <Link className="text-brand-700 underline" href="/ambang" prefetch={false}>Ambang &amp; rujukan</Link></p>
    </div>
  );
}
