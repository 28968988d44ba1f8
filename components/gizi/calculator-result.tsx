import Link from "next/link";
import { INDEX_KEYS, type GrowthResult, type IndexKey } from "@/lib/pertumbuhan/index";
import { INDEX_NAME, formatZId, indexShortLabel, type ChartModel } from "@/lib/gizi/kalkulator";
import type { TKalkulatorForm } from "@/lib/gizi/schemas";
import { umurText } from "@/lib/gizi/umur";
import { formatDecimal, formatNumber } from "@/lib/i18n/format";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { LazyGrowthChart } from "@/components/charts/growth-chart-lazy";
import { CategoryBadge } from "./category-badge";

function lenheiText(input: TKalkulatorForm, result: GrowthResult): string | null {
  if (input.tb === null || result.lengthHeightCm === null) return null;
  const used = `${formatDecimal(result.lengthHeightCm, 1)} cm`;
  const how = result.measure === "l" ? "diukur berbaring" : result.measure === "h" ? "diukur berdiri" : "cara ukur tidak dicatat";
  if (result.lengthHeightCorrectionCm > 0) return `${used} (${how}, ditambah 0,7 cm karena umur di bawah 24 bulan)`;
  if (result.lengthHeightCorrectionCm < 0) return `${used} (${how}, dikurangi 0,7 cm karena umur 24 bulan atau lebih)`;
  return `${used} (${how})`;
}

/** The answer: age and corrections, every index with z-score and category, and the growth chart. */
export function CalculatorResult({ input, result, chartIndices, chart, query }: { input: TKalkulatorForm; result: GrowthResult; chartIndices: IndexKey[]; chart: ChartModel | null; query: Record<string, string> }) {
  const shown = INDEX_KEYS.filter((k) => result.indices[k].status !== "missing");
  const missing = INDEX_KEYS.filter((k) => result.indices[k].status === "missing");
  const lenhei = lenheiText(input, result);
  const chartHref = (k: IndexKey) => `/gizi?${new URLSearchParams({ ...query, indeks: k })}#grafik`;
  return (
    <div className="flex flex-col gap-4" data-testid="hasil-gizi">
      <Card title="Hasil">
        <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="font-medium text-slate-600">Umur</dt>
          <dd>
            {umurText(input.tgl_lahir, input.tgl_ukur)}
            {result.ageDays !== null && result.ageMonths !== null ? ` (${formatNumber(result.ageDays)} hari; ${formatDecimal(result.ageMonths, 1)} bulan)` : null}
          </dd>
          <dt className="font-medium text-slate-600">Rujukan</dt>
          <dd>{result.reference === "WHO2006" ? "Standar Pertumbuhan Anak WHO 2006 (0–60 bulan)" : "Referensi Pertumbuhan WHO 2007 (5–19 tahun)"}</dd>
          {lenhei ? (
            <>
              <dt className="font-medium text-slate-600">Panjang/tinggi dipakai</dt>
              <dd>{lenhei}</dd>
            </>
          ) : null}
          {result.bmi !== null ? (
            <>
              <dt className="font-medium text-slate-600">IMT</dt>
              <dd>{formatDecimal(result.bmi, 1)} kg/m²</dd>
            </>
          ) : null}
        </dl>
        {result.warnings.length ? (
          <div className="mt-3">
            <Alert tone="warning" title="Perhatikan">
              <ul className="list-disc pl-5">
                {result.warnings.map((w, i) => <li key={i}>{w.message}</li>)}
              </ul>
            </Alert>
          </div>
        ) : null}
        <div className="mt-4 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Z-score dan kategori status gizi</caption>
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-3 font-medium">Indeks</th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">Z-score</th>
                <th scope="col" className="py-2 font-medium">Kategori (Permenkes 2/2020)</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((k) => {
                const ir = result.indices[k];
                return (
                  <tr key={k} className="border-b border-slate-100 align-top" data-indeks={k}>
                    <th scope="row" className="py-2 pr-3 font-normal">
                      <span className="font-semibold">{indexShortLabel(k, result)}</span>
                      <span className="block text-xs text-slate-600">{INDEX_NAME[k]}</span>
                    </th>
                    <td className="py-2 pr-3 text-right font-mono tabular-nums">{ir.z !== null ? formatZId(ir.z) : "—"}</td>
                    <td className="py-2">
                      {ir.category ? <CategoryBadge label={ir.category.label} colour={ir.category.colour} /> : null}
                      {ir.flag ? <span className="ml-2 inline-block rounded border border-red-400 px-1.5 text-xs font-semibold text-red-800">Tidak wajar: periksa ulang</span> : null}
                      {ir.z === null && ir.reason ? <span className="text-slate-700">{ir.reason}</span> : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {missing.length ? <p className="mt-2 text-xs text-slate-600">Tidak dihitung karena ukurannya tidak diisi: {missing.map((k) => indexShortLabel(k, result)).join(", ")}.</p> : null}
      </Card>
      <Card title="Grafik pertumbuhan">
        <div id="grafik" />
        {chartIndices.length > 1 ? (
          <nav aria-label="Pilih indeks grafik" className="mb-3 flex flex-wrap gap-2">
            {chartIndices.map((k) => (
              <Link
                key={k}
                href={chartHref(k)}
                scroll={false}
                aria-current={chart?.index === k ? "page" : undefined}
                className={`min-h-11 rounded-md border px-3 py-2 text-sm font-semibold ${chart?.index === k ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-slate-800 hover:bg-slate-100"}`}
              >
                {indexShortLabel(k, result)}
              </Link>
            ))}
          </nav>
        ) : null}
        {chart ? (
          <>
            <LazyGrowthChart title={chart.title} curves={chart.curves} point={chart.point} xLabel={chart.xLabel} yLabel={chart.yLabel} />
            <p className="mt-2 text-sm text-slate-700" data-testid="titik-anak">{chart.pointText}</p>
          </>
        ) : (
          <p className="text-sm text-slate-600">Belum ada z-score yang dapat digambar. Isi berat badan atau panjang/tinggi badan yang sesuai umur anak.</p>
        )}
      </Card>
    </div>
  );
}
