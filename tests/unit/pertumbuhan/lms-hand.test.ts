/**
 * z-scores computed by hand from the WHO table rows (L, M, S copied literally from the .txt files)
 * with the LMS formulas, so a reader can check each number:
 *   z = ((y/M)^L − 1) / (L·S);  value at z: M·(1 + L·S·z)^(1/L)
 *   restricted beyond +3: 3 + (y − SD3pos) / (SD3pos − SD2pos); below −3: −3 + (y − SD3neg) / (SD2neg − SD3neg)
 */
import { describe, expect, it } from "vitest";
import { computeGrowth } from "../../../lib/pertumbuhan/index.ts";

const r2 = (x: number): number => Math.round(x * 100) / 100;
const lms = (y: number, L: number, M: number, S: number): number => ((y / M) ** L - 1) / (L * S);
const at = (z: number, L: number, M: number, S: number): number => M * (1 + L * S * z) ** (1 / L);

describe("restricted computation beyond ±3 SD (weight-for-age)", () => {
  // weianthro.txt: 1	365	0.0645	9.646	0.10925
  const [L, M, S] = [0.0645, 9.646, 0.10925];

  it("above +3: boy 365 days, 14 kg", () => {
    const plain = lms(14, L, M, S);
    expect(plain).toBeGreaterThan(3);
    const sd3pos = at(3, L, M, S);
    const sd2pos = at(2, L, M, S);
    const byHand = 3 + (14 - sd3pos) / (sd3pos - sd2pos);
    expect(r2(byHand)).toBe(3.48);
    expect(r2(plain)).toBe(3.45); // what the unrestricted formula would give
    expect(computeGrowth({ sex: 1, ageDays: 365, weightKg: 14 }).indices.bbu.z).toBe(3.48);
  });

  it("below −3: boy 365 days, 6 kg", () => {
    const plain = lms(6, L, M, S);
    expect(plain).toBeLessThan(-3);
    const sd3neg = at(-3, L, M, S);
    const sd2neg = at(-2, L, M, S);
    const byHand = -3 + (6 - sd3neg) / (sd2neg - sd3neg);
    expect(r2(byHand)).toBe(-4.14);
    expect(r2(plain)).toBe(-4.28);
    const r = computeGrowth({ sex: 1, ageDays: 365, weightKg: 6 });
    expect(r.indices.bbu.z).toBe(-4.14);
    expect(r.indices.bbu.category?.label).toBe("Berat badan sangat kurang");
  });

  it("length-for-age is NOT restricted: boy 987 days (lenanthro 1 987 row), very short child", () => {
    // anthro uses compute_zscore (plain) for length/height-for-age: -6.09 from the WHO test.
    const r = computeGrowth({ sex: 1, ageDays: 987, lengthHeightCm: 72.86, measure: "l" });
    expect(r.indices.tbu.z).toBeLessThan(-6);
  });
});

describe("weight-for-length interpolated between tenths of a centimetre", () => {
  // wflanthro.txt: 1	67.2	-0.3521	7.7834	0.08212	L
  //                1	67.3	-0.3521	7.8065	0.08212	L
  it("boy 300 days, 67.25 cm lying, 8.5 kg: L, M, S halfway between 67.2 and 67.3", () => {
    const diff = (67.25 - 67.2) / 0.1; // ~0.5
    const L = -0.3521 + diff * (-0.3521 - -0.3521);
    const M = 7.7834 + diff * (7.8065 - 7.7834);
    const S = 0.08212 + diff * (0.08212 - 0.08212);
    expect(M).toBeCloseTo(7.79495, 4);
    const byHand = r2(lms(8.5, L, M, S));
    expect(byHand).toBe(1.04);
    // Taking either neighbouring row instead would give another answer.
    expect(r2(lms(8.5, -0.3521, 7.7834, 0.08212))).toBe(1.06);
    expect(r2(lms(8.5, -0.3521, 7.8065, 0.08212))).toBe(1.02);
    const r = computeGrowth({ sex: 1, ageDays: 300, weightKg: 8.5, lengthHeightCm: 67.25, measure: "l" });
    expect(r.indices.bbtb.z).toBe(1.04);
    expect(r.indices.bbtb.table).toBe("wflanthro");
  });

  it("a length on a tenth uses that row only: boy 70.0 cm, 8.4227 kg (= M) gives 0.00", () => {
    // wflanthro.txt: 1	70	-0.3521	8.4227	0.08229	L
    expect(computeGrowth({ sex: 1, ageDays: 300, weightKg: 8.4227, lengthHeightCm: 70, measure: "l" }).indices.bbtb.z).toBe(0);
  });

  it("the height table from 731 days: boy 800 days, 87.05 cm standing, 12 kg", () => {
    // wfhanthro.txt: 1	87	-0.3521	12.1645	0.0809	H
    //                1	87.1	-0.3521	12.1891	0.08087	H
    const diff = (87.05 - 87) / 0.1;
    const M = 12.1645 + diff * (12.1891 - 12.1645);
    const S = 0.0809 + diff * (0.08087 - 0.0809);
    const byHand = r2(lms(12, -0.3521, M, S));
    const r = computeGrowth({ sex: 1, ageDays: 800, weightKg: 12, lengthHeightCm: 87.05, measure: "h" });
    expect(r.indices.bbtb.table).toBe("wfhanthro");
    expect(r.indices.bbtb.z).toBe(byHand);
    expect(byHand).toBe(-0.18);
  });
});

describe("anthro's floating-point edge in the weight-for-height interpolation", () => {
  // 103.1 cm lying at 1356 days becomes 103.1 − 0.7 = 102.39999999999999 cm. anthro takes
  // low = trunc(x·10)/10 = 102.3, upp = trunc(x·10 + 1)/10 = 102.5 (1023.9999999999999 + 1 rounds
  // to 1025), diff = (x − 102.3)/0.1 = 0.99999999999994. WHO's own result (−0.84, checked by running
  // anthro's code in R) therefore interpolates towards the 102.5 row, not 102.4.
  // wfhanthro.txt: 1	102.3	-0.3521	16.0206	0.08343	H
  //                1	102.4	-0.3521	16.0503	0.08349	H
  //                1	102.5	-0.3521	16.0801	0.08354	H
  it("boy 1356 days, 103.1 cm lying, 15.0 kg -> −0.84 (not −0.82)", () => {
    const x = 103.1 - 0.7;
    expect(Math.trunc(x * 10 + 1)).toBe(1025);
    const diff = (x - 102.3) / 0.1;
    const M = 16.0206 + diff * (16.0801 - 16.0206);
    const S = 0.08343 + diff * (0.08354 - 0.08343);
    expect(r2(lms(15, -0.3521, M, S))).toBe(-0.84);
    expect(r2(lms(15, -0.3521, 16.0503, 0.08349))).toBe(-0.82); // the 102.4 row
    const r = computeGrowth({ sex: 1, ageDays: 1356, weightKg: 15, lengthHeightCm: 103.1, measure: "l" });
    expect(r.lengthHeightCm).toBe(x);
    expect(r.indices.bbtb.z).toBe(-0.84);
  });
});

describe("WHO 2007 reference: L, M, S interpolated between whole months", () => {
  // hfawho2007.txt: 2	100	1	128.5109	0.04594
  //                 2	101	1	129.0035	0.04597
  it("girl 100.5 months, 130 cm", () => {
    const M = 128.5109 + 0.5 * (129.0035 - 128.5109);
    const S = 0.04594 + 0.5 * (0.04597 - 0.04594);
    expect(r2(lms(130, 1, M, S))).toBe(0.21);
    // rounding the age to a whole month would give 0.25 (month 100) or 0.17 (month 101)
    expect(r2(lms(130, 1, 128.5109, 0.04594))).toBe(0.25);
    expect(r2(lms(130, 1, 129.0035, 0.04597))).toBe(0.17);
    expect(computeGrowth({ sex: 2, ageMonths: 100.5, lengthHeightCm: 130 }).indices.tbu.z).toBe(0.21);
  });

  it("age in days is converted with 30.4375 days per month (3060 days = 100.5339 months)", () => {
    const months = 3060 / 30.4375;
    const w = months - 100;
    const M = 128.5109 + w * (129.0035 - 128.5109);
    const S = 0.04594 + w * (0.04597 - 0.04594);
    const r = computeGrowth({ sex: 2, ageDays: 3060, lengthHeightCm: 130 });
    expect(r.ageMonths).toBeCloseTo(100.5339, 4);
    expect(r.indices.tbu.z).toBe(r2(lms(130, 1, M, S)));
  });

  it("BMI-for-age 2007 is restricted: boy 100 months, BMI 30 -> beyond +3", () => {
    // bfawho2007.txt: 1	100	-1.5252	15.8344	0.09693
    const [L, M, S] = [-1.5252, 15.8344, 0.09693];
    const sd3pos = at(3, L, M, S);
    const sd2pos = at(2, L, M, S);
    expect(r2(3 + (30 - sd3pos) / (sd3pos - sd2pos))).toBe(5.03);
    expect(r2(lms(30, L, M, S))).not.toBe(5.03);
  });
});

describe("BMI uses the corrected length", () => {
  it("girl 300 days (9.9 months) measured standing 70 cm: BMI from 70.7 cm", () => {
    // bmianthro.txt: 2	300	… (row used by the library); BMI = 8.2 / 0.707^2
    const r = computeGrowth({ sex: 2, ageDays: 300, weightKg: 8.2, lengthHeightCm: 70, measure: "h" });
    expect(r.lengthHeightCm).toBe(70.7);
    expect(r.bmi).toBe(8.2 / ((70.7 / 100) * (70.7 / 100)));
  });
  it("girl 200 days (6.6 months) measured standing: WHO drops the measure, so no +0.7", () => {
    // bmianthro.txt: 2	200	-0.1715	16.9127	0.09006	L
    const r = computeGrowth({ sex: 2, ageDays: 200, weightKg: 7.5, lengthHeightCm: 64.3, measure: "h" });
    expect(r.measureDiscarded).toBe(true);
    expect(r.lengthHeightCm).toBe(64.3);
    const bmi = 7.5 / (0.643 * 0.643);
    expect(r.indices.imtu.z).toBe(r2(lms(bmi, -0.1715, 16.9127, 0.09006)));
    expect(r.indices.imtu.z).toBe(0.77);
    expect(r.warnings.map((w) => w.field)).toContain("measure");
  });
});
