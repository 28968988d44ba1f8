import { afterEach, describe, expect, it, vi } from "vitest";
import { ZPercontohanForm, ZPindahTahap, ZStudiBandingForm, tahunOf } from "../../../lib/percontohan/schemas.ts";

const ID = "7b0c8a52-1f7e-4a53-9d0e-3c1a2b4c5d6e";
const base = { posyanduId: ID, nomorSk: "188/45/2024", tanggalSk: "2024-01-15", angkatan: "1", tanggalMulai: "2024-02-01", tanggalTarget: "2024-06-30", catatan: "" };

function errors(input: Record<string, unknown>) {
  const r = ZPercontohanForm.safeParse(input);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [String(i.path[0]), i.message]));
}

afterEach(() => vi.useRealTimers());

describe("pilot form", () => {
  it("a complete form parses; empty texts become null; the year comes from the SK date, else the start", () => {
    const r = ZPercontohanForm.parse(base);
    expect(r).toMatchObject({ angkatan: 1, catatan: null, tanggalSk: "2024-01-15" });
    expect(tahunOf(r)).toBe(2024);
    expect(tahunOf({ tanggalSk: "2023-12-30", tanggalMulai: "2024-01-02" })).toBe(2023);
    expect(tahunOf({ tanggalSk: null, tanggalMulai: "2025-01-02" })).toBe(2025);
    expect(tahunOf({ tanggalSk: null, tanggalMulai: null })).toBeNull();
  });
  it("SK number and date go together (either alone is refused on the missing one)", () => {
    expect(errors({ ...base, nomorSk: "" })).toEqual({ nomorSk: expect.stringContaining("Isi nomor SK dan tanggal SK bersama") });
    expect(errors({ ...base, tanggalSk: "" })).toEqual({ tanggalSk: expect.stringContaining("Isi nomor SK dan tanggal SK bersama") });
    expect(errors({ ...base, nomorSk: "", tanggalSk: "" })).toEqual({});
  });
  it("without an SK date and a start date there is no year", () => {
    expect(errors({ ...base, nomorSk: "", tanggalSk: "", tanggalMulai: "" })).toEqual({ tanggalMulai: expect.stringContaining("tahun percontohan diambil dari tanggal itu") });
  });
  it("target on the start day is fine; the day before is refused", () => {
    expect(errors({ ...base, tanggalTarget: "2024-02-01" })).toEqual({});
    expect(errors({ ...base, tanggalTarget: "2024-01-31" })).toEqual({ tanggalTarget: "Tanggal target tidak boleh sebelum tanggal mulai." });
  });
  it("an SK dated today is fine, tomorrow is refused (Jakarta calendar)", () => {
    vi.useFakeTimers({ now: new Date("2024-03-10T16:59:00Z") }); // 23:59 WIB on 10 March
    expect(errors({ ...base, tanggalSk: "2024-03-10" })).toEqual({});
    expect(errors({ ...base, tanggalSk: "2024-03-11" })).toEqual({ tanggalSk: "Tanggal SK tidak boleh setelah hari ini." });
  });
  it("wave 1..50 as a whole number; dates must be real calendar dates", () => {
    expect(errors({ ...base, angkatan: "50" })).toEqual({});
    expect(errors({ ...base, angkatan: "0" })).toEqual({ angkatan: "Angkatan harus antara 1 dan 50." });
    expect(errors({ ...base, angkatan: "51" })).toEqual({ angkatan: "Angkatan harus antara 1 dan 50." });
    expect(errors({ ...base, angkatan: "1,5" })).toEqual({ angkatan: "Angkatan harus bilangan bulat, misalnya 1." });
    expect(errors({ ...base, angkatan: "" })).toEqual({ angkatan: "Angkatan wajib diisi." });
    expect(errors({ ...base, tanggalMulai: "2024-02-30" })).toMatchObject({ tanggalMulai: "Tanggal mulai tidak sah; pilih tanggal dari kalender." });
    expect(errors({ ...base, posyanduId: "" })).toEqual({ posyanduId: "Pilih posyandu." });
  });
});

describe("stage move and study visit forms", () => {
  it("a stage move needs a known stage and a date; the reason is optional here (the rule decides)", () => {
    expect(ZPindahTahap.safeParse({ id: ID, ke: "SIAP", tanggal: "2024-04-16" }).success).toBe(true);
    const r = ZPindahTahap.safeParse({ id: ID, ke: "SELESAI", tanggal: "" });
    expect(r.error?.issues.map((i) => `${String(i.path[0])}: ${i.message}`)).toEqual(["ke: Pilih tahap tujuan.", "tanggal: Tanggal pindah tahap wajib diisi."]);
  });
  it("a study visit needs at least 1 participant, at most 500, and an origin", () => {
    const v = { percontohanId: ID, tanggal: "2024-06-26", asal: "Dinkes Kabupaten Jombang", jumlahPeserta: "1" };
    expect(ZStudiBandingForm.safeParse(v).success).toBe(true);
    expect(ZStudiBandingForm.safeParse({ ...v, jumlahPeserta: "500" }).success).toBe(true);
    for (const n of ["0", "501", "-3"]) expect(ZStudiBandingForm.safeParse({ ...v, jumlahPeserta: n }).error?.issues[0].message).toBe("Jumlah peserta harus antara 1 dan 500.");
    expect(ZStudiBandingForm.safeParse({ ...v, asal: "   " }).error?.issues[0].message).toBe("Asal rombongan wajib diisi.");
  });
});
