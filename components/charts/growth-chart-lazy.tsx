"use client";
/**
 * The growth chart, loaded only when a page actually draws one: chart.js is the heaviest script of
 * the app, and a kader's phone should not download it for a page without a chart.
 */
import dynamic from "next/dynamic";

export const LazyGrowthChart = dynamic(() => import("./growth-chart").then((m) => m.GrowthChart), {
  ssr: false,
  loading: () => <div className="flex h-72 items-center justify-center text-sm text-slate-600" role="status">Memuat grafik…</div>,
});
