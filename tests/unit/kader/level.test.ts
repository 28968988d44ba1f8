import { describe, expect, it } from "vitest";
import { deriveLevel, latestResults, paketLengkap, type Hasil } from "../../../lib/kader/level.ts";
import { ATURAN_LEVEL, type AturanLevel } from "../../../lib/kader/aturan.ts";
import { KATALOG_KETERAMPILAN } from "../../../lib/kader/katalog-bawaan.ts";

const PAKET = KATALOG_KETERAMPILAN.map((p) => ({ kode: p.kode, nama: p.nama }));
const KATALOG = KATALOG_KETERAMPILAN.flatMap((p) => p.keterampilan.map((s) => ({ kode: s.kode, paketKode: p.kode })));
const rule = ATURAN_LEVEL.bawaan;
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("latestResults", () => {
  it("keeps the latest assessment per skill by date", () => {
    const m = latestResults([
      { kode: "A1", tanggal: d("2024-05-01"), createdAt: d("2024-05-01"), hasil: "KOMPETEN" },
      { kode: "A1", tanggal: d("2024-03-01"), createdAt: d("2024-06-01"), hasil: "BELUM_KOMPETEN" },
      { kode: "B2", tanggal: d("2024-03-01"), createdAt: d("2024-03-01"), hasil: "BELUM_KOMPETEN" },
    ]);
    expect(m).toEqual(new Map([["A1", "KOMPETEN"], ["B2", "BELUM_KOMPETEN"]]));
  });
  it("breaks a same-day tie by the moment it was recorded", () => {
    const at = (h: number) => new Date(Date.UTC(2024, 4, 1, h));
    const m = latestResults([
      { kode: "A1", tanggal: d("2024-05-01"), createdAt: at(9), hasil: "KOMPETEN" },
      { kode: "A1", tanggal: d("2024-05-01"), createdAt: at(10), hasil: "BELUM_KOMPETEN" },
      { kode: "A2", tanggal: d("2024-05-01"), createdAt: at(10), hasil: "BELUM_KOMPETEN" },
      { kode: "A2", tanggal: d("2024-05-01"), createdAt: at(9), hasil: "KOMPETEN" },
    ]);
    expect(m.get("A1")).toBe("BELUM_KOMPETEN");
    expect(m.get("A2")).toBe("BELUM_KOMPETEN");
  });
  it("is empty without assessments", () => {
    expect(latestResults([]).size).toBe(0);
  });
});

/** Every skill of the given packages KOMPETEN. */
function allOf(...paket: string[]) {
  return new Map<string, Hasil>(KATALOG.filter((s) => paket.includes(s.paketKode)).map((s) => [s.kode, "KOMPETEN"]));
}

describe("paketLengkap", () => {
  it("a package is complete only when every current skill's latest result is KOMPETEN", () => {
    const latest = allOf("A", "B");
    expect(paketLengkap(KATALOG, latest)).toEqual(["A", "B"]);
    latest.set("B7", "BELUM_KOMPETEN");
    expect(paketLengkap(KATALOG, latest)).toEqual(["A"]);
    latest.delete("B7");
    expect(paketLengkap(KATALOG, latest)).toEqual(["A"]);
  });
  it("24 of 25 skills is not Utama material: E6 missing leaves E incomplete", () => {
    const latest = allOf("A", "B", "C", "D", "E");
    latest.delete("E6");
    expect(paketLengkap(KATALOG, latest)).toEqual(["A", "B", "C", "D"]);
  });
  it("a skill added to a package makes it incomplete until assessed", () => {
    const latest = allOf("D");
    expect(paketLengkap([...KATALOG, { kode: "D4", paketKode: "D" }], latest)).toEqual([]);
  });
  it("an empty package is never complete (it has no row in the catalogue)", () => {
    expect(paketLengkap([], allOf("A"))).toEqual([]);
  });
  it("results for skills no longer in the catalogue do not count", () => {
    expect(paketLengkap(KATALOG.filter((s) => s.paketKode === "D"), new Map([["X9", "KOMPETEN"]]))).toEqual([]);
  });
});

describe("deriveLevel with the default rule (domain.md §1.1)", () => {
  const level = (...lengkap: string[]) => deriveLevel(lengkap, PAKET, rule);
  it("0 packages: belum, naming what Purwa needs", () => {
    expect(level()).toEqual({ level: null, alasan: "Belum: 0 dari 5 paket lengkap; paket Pengelolaan Posyandu wajib untuk Purwa; Purwa perlu paling sedikit 2 paket lengkap" });
  });
  it("only package A: belum, one more package needed", () => {
    expect(level("A")).toEqual({ level: null, alasan: "Belum: 1 dari 5 paket lengkap; Purwa perlu paling sedikit 2 paket lengkap" });
  });
  it("one target-group package without A: belum, A is required", () => {
    expect(level("B")).toEqual({ level: null, alasan: "Belum: 1 dari 5 paket lengkap; paket Pengelolaan Posyandu wajib untuk Purwa" });
  });
  it("four target-group packages without A: still belum", () => {
    expect(level("B", "C", "D", "E")).toEqual({ level: null, alasan: "Belum: 4 dari 5 paket lengkap; paket Pengelolaan Posyandu wajib untuk Purwa" });
  });
  it("A + 1: Purwa (the lowest edge)", () => {
    expect(level("A", "B")).toEqual({ level: "PURWA", alasan: "Purwa: 2 dari 5 paket lengkap; kurang paket Ibu Hamil dan Menyusui, Usia Sekolah dan Remaja, Usia Dewasa dan Lansia" });
  });
  it("A + 2: Madya (3 packages)", () => {
    expect(level("A", "B", "C")).toEqual({ level: "MADYA", alasan: "Madya: 3 dari 5 paket lengkap; kurang paket Usia Sekolah dan Remaja, Usia Dewasa dan Lansia" });
  });
  it("A + 3: still Madya (4 packages)", () => {
    expect(level("A", "C", "D", "E")).toEqual({ level: "MADYA", alasan: "Madya: 4 dari 5 paket lengkap; kurang paket Bayi dan Balita" });
  });
  it("all 5: Utama, nothing missing", () => {
    expect(level("A", "B", "C", "D", "E")).toEqual({ level: "UTAMA", alasan: "Utama: 5 dari 5 paket lengkap" });
  });
  it("order of the complete packages does not matter, and unknown codes do not count", () => {
    expect(level("E", "A", "Z").level).toBe("PURWA");
    expect(level("E", "A", "Z").alasan.startsWith("Purwa: 2 dari 5")).toBe(true);
  });
});

describe("deriveLevel with a kabupaten's own rule", () => {
  it("no required package: any two make Purwa; Utama at 4", () => {
    const own: AturanLevel = [
      { level: "PURWA", paketMin: 2, paketWajib: [] },
      { level: "MADYA", paketMin: 3, paketWajib: [] },
      { level: "UTAMA", paketMin: 4, paketWajib: [] },
    ];
    expect(deriveLevel(["B", "C"], PAKET, own).level).toBe("PURWA");
    expect(deriveLevel(["B", "C", "D", "E"], PAKET, own)).toEqual({ level: "UTAMA", alasan: "Utama: 4 dari 5 paket lengkap; kurang paket Pengelolaan Posyandu" });
    expect(deriveLevel(["B"], PAKET, own)).toEqual({ level: null, alasan: "Belum: 1 dari 5 paket lengkap; Purwa perlu paling sedikit 2 paket lengkap" });
  });
  it("Madya requiring B as well: A + C + D is only Purwa", () => {
    const own: AturanLevel = [
      { level: "PURWA", paketMin: 2, paketWajib: ["A"] },
      { level: "MADYA", paketMin: 3, paketWajib: ["A", "B"] },
      { level: "UTAMA", paketMin: 5, paketWajib: ["A", "B"] },
    ];
    expect(deriveLevel(["A", "C", "D"], PAKET, own).level).toBe("PURWA");
    expect(deriveLevel(["A", "B", "D"], PAKET, own).level).toBe("MADYA");
  });
});
