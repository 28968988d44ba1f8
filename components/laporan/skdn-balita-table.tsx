import type { BalitaSkdn } from "@/lib/laporan/skdn-balita";
import { formatDecimal, formatNumber } from "@/lib/i18n/format";

const STATUS_LABEL: Record<string, string> = { N: "N (naik)", T: "T (tidak naik)", O: "O (tidak ditimbang bulan lalu)", B: "B (baru pertama)" };
const kg = (x: number | null) => (x === null ? "–" : `${formatDecimal(x, 1)} kg`);
const tgl = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;

/** One row per balita of the posyandu-month: the weighing, last month's weight, the KBM and N/T/O/B (or "belum ditimbang"). */
export function SkdnBalitaTable({ rows }: { rows: BalitaSkdn[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full min-w-[720px] text-sm" data-testid="skdn-balita">
        <caption className="sr-only">Balita posyandu bulan ini dan hasil penimbangannya</caption>
        <thead className="bg-slate-100 text-left text-slate-700">
          <tr>
            <th scope="col" className="px-2 py-2 font-semibold">Nama</th>
            <th scope="col" className="px-2 py-2 font-semibold">L/P</th>
            <th scope="col" className="px-2 py-2 font-semibold">Tanggal lahir</th>
            <th scope="col" className="px-2 py-2 text-right font-semibold">Umur (bulan)</th>
            <th scope="col" className="px-2 py-2 font-semibold">Ditimbang</th>
            <th scope="col" className="px-2 py-2 text-right font-semibold">Berat</th>
            <th scope="col" className="px-2 py-2 text-right font-semibold">Bulan lalu</th>
            <th scope="col" className="px-2 py-2 text-right font-semibold">KBM</th>
            <th scope="col" className="px-2 py-2 font-semibold">Status</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((b) => (
            <tr key={b.sasaranId} className={b.status === null ? "text-slate-500" : undefined}>
              <th scope="row" className="px-2 py-1.5 text-left font-medium">{b.nama}</th>
              <td className="px-2 py-1.5">{b.jenisKelamin}</td>
              <td className="px-2 py-1.5 tabular-nums">{tgl(b.tanggalLahir)}</td>
              <td className="px-2 py-1.5 text-right tabular-nums">{formatNumber(b.umurBulan)}</td>
              <td className="px-2 py-1.5 tabular-nums">{b.tanggalTimbang ? tgl(b.tanggalTimbang) : "belum ditimbang"}</td>
              <td className="px-2 py-1.5 text-right tabular-nums">{kg(b.beratKg)}</td>
              <td className="px-2 py-1.5 text-right tabular-nums">{kg(b.beratLaluKg)}</td>
              <td className="px-2 py-1.5 text-right tabular-nums">{b.kbmG === null ? "–" : `${formatNumber(b.kbmG)} g`}</td>
              <td className="px-2 py-1.5">
                {b.status ? STATUS_LABEL[b.status] : "–"}
                {b.duaT ? <span className="ml-1 rounded bg-red-100 px-1 text-xs font-semibold text-red-800">2T</span> : null}
                {b.bgm ? <span className="ml-1 rounded bg-red-100 px-1 text-xs font-semibold text-red-800">BGM</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
