import { describe, expect, it } from "vitest";
import { ageInDays, parseIsoDate, resolveAge } from "../../../lib/pertumbuhan/index.ts";

describe("age in days from two dates", () => {
  it("day numbers agree with Date.UTC over 1990–2040, including leap days", () => {
    for (let t = Date.UTC(1990, 0, 1); t <= Date.UTC(2040, 11, 31); t += 86_400_000 * 3) {
      const iso = new Date(t).toISOString().slice(0, 10);
      expect(parseIsoDate(iso), iso).toBe(t / 86_400_000);
    }
    expect(parseIsoDate("2024-02-29")).toBe(Date.UTC(2024, 1, 29) / 86_400_000);
  });
  it("refuses dates that do not exist or are badly written", () => {
    for (const bad of ["2023-02-29", "2100-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "2024/01/01", "24-01-01", "2024-1-1", "", "abcd-ef-gh"]) {
      expect(parseIsoDate(bad), bad).toBeNull();
    }
    expect(parseIsoDate("2000-02-29")).not.toBeNull();
  });
  it("completed days", () => {
    expect(ageInDays("2020-02-28", "2020-03-01")).toBe(2);
    expect(ageInDays("2019-02-28", "2019-03-01")).toBe(1);
    expect(ageInDays("2024-01-01", "2024-01-01")).toBe(0);
    expect(ageInDays("2024-01-02", "2024-01-01")).toBe(-1);
  });
  it("resolveAge keeps months unrounded and rounds days like anthro", () => {
    expect(resolveAge({ ageDays: 1826.25 })).toEqual({ days: 1826, months: 60, source: "ageDays" });
    expect(resolveAge({ ageMonths: 24 })).toEqual({ days: 731, months: 24, source: "ageMonths" });
    expect(resolveAge({ birthDate: "2024-01-01" }).problem?.message).toBe("Tanggal pengukuran wajib diisi untuk menghitung umur.");
    expect(resolveAge({})).toEqual({ days: null, months: null, source: null });
  });
});
