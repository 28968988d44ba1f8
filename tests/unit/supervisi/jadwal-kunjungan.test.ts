import { describe, expect, it } from "vitest";
import { clashMessage, daysBetween, findClashes, isInQuarter, monthBounds, monthGrid, offerDates, quarterBounds, quarterLabel, quarterOf, quarterRangeLabel, visitDateError, type BookedVisit } from "../../../lib/supervisi/jadwal-kunjungan.ts";

describe("a plan's quarter", () => {
  it("bounds of each quarter, a leap February inside Q1", () => {
    expect(quarterBounds(2025, 1)).toEqual({ awal: "2025-01-01", akhir: "2025-03-31" });
    expect(quarterBounds(2025, 2)).toEqual({ awal: "2025-04-01", akhir: "2025-06-30" });
    expect(quarterBounds(2025, 3)).toEqual({ awal: "2025-07-01", akhir: "2025-09-30" });
    expect(quarterBounds(2024, 4)).toEqual({ awal: "2024-10-01", akhir: "2024-12-31" });
  });
  it("the quarter of a date, at its first and last day", () => {
    expect(quarterOf("2025-01-01")).toEqual({ tahun: 2025, triwulan: 1 });
    expect(quarterOf("2025-03-31")).toEqual({ tahun: 2025, triwulan: 1 });
    expect(quarterOf("2025-04-01")).toEqual({ tahun: 2025, triwulan: 2 });
    expect(quarterOf("2026-12-31")).toEqual({ tahun: 2026, triwulan: 4 });
  });
  it("labels in Bahasa", () => {
    expect(quarterLabel(2025, 1)).toBe("Triwulan I 2025");
    expect(quarterLabel(2026, 4)).toBe("Triwulan IV 2026");
    expect(quarterRangeLabel(2025, 1)).toBe("1 Jan – 31 Mar 2025");
    expect(quarterRangeLabel(2025, 3)).toBe("1 Jul – 30 Sep 2025");
    expect(quarterRangeLabel(2025, 2)).toBe("1 Apr – 30 Jun 2025");
  });
  it("the first and last day are inside, the days around are not", () => {
    const q = { tahun: 2025, triwulan: 1 };
    expect(isInQuarter("2025-01-01", q)).toBe(true);
    expect(isInQuarter("2025-03-31", q)).toBe(true);
    expect(isInQuarter("2024-12-31", q)).toBe(false);
    expect(isInQuarter("2025-04-01", q)).toBe(false);
  });
});

describe("a planned visit's date", () => {
  const q = { tahun: 2025, triwulan: 1 };
  it("outside the quarter: refused naming the quarter's days", () => {
    expect(visitDateError("2025-04-01", q, "2025-01-10")).toBe("Tanggal harus dalam triwulan rencana (1 Jan – 31 Mar 2025).");
    expect(visitDateError("2024-12-31", q, "2024-12-01")).toBe("Tanggal harus dalam triwulan rencana (1 Jan – 31 Mar 2025).");
  });
  it("before today: refused; today and later: accepted", () => {
    expect(visitDateError("2025-01-09", q, "2025-01-10")).toBe("Tanggal kunjungan yang direncanakan tidak boleh sebelum hari ini.");
    expect(visitDateError("2025-01-10", q, "2025-01-10")).toBeNull();
    expect(visitDateError("2025-03-31", q, "2025-01-10")).toBeNull();
  });
});

describe("the next posyandu days offered", () => {
  // Melati 1: second Tuesday. Q1 2025: 14 Jan, 11 Feb, 11 Mar.
  const melati = { mingguKe: 2, hari: 2 };
  it("the quarter's posyandu days from today", () => {
    expect(offerDates(melati, "2025-01-01", { tahun: 2025, triwulan: 1 })).toEqual(["2025-01-14", "2025-02-11", "2025-03-11"]);
    expect(offerDates(melati, "2025-01-15", { tahun: 2025, triwulan: 1 })).toEqual(["2025-02-11", "2025-03-11"]);
  });
  it("today itself when it is the posyandu day", () => {
    expect(offerDates(melati, "2025-02-11", { tahun: 2025, triwulan: 1 })).toEqual(["2025-02-11", "2025-03-11"]);
  });
  it("a future quarter starts at its first day; none after the quarter", () => {
    expect(offerDates(melati, "2024-11-20", { tahun: 2025, triwulan: 1 })).toEqual(["2025-01-14", "2025-02-11", "2025-03-11"]);
    expect(offerDates(melati, "2025-03-12", { tahun: 2025, triwulan: 1 })).toEqual([]);
    expect(offerDates(melati, "2025-05-01", { tahun: 2025, triwulan: 1 })).toEqual([]);
  });
  it("the last weekday of the month and a count limit", () => {
    expect(offerDates({ mingguKe: 5, hari: 5 }, "2025-01-01", { tahun: 2025, triwulan: 1 }, 2)).toEqual(["2025-01-31", "2025-02-28"]);
  });
  it("no schedule, no offer", () => {
    expect(offerDates({ mingguKe: null, hari: null }, "2025-01-01", { tahun: 2025, triwulan: 1 })).toEqual([]);
  });
});

describe("team clashes", () => {
  const booked: BookedVisit[] = [
    { kunjunganId: "k1", tanggal: "2025-02-11", userIds: ["u1", "u2"], label: "Posyandu Melati 2, Desa Klorogan" },
    { kunjunganId: "k2", tanggal: "2025-02-11", userIds: ["u2"], label: "Posyandu Mawar 1, Desa Klorogan" },
    { kunjunganId: "k3", tanggal: "2025-02-12", userIds: ["u3"], label: "Posyandu Dahlia, Desa Geger" },
  ];
  const team = [{ userId: "u1", nama: "Admin Dinkes Madiun" }, { userId: "u2", nama: "Staf Kesmas" }, { userId: "u3", nama: "Petugas" }];
  it("a member booked the same day, with every visit it clashes with; another day is no clash", () => {
    expect(findClashes("2025-02-11", team, booked)).toEqual([
      { userId: "u1", nama: "Admin Dinkes Madiun", kunjungan: ["Posyandu Melati 2, Desa Klorogan"] },
      { userId: "u2", nama: "Staf Kesmas", kunjungan: ["Posyandu Melati 2, Desa Klorogan", "Posyandu Mawar 1, Desa Klorogan"] },
    ]);
  });
  it("the visit being edited is not a clash with itself", () => {
    expect(findClashes("2025-02-11", team, booked, "k1").map((c) => c.userId)).toEqual(["u2"]);
    expect(findClashes("2025-02-12", team, booked, "k3")).toEqual([]);
  });
  it("nobody booked, no clash; a member listed twice is reported once", () => {
    expect(findClashes("2025-02-13", team, booked)).toEqual([]);
    expect(findClashes("2025-02-12", [...team, team[2]], booked)).toHaveLength(1);
  });
  it("the warning names the member and the visit", () => {
    expect(clashMessage({ userId: "u1", nama: "Staf Kesmas", kunjungan: ["Posyandu Melati 2, Desa Klorogan"] })).toBe("Staf Kesmas sudah punya kunjungan lain pada hari itu: Posyandu Melati 2, Desa Klorogan.");
  });
});

describe("calendar helpers", () => {
  it("month bounds across the year and in a leap February", () => {
    expect(monthBounds("2024-02")).toEqual({ awal: "2024-02-01", akhir: "2024-02-29", sebelum: "2024-01", sesudah: "2024-03" });
    expect(monthBounds("2025-12")).toEqual({ awal: "2025-12-01", akhir: "2025-12-31", sebelum: "2025-11", sesudah: "2026-01" });
    expect(monthBounds("2025-01").sebelum).toBe("2024-12");
  });
  it("weeks start on Monday; blank cells pad the neighbouring months", () => {
    // 1 March 2025 is a Saturday; 31 March a Monday.
    const weeks = monthGrid("2025-03");
    expect(weeks[0]).toEqual([null, null, null, null, null, "2025-03-01", "2025-03-02"]);
    expect(weeks.at(-1)).toEqual(["2025-03-31", null, null, null, null, null, null]);
    expect(weeks.flat().filter(Boolean)).toHaveLength(31);
  });
  it("days between two dates", () => {
    expect(daysBetween("2025-01-01", "2025-01-31")).toBe(30);
    expect(daysBetween("2025-03-01", "2025-02-28")).toBe(-1);
  });
});
