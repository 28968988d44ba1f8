import Link from "next/link";
import { INDIKATOR_CAKUPAN, berlakuBulan, persenCakupan, type KodeIndikator, type NilaiCakupan } from "@/lib/laporan/cakupan-indikator";
import { formatNumber } from "@/lib/i18n/format";
import { persen } from "@/lib/laporan/format";

/** Every indicator of the area: numerator, denominator, %, and what each counts. */
export function CakupanTable({ total, bulan }: { total: Record<KodeIndikator, NilaiCakupan>; bulan: number }) {
  let kelompok = "";
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full min-w-[720px] text-sm" data-testid="cakupan-table">
        <caption className="sr-only">Cakupan layanan per indikator</caption>
        <thead className="bg-slate-100 text-left text-slate-700">
          <tr>
            <th scope="col" className="px-2 py-2 font-semibold">Indikator</th>
            <th scope="col" className="px-2 py-2 text-right font-semibold">Pembilang</th>
            <th scope="col" className="px-2 py-2 text-right font-semibold">Penyebut</th>
            <th scope="col" className="px-2 py-2 text-right font-semibold">%</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {INDIKATOR_CAKUPAN.flatMap((i) => {
            const head = i.kelompok !== kelompok ? (kelompok = i.kelompok) : null;
            const n = total[i.kode];
            const berlaku = berlakuBulan(i, bulan);
            return [
              head ? <tr key={`h-${head}`} className="bg-slate-50"><th colSpan={4} scope="colgroup" className="px-2 py-1.5 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">{head}</th></tr> : null,
              <tr key={i.kode} data-testid={`cakupan-${i.kode}`}>
                <th scope="row" className="px-2 py-1.5 text-left font-medium">
                  {i.label}
                  <span className="block text-xs font-normal text-slate-600">{i.pembilang} ÷ {i.penyebut}</span>
                </th>
                {berlaku ? (
                  <>
                    <td className="px-2 py-1.5 text-right tabular-nums">{formatNumber(n.pembilang)}</td>
                    <td className="px-2 py-1.5 text-right tabular-nums">{formatNumber(n.penyebut)}</td>
                    <td className="px-2 py-1.5 text-right font-semibold tabular-nums">{persen(persenCakupan(n))}</td>
                  </>
                ) : (
                  <td colSpan={3} className="px-2 py-1.5 text-right text-xs text-slate-500">hanya Februari dan Agustus</td>
                )}
              </tr>,
            ];
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The areas under the report (drill down by clicking), one column per indicator that applies this month (%). */
export function CakupanPerWilayah({ rows, label, bulan }: { rows: { id: string; nama: string; href: string | null; baris: Record<KodeIndikator, NilaiCakupan> }[]; label: string; bulan: number }) {
  const cols = INDIKATOR_CAKUPAN.filter((i) => berlakuBulan(i, bulan));
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full min-w-[900px] text-sm" data-testid="cakupan-wilayah">
        <caption className="sr-only">Cakupan per {label}</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className="px-2 py-2 text-left font-semibold">{label}</th>
            {cols.map((i) => <th key={i.kode} scope="col" className="px-2 py-2 text-right text-xs font-semibold" title={`${i.pembilang} ÷ ${i.penyebut}`}>{i.label}</th>)}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row" className="px-2 py-1.5 text-left font-medium">{r.href ? <Link className="text-brand-700 underline-offset-2 hover:underline" href={r.href}>{r.nama}</Link> : r.nama}</th>
              {cols.map((i) => <td key={i.kode} className="px-2 py-1.5 text-right tabular-nums" title={`${formatNumber(r.baris[i.kode].pembilang)} dari ${formatNumber(r.baris[i.kode].penyebut)}`}>{persen(persenCakupan(r.baris[i.kode]))}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The areas under the report for one indicator: numerator, denominator and % (drill down by clicking). */
export function CakupanSatuIndikator({ rows, label, kode }: { rows: { id: string; nama: string; href: string | null; baris: Record<KodeIndikator, NilaiCakupan> }[]; label: string; kode: KodeIndikator }) {
  const i = INDIKATOR_CAKUPAN.find((x) => x.kode === kode)!;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-sm [&_td]:px-2 [&_td]:py-1.5 [&_td]:text-right [&_td]:tabular-nums [&_th]:px-2" data-testid="cakupan-wilayah-indikator">
        <caption className="px-2 py-2 text-left text-sm text-slate-700">{i.label}: {i.pembilang} ÷ {i.penyebut}</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className="py-2 text-left font-semibold">{label}</th>
            <th scope="col" className="py-2 text-right font-semibold">Pembilang</th>
            <th scope="col" className="py-2 text-right font-semibold">Penyebut</th>
            <th scope="col" className="py-2 text-right font-semibold">%</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => {
            const n = r.baris[kode];
            return (
              <tr key={r.id}>
                <th scope="row" className="py-1.5 text-left font-medium">{r.href ? <Link className="text-brand-700 underline-offset-2 hover:underline" href={r.href}>{r.nama}</Link> : r.nama}</th>
                <td>{formatNumber(n.pembilang)}</td>
                <td>{formatNumber(n.penyebut)}</td>
                <td className="font-semibold">{persen(persenCakupan(n))}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Which indicator the per-area breakdown shows: one link per indicator of the month, and every indicator at once. */
export function PilihIndikator({ href, bulan, aktif }: { href: (indikator: string) => string; bulan: number; aktif: KodeIndikator | "semua" }) {
  const pilihan = [...INDIKATOR_CAKUPAN.filter((i) => berlakuBulan(i, bulan)).map((i) => ({ kode: i.kode as string, label: i.label })), { kode: "semua", label: "Semua indikator (%)" }];
  return (
    <nav aria-label="Indikator per wilayah" data-testid="pilih-indikator">
      <ul className="flex flex-wrap gap-1.5 text-xs">
        {pilihan.map((p) => (
          <li key={p.kode}>
            {p.kode === aktif
              ? <span aria-current="true" className="inline-block rounded-full bg-brand-700 px-2.5 py-1 font-semibold text-white">{p.label}</span>
              : <Link className="inline-block rounded-full border border-slate-300 px-2.5 py-1 text-slate-700 hover:bg-slate-100" href={href(p.kode)}>{p.label}</Link>}
          </li>
        ))}
      </ul>
    </nav>
  );
}
