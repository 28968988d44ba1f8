/**
 * Building the WHO LMS tables from their text, without the text itself: lms.ts builds them from the
 * embedded tables (server, tests); the browser builds them from /api/pertumbuhan/tabel, fetched once.
 */
import type { WhoTableName } from "./data/tables.ts";

/** One sex's rows of one table: entry i holds the row for key `start + i` (NaN where absent). */
export interface LmsSeries {
  readonly l: Float64Array;
  readonly m: Float64Array;
  readonly s: Float64Array;
}

export interface LmsTable {
  readonly name: WhoTableName;
  /**
   * What the key is: day of age (2006 age tables), month of age (2007 tables) or tenths of a cm
   * (weight-for-length/height: key 451 is 45.1 cm).
   */
  readonly keyUnit: "day" | "month" | "tenth-cm";
  /** First and last key present in the file (same for both sexes). */
  readonly start: number;
  readonly end: number;
  readonly bySex: readonly [LmsSeries, LmsSeries];
}

const KEY_UNIT: Record<WhoTableName, LmsTable["keyUnit"]> = {
  weianthro: "day",
  lenanthro: "day",
  bmianthro: "day",
  hcanthro: "day",
  acanthro: "day",
  wflanthro: "tenth-cm",
  wfhanthro: "tenth-cm",
  wfawho2007: "month",
  hfawho2007: "month",
  bfawho2007: "month",
};

/** One table from its WHO text (tab-separated: sex, key, l, m, s). */
export function buildLmsTable(name: WhoTableName, text: string): LmsTable {
  const keyUnit = KEY_UNIT[name];
  const lines = text.split("\n");
  const keys: number[] = [];
  const sexes: number[] = [];
  const ls: number[] = [];
  const ms: number[] = [];
  const ss: number[] = [];
  let start = Infinity;
  let end = -Infinity;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const f = line.split("\t");
    const sex = Number(f[0]);
    // Keys in cm are stored as whole tenths: "45.1" -> 451 (exact: the file has one decimal).
    const key = keyUnit === "tenth-cm" ? Math.round(Number(f[1]) * 10) : Number(f[1]);
    if ((sex !== 1 && sex !== 2) || !Number.isInteger(key)) throw new Error(`${name}: bad row ${i}`);
    sexes.push(sex);
    keys.push(key);
    ls.push(Number(f[2]));
    ms.push(Number(f[3]));
    ss.push(Number(f[4]));
    if (key < start) start = key;
    if (key > end) end = key;
  }
  const size = end - start + 1;
  const make = (): LmsSeries => ({
    l: new Float64Array(size).fill(NaN),
    m: new Float64Array(size).fill(NaN),
    s: new Float64Array(size).fill(NaN),
  });
  const bySex: [LmsSeries, LmsSeries] = [make(), make()];
  for (let i = 0; i < keys.length; i++) {
    const series = bySex[sexes[i] - 1];
    const k = keys[i] - start;
    series.l[k] = ls[i];
    series.m[k] = ms[i];
    series.s[k] = ss[i];
  }
  return { name, keyUnit, start, end, bySex };
}

