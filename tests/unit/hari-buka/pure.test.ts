/** The posyandu-day screen's pure parts: z-scores from tables passed as data, device search, backoff, duty lines. */
import { describe, expect, it } from "vitest";
import { computeGrowth } from "../../../lib/pertumbuhan/compute.ts";
import { computeGrowthWith } from "../../../lib/pertumbuhan/compute-core.ts";
import { buildLmsTable, type LmsTable } from "../../../lib/pertumbuhan/lms-build.ts";
import { WHO_TABLE_TEXT, type WhoTableName } from "../../../lib/pertumbuhan/data/tables.ts";
import { cariOrang, kemiripan } from "../../../lib/hari-buka/cari.ts";
import { jedaCoba } from "../../../lib/hari-buka/antrian.ts";
import { parsePetugasLain } from "../../../lib/hari-buka/schemas.ts";

describe("computeGrowthWith: the browser's z-scores from tables fetched as JSON", () => {
  const json = JSON.parse(JSON.stringify(WHO_TABLE_TEXT)) as Record<WhoTableName, string>;
  const built = new Map<WhoTableName, LmsTable>();
  const tables = (n: WhoTableName) => built.get(n) ?? (built.set(n, buildLmsTable(n, json[n])), built.get(n)!);
  const cases = [
    { sex: 1 as const, birthDate: "2024-06-01", visitDate: "2026-11-10", weightKg: 10.7, lengthHeightCm: 82, measure: "h" as const },
    { sex: 2 as const, birthDate: "2026-05-01", visitDate: "2026-11-10", weightKg: 6.1, lengthHeightCm: 63.5, measure: "l" as const, headCm: 41, muacCm: 13 },
    { sex: 2 as const, birthDate: "2014-02-01", visitDate: "2026-11-10", weightKg: 38, lengthHeightCm: 148 },
  ];
  it("gives exactly what the server's computeGrowth gives", () => {
    for (const c of cases) expect(computeGrowthWith(tables, c)).toEqual(computeGrowth(c));
  });
  it("a table is built only when an index needs it", () => {
    const asked = new Set<string>();
    computeGrowthWith((n) => (asked.add(n), tables(n)), cases[0]);
    expect(asked.has("wfawho2007")).toBe(false);
    expect(asked.has("weianthro")).toBe(true);
  });
  it("without tables the module refuses loudly instead of guessing", () => {
    expect(() => computeGrowthWith(() => { throw new Error("tak ada"); }, cases[0])).toThrow("tak ada");
    // …and the embedded path still works afterwards (the getter is restored).
    expect(computeGrowth(cases[0]).indices.bbu.z).not.toBeNull();
  });
});

describe("finding a person on the device", () => {
  const orang = [{ nama: "Siti Aminah" }, { nama: "Soetardjo Wirjo" }, { nama: "Budi Santoso" }, { nama: "Siti Maemunah" }];
  it("prefixes of words match; old spellings and slips still find the person", () => {
    expect(cariOrang(orang, "siti").map((o) => o.nama)).toEqual(["Siti Aminah", "Siti Maemunah"]);
    expect(cariOrang(orang, "sit ami").map((o) => o.nama)).toEqual(["Siti Aminah"]);
    expect(cariOrang(orang, "sutarjo").map((o) => o.nama)).toContain("Soetardjo Wirjo");
    expect(cariOrang(orang, "budi santosa").map((o) => o.nama)).toEqual(["Budi Santoso"]);
    expect(cariOrang(orang, "xyz")).toEqual([]);
    expect(cariOrang(orang, "budi xyz")).toEqual([]);
    expect(cariOrang(orang, "soetardjo wiryo").map((o) => o.nama)).toEqual(["Soetardjo Wirjo"]);
    expect(cariOrang(orang, "sity aminah").map((o) => o.nama)).toEqual(["Siti Aminah"]);
    expect(cariOrang(orang, "  ")).toEqual([]);
  });
  it("similarity is pg_trgm's (shared ÷ union of trigrams)", () => {
    expect(kemiripan("abc", "abc")).toBe(1);
    expect(kemiripan("", "abc")).toBe(0);
    expect(kemiripan("budi", "budu")).toBeGreaterThan(0.3);
    expect(kemiripan("budi", "xyzq")).toBe(0);
  });
});

describe("small rules", () => {
  it("retry pause doubles from 2 s up to a minute", () => {
    expect([0, 1, 2, 3, 4, 5, 10].map(jedaCoba)).toEqual([2000, 4000, 8000, 16000, 32000, 60000, 60000]);
  });
  it("other people on duty: one per line, 'nama, peran', blank lines skipped", () => {
    expect(parsePetugasLain("Bidan Rina, Bidan desa\n\n  Pak  Karto \nGizi, Petugas gizi, puskesmas")).toEqual([
      { nama: "Bidan Rina", peran: "Bidan desa" },
      { nama: "Pak Karto", peran: "Petugas" },
      { nama: "Gizi", peran: "Petugas gizi, puskesmas" },
    ]);
  });
});
