/**
 * Pinned results of WHO's own R code (anthro 1.1.0 / anthroplus 1.1.0 z-score functions run in R)
 * for 354 measurements: see fixtures/README.md.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../../lib/csv/index.ts";
import { OUTPUT_INDEX_ORDER, processRows } from "../../../lib/pertumbuhan/index.ts";

const here = dirname(fileURLToPath(import.meta.url));
const [header, ...rows] = parseCsv(readFileSync(join(here, "fixtures/who-r-golden.csv"), "utf8"));
const inputCols = header.filter((h) => !h.startsWith("exp_"));
const zCols = ["zwei", "zlen", "zwfl", "zbmi", "zhc", "zac"];
const fCols = ["fwei", "flen", "fwfl", "fbmi", "fhc", "fac"];

describe("agreement with WHO's R code on 354 pinned cases", () => {
  const inputRows = rows.map((r) => r.slice(0, inputCols.length));
  const out = processRows(inputCols, inputRows);
  const outIndex = (name: string) => out.header.indexOf(name);

  it("has the cases", () => {
    expect(rows.length).toBe(354);
    expect(OUTPUT_INDEX_ORDER.length).toBe(6);
  });

  it("every z-score and flag is the same as WHO's, to the printed digit", () => {
    const mismatches: string[] = [];
    rows.forEach((row, i) => {
      const got = out.rows[i];
      for (const col of [...zCols, ...fCols]) {
        const expected = row[header.indexOf(`exp_${col}`)];
        const actual = got[outIndex(col)];
        if (actual !== expected) {
          mismatches.push(`${inputCols.map((c, k) => `${c}=${row[k]}`).join(" ")}: ${col} WHO "${expected}" ours "${actual}"`);
        }
      }
    });
    expect(mismatches).toEqual([]);
  });

  it("covers both references, flags and values not computed", () => {
    const col = (name: string) => out.rows.map((r) => r[outIndex(name)]);
    expect(col("zwfl").filter((v) => v === "").length).toBeGreaterThan(50);
    expect(col("fwei").filter((v) => v === "1").length).toBeGreaterThan(5);
    expect(out.results ?? []).toEqual([]);
    const withResults = processRows(inputCols, inputRows, { keepResults: true }).results ?? [];
    expect(new Set(withResults.map((r) => r.result.reference))).toEqual(new Set(["WHO2006", "WHO2007", null]));
  });
});
