"use client";
/** The readiness chart, loaded only on the pages that draw it (chart.js is the heaviest script of the app). */
import dynamic from "next/dynamic";

export const LazySkorChart = dynamic(() => import("./skor-chart").then((m) => m.SkorChart), {
  ssr: false,
  loading: () => <div className="flex h-72 items-center justify-center text-sm text-slate-600" role="status">Memuat grafik…</div>,
});
