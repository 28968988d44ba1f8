/** N/T/O/B/2T against hand-worked series (domain-posyandu-day.md §1.2–1.3). */
import { describe, expect, it } from "vitest";
import { kbmPada, nilaiNaik, nilaiNaikSeri, bulanSebelumnya, type Timbangan } from "../../../lib/penimbangan/naik.ts";
import { TABEL_KBM } from "../../../lib/ambang/kbm.ts";
import { umurBulanPada } from "../../../lib/sasaran/kelompok.ts";

const A = TABEL_KBM.A;
const B = TABEL_KBM.B;

describe("kbmPada", () => {
  it("has no KBM at month 0 and beyond 60", () => {
    expect(kbmPada(0, A)).toBeNull();
    expect(kbmPada(61, A)).toBeNull();
    expect(kbmPada(60, A)).toBe(200);
  });
  it("the confirmed months are the same in both variants", () => {
    for (const [m, g] of [[1, 800], [2, 900], [3, 800], [4, 600], [5, 500], [6, 400], [8, 300], [9, 300], [10, 300], [12, 200], [24, 200]] as const) {
      expect(kbmPada(m, A), `A ${m}`).toBe(g);
      expect(kbmPada(m, B), `B ${m}`).toBe(g);
    }
  });
  it("months 7 and 11 differ: A 300/200, B 400/300", () => {
    expect(kbmPada(7, A)).toBe(300);
    expect(kbmPada(7, B)).toBe(400);
    expect(kbmPada(11, A)).toBe(200);
    expect(kbmPada(11, B)).toBe(300);
  });
  it("every month 1–60 is covered exactly once", () => {
    for (const t of [A, B]) for (let m = 1; m <= 60; m++) expect(t.filter((r) => m >= r.dariBulan && m <= r.sampaiBulan)).toHaveLength(1);
  });
});

describe("nilaiNaik: the order of decision", () => {
  const base = { umurBulan: 5, kbm: A };
  it("first weighing ever → B, even with a weighing on the same day or later (ignored)", () => {
    expect(nilaiNaik({ ...base, tanggal: "2024-06-15", beratKg: 7, riwayat: [] }).naik).toBe("B");
    const r = nilaiNaik({ ...base, tanggal: "2024-06-15", beratKg: 7, riwayat: [{ tanggal: "2024-06-15", beratKg: 6, naik: null }, { tanggal: "2024-07-15", beratKg: 6, naik: null }] });
    expect(r).toEqual({ naik: "B", kbmG: null, beratLaluKg: null, selisihG: null, duaT: false });
  });
  it("no weighing in the previous calendar month → O, whatever the gain (no multi-month KBM)", () => {
    const r = nilaiNaik({ ...base, tanggal: "2024-06-01", beratKg: 9, riwayat: [{ tanggal: "2024-04-30", beratKg: 6, naik: "N" }] });
    expect(r).toEqual({ naik: "O", kbmG: null, beratLaluKg: null, selisihG: null, duaT: false });
  });
  it("a weighing earlier in the SAME month is not last month's", () => {
    expect(nilaiNaik({ ...base, tanggal: "2024-06-28", beratKg: 7, riwayat: [{ tanggal: "2024-06-02", beratKg: 6, naik: null }] }).naik).toBe("O");
  });
  it("calendar months, not 30 days: 31 May → 1 June compares", () => {
    const r = nilaiNaik({ ...base, tanggal: "2024-06-01", beratKg: 6.5, riwayat: [{ tanggal: "2024-05-31", beratKg: 6.0, naik: "N" }] });
    expect(r).toMatchObject({ naik: "N", kbmG: 500, beratLaluKg: 6, selisihG: 500 });
  });
  it("January compares with December of the year before", () => {
    expect(bulanSebelumnya("2025-01-10")).toBe("2024-12");
    expect(nilaiNaik({ ...base, tanggal: "2025-01-10", beratKg: 6.4, riwayat: [{ tanggal: "2024-12-20", beratKg: 6.0, naik: "N" }] }).naik).toBe("T");
  });
  it("gain exactly the KBM → N; one gram less → T; no float artefacts", () => {
    const riwayat: Timbangan[] = [{ tanggal: "2024-05-15", beratKg: 6.1, naik: "N" }];
    expect(nilaiNaik({ ...base, tanggal: "2024-06-15", beratKg: 6.6, riwayat }).naik).toBe("N"); // 500 g (6.6 − 6.1 in floats is 0.4999…)
    expect(nilaiNaik({ ...base, tanggal: "2024-06-15", beratKg: 6.599, riwayat }).naik).toBe("T");
  });
  it("takes the latest of two weighings last month; the input order does not matter", () => {
    const riwayat: Timbangan[] = [
      { tanggal: "2024-05-28", beratKg: 6.3, naik: "N" },
      { tanggal: "2024-03-01", beratKg: 5.0, naik: "B" },
      { tanggal: "2024-05-02", beratKg: 6.0, naik: "N" },
    ];
    const r = nilaiNaik({ ...base, tanggal: "2024-06-20", beratKg: 6.7, riwayat });
    expect(r).toMatchObject({ naik: "T", beratLaluKg: 6.3, selisihG: 400, kbmG: 500 });
  });
  it("a loss is T with a negative gain", () => {
    expect(nilaiNaik({ ...base, tanggal: "2024-06-15", beratKg: 5.9, riwayat: [{ tanggal: "2024-05-15", beratKg: 6.1, naik: "N" }] })).toMatchObject({ naik: "T", selisihG: -200 });
  });
  it("2T = T now and T last month", () => {
    const r = nilaiNaik({ ...base, tanggal: "2024-06-15", beratKg: 6.2, riwayat: [{ tanggal: "2024-05-15", beratKg: 6.1, naik: "T" }] });
    expect(r).toMatchObject({ naik: "T", duaT: true });
    expect(nilaiNaik({ ...base, tanggal: "2024-06-15", beratKg: 6.2, riwayat: [{ tanggal: "2024-05-15", beratKg: 6.1, naik: "O" }] }).duaT).toBe(false);
    expect(nilaiNaik({ ...base, tanggal: "2024-06-15", beratKg: 6.7, riwayat: [{ tanggal: "2024-05-15", beratKg: 6.1, naik: "T" }] }).duaT).toBe(false);
  });
  it("month 0 (no KBM): by direction only", () => {
    const riwayat: Timbangan[] = [{ tanggal: "2024-01-20", beratKg: 3.2, naik: "B" }];
    expect(nilaiNaik({ tanggal: "2024-02-10", umurBulan: 0, beratKg: 3.5, riwayat, kbm: A })).toMatchObject({ naik: "N", kbmG: null, selisihG: 300 });
    expect(nilaiNaik({ tanggal: "2024-02-10", umurBulan: 0, beratKg: 3.2, riwayat, kbm: A })).toMatchObject({ naik: "T", kbmG: null, selisihG: 0 });
  });
});

/** A child born 15 Jan 2024, weighed monthly on the 15th with gaps; verdicts worked by hand. */
const LAHIR = "2024-01-15";
const SERI: [string, number][] = [
  ["2024-01-20", 3.2], // 0 bln: B
  ["2024-02-16", 4.0], // 1 bln: +800 ≥ 800 → N
  ["2024-03-15", 4.85], // 2 bln: +850 < 900 → T
  ["2024-04-15", 5.6], // 3 bln: +750 < 800 → T, 2T
  // May missing
  ["2024-06-15", 6.5], // 5 bln: O
  ["2024-07-15", 6.9], // 6 bln: +400 = 400 → N
  ["2024-08-15", 7.2], // 7 bln: +300 → A: N (300); B: T (400)
  ["2024-09-15", 7.45], // 8 bln: +250 < 300 → T; A: not 2T (Aug N); B: 2T (Aug T)
  ["2024-10-15", 7.5], // 9 bln: +50 → T, 2T in both
  // November missing
  ["2024-12-15", 8.0], // 11 bln: O
  ["2025-01-14", 8.2], // still 11 bln (day 14 < 15): +200 → A: N (200); B: T (300)
  ["2025-02-15", 8.4], // 13 bln: +200 → N
];
const seri = SERI.map(([tanggal, beratKg]) => ({ tanggal, beratKg, umurBulan: umurBulanPada(LAHIR, tanggal) }));

describe("nilaiNaikSeri on a hand-worked series", () => {
  it("ages as worked by hand (incl. the 12-month boundary: 14 Jan 2025 is still 11 months)", () => {
    expect(seri.map((s) => s.umurBulan)).toEqual([0, 1, 2, 3, 5, 6, 7, 8, 9, 11, 11, 13]);
  });
  it("variant A", () => {
    const r = nilaiNaikSeri(seri, A);
    expect(r.map((x) => x.naik).join("")).toBe("BNTTONNTTONN");
    expect(r.map((x) => x.duaT)).toEqual([false, false, false, true, false, false, false, false, true, false, false, false]);
    expect(r[6]).toEqual({ naik: "N", kbmG: 300, beratLaluKg: 6.9, selisihG: 300, duaT: false });
    expect(r[10]).toMatchObject({ naik: "N", kbmG: 200, selisihG: 200 });
  });
  it("variant B differs at 7 and 11 months, and so does the 2T after them", () => {
    const r = nilaiNaikSeri(seri, B);
    expect(r.map((x) => x.naik).join("")).toBe("BNTTONTTTOTN");
    expect(r[6]).toMatchObject({ naik: "T", kbmG: 400 });
    expect(r[7].duaT).toBe(true);
    expect(r[10]).toMatchObject({ naik: "T", kbmG: 300 });
  });
  it("the 12-month boundary: the same +200 g at 12 months is N in both variants", () => {
    const riwayat: Timbangan[] = [{ tanggal: "2024-12-15", beratKg: 8.0, naik: "N" }];
    for (const kbm of [A, B]) expect(nilaiNaik({ tanggal: "2025-01-15", umurBulan: umurBulanPada(LAHIR, "2025-01-15"), beratKg: 8.2, riwayat, kbm }).naik).toBe("N");
    expect(nilaiNaik({ tanggal: "2025-01-14", umurBulan: umurBulanPada(LAHIR, "2025-01-14"), beratKg: 8.2, riwayat, kbm: B }).naik).toBe("T");
  });
  it("gives the same answers for a shuffled input, in the input order", () => {
    const idx = [5, 0, 11, 3, 8, 1, 10, 2, 7, 4, 9, 6];
    const shuffled = idx.map((i) => seri[i]);
    const r = nilaiNaikSeri(shuffled, A);
    const sorted = nilaiNaikSeri(seri, A);
    idx.forEach((orig, j) => expect(r[j]).toEqual(sorted[orig]));
  });
  it("a correction on the same day replaces the earlier weighing of that day", () => {
    const r = nilaiNaikSeri(
      [
        { tanggal: "2024-05-15", beratKg: 6.0, umurBulan: 4 },
        { tanggal: "2024-06-15", beratKg: 6.1, umurBulan: 5 },
        { tanggal: "2024-06-15", beratKg: 6.6, umurBulan: 5 },
        { tanggal: "2024-07-15", beratKg: 6.7, umurBulan: 6 },
      ],
      A,
    );
    expect(r.map((x) => x.naik).join("")).toBe("BTNT");
    expect(r[3]).toMatchObject({ beratLaluKg: 6.6, selisihG: 100, duaT: false });
  });
});
