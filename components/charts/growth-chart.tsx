"use client";
/**
 * A WHO growth chart: the −3…+3 SD curves of one index, and the child's point on it.
 * chart.js registers only what it draws; no animation, so that screenshots and tests are stable.
 */
import { Chart as ChartJS, LineElement, PointElement, LinearScale, Tooltip, Legend, ScatterController, LineController, Filler } from "chart.js";
import { Chart } from "react-chartjs-2";

ChartJS.register(LineElement, PointElement, LinearScale, Tooltip, Legend, ScatterController, LineController, Filler);

export interface CurvePoint { x: number; sd: Record<"-3" | "-2" | "-1" | "0" | "1" | "2" | "3", number> }

const LINES: { key: CurvePoint["sd"] extends infer T ? keyof T : never; label: string; color: string; dash?: number[] }[] = [
  { key: "3", label: "+3 SD", color: "#991b1b" },
  { key: "2", label: "+2 SD", color: "#d97706" },
  { key: "1", label: "+1 SD", color: "#65a30d", dash: [4, 4] },
  { key: "0", label: "Median", color: "#047857" },
  { key: "-1", label: "−1 SD", color: "#65a30d", dash: [4, 4] },
  { key: "-2", label: "−2 SD", color: "#d97706" },
  { key: "-3", label: "−3 SD", color: "#991b1b" },
];

const fmt = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 2 });

export function GrowthChart({ title, curves, point, xLabel, yLabel }: { title: string; curves: CurvePoint[]; point: { x: number; y: number } | null; xLabel: string; yLabel: string }) {
  const data = {
    datasets: [
      ...(point ? [{ type: "scatter" as const, label: "Anak ini", data: [point], backgroundColor: "#1d4ed8", borderColor: "#1e3a8a", pointRadius: 7, pointHoverRadius: 8, order: 0 }] : []),
      ...LINES.map((l) => ({ type: "line" as const, label: l.label, data: curves.map((c) => ({ x: c.x, y: c.sd[l.key] })), borderColor: l.color, borderWidth: l.key === "0" ? 2.5 : 1.5, borderDash: l.dash, pointRadius: 0, fill: false, order: 1 })),
    ],
  };
  return (
    <figure className="w-full" aria-label={title}>
      <div className="relative h-80 w-full sm:h-96">
        <Chart
          aria-label={`Grafik ${title}`}
          fallbackContent={<p>{title}</p>}
          type="line"
          data={data}
          options={{
            animation: false,
            maintainAspectRatio: false,
            parsing: false,
            plugins: { legend: { position: "bottom", labels: { boxWidth: 12 } }, tooltip: { callbacks: { label: (ctx) => `${ctx.dataset.label}: ${fmt.format(ctx.parsed.y ?? 0)}` } } },
            scales: { x: { type: "linear", title: { display: true, text: xLabel }, ticks: { callback: (v) => fmt.format(Number(v)) } }, y: { type: "linear", title: { display: true, text: yLabel }, ticks: { callback: (v) => fmt.format(Number(v)) } } },
          }}
        />
      </div>
      <figcaption className="mt-2 text-sm text-slate-600">{title}</figcaption>
    </figure>
  );
}
