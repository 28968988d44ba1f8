import { describe, expect, it } from "vitest";
import { CATEGORY_RULES, categorize, computeGrowth, zRestricted, type IndexKey, type Reference } from "../../../lib/pertumbuhan/index.ts";

const label = (index: IndexKey, ref: Reference, z: number) => categorize(index, ref, z)?.label ?? null;

describe("Permenkes 2/2020 categories at their exact boundaries (rounded z)", () => {
  it("BB/U 0–60 months", () => {
    expect(label("bbu", "WHO2006", -3.01)).toBe("Berat badan sangat kurang");
    expect(label("bbu", "WHO2006", -3)).toBe("Berat badan kurang");
    expect(label("bbu", "WHO2006", -2.01)).toBe("Berat badan kurang");
    expect(label("bbu", "WHO2006", -2)).toBe("Berat badan normal");
    expect(label("bbu", "WHO2006", 1)).toBe("Berat badan normal");
    expect(label("bbu", "WHO2006", 1.01)).toBe("Risiko berat badan lebih");
  });
  it("PB/U-TB/U 0–60 months and TB/U over 5 years (same labels)", () => {
    for (const ref of ["WHO2006", "WHO2007"] as const) {
      expect(label("tbu", ref, -3.01)).toBe("Sangat pendek");
      expect(label("tbu", ref, -3)).toBe("Pendek");
      expect(label("tbu", ref, -2)).toBe("Normal");
      expect(label("tbu", ref, 3)).toBe("Normal");
      expect(label("tbu", ref, 3.01)).toBe("Tinggi");
    }
  });
  it("BB/PB-BB/TB and IMT/U 0–60 months", () => {
    for (const index of ["bbtb", "imtu"] as const) {
      expect(label(index, "WHO2006", -3.01)).toBe("Gizi buruk");
      expect(label(index, "WHO2006", -3)).toBe("Gizi kurang");
      expect(label(index, "WHO2006", -2)).toBe("Gizi baik");
      expect(label(index, "WHO2006", 1)).toBe("Gizi baik");
      expect(label(index, "WHO2006", 1.01)).toBe("Berisiko gizi lebih");
      expect(label(index, "WHO2006", 2)).toBe("Berisiko gizi lebih");
      expect(label(index, "WHO2006", 2.01)).toBe("Gizi lebih");
      expect(label(index, "WHO2006", 3)).toBe("Gizi lebih");
      expect(label(index, "WHO2006", 3.01)).toBe("Obesitas");
    }
  });
  it("IMT/U 5–19 years", () => {
    expect(label("imtu", "WHO2007", -3.01)).toBe("Gizi buruk");
    expect(label("imtu", "WHO2007", -2.01)).toBe("Gizi kurang");
    expect(label("imtu", "WHO2007", -2)).toBe("Gizi baik");
    expect(label("imtu", "WHO2007", 1)).toBe("Gizi baik");
    expect(label("imtu", "WHO2007", 1.01)).toBe("Gizi lebih");
    expect(label("imtu", "WHO2007", 2)).toBe("Gizi lebih");
    expect(label("imtu", "WHO2007", 2.01)).toBe("Obesitas");
  });
  it("BB/U over 5 years uses the 0–60 month labels", () => {
    expect(label("bbu", "WHO2007", -2.5)).toBe("Berat badan kurang");
    expect(label("bbu", "WHO2007", 1.5)).toBe("Risiko berat badan lebih");
  });
  it("LK/U and LiLA/U [reconstructed]", () => {
    expect(label("lku", "WHO2006", -2.01)).toBe("Mikrosefali");
    expect(label("lku", "WHO2006", -2)).toBe("Normal");
    expect(label("lku", "WHO2006", 2)).toBe("Normal");
    expect(label("lku", "WHO2006", 2.01)).toBe("Makrosefali");
    expect(label("lilau", "WHO2006", -3.01)).toBe("Gizi buruk");
    expect(label("lilau", "WHO2006", -3)).toBe("Gizi kurang");
    expect(label("lilau", "WHO2006", -2.01)).toBe("Gizi kurang");
    expect(label("lilau", "WHO2006", -2)).toBe("Normal");
    expect(CATEGORY_RULES.filter((r) => r.index === "lku" || r.index === "lilau").every((r) => r.source === "reconstructed")).toBe(true);
  });
  it("no category where WHO has no index (LK/U over 5 years) or no z", () => {
    expect(categorize("lku", "WHO2007", 0)).toBeNull();
    expect(categorize("bbtb", "WHO2007", 0)).toBeNull();
    expect(categorize("bbu", "WHO2006", null)).toBeNull();
  });
  it("colours", () => {
    expect(categorize("bbu", "WHO2006", -3.5)?.colour).toBe("danger");
    expect(categorize("bbu", "WHO2006", -2.5)?.colour).toBe("warning");
    expect(categorize("bbu", "WHO2006", 0)?.colour).toBe("ok");
    expect(categorize("tbu", "WHO2006", 3.5)?.colour).toBe("info");
  });
  it("every rule set covers −8…+8 exactly once (no gaps, no overlaps)", () => {
    const groups = new Set(CATEGORY_RULES.map((r) => `${r.index}|${r.ageGroup}`));
    for (const g of groups) {
      const rules = CATEGORY_RULES.filter((r) => `${r.index}|${r.ageGroup}` === g);
      for (let i = -800; i <= 800; i++) {
        const z = i / 100;
        const n = rules.filter(
          (r) =>
            (r.min === null || (r.minInclusive ? z >= r.min : z > r.min)) &&
            (r.max === null || (r.maxInclusive ? z <= r.max : z < r.max)),
        ).length;
        expect(n, `${g} at ${z}`).toBe(1);
      }
    }
  });
  it("an edited table can be passed in", () => {
    const custom = [{ ...CATEGORY_RULES[0], min: null, max: null, label: "Semua" }];
    expect(categorize("bbu", "WHO2006", 4, custom)?.label).toBe("Semua");
  });
});

describe("categories are applied to the rounded z-score", () => {
  it("a BB/U z of −2.004 rounds to −2.00 and is normal", () => {
    // weianthro.txt: 1	365	0.0645	9.646	0.10925 — search a weight whose z rounds to exactly −2.00 from below.
    let found: number | null = null;
    for (let w = 7.5; w < 8.5; w = Math.round((w + 0.0001) * 10000) / 10000) {
      const raw = zRestricted(w, 0.0645, 9.646, 0.10925);
      if (raw < -2 && raw > -2.005) {
        found = w;
        break;
      }
    }
    expect(found).not.toBeNull();
    const r = computeGrowth({ sex: 1, ageDays: 365, weightKg: found as number }).indices.bbu;
    expect(r.z).toBe(-2);
    expect(r.category?.label).toBe("Berat badan normal");
  });
});
