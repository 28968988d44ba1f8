import { describe, expect, it } from "vitest";
import { dateInMonth, nextDates, jadwalLabel, addDays, pairsByDate } from "../../lib/posyandu/jadwal.ts";
import { todayInJakarta } from "../../lib/i18n/format.ts";

describe("posyandu routine day", () => {
  it("second Tuesday of the month", () => {
    // November 2026 starts on a Sunday: Tuesdays are 3, 10, 17, 24.
    expect(dateInMonth(2026, 11, { mingguKe: 2, hari: 2 })).toBe("2026-11-10");
    expect(dateInMonth(2026, 12, { mingguKe: 2, hari: 2 })).toBe("2026-12-08");
  });
  it("first day of the month when it is the weekday asked", () => {
    // 1 December 2026 is a Tuesday.
    expect(dateInMonth(2026, 12, { mingguKe: 1, hari: 2 })).toBe("2026-12-01");
  });
  it("last Friday of the month (5 = terakhir), including a month with five Fridays", () => {
    expect(dateInMonth(2027, 1, { mingguKe: 5, hari: 5 })).toBe("2027-01-29");
    expect(dateInMonth(2026, 2, { mingguKe: 5, hari: 6 })).toBe("2026-02-28");
  });
  it("the next three dates start today when today is the day, and cross the year", () => {
    expect(nextDates({ mingguKe: 2, hari: 2 }, "2026-11-10", 3)).toEqual(["2026-11-10", "2026-12-08", "2027-01-12"]);
    expect(nextDates({ mingguKe: 2, hari: 2 }, "2026-11-11", 3)).toEqual(["2026-12-08", "2027-01-12", "2027-02-09"]);
  });
  it("no schedule, no dates", () => {
    expect(nextDates({ mingguKe: null, hari: 2 }, "2026-11-10")).toEqual([]);
    expect(jadwalLabel({ mingguKe: null, hari: null })).toBe("Belum ada jadwal");
  });
  it("labels in Bahasa", () => {
    expect(jadwalLabel({ mingguKe: 2, hari: 2 })).toBe("Selasa minggu kedua setiap bulan");
    expect(jadwalLabel({ mingguKe: 5, hari: 5 })).toBe("Jumat terakhir setiap bulan");
  });
  it("today is taken in Asia/Jakarta (UTC+7)", () => {
    expect(todayInJakarta(new Date("2026-11-22T16:59:00Z"))).toBe("2026-11-22");
    expect(todayInJakarta(new Date("2026-11-22T17:00:00Z"))).toBe("2026-11-23");
    expect(addDays("2026-12-25", 13)).toBe("2027-01-07");
  });
});

describe("pairsByDate", () => {
  it("agrees with nextDates for every schedule over a 14-day window, each pair once", () => {
    for (const today of ["2026-11-22", "2026-12-25", "2027-02-15", "2028-02-23"]) {
      const groups = pairsByDate(today, 14);
      const until = addDays(today, 13);
      const seen = new Map<string, string>();
      for (const g of groups) for (const p of g.pairs) seen.set(`${p.mingguKe}-${p.hari}`, g.tanggal);
      for (let m = 1; m <= 5; m++) {
        for (let h = 1; h <= 7; h++) {
          const [d] = nextDates({ mingguKe: m, hari: h }, today, 1);
          expect(seen.get(`${m}-${h}`), `${today} ${m}-${h}`).toBe(d <= until ? d : undefined);
        }
      }
      expect(groups.map((g) => g.tanggal)).toEqual([...groups.map((g) => g.tanggal)].sort());
      expect(groups.every((g) => g.tanggal >= today && g.tanggal <= until)).toBe(true);
    }
  });
  it("puts 22 Nov 2026's window to 5 Dec: 4th Friday = 27 Nov, 1st Wednesday = 2 Dec", () => {
    const groups = pairsByDate("2026-11-22", 14);
    const at = (t: string) => groups.find((g) => g.tanggal === t)?.pairs ?? [];
    expect(at("2026-11-27")).toContainEqual({ mingguKe: 4, hari: 5 });
    expect(at("2026-12-02")).toContainEqual({ mingguKe: 1, hari: 3 });
    expect(groups.some((g) => g.pairs.some((p) => p.mingguKe === 2 && p.hari === 2))).toBe(false); // 8 Dec: outside
  });
});
