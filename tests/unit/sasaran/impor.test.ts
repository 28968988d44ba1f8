import { describe, expect, it } from "vitest";
import { validateSasaranTable, kunciOrang, type SasaranImportContext } from "../../../lib/sasaran/impor.ts";

const DUSUN = "6f1c0a52-8f5e-4c39-9a0e-0c7c2a8b1d01";
const ctx = (extra: Partial<SasaranImportContext> = {}): SasaranImportContext => ({
  dusun: [{ id: DUSUN, nama: "Krajan" }],
  nikTerdaftar: new Map([["3519034506200009", "Ani Terdaftar"], ["3519034506200008", null]]),
  orangTerdaftar: new Map([[kunciOrang("Budi Santoso", "2021-03-03"), "Budi Santoso"]]),
  ...extra,
});
const HEAD = ["nama", "nik", "jenis_kelamin", "tanggal_lahir", "dusun", "rt", "no_kk"];

describe("validateSasaranTable", () => {
  it("reads a clean table: dates in either format, dusun by name, NIK with a leading quote, RT padded", () => {
    const r = validateSasaranTable([HEAD, ["Siti Aminah", "'3519034506200001", "p", "05/06/2020", "krajan", "3", ""], ["Joko", "", "Laki-laki", "2019-01-02", "", "", "3519030101200001"]], ctx());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.rows).toHaveLength(2);
    expect(r.rows[0]).toMatchObject({ line: 2, data: { nama: "Siti Aminah", nik: "3519034506200001", jenisKelamin: "P", tanggalLahir: "2020-06-05", dusunId: DUSUN, rt: "003" } });
    expect(r.rows[1].data).toMatchObject({ jenisKelamin: "L", noKk: "3519030101200001", dusunId: null });
  });

  it("reports every bad row with its line and column, and returns no row", () => {
    const r = validateSasaranTable(
      [
        HEAD,
        ["Satu", "351903450620000", "P", "2020-01-01", "", "", ""],
        ["Dua", "", "X", "2099-01-01", "Kulon", "", ""],
        ["Tiga", "3519034506200002", "P", "2020-01-01", "", "", ""],
        ["Empat", "3519034506200002", "P", "2020-01-02", "", "", ""],
        ["Lima", "3519034506200009", "P", "2020-01-03", "", "", ""],
        ["Enam", "3519034506200008", "L", "2020-01-04", "", "abc", "123"],
        ["Budi Santoso", "", "L", "2021-03-03", "", "", ""],
        ["Tjahja", "", "L", "2021-04-04", "", "", ""],
        ["Cahya", "", "L", "2021-04-04", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["", "", "P", "2020-01-01", "", "", ""],
      ],
      ctx(),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      "Baris 2, kolom nik: NIK harus 16 angka.",
      "Baris 3, kolom dusun: dusun \"Kulon\" tidak ada di desa posyandu ini (yang ada: Krajan).",
      "Baris 3, kolom jenis_kelamin: harus P atau L.",
      "Baris 3, kolom tanggal_lahir: Tanggal lahir tidak boleh setelah hari ini.",
      "Baris 5, kolom nik: NIK sama dengan baris 4.",
      "Baris 6, kolom nik: NIK sudah terdaftar atas nama Ani Terdaftar.",
      "Baris 7, kolom rt: RT harus angka 1–3 digit, misalnya 003.",
      "Baris 7, kolom no_kk: Nomor KK harus 16 angka.",
      "Baris 8, kolom nama: mungkin sudah terdaftar: Budi Santoso dengan tanggal lahir yang sama; hapus barisnya, atau daftarkan satu per satu bila memang orang lain.",
      "Baris 10, kolom nama: nama dan tanggal lahir sama dengan baris 9; hapus salah satu bila orang yang sama.",
      "Baris 12, kolom nama: Nama wajib diisi.",
    ]);
  });

  it("names a NIK registered outside the viewer's sight without the name", () => {
    const r = validateSasaranTable([HEAD, ["X", "3519034506200008", "P", "2020-01-01", "", "", ""]], ctx());
    expect(r.ok ? [] : r.errors).toEqual(["Baris 2, kolom nik: NIK sudah terdaftar di posyandu lain kabupaten ini."]);
  });

  it("refuses unknown and missing columns, an empty file, a header only", () => {
    expect(validateSasaranTable([["nama", "umur"]], ctx())).toEqual({ ok: false, errors: ['Kolom tidak dikenal: "umur". Kolom yang dikenal: nama, nik, jenis_kelamin, tanggal_lahir, dusun, alamat, rt, rw, telepon, nama_ibu, nama_suami, no_kk.', "Kolom wajib tidak ada: jenis_kelamin.", "Kolom wajib tidak ada: tanggal_lahir."] });
    expect(validateSasaranTable([], ctx())).toEqual({ ok: false, errors: ["Berkas kosong: tidak ada baris judul maupun data."] });
    expect(validateSasaranTable([["Nama Lengkap", "JK", "Tgl Lahir"]], ctx())).toEqual({ ok: false, errors: ["Berkas tidak berisi data: di bawah baris judul tidak ada baris yang terisi."] });
  });
});
