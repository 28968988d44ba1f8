"use client";
import { useEffect, useState } from "react";
import type { LmsTable } from "@/lib/pertumbuhan/lms-build";
import type { WhoTableName } from "@/lib/pertumbuhan/data/tables";
import type { HitungGizi } from "@/lib/pemeriksaan/nilai";
import { muatGizi } from "./muat";

/** The WHO tables as data (kept by the posyandu-day worker after the first load, so offline too). */
export const TABEL_URL = "/api/pertumbuhan/tabel";

/**
 * A z-score function built from the WHO LMS tables fetched as data, or null until they are here (the
 * feedback then says the z-scores follow). Tables are parsed one by one on first use.
 */
export function useHitungGizi(): HitungGizi | null {
  const [fn, setFn] = useState<HitungGizi | null>(null);
  useEffect(() => {
    let cancelled = false;
    // The computation's code loads after the first paint too (./muat.ts).
    Promise.all([fetch(TABEL_URL).then((r) => (r.ok ? (r.json() as Promise<Record<WhoTableName, string>>) : null)), muatGizi()])
      .then(([text, [{ computeGrowthWith }, { buildLmsTable }]]) => {
        if (!text || cancelled) return;
        const built = new Map<WhoTableName, LmsTable>();
        const table = (name: WhoTableName) => {
          let t = built.get(name);
          if (!t) built.set(name, (t = buildLmsTable(name, text[name])));
          return t;
        };
        setFn(() => (g: Parameters<HitungGizi>[0]) => computeGrowthWith(table, g));
      })
      .catch(() => {
        // Offline before the tables were ever kept: feedback without z-scores; the server computes them.
      });
    return () => {
      cancelled = true;
    };
  }, []);
  return fn;
}
