import { describe, expect, it } from "vitest";
import { ATURAN_SARAN, monthsBetween, saranFor, tanpaDataHariBuka, ZAturanSaran, type FaktaSaran } from "../../../lib/supervisi/saran.ts";
import { resolveAturan } from "../../../lib/pengaturan/aturan.ts";

const TODAY = "2025-03-01";
const base: FaktaSaran = { skor: 85, skorSebelum: 85, kategori: "SIAP", percontohan: null, tindakLanjutTerlambat: 0 };
const rule = ATURAN_SARAN.bawaan;
const kodes = (f: Partial<FaktaSaran>, aturan = rule) => saranFor({ ...base, ...f }, aturan, TODAY).map((a) => a.kode);

describe("suggested sites: nothing to say", () => {
  it("a ready posyandu with no pilot, no overdue follow-up and no posyandu-day data", () => {
    expect(saranFor(base, rule, TODAY)).toEqual([]);
  });
  it("never scored: no readiness reason", () => {
    expect(kodes({ skor: null, skorSebelum: null, kategori: null })).toEqual([]);
  });
});

describe("readiness", () => {
  it("fell by at least the rule's points: suggested with both scores", () => {
    expect(saranFor({ ...base, skor: 84, skorSebelum: 85 }, rule, TODAY)).toEqual([{ kode: "KESIAPAN_TURUN", teks: "Skor kesiapan turun dari 85 ke 84" }]);
  });
  it("equal or higher: not suggested; no earlier score: not suggested", () => {
    expect(kodes({ skor: 85, skorSebelum: 85 })).toEqual([]);
    expect(kodes({ skor: 90, skorSebelum: 85 })).toEqual([]);
    expect(kodes({ skor: 70, skorSebelum: null })).toEqual([]);
  });
  it("a fall under the rule's threshold is not enough (threshold 5: 4 points no, 5 points yes)", () => {
    const a = { ...rule, turunMinimal: 5 };
    expect(kodes({ skor: 81, skorSebelum: 85 }, a)).toEqual([]);
    expect(kodes({ skor: 80, skorSebelum: 85 }, a)).toEqual(["KESIAPAN_TURUN"]);
  });
  it("belum siap, with its score", () => {
    expect(saranFor({ ...base, skor: 40, skorSebelum: 40, kategori: "BELUM_SIAP" }, rule, TODAY)).toEqual([{ kode: "BELUM_SIAP", teks: "Kesiapan belum siap (skor 40)" }]);
    expect(kodes({ kategori: "SIAP_BERSYARAT", skor: 65, skorSebelum: 65 })).toEqual([]);
  });
});

describe("a pilot near its target", () => {
  const pilot = (tanggalTarget: string | null, tahap = "SIAP") => ({ percontohan: { tanggalTarget, tahap } });
  it("30 days ahead is near, 31 is not (default rule)", () => {
    expect(saranFor({ ...base, ...pilot("2025-03-31") }, rule, TODAY)).toEqual([{ kode: "PERCONTOHAN_TARGET", teks: "Target percontohan 30 hari lagi, belum berjalan" }]);
    expect(kodes(pilot("2025-04-01"))).toEqual([]);
  });
  it("the target day itself, and a target already past", () => {
    expect(saranFor({ ...base, ...pilot("2025-03-01") }, rule, TODAY)[0].teks).toBe("Target percontohan hari ini, belum berjalan");
    expect(saranFor({ ...base, ...pilot("2025-02-27") }, rule, TODAY)[0].teks).toBe("Percontohan lewat target 2 hari dan belum berjalan");
  });
  it("a pilot already running or replicated, or without a target: not suggested", () => {
    expect(kodes(pilot("2025-03-10", "BERJALAN"))).toEqual([]);
    expect(kodes(pilot("2025-03-10", "DIREPLIKASI"))).toEqual([]);
    expect(kodes(pilot(null))).toEqual([]);
  });
  it("the window is the rule's (7 days: 8 days ahead is not near)", () => {
    const a = { ...rule, hariTargetPercontohan: 7 };
    expect(kodes(pilot("2025-03-08"), a)).toEqual(["PERCONTOHAN_TARGET"]);
    expect(kodes(pilot("2025-03-09"), a)).toEqual([]);
  });
});

describe("overdue follow-ups", () => {
  it("one or more: suggested with the count", () => {
    expect(saranFor({ ...base, tindakLanjutTerlambat: 2 }, rule, TODAY)).toEqual([{ kode: "TINDAK_LANJUT_TERLAMBAT", teks: "2 tindak lanjut lewat batas waktu" }]);
    expect(kodes({ tindakLanjutTerlambat: 0 })).toEqual([]);
  });
});

describe("no posyandu day held", () => {
  it("without posyandu-day data the rule says nothing (no invented reason) and the page says why", () => {
    expect(kodes({ hariBukaTerakhir: undefined })).toEqual([]);
    expect(tanpaDataHariBuka(rule)).toBe("Aturan \"tidak ada hari buka 2 bulan\": belum ada data hari buka (data hari posyandu dicatat mulai fitur berikutnya).");
  });
  it("with data: 2 whole months without a posyandu day is suggested, 1 month and 30 days is not", () => {
    expect(saranFor({ ...base, hariBukaTerakhir: "2025-01-01" }, rule, TODAY)).toEqual([{ kode: "TANPA_HARI_BUKA", teks: "Tidak ada hari buka sejak 2 bulan" }]);
    expect(kodes({ hariBukaTerakhir: "2025-01-02" })).toEqual([]);
    expect(kodes({ hariBukaTerakhir: null })).toEqual(["TANPA_HARI_BUKA"]);
  });
  it("whole calendar months", () => {
    expect(monthsBetween("2025-01-15", "2025-03-14")).toBe(1);
    expect(monthsBetween("2025-01-15", "2025-03-15")).toBe(2);
    expect(monthsBetween("2024-12-31", "2025-01-01")).toBe(0);
  });
});

describe("order and the rule as data", () => {
  it("several reasons, most urgent first", () => {
    expect(kodes({ tindakLanjutTerlambat: 1, kategori: "BELUM_SIAP", skor: 30, skorSebelum: 50, percontohan: { tanggalTarget: "2025-03-05", tahap: "ASESMEN_AWAL" } })).toEqual(["TINDAK_LANJUT_TERLAMBAT", "PERCONTOHAN_TARGET", "BELUM_SIAP", "KESIAPAN_TURUN"]);
  });
  it("the default passes its own schema, has a source, and a stored value out of range falls back to it", () => {
    expect(ZAturanSaran.safeParse(rule).success).toBe(true);
    expect(ATURAN_SARAN.kunci).toBe("supervisi.saran");
    expect(ATURAN_SARAN.sumber.length).toBeGreaterThan(20);
    expect(resolveAturan(ATURAN_SARAN, { hariTargetPercontohan: 0, turunMinimal: 1, bulanTanpaSesi: 2 })).toEqual({ nilai: rule, diubah: false });
    expect(resolveAturan(ATURAN_SARAN, { hariTargetPercontohan: 14, turunMinimal: 3, bulanTanpaSesi: 2 })).toEqual({ nilai: { hariTargetPercontohan: 14, turunMinimal: 3, bulanTanpaSesi: 2 }, diubah: true });
  });
  it("a refused value names the field in Bahasa", () => {
    const r = ZAturanSaran.safeParse({ hariTargetPercontohan: 400, turunMinimal: 1, bulanTanpaSesi: 2 });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].message).toBe("Hari menjelang target percontohan paling besar 365.");
  });
});
