"use client";
/**
 * Readiness score (0–100) per month as lines, one per posyandu (from table kesiapan_bulanan).
 * chart.js registers only what it draws; no animation, so that screenshots and tests are stable.
 */
import { Chart as ChartJS, CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip, Legend } from "chart.js";
import { Chart } from "react-chartjs-2";

ChartJS.register(CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip, Legend);

export interface SkorSeries { label: string; points: { bulan: string; skor: number }[] }

const COLORS = ["#1d4ed8", "#047857", "#b45309", "#7c3aed", "#be123c", "#0e7490", "#4d7c0f", "#9d174d"];
const monthFmt = new Intl.DateTimeFormat("id-ID", { month: "short", year: "numeric", timeZone: "UTC" });

export function SkorChart({ title, series }: { title: string; series: SkorSeries[] }) {
  const months = [...new Set(series.flatMap((s) => s.points.map((p) => p.bulan)))].sort();
  const data = {
    labels: months.map((m) => monthFmt.format(new Date(`${m}T00:00:00Z`))),
    datasets: series.map((s, i) => {
      const byMonth = new Map(s.points.map((p) => [p.bulan, p.skor]));
      return { label: s.label, data: months.map((m) => byMonth.get(m) ?? null), borderColor: COLORS[i % COLORS.length], backgroundColor: COLORS[i % COLORS.length], borderWidth: 2, pointRadius: 3, spanGaps: true };
    }),
  };
  return (
    <figure className="w-full" aria-label={title}>
      <div className="relative h-72 w-full">
        <Chart
          type="line"
          aria-label={`Grafik ${title}`}
          fallbackContent={<p>{title}</p>}
          data={data}
          options={{
            animation: false,
            maintainAspectRatio: false,
            plugins: { legend: { position: "bottom", labels: { boxWidth: 12 } }, tooltip: { callbacks: { label: (ctx) => `${ctx.dataset.label}: skor ${ctx.parsed.y}` } } },
            scales: { y: { min: 0, max: 100, title: { display: true, text: "Skor kesiapan (0–100)" } } },
          }}
        />
      </div>
      <figcaption className="mt-2 text-sm text-slate-600">{title}</figcaption>
    </figure>
  );
}
