import { describe, expect, it } from "vitest";
import { validateTable, parseHari, parseMingguKe, parseAktif, parseDecimal, normalizeKodeDesa, IMPORT_LIMITS, type ValidationContext } from "../../lib/impor/validate.ts";
import { headerKey, kolomOf } from "../../lib/impor/columns.ts";

const OFFICIAL: Record<string, string> = {
  "35.19.03.2002": "Klorogan",
  "35.19.03.2017": "Kaibon",
  "35.19.03.2004": "Geger",
  "35.19.03.2019": "Desa Belum Didaftar",
  "33.21.01.2001": "Banyumeneng",
};

const ctx: ValidationContext = {
  kabupatenKode: "35.19",
  kabupatenNama: "Kabupaten Madiun",
  desaByKode: new Map([
    ["35.19.03.2002", { id: "desa-klorogan", nama: "Klorogan" }],
    ["35.19.03.2017", { id: "desa-kaibon", nama: "Kaibon" }],
    ["35.19.03.2004", { id: "desa-geger", nama: "Geger" }],
  ]),
  officialDesaNama: (kode) => OFFICIAL[kode],
};

const HEADER = ["kode_desa", "nama_dusun", "nama_posyandu", "tempat", "minggu_ke", "hari", "lintang", "bujur", "aktif"];
const errorsOf = (table: string[][]) => {
  const r = validateTable(table, ctx);
  return r.ok ? [] : r.errors;
};

describe("import header", () => {
  it("accepts Bahasa headers case-insensitively, with or without spaces/underscores", () => {
    expect(["Kode Desa", "KODE_DESA", "kodedesa", "\uFEFFkode-desa"].map(kolomOf)).toEqual(["kode_desa", "kode_desa", "kode_desa", "kode_desa"]);
    expect(kolomOf("Nama Posyandu")).toBe("nama_posyandu");
    expect(kolomOf("Minggu Ke")).toBe("minggu_ke");
    expect(kolomOf("Minggu ke (1-4, 5 = terakhir)")).toBe("minggu_ke");
    expect(headerKey(" Nama_Dusun ")).toBe("namadusun");
  });
  it("reports unknown, duplicate and missing required columns, all at once", () => {
    expect(errorsOf([["Desa", "Kecamatan", "nama posyandu", "Nama_Posyandu"], ["x", "y", "z", "w"]])).toEqual([
      "Kolom nama_posyandu muncul dua kali di baris judul.",
      'Kolom tidak dikenal: "Desa", "Kecamatan". Kolom yang dikenal: kode_desa, nama_dusun, nama_posyandu, tempat, minggu_ke, hari, lintang, bujur, aktif.',
      "Kolom wajib tidak ada: kode_desa.",
    ]);
    expect(errorsOf([["kode_desa", "tempat"], ["35.19.03.2002", "Balai"]])).toEqual(["Kolom wajib tidak ada: nama_dusun atau nama_posyandu (paling tidak salah satu)."]);
  });
  it("refuses an empty file and a file with only the header", () => {
    expect(errorsOf([])).toEqual(["Berkas kosong: tidak ada baris judul maupun data."]);
    expect(errorsOf([[""], [" ", ""]])).toEqual(["Berkas kosong: tidak ada baris judul maupun data."]);
    expect(errorsOf([HEADER, ["", ""]])).toEqual(["Berkas tidak berisi data: di bawah baris judul tidak ada baris yang terisi."]);
  });
  it("refuses more than 20,000 data rows", () => {
    const rows = Array.from({ length: IMPORT_LIMITS.maxRows + 1 }, (_, i) => ["35.19.03.2002", "", `P ${i}`]);
    expect(errorsOf([HEADER, ...rows])).toEqual(["Berkas terlalu besar: 20.001 baris data, paling banyak 20.000 baris per berkas. Bagi menjadi beberapa berkas."]);
  });
});

describe("import rows: every problem, with the Excel line number", () => {
  it("checks desa codes against the official list and the admin's kabupaten", () => {
    expect(errorsOf([
      ["kode_desa", "nama_posyandu"],
      ["35.19.03.2002", "Uji 1"],
      ["35.19.03.2999", "Uji 2"],
      ["33.21.01.2001", "Uji 3"],
      ["35.19.03.2019", "Uji 4"],
      ["35.19.3.2002", "Uji 5"],
      ["", "Uji 6"],
    ])).toEqual([
      "Baris 3: kode desa 35.19.03.2999 tidak ada dalam daftar resmi Kemendagri 2025",
      "Baris 4: kode desa 33.21.01.2001 bukan wilayah Kabupaten Madiun",
      "Baris 5: desa Desa Belum Didaftar (35.19.03.2019) belum terdaftar di aplikasi untuk Kabupaten Madiun; tambahkan dulu di menu Wilayah",
      'Baris 6: kode desa "35.19.3.2002" tidak sah (contoh yang benar: 35.19.03.2002)',
      "Baris 7: kode desa kosong",
    ]);
  });
  it("counts blank rows in line numbers, as Excel does", () => {
    expect(errorsOf([HEADER, [], ["35.19.03.2002", "", "", "Balai"], [""], ["35.19.03.2002", "", "Uji", "", "2", "Seninn"]])).toEqual([
      "Baris 3: nama posyandu kosong",
      'Baris 5: hari "Seninn" tidak dikenal (isi Senin–Minggu atau 1–7)',
    ]);
  });
  it("lists several reasons for one row, and names the duplicate's first line", () => {
    expect(errorsOf([
      HEADER,
      ["35.19.03.2002", "Balejurang", "Melati 1"],
      ["35.19.03.2002", "", "Uji", "", "7", "", "abc", "111,5", "mungkin"],
      ["35.19.03.2002", "", "  melati   1 "],
      ["35.19.03.2017", "", "Melati 1"],
      ["35.19.03.2002", "", "", "", "", "", "", "", ""],
      ["35.19.03.2002", "Ngrowo"],
      ["35.19.03.2002", "ngrowo"],
    ])).toEqual([
      'Baris 3: minggu ke "7" tidak dikenal (isi 1–4, atau 5 = minggu terakhir)',
      "Baris 3: minggu ke dan hari harus diisi bersama, atau dikosongkan keduanya",
      'Baris 3: lintang "abc" bukan angka',
      'Baris 3: aktif "mungkin" tidak dikenal (isi ya atau tidak)',
      'Baris 4: posyandu "melati 1" muncul dua kali untuk desa Klorogan (baris 2 dan 4)',
      "Baris 6: nama dusun dan nama posyandu kosong",
      'Baris 8: dusun "ngrowo" muncul dua kali untuk desa Klorogan (baris 7 dan 8)',
    ]);
  });
  it("checks coordinates are a pair inside Indonesia", () => {
    expect(errorsOf([HEADER, ["35.19.03.2002", "", "A", "", "", "", "-7,6", ""], ["35.19.03.2002", "", "B", "", "", "", "-70", "111"], ["35.19.03.2002", "", "C", "", "", "", "-7", "11"]])).toEqual([
      "Baris 2: lintang dan bujur harus diisi bersama, atau dikosongkan keduanya",
      "Baris 3: lintang -70 di luar wilayah Indonesia (harus antara -11 dan 6)",
      "Baris 4: bujur 11 di luar wilayah Indonesia (harus antara 95 dan 141)",
    ]);
  });
  it("flags cells beyond the titled columns (an unquoted comma shifts the row)", () => {
    expect(errorsOf([["kode_desa", "nama_posyandu", "tempat"], ["35.19.03.2002", "Uji", "Rumah Pak RT", " Dusun Krajan"]])).toEqual([
      'Baris 2: ada isian di luar kolom yang berjudul (jika isian memuat tanda koma, apit dengan tanda kutip ")',
    ]);
  });
  it("turns a clean table into rows; empty cells are left out so that they keep existing values", () => {
    const r = validateTable([
      ["Kode Desa", "Nama Dusun", "Nama Posyandu", "Tempat", "Minggu Ke", "Hari", "Lintang", "Bujur", "Aktif"],
      ["3519032002", " Balejurang ", "Melati  9", "Balai  RT 2", "terakhir", "jum'at", "-7,6745", "111.5712", "Tidak"],
      ["35.19.03.2017", "Sidomulyo"],
      ["'35.19.03.2004", "", "Dahlia 2"],
    ], ctx);
    expect(r).toEqual({
      ok: true,
      rows: [
        { line: 2, desaId: "desa-klorogan", desaKode: "35.19.03.2002", desaNama: "Klorogan", dusun: "Balejurang", posyandu: { nama: "Melati 9", tempat: "Balai RT 2", jadwalMingguKe: 5, jadwalHari: 5, latitude: -7.6745, longitude: 111.5712, isActive: false } },
        { line: 3, desaId: "desa-kaibon", desaKode: "35.19.03.2017", desaNama: "Kaibon", dusun: "Sidomulyo", posyandu: null },
        { line: 4, desaId: "desa-geger", desaKode: "35.19.03.2004", desaNama: "Geger", dusun: null, posyandu: { nama: "Dahlia 2" } },
      ],
    });
  });
});

describe("import cell parsers", () => {
  it("reads days by name or ISO number", () => {
    expect(["Senin", "SELASA", "rabu", "Kamis", "Jumat", "Jum'at", "Sabtu", "Minggu", "ahad", "3"].map(parseHari)).toEqual([1, 2, 3, 4, 5, 5, 6, 7, 7, 3]);
    expect(["Seninn", "8", "0", "Mon"].map(parseHari)).toEqual([undefined, undefined, undefined, undefined]);
  });
  it("reads the week of the month, 5 = last", () => {
    expect(["1", "4", "5", "terakhir", "ke-2", "Kedua", "minggu ke 3"].map(parseMingguKe)).toEqual([1, 4, 5, 5, 2, 2, 3]);
    expect(["6", "0", "akhir"].map(parseMingguKe)).toEqual([undefined, undefined, undefined]);
  });
  it("reads ya/tidak and decimals with a comma", () => {
    expect(["ya", "Ya", "TIDAK", "tidak aktif", "1", "0", "?"].map(parseAktif)).toEqual([true, true, false, false, true, false, undefined]);
    expect(["-7,6745", "111.5712", "−7.5", "-7.12345678", "1.2.3", "x"].map(parseDecimal)).toEqual([-7.6745, 111.5712, -7.5, -7.123457, undefined, undefined]);
    expect(normalizeKodeDesa(" 3519032002 ")).toBe("35.19.03.2002");
  });
});
