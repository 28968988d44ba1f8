"use client";
/**
 * The readiness chart, loaded only on the pages that draw it (chart.js is the heaviest script of the app).
 * React's own `lazy` and a mounted flag instead of next/dynamic: next/dynamic's loader runtime
 * (~2 kB gzip) would sit in the page's entry script even when the page has no chart to draw (a
 * kader's /percontohan), and that page must stay within the 150 kB budget. Drawn in the browser
 * only, as with `ssr: false`.
 */
import { Suspense, lazy, useSyncExternalStore } from "react";
import type { SkorSeries } from "./skor-chart";

const SkorChart = lazy(() => import("./skor-chart").then((m) => ({ default: m.SkorChart })));

const subscribe = () => () => {};

function Loading() {
  return <div className="flex h-72 items-center justify-center text-sm text-slate-600" role="status">Memuat grafik…</div>;
}

export function LazySkorChart(props: { title: string; series: SkorSeries[] }) {
  // false while rendering on the server and hydrating, true once in the browser.
  const inBrowser = useSyncExternalStore(subscribe, () => true, () => false);
  if (!inBrowser) return <Loading />;
  return (
    <Suspense fallback={<Loading />}>
      <SkorChart {...props} />
    </Suspense>
  );
}
