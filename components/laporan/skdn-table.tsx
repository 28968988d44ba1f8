import Link from "next/link";
import type { BarisSkdn } from "@/lib/laporan/skdn-hitung";
import { rasioSkdn } from "@/lib/laporan/skdn-hitung";
import { formatNumber } from "@/lib/i18n/format";
import { persen } from "@/lib/laporan/format";

export interface SkdnTableRow { id: string; nama: string; href: string | null; baris: BarisSkdn & { sDariK: number }; jumlahPosyandu: number }

const COLS = ["S", "K", "D", "N", "T", "O", "B", "duaT", "BGM"] as const;
const HEAD: Record<(typeof COLS)[number], string> = { S: "S", K: "K", D: "D", N: "N", T: "T", O: "O", B: "B", duaT: "2T", BGM: "BGM" };

function Cells({ b }: { b: BarisSkdn & { sDariK: number } }) {
  const r = rasioSkdn(b);
  return (
    <>
      {COLS.map((c) => <td key={c}>{formatNumber(b[c])}{c === "S" && b.sDariK > 0 ? <sup title="S dari jumlah terdaftar (K): posyandu tanpa target tahunan">*</sup> : null}</td>)}
      <td>{persen(r.KS)}</td>
      <td>{persen(r.DS)}</td>
      <td>{persen(r.ND)}</td>
      <td className={`text-center! ${r.cekD ? "text-emerald-700" : "font-semibold text-red-700"}`} data-testid="cek-d">{r.cekD ? "✓ sesuai" : `✗ ${formatNumber(b.D)} ≠ ${formatNumber(b.N + b.T + b.O + b.B)}`}</td>
    </>
  );
}

/** S, K, D, N, T, O, B, 2T, BGM and the ratios per area, with the check D = N + T + O + B and a total row. */
export function SkdnTable({ rows, total, label, totalLabel }: { rows: SkdnTableRow[]; total: BarisSkdn & { sDariK: number }; label: string; totalLabel: string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      {/* Cell styles set once here, not on each of the ~1,300 cells of a kabupaten's table (they travel twice: HTML and RSC payload). */}
      <table className="w-full min-w-[760px] text-sm [&_td]:px-2 [&_td]:py-1.5 [&_td]:text-right [&_td]:tabular-nums" data-testid="skdn-table">
        <caption className="sr-only">SKDN per {label}</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className="px-2 py-2 text-left font-semibold">{label}</th>
            {COLS.map((c) => <th key={c} scope="col" className="px-2 py-2 text-right font-semibold">{HEAD[c]}</th>)}
            <th scope="col" className="px-2 py-2 text-right font-semibold">K/S</th>
            <th scope="col" className="px-2 py-2 text-right font-semibold">D/S</th>
            <th scope="col" className="px-2 py-2 text-right font-semibold">N/D</th>
            <th scope="col" className="px-2 py-2 text-center font-semibold">D = N+T+O+B</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={r.id} className="hover:bg-slate-50">
              <th scope="row" className="px-2 py-1.5 text-left font-medium">
                {r.href ? <Link href={r.href} className="text-brand-700 underline-offset-2 hover:underline">{r.nama}</Link> : r.nama}
                {r.jumlahPosyandu > 1 ? <span className="block text-xs font-normal text-slate-500">{formatNumber(r.jumlahPosyandu)} posyandu</span> : null}
              </th>
              <Cells b={r.baris} />
            </tr>
          ))}
        </tbody>
        {rows.length > 1 ? (
          <tfoot className="border-t-2 border-slate-300 bg-slate-50 font-semibold">
            <tr data-testid="skdn-total">
              <th scope="row" className="px-2 py-1.5 text-left">{totalLabel}</th>
              <Cells b={total} />
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}
