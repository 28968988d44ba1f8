/**
 * Values published by WHO in its own software's documentation and tests:
 * - github.com/WorldHealthOrganization/anthro: README.md (anthro_zscores example),
 *   tests/testthat/test-zscores.R, test-zscore-weight-for-age.R, test-zscore-length-for-age.R
 * - github.com/WorldHealthOrganization/anthroplus: README.md, tests/testthat/test-zscores.R
 */
import { describe, expect, it } from "vitest";
import { computeGrowth, type GrowthInput, type IndexKey } from "../../../lib/pertumbuhan/index.ts";

function z(input: GrowthInput, key: IndexKey): number | null {
  return computeGrowth(input).indices[key].z;
}
function f(input: GrowthInput, key: IndexKey): boolean {
  return computeGrowth(input).indices[key].flag;
}

describe("anthro README: anthro_zscores(sex, age (days), weight, lenhei), no measure given", () => {
  // #>   clenhei    cbmi  zlen flen  zwei fwei  zwfl fwfl  zbmi fbmi
  // #> 1     120 12.5000  7.31    1  2.20    0 -2.39    0 -3.01    0
  // #> 2      80 23.4375 -3.50    0  0.95    0  4.13    0  4.66    0
  // #> 3     100 10.0000  1.62    0 -2.76    0 -5.19    1 -5.61    1
  // #> 4     100 15.0000  1.70    0  0.69    0 -0.29    0 -0.58    0
  const rows: [GrowthInput, number, number, number, number, boolean, boolean, boolean][] = [
    [{ sex: 1, ageDays: 1001, weightKg: 18, lengthHeightCm: 120 }, 7.31, 2.2, -2.39, -3.01, true, false, false],
    [{ sex: 2, ageDays: 1000, weightKg: 15, lengthHeightCm: 80 }, -3.5, 0.95, 4.13, 4.66, false, false, false],
    [{ sex: 1, ageDays: 1010, weightKg: 10, lengthHeightCm: 100 }, 1.62, -2.76, -5.19, -5.61, false, true, true],
    [{ sex: 1, ageDays: 1000, weightKg: 15, lengthHeightCm: 100 }, 1.7, 0.69, -0.29, -0.58, false, false, false],
  ];
  it.each(rows)("row %#", (input, zlen, zwei, zwfl, zbmi, flen, fwfl, fbmi) => {
    const r = computeGrowth(input);
    expect(r.indices.tbu.z).toBe(zlen);
    expect(r.indices.bbu.z).toBe(zwei);
    expect(r.indices.bbtb.z).toBe(zwfl);
    expect(r.indices.imtu.z).toBe(zbmi);
    expect(r.indices.tbu.flag).toBe(flen);
    expect(r.indices.bbu.flag).toBe(false);
    expect(r.indices.bbtb.flag).toBe(fwfl);
    expect(r.indices.imtu.flag).toBe(fbmi);
    expect(r.lengthHeightCm).toBe(input.lengthHeightCm);
  });
  it("computes cbmi from weight and clenhei (20 / (100/100)^2 = 20)", () => {
    expect(computeGrowth({ sex: 1, ageDays: 30, weightKg: 20, lengthHeightCm: 100 }).bmi).toBe(20);
  });
});

describe("anthro tests/testthat", () => {
  it("weight-for-age: girl, 1522 days, 17 kg -> 0.24, not flagged", () => {
    expect(z({ sex: 2, ageDays: 1522, weightKg: 17 }, "bbu")).toBe(0.24);
    expect(f({ sex: 2, ageDays: 1522, weightKg: 17 }, "bbu")).toBe(false);
  });
  it("weight-for-age flag: girl, day 1, 10.37 kg is flagged (z > 5)", () => {
    expect(f({ sex: 2, ageDays: 1, weightKg: 10.37 }, "bbu")).toBe(true);
  });
  it("length-for-age: boy, 44 days, 50 cm = round(((50 / 56.4833)^1 - 1) / (0.03492 * 1), 2)", () => {
    // lenanthro.txt row: 1 44 1 56.4833 0.03492 L
    const expected = Math.round(((50 / 56.4833) ** 1 - 1) / (0.03492 * 1) * 100) / 100;
    expect(expected).toBe(-3.29);
    expect(z({ sex: 1, ageDays: 44, lengthHeightCm: 50 }, "tbu")).toBe(expected);
  });
  it("length for age uses the adjusted lenhei: boy 987 days, 72.86 cm lying -> -6.09, flagged", () => {
    const r = computeGrowth({ sex: 1, ageDays: 987, lengthHeightCm: 72.86, measure: "l" });
    expect(r.indices.tbu.z).toBe(-6.09);
    expect(r.indices.tbu.flag).toBe(true);
  });
  it("adds adjusted lenhei: 730 d h -> +0.7, 800 d h -> 0, 730 d l -> 0, 800 d l -> -0.7", () => {
    const c = (ageDays: number, measure: "l" | "h") => computeGrowth({ sex: 1, ageDays, lengthHeightCm: 100, measure }).lengthHeightCm;
    expect(c(730, "h")).toBe(100 + 0.7);
    expect(c(800, "h")).toBe(100);
    expect(c(730, "l")).toBe(100);
    expect(c(800, "l")).toBe(100 - 0.7);
  });
  it("height measurements are used for age 24 months: girl, 77.5 cm -> -2.55 (24 x 30.4375 = 730.5 -> day 731)", () => {
    expect(z({ sex: 2, ageMonths: 24, lengthHeightCm: 77.5 }, "tbu")).toBe(-2.55);
    expect(z({ sex: 2, ageMonths: 24, lengthHeightCm: 77.5, measure: "h" }, "tbu")).toBe(-2.55);
  });
  it("young children measured standing: 8 months -> no correction (-4.81), 9 months -> +0.7 (-5.02)", () => {
    const r8 = computeGrowth({ sex: 1, ageMonths: 8, lengthHeightCm: 60, measure: "h" });
    const r9 = computeGrowth({ sex: 1, ageMonths: 9, lengthHeightCm: 60, measure: "h" });
    expect(r8.measureDiscarded).toBe(true);
    expect(r8.measure).toBeNull();
    expect(r8.lengthHeightCm).toBe(60);
    expect(r8.indices.tbu.z).toBe(-4.81);
    expect(r9.measureDiscarded).toBe(false);
    expect(r9.measure).toBe("h");
    expect(r9.lengthHeightCm).toBe(60.7);
    expect(r9.indices.tbu.z).toBe(-5.02);
  });
  it("z-scores only below 60 months: 59.9 months computed, 60 months not by the 2006 standards", () => {
    const input = (ageMonths: number): GrowthInput => ({ sex: 1, ageMonths, lengthHeightCm: 80, weightKg: 20, headCm: 5, muacCm: 5, measure: "h" });
    const a = computeGrowth(input(59.9));
    expect(a.reference).toBe("WHO2006");
    expect(a.indices.lku.z).not.toBeNull();
    expect(a.indices.bbtb.z).not.toBeNull();
    const b = computeGrowth(input(60));
    expect(b.reference).toBe("WHO2007");
    expect(b.indices.lku.z).toBeNull();
    expect(b.indices.lilau.z).toBeNull();
    expect(b.indices.bbtb.z).toBeNull();
  });
  it("a measure <= 0 gives no z-score", () => {
    for (const w of [0, -1]) expect(z({ sex: 1, ageDays: 10, weightKg: w }, "bbu")).toBeNull();
    for (const h of [0, -1]) expect(z({ sex: 2, ageDays: 100, lengthHeightCm: h }, "tbu")).toBeNull();
    expect(z({ sex: 2, ageDays: 100, headCm: 0 }, "lku")).toBeNull();
    expect(z({ sex: 2, ageDays: 100, muacCm: -1 }, "lilau")).toBeNull();
  });
  it("no z-score without sex; age-related z-scores need an age", () => {
    expect(z({ sex: null, ageDays: 50, lengthHeightCm: 50 }, "tbu")).toBeNull();
    expect(z({ sex: 1, lengthHeightCm: 72.86 }, "tbu")).toBeNull();
  });
  it("oedema: no weight-for-age", () => {
    expect(z({ sex: 1, ageDays: 44, weightKg: 50, oedema: true }, "bbu")).toBeNull();
  });
  it("day 1857 is past the 2006 standards (61 months): the 2007 reference is used instead", () => {
    const r = computeGrowth({ sex: 1, ageDays: 1857, weightKg: 50 });
    expect(r.reference).toBe("WHO2007");
    expect(r.indices.bbu.table).toBe("wfawho2007");
  });
});

describe("anthroplus README and tests/testthat", () => {
  it("README: boy 100 months, 100 cm, 30 kg -> zhfa -5.04, zwfa 0.87, zbfa 5.03 (flagged)", () => {
    const r = computeGrowth({ sex: 1, ageMonths: 100, lengthHeightCm: 100, weightKg: 30 });
    expect(r.reference).toBe("WHO2007");
    expect(r.bmi).toBe(30);
    expect([r.indices.tbu.z, r.indices.bbu.z, r.indices.imtu.z]).toEqual([-5.04, 0.87, 5.03]);
    expect([r.indices.tbu.flag, r.indices.bbu.flag, r.indices.imtu.flag]).toEqual([false, false, true]);
  });
  it("README: girl 110 months, 90 cm, 40 kg -> zhfa -7.06 (flagged), zwfa 1.78, zbfa 7.37 (flagged)", () => {
    const r = computeGrowth({ sex: 2, ageMonths: 110, lengthHeightCm: 90, weightKg: 40 });
    expect(r.bmi).toBeCloseTo(49.38272, 5);
    expect([r.indices.tbu.z, r.indices.bbu.z, r.indices.imtu.z]).toEqual([-7.06, 1.78, 7.37]);
    expect([r.indices.tbu.flag, r.indices.bbu.flag, r.indices.imtu.flag]).toEqual([true, false, true]);
  });
  it("age ~ 60 months: girls 60.32 and 60.911701 months", () => {
    const a = computeGrowth({ sex: 2, ageMonths: 60.32, lengthHeightCm: 113.8, weightKg: 18.7 });
    const b = computeGrowth({ sex: 2, ageMonths: 60.911701, lengthHeightCm: 113.6, weightKg: 20.5 });
    expect([a.indices.bbu.z, b.indices.bbu.z]).toEqual([0.21, 0.79]);
    expect([a.indices.imtu.z, b.indices.imtu.z]).toEqual([-0.58, 0.42]);
    expect([a.indices.tbu.z, b.indices.tbu.z]).toEqual([0.96, 0.85]);
  });
  it("age upper bounds are exclusive: 120, 228.5, 121, 229 months", () => {
    const r = [120, 228.5, 121, 229].map((ageMonths) => computeGrowth({ sex: 1, ageMonths, lengthHeightCm: 60, weightKg: 30 }).indices);
    expect(r.map((x) => x.tbu.z === null)).toEqual([false, false, false, true]);
    expect(r.map((x) => x.bbu.z === null)).toEqual([false, true, true, true]);
    expect(r.map((x) => x.imtu.z === null)).toEqual([false, false, false, true]);
  });
  it("age >= 60 months is supported; oedema means no weight- or BMI-for-age", () => {
    const a = computeGrowth({ sex: 1, ageMonths: 60, lengthHeightCm: 60, weightKg: 30 }).indices;
    expect([a.tbu.z, a.bbu.z, a.imtu.z].every((v) => v !== null)).toBe(true);
    const y = computeGrowth({ sex: 1, ageMonths: 120, lengthHeightCm: 60, weightKg: 30, oedema: true }).indices;
    expect(y.bbu.z).toBeNull();
    expect(y.imtu.z).toBeNull();
    expect(y.tbu.z).not.toBeNull();
    const n = computeGrowth({ sex: 1, ageMonths: 120, lengthHeightCm: 60, weightKg: 30, oedema: false }).indices;
    expect(n.bbu.z).not.toBeNull();
    expect(n.imtu.z).not.toBeNull();
  });
});
