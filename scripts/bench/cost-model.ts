/**
 * `npm run bench:cost -- [report.json]`: what a page's throughput is made of, from a bench report
 * (default reports/bench-latest.json). Per user it fits the app's CPU time per request under load to
 * the page's HTML size (least squares over the user's pages), and prints:
 *   - the floor page's CPU time and the budget of a page that is to serve ≥ 0.8 of its req/s;
 *   - the fitted fixed cost (layout, session, routing) and the cost per kB of server-rendered HTML;
 *   - the largest page that fits the budget by that line, and per page its CPU time, the line's
 *     value, PostgreSQL's CPU time, and which side bounds it.
 * The numbers are the report's own (the CPU columns need a report from a run on this machine).
 */
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "../lib/prepare-db.ts";
import { FLOOR_PAGE } from "./pages.ts";
import { TARGETS, type Report, type Row } from "./report.ts";

export interface Fit {
  /** CPU ms per request at 0 kB. */
  fixed: number;
  /** CPU ms per kB of HTML. */
  perKb: number;
  r2: number;
  n: number;
}

/** Least-squares line y = fixed + perKb·x. */
export function fitLine(points: readonly { x: number; y: number }[]): Fit | null {
  const n = points.length;
  if (n < 3) return null;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  if (sxx === 0) return null;
  const perKb = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0) / sxx;
  const fixed = my - perKb * mx;
  const ssTot = points.reduce((s, p) => s + (p.y - my) ** 2, 0);
  const ssRes = points.reduce((s, p) => s + (p.y - fixed - perKb * p.x) ** 2, 0);
  return { fixed, perKb, r2: ssTot ? 1 - ssRes / ssTot : 1, n };
}

const kbOf = (r: Row) => (r.bytes ?? 0) / 1000;
const measured = (r: Row) => r.kind === "page" && !r.skipped && r.status === 200 && r.appCpuMsPerRequest != null && r.bytes != null;

function main() {
  const file = process.argv[2] ?? path.join(ROOT, "reports", "bench-latest.json");
  const report: Report = JSON.parse(fs.readFileSync(file, "utf8"));
  console.log(`Laporan ${path.relative(ROOT, file) || file} (${report.startedAt}, ${report.database})`);
  const users = [...new Set(report.rows.map((r) => r.user))];
  for (const user of users) {
    const rows = report.rows.filter((r) => r.user === user && measured(r));
    const floor = rows.find((r) => r.page === FLOOR_PAGE);
    const fit = fitLine(rows.map((r) => ({ x: kbOf(r), y: r.appCpuMsPerRequest! })));
    if (!floor || !fit) {
      console.log(`\n${user}: tidak cukup baris dengan kolom CPU.`);
      continue;
    }
    const budget = floor.appCpuMsPerRequest! / TARGETS.minRatio;
    console.log(`\n${user}: halaman dasar ${FLOOR_PAGE} ${floor.appCpuMsPerRequest!.toFixed(1)} ms CPU aplikasi per permintaan (${kbOf(floor).toFixed(1)} kB HTML); rasio ${TARGETS.minRatio} berarti ≤ ${budget.toFixed(1)} ms.`);
    console.log(`  garis (${fit.n} halaman, R² ${fit.r2.toFixed(2)}): ${fit.fixed.toFixed(1)} ms tetap + ${fit.perKb.toFixed(3)} ms per kB HTML → halaman ≤ ${Math.max(0, (budget - fit.fixed) / fit.perKb).toFixed(0)} kB muat dalam anggaran.`);
    const w = Math.max(...rows.map((r) => r.page.length));
    console.log(`  ${"halaman".padEnd(w)}  HTML kB  app ms  garis ms  db ms  ratio  batas`);
    for (const r of rows.sort((a, b) => kbOf(a) - kbOf(b))) {
      const app = r.appCpuMsPerRequest!;
      const dbMs = r.dbCpuMsPerRequest;
      const bound = dbMs != null && dbMs > app ? "PostgreSQL" : "Node";
      console.log(`  ${r.page.padEnd(w)}  ${kbOf(r).toFixed(1).padStart(7)}  ${app.toFixed(1).padStart(6)}  ${(fit.fixed + fit.perKb * kbOf(r)).toFixed(1).padStart(8)}  ${dbMs == null ? "    –" : dbMs.toFixed(1).padStart(5)}  ${r.ratio == null ? "    –" : r.ratio.toFixed(2).padStart(5)}  ${bound}`);
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
