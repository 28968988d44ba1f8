import { describe, expect, it } from "vitest";
import { jumlahSkdn, rasioSkdn, type BarisSkdn } from "../../../lib/laporan/skdn-hitung.ts";

// Posyandu Melati 1, a hand-computed month: 60 balita targeted, 52 with a KMS, 45 weighed:
// 30 up, 8 not up (2 of them for the second month), 4 not weighed last month, 3 new; 1 BGM.
const melati: BarisSkdn = { S: 60, K: 52, D: 45, N: 30, T: 8, O: 4, B: 3, duaT: 2, BGM: 1 };
const mawar: BarisSkdn = { S: 40, K: 40, D: 30, N: 20, T: 6, O: 2, B: 2, duaT: 0, BGM: 2 };

describe("SKDN arithmetic", () => {
  it("ratios by hand", () => {
    expect(rasioSkdn(melati)).toEqual({ KS: 86.7, DS: 75, ND: 66.7, DK: 86.5, NS: 50, cekD: true });
  });
  it("the D = N + T + O + B check fails when the codes do not add up", () => {
    expect(rasioSkdn({ ...melati, D: 46 }).cekD).toBe(false);
  });
  it("null ratios when a denominator is 0", () => {
    expect(rasioSkdn({ S: 0, K: 0, D: 0, N: 0, T: 0, O: 0, B: 0, duaT: 0, BGM: 0 })).toEqual({ KS: null, DS: null, ND: null, DK: null, NS: null, cekD: true });
  });
  it("roll-up sums every count; ratios are of the sums", () => {
    const t = jumlahSkdn([melati, mawar]);
    expect(t).toEqual({ S: 100, K: 92, D: 75, N: 50, T: 14, O: 6, B: 5, duaT: 2, BGM: 3 });
    expect(rasioSkdn(t)).toEqual({ KS: 92, DS: 75, ND: 66.7, DK: 81.5, NS: 50, cekD: true });
    expect(jumlahSkdn([])).toEqual({ S: 0, K: 0, D: 0, N: 0, T: 0, O: 0, B: 0, duaT: 0, BGM: 0 });
  });
});
