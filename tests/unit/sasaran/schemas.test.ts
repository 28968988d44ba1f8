import { describe, expect, it } from "vitest";
import { hplDariHpht, ZSasaranInput, ZGabung } from "../../../lib/sasaran/schemas.ts";

const P = "6f1c0a52-8f5e-4c39-9a0e-0c7c2a8b1d01";
const base = { nama: " Siti  ", jenisKelamin: "P", tanggalLahir: "2020-01-01", posyanduId: P };
const issues = (v: object) => { const r = ZSasaranInput.safeParse({ ...base, ...v }); return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`); };

describe("ZSasaranInput", () => {
  it("cleans what people type: NIK and KK with spaces, RT padded, empty optional fields null, no device id = none", () => {
    const r = ZSasaranInput.parse({ ...base, nik: "3519 0345 0620 0001", noKk: "3519.0301.0120.0001", rt: "3", rw: "", id: "", telepon: "0812-3456-7890" });
    expect(r).toMatchObject({ nama: "Siti", nik: "3519034506200001", noKk: "3519030101200001", rt: "003", rw: null, id: undefined, telepon: "081234567890", abaikanMirip: false, dusunId: null, namaIbu: null });
  });
  it("names the field of every refusal", () => {
    expect(issues({ nama: "" })).toEqual(["nama: Nama wajib diisi."]);
    expect(issues({ jenisKelamin: "X" })).toEqual(["jenisKelamin: Pilih jenis kelamin."]);
    expect(issues({ tanggalLahir: "2020-02-30" })).toEqual(["tanggalLahir: Tanggal lahir tidak sah; pilih tanggal dari kalender."]);
    expect(issues({ nik: "0934567890123456" })[0]).toMatch(/^nik: NIK tidak sah: kode provinsi 09/);
    expect(issues({ rt: "1234" })).toEqual(["rt: RT harus angka 1–3 digit, misalnya 003."]);
    expect(issues({ id: "bukan-uuid" })).toEqual(["id: Data tidak sah lagi. Muat ulang halaman, lalu isi kembali."]);
    expect(issues({ posyanduId: "" })).toEqual(["posyanduId: Pilih posyandu."]);
  });
  it("a birth date of today is accepted", () => {
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(new Date());
    expect(issues({ tanggalLahir: today })).toEqual([]);
  });
});

describe("hplDariHpht", () => {
  it("adds 280 days, across months, years and leap days", () => {
    expect(hplDariHpht("2025-03-01")).toBe("2025-12-06");
    expect(hplDariHpht("2025-06-01")).toBe("2026-03-08");
    expect(hplDariHpht("2023-05-25")).toBe("2024-02-29");
  });
});

describe("ZGabung", () => {
  it("turns the choice into kept/duplicate ids", () => {
    const a = P, b = "7f1c0a52-8f5e-4c39-9a0e-0c7c2a8b1d02";
    expect(ZGabung.parse({ a, b, simpan: "a", yakin: "on" })).toEqual({ tetapId: a, gandaId: b });
    expect(ZGabung.parse({ a, b, simpan: "b", yakin: "on" })).toEqual({ tetapId: b, gandaId: a });
  });
});
