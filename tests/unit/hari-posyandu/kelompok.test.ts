import { describe, expect, it } from "vitest";
import { KELOMPOK_LABEL, KELOMPOK_SASARAN, isBalita, kelompokPada, kelompokUmur, umurBulanPada, umurTahunPada } from "../../../lib/sasaran/kelompok.ts";
import { KelompokSasaran } from "../../../lib/generated/prisma/enums.ts";

describe("umurBulanPada: completed months", () => {
  it("counts a month only once the day of birth is reached", () => {
    expect(umurBulanPada("2024-01-15", "2024-01-15")).toBe(0);
    expect(umurBulanPada("2024-01-15", "2024-02-14")).toBe(0);
    expect(umurBulanPada("2024-01-15", "2024-02-15")).toBe(1);
    expect(umurBulanPada("2024-01-15", "2025-01-14")).toBe(11);
    expect(umurBulanPada("2024-01-15", "2025-01-15")).toBe(12);
    expect(umurBulanPada("2023-12-20", "2024-01-19")).toBe(0);
    expect(umurBulanPada("2023-12-20", "2024-01-20")).toBe(1);
  });
  it("a birth on the 31st completes the month on the last day of a short month", () => {
    expect(umurBulanPada("2024-01-31", "2024-02-28")).toBe(0);
    expect(umurBulanPada("2024-01-31", "2024-02-29")).toBe(1);
    expect(umurBulanPada("2023-01-31", "2023-02-28")).toBe(1);
    expect(umurBulanPada("2024-01-31", "2024-04-30")).toBe(3);
  });
  it("is −1 before birth and refuses non-dates", () => {
    expect(umurBulanPada("2024-01-15", "2024-01-14")).toBe(-1);
    expect(() => umurBulanPada("2024-02-30", "2024-03-01")).toThrow(RangeError);
    expect(umurTahunPada("1964-06-10", "2024-06-09")).toBe(59);
    expect(umurTahunPada("1964-06-10", "2024-06-10")).toBe(60);
  });
});

describe("kelompokPada: age bands", () => {
  it("matches the Prisma enum", () => {
    expect([...KELOMPOK_SASARAN].sort()).toEqual(Object.values(KelompokSasaran).sort());
    for (const k of KELOMPOK_SASARAN) expect(KELOMPOK_LABEL[k]).toBeTruthy();
  });
  it("switches at each band edge", () => {
    expect(kelompokUmur(0)).toBe("BAYI");
    expect(kelompokUmur(11)).toBe("BAYI");
    expect(kelompokUmur(12)).toBe("BALITA");
    expect(kelompokUmur(59)).toBe("BALITA");
    expect(kelompokUmur(60)).toBe("APRAS");
    expect(kelompokUmur(71)).toBe("APRAS");
    expect(kelompokUmur(72)).toBe("USIA_SEKOLAH_REMAJA");
    expect(kelompokUmur(227)).toBe("USIA_SEKOLAH_REMAJA");
    expect(kelompokUmur(228)).toBe("DEWASA");
    expect(kelompokUmur(719)).toBe("DEWASA");
    expect(kelompokUmur(720)).toBe("LANSIA");
  });
  it("from dates", () => {
    expect(kelompokPada("2023-06-01", "2024-05-31")).toBe("BAYI");
    expect(kelompokPada("2023-06-01", "2024-06-01")).toBe("BALITA");
    expect(kelompokPada("1964-06-10", "2024-06-10")).toBe("LANSIA");
    expect(kelompokPada("1964-06-10", "2024-06-09")).toBe("DEWASA");
    expect(() => kelompokPada("2024-06-10", "2024-06-09")).toThrow(/sesudah/);
    expect(isBalita("BAYI") && isBalita("BALITA") && !isBalita("APRAS")).toBe(true);
  });
});
