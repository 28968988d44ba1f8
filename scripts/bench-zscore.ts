/**
 * Benchmark of the z-score batch (npm run bench:zscore).
 *
 * 1. Generates 100,000 realistic rows (scripts/gen-children.ts: random sexes, ages 0–228 months,
 *    measurements around the WHO medians, ~4% missing or unreadable cells) into a temporary CSV.
 * 2. Times, in this process, the function the CLI uses (processCsvText: parse, compute, write).
 * 3. Baselines measured in the same run:
 *    a. parse + re-serialize the same CSV without computing anything (the I/O floor);
 *    b. a naive z-score loop that finds each LMS row by scanning the table rows (no typed-array
 *       index), on a 5,000-row sample, extrapolated.
 *    c. the CSV layer alone, before and after issue 7: the hand-written reader/writer that lib/csv
 *       had until commit b2dfa53 (loaded from git into a temporary file, never part of the app)
 *       against today's csv-parse/csv-stringify, parse + write of the same rows.
 * 4. Runs the real CLI (npx tsx scripts/zscore.ts) as a subprocess on the file, end to end
 *    (skip with --no-cli).
 *
 *   npm run bench:zscore [-- --rows 100000] [-- --no-cli]
 */
import { spawnSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as currentCsv from "../lib/csv/index.ts";
import { parseCsv, toCsv } from "../lib/csv/index.ts";
import { WHO_TABLE_TEXT, type WhoTableName } from "../lib/pertumbuhan/data/tables.ts";
import { processCsvText } from "./lib/zscore-csv.ts";
import { GENERATED_HEADER_DATES, generateRows } from "./gen-children.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] !== undefined ? Number(process.argv[i + 1]) : fallback;
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

// ---- naive baseline: LMS rows as objects, found by a linear scan for every lookup ----
interface NaiveRow {
  sex: number;
  key: number;
  l: number;
  m: number;
  s: number;
}
function naiveTable(name: WhoTableName): NaiveRow[] {
  return WHO_TABLE_TEXT[name]
    .split("\n")
    .slice(1)
    .map((line) => {
      const f = line.split("\t");
      return { sex: Number(f[0]), key: Number(f[1]), l: Number(f[2]), m: Number(f[3]), s: Number(f[4]) };
    });
}
function naiveZ(table: NaiveRow[], sex: number, key: number, y: number): number | null {
  const row = table.find((r) => r.sex === sex && r.key === key);
  if (!row) return null;
  return Math.round((((y / row.m) ** row.l - 1) / (row.s * row.l)) * 100) / 100;
}

function naiveRun(header: string[], rows: string[][]): number {
  const tables = {
    wei: naiveTable("weianthro"),
    len: naiveTable("lenanthro"),
    bmi: naiveTable("bmianthro"),
    hc: naiveTable("hcanthro"),
    wfl: naiveTable("wflanthro"),
    wfh: naiveTable("wfhanthro"),
  };
  const idx = (n: string) => header.indexOf(n);
  const [iSex, iBirth, iVisit, iW, iH, iHc] = ["sex", "birth_date", "visit_date", "weight_kg", "lenhei_cm", "headc_cm"].map(idx);
  let computed = 0;
  for (const r of rows) {
    const sex = Number(r[iSex]);
    const days = Math.round((Date.parse(r[iVisit]) - Date.parse(r[iBirth])) / 86_400_000);
    const w = Number(r[iW].replace(",", "."));
    const h = Number(r[iH].replace(",", "."));
    const hc = Number(r[iHc]);
    if (!(days >= 0 && days <= 1826)) continue;
    const out = [
      naiveZ(tables.wei, sex, days, w),
      naiveZ(tables.len, sex, days, h),
      naiveZ(tables.bmi, sex, days, w / (h / 100) ** 2),
      naiveZ(tables.hc, sex, days, hc),
      naiveZ(days < 731 ? tables.wfl : tables.wfh, sex, Math.round(h * 10) / 10, w),
    ];
    if (out.some((z) => z !== null)) computed++;
  }
  return computed;
}

/** The commit whose lib/csv/index.ts is the hand-written CSV code that csv-parse/csv-stringify replaced. */
const PREVIOUS_CSV_COMMIT = "b2dfa53";

type CsvModule = Pick<typeof currentCsv, "parseCsv" | "toCsv">;

/** The previous lib/csv/index.ts, from git into a temporary file; null outside a git checkout. */
async function previousCsv(): Promise<CsvModule | null> {
  const res = spawnSync("git", ["show", `${PREVIOUS_CSV_COMMIT}:lib/csv/index.ts`], { cwd: root, encoding: "utf8" });
  if (res.status !== 0) return null;
  const file = join(tmpdir(), `bench-csv-${PREVIOUS_CSV_COMMIT}-${process.pid}.ts`);
  writeFileSync(file, res.stdout);
  try {
    return (await import(pathToFileURL(file).href)) as CsvModule;
  } finally {
    rmSync(file, { force: true });
  }
}

/** Median of 3 timed parse + write round trips of `text` (after one warm-up). */
function csvRoundTripMs(csv: CsvModule, text: string): number {
  csv.toCsv(csv.parseCsv(text.slice(0, 200_000)), { newline: "\n" });
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) runs.push(time(() => csv.toCsv(csv.parseCsv(text), { newline: "\n" })).ms);
  return median(runs);
}

async function main(): Promise<void> {
  const n = arg("--rows", 100_000);
  const withCli = !process.argv.includes("--no-cli");
  const file = join(tmpdir(), `bench-zscore-${process.pid}.csv`);

  process.stderr.write(`Generating ${n.toLocaleString("en")} rows…\n`);
  const gen = time(() => {
    // Half with dates (the posyandu case), half with age in days.
    const half = Math.floor(n / 2);
    const withDates = generateRows(half, { seed: 42, dirty: true, dates: true });
    const withDays = generateRows(n - half, { seed: 43, dirty: true, dates: false });
    const header = [...GENERATED_HEADER_DATES.slice(0, 3), "age_days", ...GENERATED_HEADER_DATES.slice(3)];
    const rows = [
      ...withDates.map((r) => [r[0], r[1], r[2], "", ...r.slice(3)]),
      ...withDays.map((r) => [r[0], "", "", ...r.slice(1)]),
    ];
    return toCsv([header, ...rows], { newline: "\n" });
  });
  writeFileSync(file, gen.value);
  const text = gen.value;
  const mb = Buffer.byteLength(text) / 1e6;

  try {
    // Warm-up (JIT, table parsing) on a slice, then timed runs.
    processCsvText(text.slice(0, 200_000));
    const runs: number[] = [];
    let summary = processCsvText("").summary;
    for (let i = 0; i < 3; i++) {
      const t = time(() => processCsvText(text));
      runs.push(t.ms);
      summary = t.value.summary;
    }
    const fastMs = median(runs);

    const ioRuns: number[] = [];
    for (let i = 0; i < 3; i++) ioRuns.push(time(() => toCsv(parseCsv(text), { newline: "\n" })).ms);
    const ioMs = median(ioRuns);

    const previous = await previousCsv();
    const csvBeforeMs = previous ? csvRoundTripMs(previous, text) : null;
    const csvAfterMs = csvRoundTripMs(currentCsv, text);
    if (previous && JSON.stringify(previous.parseCsv(text)) !== JSON.stringify(parseCsv(text))) throw new Error("The previous and the current CSV reader disagree on the benchmark file.");

    const parsed = parseCsv(text);
    const [header, ...rows] = parsed;
    const sample = rows.filter((r) => r[1] !== "").slice(0, 5000);
    const naive = time(() => naiveRun(header, sample));
    const naivePerRow = naive.ms / sample.length;

    let cliMs: number | null = null;
    let cliOk = false;
    if (withCli) {
      const t0 = performance.now();
      const res = spawnSync("npx", ["tsx", "scripts/zscore.ts", file], { cwd: root, maxBuffer: 512 * 1024 * 1024, encoding: "utf8" });
      cliMs = performance.now() - t0;
      cliOk = res.status === 0 && res.stdout.split("\n").length >= n + 1;
    }

    const rate = (ms: number) => Math.round((n / ms) * 1000).toLocaleString("en");
    const lines = [
      "",
      `Z-score batch benchmark — ${n.toLocaleString("en")} rows, ${mb.toFixed(1)} MB CSV (generated in ${(gen.ms / 1000).toFixed(1)} s)`,
      `  rows read ${summary.rowsRead}, computed ${summary.rowsComputed}, with problems ${summary.rowsWithProblems}, flagged ${summary.rowsFlagged}`,
      "",
      `  processCsvText (the CLI's function), in process:  ${fastMs.toFixed(0).padStart(6)} ms   ${rate(fastMs).padStart(10)} rows/s   (median of 3: ${runs.map((x) => x.toFixed(0)).join(", ")} ms)`,
      `  baseline a: parse + re-serialize only (no z):      ${ioMs.toFixed(0).padStart(6)} ms   ${rate(ioMs).padStart(10)} rows/s`,
      `  baseline b: naive linear-scan LMS lookup (5k rows): ${(naivePerRow * n).toFixed(0).padStart(6)} ms*  ${rate(naivePerRow * n).padStart(10)} rows/s   (*extrapolated from ${naive.ms.toFixed(0)} ms for ${sample.length} rows; z only, no I/O)`,
      `  computing cost over the I/O floor: ${(fastMs - ioMs).toFixed(0)} ms (${((fastMs - ioMs) / n * 1000).toFixed(2)} µs/row)`,
      `  ratio naive / ours: ${(naivePerRow * n / fastMs).toFixed(1)}×;  ours / parse-only: ${(fastMs / ioMs).toFixed(1)}×`,
    ];
    lines.push(
      "",
      `  CSV layer, parse + write (same ${n.toLocaleString("en")} rows, median of 3):`,
      csvBeforeMs === null
        ? `    before: hand-written lib/csv (${PREVIOUS_CSV_COMMIT}): not available (no git history here)`
        : `    before: hand-written lib/csv (${PREVIOUS_CSV_COMMIT}):  ${csvBeforeMs.toFixed(0).padStart(6)} ms   ${rate(csvBeforeMs).padStart(10)} rows/s`,
      `    after:  csv-parse + csv-stringify:          ${csvAfterMs.toFixed(0).padStart(6)} ms   ${rate(csvAfterMs).padStart(10)} rows/s` +
        (csvBeforeMs === null ? "" : `   (after / before: ${(csvAfterMs / csvBeforeMs).toFixed(2)}× the time)`),
    );
    if (cliMs !== null) {
      lines.push(
        `  real CLI end to end (npx tsx scripts/zscore.ts, incl. startup): ${cliMs.toFixed(0)} ms   ${rate(cliMs)} rows/s   ${cliOk ? "ok" : "FAILED"}`,
      );
    }
    process.stdout.write(lines.join("\n") + "\n");
    if (withCli && !cliOk) process.exitCode = 1;
  } finally {
    rmSync(file, { force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
