/** The bench table: targets, printing, the JSON report, and before/after comparison. */
import fs from "node:fs";
import path from "node:path";

export const TARGETS = {
  /** req/s at N connections as a share of the floor page's, same user, same run. */
  minRatio: 0.8,
  /** One-user p95, ms. */
  maxP95Ms: 100,
  maxSqlPerRequest: 5,
  /** Gzip bytes of a kader page's scripts. */
  maxKaderJsBytes: 150_000,
};

export interface Row {
  user: string;
  role: string | null;
  page: string;
  path: string | null;
  kind: "page" | "route" | "write";
  /** For a save row: the answers' `status` (created, updated, unchanged) and how many of each. */
  saved?: Record<string, number>;
  /** Why the row has no numbers (no record in the user's scope). */
  skipped?: string;
  status?: number;
  location?: string | null;
  p50?: number;
  p95?: number;
  rps?: number;
  loadP95?: number;
  loadNon2xx?: number;
  sqlPerRequest?: number | null;
  sqlMsPerRequest?: number | null;
  /** CPU ms per request during the load run: the app's Node process, and PostgreSQL (null when not on this machine). */
  appCpuMsPerRequest?: number | null;
  dbCpuMsPerRequest?: number | null;
  bytes?: number;
  /** req/s over the floor page's mean req/s (measured before and after this user's other pages). */
  ratio?: number | null;
  /** On the floor row: its req/s in the first and the last run for this user. */
  floorRuns?: number[];
  jsGzipBytes?: number | null;
  scripts?: number | null;
  misses?: string[];
  /** The page's statements per request (pg_stat_statements), most calls first. */
  statements?: { calls: number; ms: number; query: string }[];
}

export interface Report {
  startedAt: string;
  database: string;
  options: { connections: number; duration: number; requests: number; warmup: number; jsOnly: boolean };
  rows: Row[];
}

export function missesOf(row: Row, jsOnly: boolean): string[] {
  const out: string[] = [];
  if (row.skipped) return out;
  if (row.status !== undefined && row.status !== 200) out.push(`HTTP ${row.status}`);
  if (!jsOnly) {
    if (row.ratio != null && row.ratio < TARGETS.minRatio) out.push("req/s");
    if (row.p95 !== undefined && row.p95 > TARGETS.maxP95Ms) out.push("p95");
    // A save's target is its p95; the statement budget is a page's.
    if (row.kind !== "write" && row.sqlPerRequest != null && row.sqlPerRequest > TARGETS.maxSqlPerRequest) out.push("sql");
  }
  if (row.role === "KADER" && row.jsGzipBytes != null && row.jsGzipBytes > TARGETS.maxKaderJsBytes) out.push("js");
  return out;
}

const num = (v: number | null | undefined, digits = 0) => (v == null || Number.isNaN(v) ? "–" : v.toFixed(digits));
const kb = (v: number | null | undefined) => (v == null ? "–" : (v / 1000).toFixed(1));

function printTable(header: string[], rows: string[][], rightAlignFrom = 2) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < rightAlignFrom || i === cells.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ").trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows) console.log(line(r));
}

export function printFull(report: Report) {
  const { connections } = report.options;
  const header = ["user", "page", "HTTP", "p50 ms", "p95 ms", `req/s@${connections}`, `p95@${connections}`, "ratio", "app cpu ms", "db cpu ms", "sql/req", "sql ms/req", "HTML kB", "JS gz kB", "miss"];
  const rows = report.rows.map((r) =>
    r.skipped
      ? [r.user, r.page, "–", "", "", "", "", "", "", "", "", "", "", "", `(${r.skipped})`]
      : [r.user, r.page, String(r.status), num(r.p50, 1), num(r.p95, 1), num(r.rps, 1), num(r.loadP95, 0), num(r.ratio, 2), num(r.appCpuMsPerRequest, 1), num(r.dbCpuMsPerRequest, 1), num(r.sqlPerRequest, 1), num(r.sqlMsPerRequest, 2), kb(r.bytes), kb(r.jsGzipBytes), [...Object.entries(r.saved ?? {}).map(([k, n]) => `${k}×${n}`), ...(r.misses ?? []).map((m) => `✗${m}`)].join(" ")],
  );
  printTable(header, rows);
  console.log(`\nTarget: ratio ≥ ${TARGETS.minRatio} dari req/s halaman dasar (/gizi, pengguna yang sama) · p95 satu pengguna ≤ ${TARGETS.maxP95Ms} ms · ≤ ${TARGETS.maxSqlPerRequest} SQL per permintaan · JS halaman kader ≤ ${TARGETS.maxKaderJsBytes / 1000} kB gzip. ✗ = meleset.`);
  console.log(`app/db cpu ms: waktu CPU per permintaan selama uji ${connections} koneksi: proses Node aplikasi, dan PostgreSQL (postmaster dan backend-nya). Halaman yang CPU-nya dua kali CPU halaman dasar melayani sekitar separuh req/s-nya.`);
}

export function printJs(report: Report) {
  const header = ["user", "page", "HTTP", "scripts", "JS gz kB", "miss"];
  const rows = report.rows.map((r) => (r.skipped ? [r.user, r.page, "–", "", "", `(${r.skipped})`] : [r.user, r.page, String(r.status), num(r.scripts), kb(r.jsGzipBytes), (r.misses ?? []).map((m) => `✗${m}`).join(" ")]));
  printTable(header, rows);
  console.log(`\nTarget: JS halaman kader ≤ ${TARGETS.maxKaderJsBytes / 1000} kB gzip (semua <script src> halaman, gzip zlib). ✗ = meleset.`);
}

export function writeReport(report: Report, dir: string, prefix: string): string {
  fs.mkdirSync(dir, { recursive: true });
  const stamp = report.startedAt.replace(/[:.]/g, "-");
  const file = path.join(dir, `${prefix}-${stamp}.json`);
  const json = JSON.stringify(report, null, 2);
  fs.writeFileSync(file, json);
  fs.writeFileSync(path.join(dir, `${prefix}-latest.json`), json);
  return file;
}

export function printCompare(before: Report, after: Report) {
  const key = (r: Row) => `${r.user}\t${r.page}`;
  const old = new Map(before.rows.map((r) => [key(r), r]));
  const ratio = (a: number | null | undefined, b: number | null | undefined) => (a == null || b == null || !a ? "–" : `×${(b / a).toFixed(2)}`);
  const header = ["user", "page", "req/s before", "after", "", "floor ratio before", "after", "p95 before", "after", "", "sql before", "after", "sql ms before", "after", "JS kB before", "after"];
  const rows: string[][] = [];
  for (const r of after.rows) {
    const b = old.get(key(r));
    if (!b || r.skipped || b.skipped) continue;
    rows.push([r.user, r.page, num(b.rps, 1), num(r.rps, 1), ratio(b.rps, r.rps), num(b.ratio, 2), num(r.ratio, 2), num(b.p95, 1), num(r.p95, 1), ratio(b.p95, r.p95), num(b.sqlPerRequest, 1), num(r.sqlPerRequest, 1), num(b.sqlMsPerRequest, 2), num(r.sqlMsPerRequest, 2), kb(b.jsGzipBytes), kb(r.jsGzipBytes)]);
  }
  console.log(`\nPerbandingan dengan ${before.startedAt} (${before.database}):`);
  if (!rows.length) console.log("(tidak ada baris yang sama: user dan page harus cocok)");
  else printTable(header, rows);
}
