"use client";
/**
 * Supervision scores (0–100) over visits or quarters as lines: the total, the comparable score when
 * the series spans instrument versions (dashed), and one thin line per domain. Points scored on
 * another version than the latest are drawn as triangles. No animation (stable screenshots and tests).
 */
import { Chart as ChartJS, CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip, Legend } from "chart.js";
import { Chart } from "react-chartjs-2";

ChartJS.register(CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip, Legend);

export interface TrenSeries { label: string; values: (number | null)[]; kind: "total" | "sebanding" | "domain" }

const DOMAIN_COLORS = ["#047857", "#b45309", "#7c3aed", "#be123c", "#0e7490", "#4d7c0f", "#9d174d"];

export function TrenChart({ title, labels, series, versiLain }: { title: string; labels: string[]; series: TrenSeries[]; versiLain: boolean[] }) {
  let d = 0;
  const datasets = series.map((s) => {
    const color = s.kind === "total" ? "#1d4ed8" : s.kind === "sebanding" ? "#0f172a" : DOMAIN_COLORS[d++ % DOMAIN_COLORS.length];
    const marked = s.kind === "total";
    return {
      label: s.label,
      data: s.values,
      borderColor: color,
      backgroundColor: color,
      borderWidth: s.kind === "domain" ? 1.5 : 3,
      borderDash: s.kind === "sebanding" ? [6, 4] : undefined,
      pointRadius: marked ? versiLain.map((x) => (x ? 6 : 3)) : 2,
      pointStyle: marked ? versiLain.map((x) => (x ? "triangle" : "circle")) : "circle",
      spanGaps: true,
    };
  });
  return (
    <figure className="w-full" aria-label={title} data-testid="tren-chart">
      <div className="relative h-72 w-full">
        <Chart
          type="line"
          aria-label={`Grafik ${title}`}
          fallbackContent={<p>{title}</p>}
          data={{ labels, datasets }}
          options={{
            animation: false,
            maintainAspectRatio: false,
            plugins: { legend: { position: "bottom", labels: { boxWidth: 12 } }, tooltip: { callbacks: { label: (ctx) => `${ctx.dataset.label}: ${ctx.parsed.y}` } } },
            scales: { y: { min: 0, max: 100, title: { display: true, text: "Skor supervisi (0–100)" } } },
          }}
        />
      </div>
      <figcaption className="mt-2 text-sm text-slate-600">{title}</figcaption>
    </figure>
  );
}
