import { describe, expect, it } from "vitest";
import { ATURAN_LEVEL, ZAturanLevel } from "../../../lib/kader/aturan.ts";
import { resolveAturan } from "../../../lib/pengaturan/aturan.ts";

const messages = (v: unknown) => {
  const r = ZAturanLevel.safeParse(v);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};
const rows = (a: [number, string[]], b: [number, string[]], c: [number, string[]]) => [
  { level: "PURWA", paketMin: a[0], paketWajib: a[1] },
  { level: "MADYA", paketMin: b[0], paketWajib: b[1] },
  { level: "UTAMA", paketMin: c[0], paketWajib: c[1] },
];

describe("ATURAN_LEVEL", () => {
  it("the default is domain.md §1.1's working rule with its source", () => {
    expect(ATURAN_LEVEL.kunci).toBe("kader.level");
    expect(ATURAN_LEVEL.bawaan).toEqual(rows([2, ["A"]], [3, ["A"]], [5, ["A"]]));
    expect(ATURAN_LEVEL.sumber).toMatch(/domain\.md §1\.1/);
    expect(messages(ATURAN_LEVEL.bawaan)).toEqual([]);
  });
  it("accepts the edges 1 and 5 and no required package", () => {
    expect(messages(rows([1, []], [2, []], [5, []]))).toEqual([]);
  });
  it("refuses counts that do not rise from Purwa to Utama", () => {
    expect(messages(rows([3, ["A"]], [3, ["A"]], [5, ["A"]]))).toEqual(["Jumlah paket Madya (3) harus lebih banyak daripada Purwa (3)."]);
    expect(messages(rows([2, ["A"]], [4, ["A"]], [4, ["A"]]))).toEqual(["Jumlah paket Utama (4) harus lebih banyak daripada Madya (4)."]);
  });
  it("refuses counts outside 1..5 and fractions", () => {
    expect(messages(rows([0, []], [3, ["A"]], [5, ["A"]]))).toContain("Jumlah paket minimal paling sedikit 1.");
    expect(messages(rows([2, ["A"]], [3, ["A"]], [6, ["A"]]))).toContain("Jumlah paket minimal paling banyak 5.");
    expect(messages(rows([2.5, ["A"]], [3, ["A"]], [5, ["A"]]))).toContain("Jumlah paket minimal harus bilangan bulat.");
  });
  it("refuses a higher level that drops a lower level's required package", () => {
    expect(messages(rows([2, ["A"]], [3, []], [5, ["A"]]))).toEqual(["Paket wajib Purwa (A) juga harus wajib untuk Madya."]);
  });
  it("refuses more required packages than the minimum, duplicates and bad codes", () => {
    expect(messages(rows([1, ["A", "B"]], [3, ["A", "B"]], [5, ["A", "B"]]))).toEqual(["Purwa: paket wajib (2) lebih banyak daripada jumlah paket minimal (1)."]);
    expect(messages(rows([2, ["A", "A"]], [3, ["A"]], [5, ["A"]]))).toEqual(["Paket wajib Purwa tercantum dua kali."]);
    expect(messages(rows([2, ["a"]], [3, ["a"]], [5, ["a"]]))[0]).toBe("Kode paket wajib berupa huruf kapital, misalnya A.");
  });
  it("refuses missing rows and rows out of order", () => {
    expect(messages(rows([2, ["A"]], [3, ["A"]], [5, ["A"]]).slice(0, 2))).toEqual(["Aturan tingkat harus berisi tepat tiga baris: Purwa, Madya, Utama."]);
    const swapped = rows([2, ["A"]], [3, ["A"]], [5, ["A"]]);
    swapped[0].level = "MADYA";
    expect(messages(swapped)).toEqual(["Baris 1 harus tingkat Purwa."]);
  });
  it("a stored value that no longer passes falls back to the default", () => {
    expect(resolveAturan(ATURAN_LEVEL, rows([3, []], [2, []], [5, []]))).toEqual({ nilai: ATURAN_LEVEL.bawaan, diubah: false });
    const own = rows([2, []], [3, []], [4, []]);
    expect(resolveAturan(ATURAN_LEVEL, own)).toEqual({ nilai: own, diubah: true });
  });
});
