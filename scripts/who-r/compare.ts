/**
 * Cross-check of lib/pertumbuhan against WHO's own R code (scripts/who-r/run-who.R, which runs the
 * vendored anthro / anthroplus z-score functions). Developer tool; needs R:
 * `apt-get install -y --no-install-recommends r-base-core`.
 *
 *   npx tsx scripts/who-r/compare.ts [--n 200000] [--seed 20240601] [--csv FILE]... [--keep DIR]
 *                                    [--with-nonpositive] [--rscript PATH]
 *
 * 1. Generates --n random cases (seeded, reproducible) that stress every rule of the method, and
 *    appends the rows of each --csv FILE (a header with sex, age_days, weight_kg, lenhei_cm,
 *    measure, headc_cm, muac_cm, oedema; other columns are ignored, so the golden fixture works).
 * 2. Computes them with our processRows (the batch/CLI path) and with `Rscript run-who.R`.
 * 3. Reports, per output column, the rows whose printed value differs at all and the rows that
 *    differ by more than 0.01 (a value on one side only, or any flag difference, counts as more),
 *    lists the first 20 rows that differ at all, and exits 1 when anything differs by more than 0.01.
 *
 * See scripts/who-r/README.md.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseCsv } from "../../lib/csv/index.ts";
import { processRows } from "../../lib/pertumbuhan/batch.ts";
import { lmsTable } from "../../lib/pertumbuhan/lms.ts";
import type { WhoTableName } from "../../lib/pertumbuhan/data/tables.ts";
import { prng as rng } from "../gen-children.ts";

const here = dirname(fileURLToPath(import.meta.url));

const INPUT_COLUMNS = ["sex", "age_days", "weight_kg", "lenhei_cm", "measure", "headc_cm", "muac_cm", "oedema"] as const;
const Z_COLUMNS = ["zwei", "zlen", "zwfl", "zbmi", "zhc", "zac"] as const;
const F_COLUMNS = ["fwei", "flen", "fwfl", "fbmi", "fhc", "fac"] as const;
const OUT_COLUMNS = [...Z_COLUMNS, ...F_COLUMNS];

type Row = string[];

// ---------------------------------------------------------------------------------------------
// Arguments

interface Options {
  n: number;
  seed: number;
  csv: string[];
  keep: string | null;
  withNonpositive: boolean;
  rscript: string;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { n: 200_000, seed: 20240601, csv: [], keep: null, withNonpositive: false, rscript: "Rscript" };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === "--n") o.n = Number(next());
    else if (a === "--seed") o.seed = Number(next());
    else if (a === "--csv") o.csv.push(next());
    else if (a === "--keep") o.keep = next();
    else if (a === "--with-nonpositive") o.withNonpositive = true;
    else if (a === "--rscript") o.rscript = next();
    else if (a === "--help" || a === "-h") {
      process.stdout.write(readFileSync(fileURLToPath(import.meta.url), "utf8").split("*/")[0] + "*/\n");
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  if (!Number.isInteger(o.n) || o.n < 0) throw new Error("--n must be a whole number >= 0");
  if (!Number.isFinite(o.seed)) throw new Error("--seed must be a number");
  return o;
}

// ---------------------------------------------------------------------------------------------
// Seeded random cases


/** Whole days at and around every age switch (91 d, 9 mo, 731 d, 60 mo, 61 mo, 120/121 mo, 228/229 mo). */
const AGE_BOUNDARY_DAYS = [
  0, 1, 2, 90, 91, 92, 273, 274, 275, 729, 730, 731, 732, 1825, 1826, 1827, 1828, 1855, 1856, 1857, 1858, 3651, 3652,
  3653, 3654, 3681, 3682, 3683, 3684, 6938, 6939, 6940, 6941, 6969, 6970, 6971, 6972,
];
/** Fractional ages in days at the same switches (x.5 rounding, exactly 9/60/120/121/228/229 months). */
const AGE_BOUNDARY_FRACTIONAL = [
  "0.5", "90.49", "90.5", "273.93", "273.9375", "273.94", "730.49", "730.4999", "730.5", "1825.5", "1826.2",
  "1826.25", "1826.3", "1856.5", "1856.6875", "1856.69", "3652.49", "3652.5", "3652.51", "3682.93", "3682.9375",
  "3682.94", "6939.74", "6939.75", "6939.76", "6970.18", "6970.1875", "6970.19",
];
/** Lengths/heights at and around 45, 65, 87, 110 and 120 cm, also after ±0.7 cm. */
const LENHEI_BOUNDARY = [
  "44.3", "44.29", "44.31", "44.9", "44.95", "44.99", "45", "45.0", "45.01", "45.05", "45.1", "45.7", "64.3", "64.9",
  "64.95", "64.99", "65", "65.05", "65.7", "65.71", "86.3", "86.95", "86.99", "87", "87.01", "87.05", "87.7", "103.1",
  "109.3", "109.95", "109.99", "110", "110.05", "110.7", "119.3", "119.95", "119.99", "120", "120.05", "120.7", "121",
];

interface Gen {
  u: () => number;
  chance: (p: number) => boolean;
  pick: <T>(xs: readonly T[]) => T;
  int: (lo: number, hi: number) => number;
  normal: () => number;
}

function makeGen(seed: number): Gen {
  const u = rng(seed);
  return {
    u,
    chance: (p) => u() < p,
    pick: (xs) => xs[Math.floor(u() * xs.length)],
    int: (lo, hi) => lo + Math.floor(u() * (hi - lo + 1)),
    normal: () => {
      const a = 1 - u();
      const b = u();
      return Math.sqrt(-2 * Math.log(a)) * Math.cos(2 * Math.PI * b);
    },
  };
}

/** A z to place a measurement at: mostly ordinary, often beyond ±3 SD, sometimes beyond ±6 SD. */
function drawZ(g: Gen): number {
  const r = g.u();
  const sign = g.chance(0.5) ? 1 : -1;
  if (r < 0.72) return g.normal() * 1.3;
  if (r < 0.9) return sign * (3 + g.u() * 3);
  return sign * (6 + g.u() * 5);
}

/** M and S of a table at a key (clamped to the table), for sex 1 or 2. */
function ms(table: WhoTableName, sex: 1 | 2, key: number): { m: number; s: number } {
  const t = lmsTable(table);
  const k = Math.min(Math.max(Math.round(key), t.start), t.end) - t.start;
  const series = t.bySex[sex - 1];
  let i = k;
  while (Number.isNaN(series.m[i]) && i > 0) i--;
  return { m: series.m[i], s: series.s[i] };
}

function valueAt(g: Gen, ref: { m: number; s: number }): number {
  const v = ref.m * (1 + ref.s * drawZ(g));
  return Math.max(v, ref.m * 0.02);
}

/** x with 0–3 decimals; never a printed 0 (non-positive values only come from --with-nonpositive). */
function fmt(g: Gen, x: number, decimals: readonly number[]): string {
  const s = x.toFixed(g.pick(decimals));
  return Number(s) > 0 ? s : Math.max(x, 0.001).toFixed(3);
}

const MEASUREMENT_DECIMALS = [0, 1, 1, 1, 2, 3] as const;

function nonpositive(g: Gen): string {
  return g.pick(["0", "0.0", "-0.5", "-12.3"]);
}

function genAge(g: Gen): string {
  const r = g.u();
  if (r < 0.02) return "";
  if (r < 0.17) return String(g.pick(AGE_BOUNDARY_DAYS));
  if (r < 0.22) return g.pick(AGE_BOUNDARY_FRACTIONAL);
  if (r < 0.24) return (g.int(0, 6939) + g.u()).toFixed(g.int(1, 3));
  if (r < 0.74) return String(g.int(0, 1860));
  if (r < 0.98) return String(g.int(1861, 6939));
  return String(g.int(6940, 7100));
}

function generateCase(g: Gen, withNonpositive: boolean): Row {
  const sexCell = ((): string => {
    const r = g.u();
    if (r < 0.03) return "";
    if (r < 0.07) return g.pick(["m", "f", "M", "F"]);
    return r < 0.535 ? "1" : "2";
  })();
  const sex: 1 | 2 = sexCell === "2" || sexCell.toLowerCase() === "f" ? 2 : 1;
  const ageCell = genAge(g);
  const days = ageCell === "" ? g.int(0, 1856) : Number(ageCell); // a missing age still gets plausible sizes
  const months = days / 30.4375;
  const young = months < 60;

  // length/height
  let lenheiCell: string;
  const heightRef = young ? ms("lenanthro", sex, days) : ms("hfawho2007", sex, Math.trunc(months));
  const lr = g.u();
  if (lr < 0.25) {
    lenheiCell = g.pick(LENHEI_BOUNDARY);
  } else if (lr < 0.32) {
    lenheiCell = (Math.floor(40 + g.u() * 85) + g.int(0, 9) / 10 + 0.05).toFixed(2); // x.x5
  } else if (lr < 0.37) {
    lenheiCell = (40 + g.u() * 85).toFixed(g.int(1, 3));
  } else {
    lenheiCell = fmt(g, valueAt(g, heightRef), MEASUREMENT_DECIMALS);
  }
  const lenhei = Number(lenheiCell);

  // weight: from weight-for-age, or from weight-for-length/height at the given length
  let weightRef: { m: number; s: number };
  if (g.chance(0.4) && lenhei >= 45 && lenhei <= 120) {
    weightRef = lenhei < 87 ? ms("wflanthro", sex, Math.trunc(lenhei * 10)) : ms("wfhanthro", sex, Math.trunc(lenhei * 10));
  } else if (young) {
    weightRef = ms("weianthro", sex, days);
  } else if (months < 121) {
    weightRef = ms("wfawho2007", sex, Math.trunc(months));
  } else {
    const b = ms("bfawho2007", sex, Math.trunc(months));
    const h = heightRef.m / 100;
    weightRef = { m: b.m * h * h, s: b.s * 1.5 };
  }
  let weightCell = fmt(g, valueAt(g, weightRef), MEASUREMENT_DECIMALS);
  let headCell = fmt(g, valueAt(g, ms("hcanthro", sex, Math.min(days, 1826))), [1, 1, 2]);
  let muacCell = fmt(g, valueAt(g, ms("acanthro", sex, Math.min(Math.max(days, 91), 1826))), [1, 1, 2]);

  if (g.chance(0.07)) weightCell = "";
  if (g.chance(0.07)) lenheiCell = "";
  if (g.chance(0.2)) headCell = "";
  if (g.chance(0.2)) muacCell = "";
  // Non-positive measurements only where WHO's code defines a result: anthroplus stops on a
  // negative value, and computes a number from a zero one (see README).
  if (withNonpositive && (ageCell === "" || young)) {
    if (g.chance(0.01)) weightCell = nonpositive(g);
    if (g.chance(0.01)) lenheiCell = nonpositive(g);
    if (g.chance(0.01)) headCell = nonpositive(g);
    if (g.chance(0.01)) muacCell = nonpositive(g);
  }

  const measure = ((): string => {
    const r = g.u();
    if (r < 0.38) return "l";
    if (r < 0.76) return "h";
    if (r < 0.94) return "";
    return r < 0.97 ? "L" : "H";
  })();
  const oedema = ((): string => {
    const r = g.u();
    if (r < 0.1) return "y";
    if (r < 0.12) return "Y";
    if (r < 0.7) return "n";
    if (r < 0.72) return "N";
    return "";
  })();
  return [sexCell, ageCell, weightCell, lenheiCell, measure, headCell, muacCell, oedema];
}

function readCaseCsv(path: string): Row[] {
  const [header, ...rows] = parseCsv(readFileSync(path, "utf8"));
  const idx = INPUT_COLUMNS.map((c) => header.findIndex((h) => h.trim().toLowerCase() === c));
  if (idx.every((i) => i < 0)) throw new Error(`${path}: none of the columns ${INPUT_COLUMNS.join(", ")}`);
  return rows
    .filter((r) => r.some((c) => c.trim() !== ""))
    .map((r) => idx.map((i) => (i < 0 ? "" : (r[i] ?? "").trim())));
}

// ---------------------------------------------------------------------------------------------
// Running both sides

function toCsvText(header: readonly string[], rows: readonly Row[]): string {
  const out: string[] = [header.join(",")];
  for (const r of rows) {
    for (const c of r) if (/[",\n\r]/.test(c)) throw new Error(`cell needs quoting: ${c}`);
    out.push(r.join(","));
  }
  return out.join("\n") + "\n";
}

let rMessage = "";

function runR(rscript: string, inPath: string, outPath: string): Row[] {
  const res = spawnSync(rscript, [join(here, "run-who.R"), inPath, outPath], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (res.error) {
    throw new Error(`cannot run ${rscript} (${res.error.message}); install R: apt-get install -y --no-install-recommends r-base-core`);
  }
  if (res.status !== 0) throw new Error(`run-who.R failed (exit ${res.status}):\n${res.stderr}`);
  rMessage = res.stderr.trim();
  const lines = readFileSync(outPath, "utf8").split("\n").filter((l) => l !== "");
  const header = lines[0].split(",");
  const cols = OUT_COLUMNS.map((c) => header.indexOf(c));
  if (cols.some((i) => i < 0)) throw new Error(`run-who.R output lacks columns: ${lines[0]}`);
  return lines.slice(1).map((l) => {
    const f = l.split(",");
    return cols.map((i) => f[i] ?? "");
  });
}

function runOurs(rows: readonly Row[]): Row[] {
  const out = processRows([...INPUT_COLUMNS], rows);
  if (out.rows.length !== rows.length) throw new Error(`processRows returned ${out.rows.length} rows for ${rows.length}`);
  const cols = OUT_COLUMNS.map((c) => out.header.indexOf(c));
  return out.rows.map((r) => cols.map((i) => r[i]));
}

// ---------------------------------------------------------------------------------------------
// Comparison

interface ColumnStats {
  column: string;
  present: number;
  differ: number;
  major: number;
  maxAbs: number;
  /** WHO values beyond ±3 and ±6 (z columns), or flags set (flag columns): what the cases exercised. */
  beyond3: number;
  beyond6: number;
  flagged: number;
}

function main(): number {
  const o = parseArgs(process.argv.slice(2));
  const t0 = performance.now();
  const g = makeGen(o.seed);
  const cases: Row[] = [];
  for (let i = 0; i < o.n; i++) cases.push(generateCase(g, o.withNonpositive));
  for (const f of o.csv) cases.push(...readCaseCsv(resolve(f)));
  if (cases.length === 0) throw new Error("no cases (use --n or --csv)");
  const tGen = performance.now();

  const dir = o.keep ? resolve(o.keep) : mkdtempSync(join(tmpdir(), "who-r-"));
  mkdirSync(dir, { recursive: true });
  const inPath = join(dir, "cases.csv");
  const outPath = join(dir, "who.csv");
  writeFileSync(inPath, toCsvText(INPUT_COLUMNS, cases));

  const tOurs0 = performance.now();
  const ours = runOurs(cases);
  const tOurs = performance.now() - tOurs0;

  const tR0 = performance.now();
  const who = runR(o.rscript, inPath, outPath);
  const tR = performance.now() - tR0;
  if (who.length !== cases.length) throw new Error(`run-who.R returned ${who.length} rows for ${cases.length}`);
  if (o.keep) writeFileSync(join(dir, "ours.csv"), toCsvText(["row", ...OUT_COLUMNS], ours.map((r, i) => [String(i + 1), ...r])));
  else rmSync(dir, { recursive: true, force: true });

  const stats: ColumnStats[] = OUT_COLUMNS.map((column) => ({ column, present: 0, differ: 0, major: 0, maxAbs: 0, beyond3: 0, beyond6: 0, flagged: 0 }));
  const differing: number[] = [];
  for (let r = 0; r < cases.length; r++) {
    let rowDiffers = false;
    for (let c = 0; c < OUT_COLUMNS.length; c++) {
      const w = who[r][c];
      const a = ours[r][c];
      const st = stats[c];
      if (w !== "") {
        st.present++;
        if (c < Z_COLUMNS.length) {
          const z = Math.abs(Number(w));
          if (z > 3) st.beyond3++;
          if (z > 6) st.beyond6++;
        } else if (w === "1") st.flagged++;
      }
      if (w === a) continue;
      rowDiffers = true;
      st.differ++;
      const isZ = c < Z_COLUMNS.length;
      if (isZ && w !== "" && a !== "") {
        const d = Math.abs(Number(w) - Number(a));
        if (d > st.maxAbs) st.maxAbs = d;
        if (d > 0.01 + 1e-9) st.major++;
      } else {
        st.major++; // value on one side only, or a flag that differs
      }
    }
    if (rowDiffers) differing.push(r);
  }
  const tEnd = performance.now();

  const rows = cases.length;
  const young = cases.filter((c) => c[1] === "" || Number(c[1]) / 30.4375 < 60).length;
  const line = (s: string) => process.stdout.write(s + "\n");
  line(`WHO R cross-check: ${rows} cases (${o.n} generated with seed ${o.seed}${o.csv.length ? ` + ${rows - o.n} from ${o.csv.join(", ")}` : ""}` +
    `${o.withNonpositive ? ", with non-positive measurements" : ""}); anthro rows (age < 60 months or none): ${young}, anthroplus rows: ${rows - young}`);
  line("");
  line("column  WHO values  differ (string)  differ > 0.01  max |diff|   WHO |z|>3 / |z|>6 or flags=1");
  for (const st of stats) {
    const exercised = st.column.startsWith("z") ? `${st.beyond3} / ${st.beyond6}` : `${st.flagged}`;
    line(
      `${st.column.padEnd(6)}  ${String(st.present).padStart(10)}  ${String(st.differ).padStart(15)}  ${String(st.major).padStart(13)}  ${st.maxAbs.toFixed(2).padStart(10)}   ${exercised}`,
    );
  }
  line("");
  line(`rows differing at all: ${differing.length}`);
  for (const r of differing.slice(0, 20)) {
    const inputs = INPUT_COLUMNS.map((c, k) => `${c}=${cases[r][k]}`).join(" ");
    const diffs = OUT_COLUMNS.flatMap((c, k) => (who[r][k] === ours[r][k] ? [] : [`${c} WHO "${who[r][k]}" ours "${ours[r][k]}"`]));
    line(`  row ${r + 1}: ${inputs}: ${diffs.join("; ")}`);
  }
  line("");
  if (rMessage) line(rMessage);
  line(
    `time: generate ${((tGen - t0) / 1000).toFixed(1)} s, ours (processRows) ${(tOurs / 1000).toFixed(1)} s, ` +
      `WHO R (Rscript run-who.R) ${(tR / 1000).toFixed(1)} s, total ${((tEnd - t0) / 1000).toFixed(1)} s`,
  );
  if (o.keep) line(`files kept in ${dir}: cases.csv, who.csv, ours.csv`);
  const major = stats.reduce((n, s) => n + s.major, 0);
  line(major === 0 ? "RESULT: OK (no difference > 0.01)" : `RESULT: FAIL (${major} values differ by more than 0.01)`);
  return major === 0 ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main();
  } catch (e) {
    process.stderr.write(`compare.ts: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  }
}
