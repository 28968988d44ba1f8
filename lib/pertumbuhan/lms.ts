/**
 * The WHO LMS tables as typed arrays, indexed directly by day, month or tenth of a centimetre,
 * built once (lazily) from the embedded text in data/tables.ts.
 */
import { WHO_TABLE_TEXT, type WhoTableName } from "./data/tables.ts";
import type { Sex } from "./types.ts";
import { buildLmsTable, type LmsSeries, type LmsTable } from "./lms-build.ts";

export type { LmsSeries, LmsTable } from "./lms-build.ts";

const cache = new Map<WhoTableName, LmsTable>();

/** The table, parsed on first use. */
export function lmsTable(name: WhoTableName): LmsTable {
  let t = cache.get(name);
  if (!t) {
    t = buildLmsTable(name, WHO_TABLE_TEXT[name]);
    cache.set(name, t);
  }
  return t;
}

export function seriesFor(name: WhoTableName, sex: Sex): LmsSeries {
  return lmsTable(name).bySex[sex - 1];
}

/** L, M, S of one exact row, or null when the table has no such row. */
export function lmsRow(name: WhoTableName, sex: Sex, key: number): { l: number; m: number; s: number } | null {
  const t = lmsTable(name);
  if (!Number.isInteger(key) || key < t.start || key > t.end) return null;
  const series = t.bySex[sex - 1];
  const k = key - t.start;
  const l = series.l[k];
  if (Number.isNaN(l)) return null;
  return { l, m: series.m[k], s: series.s[k] };
}
