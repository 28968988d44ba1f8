import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { curveAxis, curvePoints, formatZ, roundR, roundUpHalf, valueAtZ } from "../../../lib/pertumbuhan/index.ts";
import { lmsTable } from "../../../lib/pertumbuhan/lms.ts";
import { normalizeTableText, renderTablesModule, TABLE_FILES } from "../../../lib/pertumbuhan/data/build-tables.ts";

const dataDir = join(dirname(fileURLToPath(import.meta.url)), "../../../lib/pertumbuhan/data");

describe("rounding like R", () => {
  it("round(x, 2) picks the nearer candidate in double arithmetic, ties to even (R >= 4)", () => {
    // R 4.2: round(c(0.125, 0.135, 2.675, -0.125, 1.005, 0.285), 2) = 0.12 0.14 2.67 -0.12 1.00 0.28
    expect([0.125, 0.135, 2.675, -0.125, 1.005, 0.285].map((x) => roundR(x, 2))).toEqual([0.12, 0.14, 2.67, -0.12, 1, 0.28]);
    expect(roundR(-1.23456, 2)).toBe(-1.23);
    expect(roundR(2.5, 0)).toBe(2);
    expect(roundR(3.5, 0)).toBe(4);
  });
  it("round_up for days: .5 goes up", () => {
    expect([730.4, 730.5, 730.6, 0, 1826.49].map(roundUpHalf)).toEqual([730, 731, 731, 0, 1826]);
  });
  it("z printed with 2 decimals, −0 as 0.00, missing as empty", () => {
    expect(formatZ(-0)).toBe("0.00");
    expect(formatZ(roundR(-0.004, 2))).toBe("0.00");
    expect(formatZ(-1.2)).toBe("-1.20");
    expect(formatZ(0.05)).toBe("0.05");
    expect(formatZ(12.46)).toBe("12.46");
    expect(formatZ(null)).toBe("");
    expect(formatZ(Number.NaN)).toBe("");
  });
});

describe("embedded tables", () => {
  it("tables.ts matches the WHO .txt files (run build-tables.ts after editing them)", () => {
    const texts = {} as Record<(typeof TABLE_FILES)[number], string>;
    for (const name of TABLE_FILES) texts[name] = normalizeTableText(readFileSync(join(dataDir, `${name}.txt`), "utf8"));
    expect(readFileSync(join(dataDir, "tables.ts"), "utf8")).toBe(renderTablesModule(texts));
  });
  it("cover the documented ranges for both sexes without gaps", () => {
    const expected: [string, number, number][] = [
      ["weianthro", 0, 1826],
      ["lenanthro", 0, 1826],
      ["bmianthro", 0, 1826],
      ["hcanthro", 0, 1826],
      ["acanthro", 91, 1826],
      ["wflanthro", 450, 1100],
      ["wfhanthro", 650, 1200],
      ["wfawho2007", 60, 121],
      ["hfawho2007", 60, 229],
      ["bfawho2007", 60, 229],
    ];
    for (const [name, start, end] of expected) {
      const t = lmsTable(name as (typeof TABLE_FILES)[number]);
      expect([t.start, t.end], name).toEqual([start, end]);
      for (const series of t.bySex) {
        expect(series.m.length).toBe(end - start + 1);
        expect(series.m.every((m) => Number.isFinite(m) && m > 0), name).toBe(true);
        expect(series.s.every((s) => Number.isFinite(s) && s > 0), name).toBe(true);
        expect(series.l.every((l) => Number.isFinite(l) && l !== 0), name).toBe(true);
      }
    }
  });
});

describe("curve points for charts", () => {
  it("BB/U boys 0–60 months: day 0 row (weianthro 1 0: 0.3487 3.3464 0.14602)", () => {
    const pts = curvePoints("bbu", 1, "WHO2006");
    expect(pts[0].x).toBe(0);
    expect(pts[0].sd[0]).toBe(3.3464);
    expect(pts[0].sd[-3]).toBeCloseTo(3.3464 * (1 + 0.3487 * 0.14602 * -3) ** (1 / 0.3487), 10);
    expect(pts[0].sd[-3]).toBeCloseTo(2.1, 1); // WHO chart: 2.1 kg at −3 SD at birth
    expect(pts[pts.length - 1].x).toBeCloseTo(1826 / 30.4375, 10);
    for (const p of pts) {
      expect(p.sd[-3] < p.sd[-2] && p.sd[-2] < p.sd[-1] && p.sd[-1] < p.sd[0] && p.sd[0] < p.sd[1] && p.sd[1] < p.sd[2] && p.sd[2] < p.sd[3]).toBe(true);
    }
  });
  it("BB/PB 45–110 cm by 0.5 cm by default, BB/TB 65–120 on request", () => {
    const wfl = curvePoints("bbtb", 2, "WHO2006");
    expect(wfl[0].x).toBe(45);
    expect(wfl[1].x).toBe(45.5);
    expect(wfl[wfl.length - 1].x).toBe(110);
    const wfh = curvePoints("bbtb", 2, "WHO2006", { table: "wfh", stepCm: 1 });
    expect([wfh[0].x, wfh[1].x, wfh[wfh.length - 1].x]).toEqual([65, 66, 120]);
  });
  it("2007 curves are monthly; BB/U stops at 120 months; no LK/U or BB/TB after 5 years", () => {
    const hfa = curvePoints("tbu", 1, "WHO2007");
    expect(hfa[0].x).toBe(60);
    expect(hfa.length).toBe(229 - 60 + 1);
    // hfawho2007.txt: 1	100	1	129.0466	0.04470 -> +2 SD = 129.0466 * (1 + 2 * 0.0447)
    expect(hfa[40].sd[2]).toBeCloseTo(valueAtZ(2, 1, 129.0466, 0.0447), 10);
    expect(hfa[40].sd[2]).toBeCloseTo(129.0466 * (1 + 2 * 0.0447), 10);
    expect(curvePoints("bbu", 1, "WHO2007").at(-1)?.x).toBe(120);
    expect(curvePoints("lku", 1, "WHO2007")).toEqual([]);
    expect(curvePoints("bbtb", 1, "WHO2007")).toEqual([]);
  });
  it("axis facts", () => {
    expect(curveAxis("imtu", "WHO2007")).toMatchObject({ xUnit: "bulan", yUnit: "kg/m²", xMin: 60, xMax: 229 });
    expect(curveAxis("bbtb", "WHO2006", { table: "wfh" })).toMatchObject({ xUnit: "cm", xMin: 65, xMax: 120, table: "wfhanthro" });
    expect(curveAxis("lilau", "WHO2006")?.xMin).toBeCloseTo(91 / 30.4375, 10);
    expect(curveAxis("lku", "WHO2007")).toBeNull();
  });
});
