"use client";
/** The trend chart, loaded only when the page draws it (chart.js is the heaviest script of the app). */
import dynamic from "next/dynamic";

export const LazyTrenChart = dynamic(() => import("./tren-chart").then((m) => m.TrenChart), {
  ssr: false,
  loading: () => <div className="flex h-72 items-center justify-center text-sm text-slate-600" role="status">Memuat grafik…</div>,
});
