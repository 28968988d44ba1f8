import { describe, expect, it } from "vitest";
import { validateKaderTable, type KaderImportContext } from "../../../lib/kader/impor.ts";

const P = (id: string, nama: string, desaNama: string, desaKode: string) => ({ id, nama, desaNama, desaKode });
const ctx: KaderImportContext = {
  posyandu: [P("p1", "Melati 1", "Klorogan", "35.19.03.2002"), P("p2", "Melati 2", "Klorogan", "35.19.03.2002"), P("p3", "Kenanga", "Kaibon", "35.19.03.2017"), P("p4", "Kenanga", "Geger", "35.19.03.2004")],
  existing: [{ posyanduId: "p1", nama: "Sri Wahyuni", nik: "3519035204780001" }],
};
const HEADER = ["posyandu", "desa", "nama", "nik", "jenis_kelamin", "tanggal_lahir", "telepon", "pendidikan", "jabatan", "tahun_mulai", "aktif"];

describe("validateKaderTable", () => {
  it("accepts a clean file, reading P/L, d/m/Y dates, jabatan words, ya/tidak and the desa to tell two posyandu apart", () => {
    const r = validateKaderTable([
      HEADER,
      ["Melati 2", "", "Sulastri", "3519034808800012", "P", "08/08/1980", "0812 3456 7890", "sma/smk", "Sekretaris", "2011", "ya"],
      [],
      ["kenanga", "Geger", "Sugeng", "", "laki-laki", "", "", "", "", "", "tidak"],
    ], ctx);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.rows.map((x) => [x.line, x.posyanduId, x.kader.nama, x.kader.jenisKelamin, x.kader.tanggalLahir, x.kader.telepon, x.kader.pendidikan, x.kader.jabatan, x.kader.tahunMulai, x.kader.isActive])).toEqual([
      [2, "p2", "Sulastri", "P", "1980-08-08", "081234567890", "SMA/SMK", "SEKRETARIS", 2011, true],
      [4, "p4", "Sugeng", "L", null, null, null, "ANGGOTA", null, false],
    ]);
  });
  it("reports every bad row with its Excel line, and returns no rows", () => {
    const r = validateKaderTable([
      HEADER,
      ["Melati 9", "", "Ani", "", "P", "", "", "", "", "", ""],
      ["Kenanga", "", "Budi", "", "L", "", "", "", "", "", ""],
      ["Melati 1", "", "", "123", "X", "2020-02-30", "12345", "Kuliah", "Ketua RT", "1900", "mungkin"],
      ["Melati 1", "", "Sri Lestari", "3519035204780001", "P", "", "", "", "", "", ""],
      ["Melati 1", "", "Sri Wahyuni", "", "P", "", "", "", "", "", ""],
      ["Melati 2", "", "Dewi", "3519034808800099", "P", "", "", "", "", "", ""],
      ["Melati 2", "", "Dewi Ayu", "3519034808800099", "P", "", "", "", "", "", ""],
    ], ctx);
    expect(r).toEqual({ ok: false, errors: [
      'Baris 2: posyandu "Melati 9" tidak ditemukan di wilayah Anda.',
      'Baris 3: ada 2 posyandu bernama "Kenanga" (Desa Kaibon, Desa Geger); isi kolom desa.',
      expect.stringMatching(/^Baris 4: Nama kader wajib diisi; NIK harus 16 angka; jenis_kelamin harus P atau L; Tanggal lahir tidak sah; pilih tanggal dari kalender; Nomor telepon tidak sah; contoh: 081234567890; pendidikan harus salah satu dari .*; jabatan harus salah satu dari ketua, sekretaris, bendahara, anggota; Tahun mulai harus antara 1970 dan \d{4}; aktif harus ya atau tidak\.$/),
      "Baris 5: NIK sudah dipakai kader Sri Wahyuni di Posyandu Melati 1.",
      "Baris 6: kader bernama Sri Wahyuni sudah ada di Posyandu Melati 1; isi NIK bila ini orang lain, atau hapus barisnya.",
      "Baris 8: NIK sudah dipakai baris 7 di Posyandu Melati 2.",
    ] });
  });
  it("refuses a file without the required columns, or without data", () => {
    expect(validateKaderTable([["nama", "warna"]], ctx)).toEqual({ ok: false, errors: ['Kolom tidak dikenal: "warna". Kolom yang dikenal: posyandu, desa, nama, nik, jenis_kelamin, tanggal_lahir, telepon, pendidikan, jabatan, tahun_mulai, aktif.', "Kolom wajib tidak ada: jenis_kelamin.", "Kolom wajib tidak ada: posyandu."] });
    expect(validateKaderTable([["nama", "jk", "posyandu"], []], ctx)).toEqual({ ok: false, errors: ["Berkas tidak berisi data: di bawah baris judul tidak ada baris yang terisi."] });
    expect(validateKaderTable([], ctx).ok).toBe(false);
    // Two titles naming one column (a synonym and the name): which one holds the data is unclear.
    expect(validateKaderTable([["nama", "jk", "posyandu", "jenis_kelamin"], ["Sri", "P", "Melati 1", "L"]], ctx)).toEqual({ ok: false, errors: ["Kolom jenis_kelamin muncul dua kali di baris judul."] });
  });
  it("for one posyandu, the posyandu column is not needed and not read", () => {
    const r = validateKaderTable([["Nama Kader", "JK"], ["Yuli", "P"]], { ...ctx, fixedPosyanduId: "p2" });
    expect(r.ok && r.rows[0]).toMatchObject({ line: 2, posyanduId: "p2", kader: { nama: "Yuli", isActive: true } });
  });
});
