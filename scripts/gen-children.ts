/**
 * Generates realistic child measurements as CSV (for the z-score benchmark and for checks against
 * WHO's software): random sex, age 0–228 months, weights/lengths/circumferences drawn around the
 * WHO medians, a few extreme values, oedema, wrong measuring positions, and optionally missing or
 * unreadable cells.
 *
 *   npx tsx scripts/gen-children.ts 1000 [seed] [--dirty] [--dates] > children.csv
 */
import { fileURLToPath } from "node:url";
import { lmsRow } from "../lib/pertumbuhan/lms.ts";
import { valueAtZ } from "../lib/pertumbuhan/zscore.ts";
import type { Sex } from "../lib/pertumbuhan/types.ts";
import type { WhoTableName } from "../lib/pertumbuhan/data/tables.ts";

export interface GenerateOptions {
  seed?: number;
  /** Blank cells, unreadable numbers, bad sexes, negative ages… in about 4% of rows. */
  dirty?: boolean;
  /** Give birth_date and visit_date instead of age_days. */
  dates?: boolean;
}

export const GENERATED_HEADER_DAYS = ["sex", "age_days", "weight_kg", "lenhei_cm", "measure", "headc_cm", "muac_cm", "oedema"];
export const GENERATED_HEADER_DATES = ["sex", "birth_date", "visit_date", "weight_kg", "lenhei_cm", "measure", "headc_cm", "muac_cm", "oedema"];

/** Small fast seeded PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(rand: () => number): number {
  const u = Math.max(rand(), 1e-12);
  const v = rand();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

function draw(table: WhoTableName, sex: Sex, key: number, z: number): number | null {
  const row = lmsRow(table, sex, key);
  return row ? valueAtZ(z, row.l, row.m, row.s) : null;
}

function fmt(x: number | null, decimals: number): string {
  return x === null ? "" : x.toFixed(decimals);
}

const DAY0 = Date.UTC(2005, 0, 1) / 86_400_000;

function isoDate(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** Rows of cells (strings) under GENERATED_HEADER_DAYS or GENERATED_HEADER_DATES. */
export function generateRows(n: number, options: GenerateOptions = {}): string[][] {
  const rand = prng(options.seed ?? 1);
  const rows: string[][] = [];
  for (let i = 0; i < n; i++) {
    const sex: Sex = rand() < 0.5 ? 1 : 2;
    // Most rows are balita (the posyandu case), the rest up to 19 years.
    const days = rand() < 0.7 ? Math.floor(rand() * 1827) : Math.floor(rand() * 6970);
    const months = days / 30.4375;
    const zH = normal(rand) * 1.2 - 0.4 + (rand() < 0.01 ? (rand() - 0.5) * 16 : 0);
    const zW = normal(rand) * 1.2 - 0.3 + (rand() < 0.02 ? (rand() - 0.5) * 14 : 0);
    let lenhei: number | null;
    let weight: number | null;
    if (months < 60) {
      lenhei = draw("lenanthro", sex, days, zH);
      weight = draw("weianthro", sex, days, zW);
    } else {
      const m = Math.min(228, Math.floor(months));
      lenhei = draw("hfawho2007", sex, m, zH);
      weight = m <= 120 ? draw("wfawho2007", sex, m, zW) : (() => {
        const bmi = draw("bfawho2007", sex, m, zW);
        return bmi !== null && lenhei !== null ? bmi * (lenhei / 100) ** 2 : null;
      })();
    }
    // The measure mostly matches the age; sometimes it is wrong or not recorded.
    const r = rand();
    let measure = days < 731 ? "l" : "h";
    if (r < 0.1) measure = measure === "l" ? "h" : "l";
    else if (r < 0.25) measure = "";
    if (lenhei !== null && days < 731 && measure === "h") lenhei -= 0.7;
    if (lenhei !== null && days >= 731 && measure === "l") lenhei += 0.7;
    const headc = months < 60 && rand() < 0.6 ? draw("hcanthro", sex, days, normal(rand)) : null;
    const muac = months < 60 && days >= 60 && rand() < 0.4 ? draw("acanthro", sex, Math.max(91, days), normal(rand) * 1.2) : null;
    const oedema = rand() < 0.01 ? "y" : rand() < 0.5 ? "n" : "";
    const lenDecimals = rand() < 0.2 ? 2 : 1;
    const row: string[] = [String(sex)];
    if (options.dates) {
      const birth = DAY0 + Math.floor(rand() * 4000);
      row.push(isoDate(birth), isoDate(birth + days));
    } else {
      row.push(rand() < 0.05 ? (days + rand()).toFixed(2) : String(days));
    }
    row.push(fmt(weight, rand() < 0.9 ? 1 : 2), fmt(lenhei, lenDecimals), measure, fmt(headc, 1), fmt(muac, 1), oedema);
    if (options.dirty && rand() < 0.04) {
      const col = 1 + Math.floor(rand() * (row.length - 1));
      const kind = rand();
      if (kind < 0.3) row[col] = "";
      else if (kind < 0.5) row[col] = "abc";
      else if (kind < 0.6) row[0] = "x";
      else if (kind < 0.7) row[0] = "";
      else if (kind < 0.8 && !options.dates) row[1] = "-5";
      else if (kind < 0.9) row[3] = "0";
      else row[3] = row[3].replace(".", ",");
    }
    rows.push(row);
  }
  return rows;
}

function main(argv: string[]): void {
  const positional = argv.filter((a) => !a.startsWith("--"));
  const n = Number(positional[0] ?? 1000);
  const seed = Number(positional[1] ?? 1);
  const dates = argv.includes("--dates");
  const rows = generateRows(n, { seed, dirty: argv.includes("--dirty"), dates });
  const header = dates ? GENERATED_HEADER_DATES : GENERATED_HEADER_DAYS;
  process.stdout.write([header, ...rows].map((r) => r.join(",")).join("\n") + "\n");
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
