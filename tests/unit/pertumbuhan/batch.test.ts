import { describe, expect, it } from "vitest";
import {
  OUTPUT_COLUMNS,
  computeGrowth,
  formatSummary,
  mapHeader,
  normalizeHeaderName,
  parseDateCell,
  parseMeasureCell,
  parseNumberCell,
  parseOedemaCell,
  parseSexCell,
  processRows,
} from "../../../lib/pertumbuhan/index.ts";
import { parseCsv } from "../../../lib/csv/index.ts";
import { processCsvText } from "../../../scripts/lib/zscore-csv.ts";

const col = (header: string[], row: string[], name: string) => row[header.indexOf(name)];

describe("cell readers", () => {
  it("numbers with decimal comma or point", () => {
    expect(parseNumberCell("12,5")).toBe(12.5);
    expect(parseNumberCell(" 12.5 ")).toBe(12.5);
    expect(parseNumberCell("1.234,5")).toBe(1234.5);
    expect(parseNumberCell("")).toBeNull();
    expect(parseNumberCell("abc")).toBeNaN();
    expect(parseNumberCell("12,5,1")).toBeNaN();
    expect(parseNumberCell("-5")).toBe(-5);
  });
  it("sex: 1/L/M/laki-laki and 2/P/F/perempuan, any case", () => {
    expect(["1", "L", "l", "M", "m", "Laki-laki"].map(parseSexCell)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(["2", "P", "p", "F", "f", "Perempuan"].map(parseSexCell)).toEqual([2, 2, 2, 2, 2, 2]);
    expect(parseSexCell("")).toBeNull();
    expect(parseSexCell("x")).toBeUndefined();
  });
  it("measure and oedema", () => {
    expect(["l", "L", "h", "H", "", "PB", "TB", "berdiri", "q"].map(parseMeasureCell)).toEqual(["l", "l", "h", "h", null, "l", "h", "h", undefined]);
    expect(["y", "Y", "ya", "1", "n", "N", "tidak", "2", "", "maybe"].map(parseOedemaCell)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      undefined,
    ]);
  });
  it("dates: ISO, ISO with time, day-first with / - .", () => {
    expect(parseDateCell("2024-03-05")).toBe("2024-03-05");
    expect(parseDateCell("2024-03-05T08:00:00")).toBe("2024-03-05");
    expect(parseDateCell("5/3/2024")).toBe("2024-03-05");
    expect(parseDateCell("05-03-2024")).toBe("2024-03-05");
    expect(parseDateCell("05.03.2024")).toBe("2024-03-05");
    expect(parseDateCell("2023-02-29")).toBeUndefined();
    expect(parseDateCell("31/04/2024")).toBeUndefined();
    expect(parseDateCell("")).toBeNull();
  });
});

describe("header", () => {
  it("normalizes names", () => {
    expect(normalizeHeaderName(" Berat (kg) ")).toBe("berat_kg");
    expect(normalizeHeaderName("\uFEFFTgl. Lahir")).toBe("tgl_lahir");
  });
  it("accepts the Bahasa aliases", () => {
    const m = mapHeader(["No", "jk", "tgl_lahir", "tgl_ukur", "bb", "tb", "cara_ukur", "lk", "lila", "edema"]);
    expect(m.columns).toEqual({
      sex: 1,
      birth_date: 2,
      visit_date: 3,
      weight_kg: 4,
      lenhei_cm: 5,
      measure: 6,
      headc_cm: 7,
      muac_cm: 8,
      oedema: 9,
    });
    expect(m.problems).toEqual([]);
    expect(mapHeader(["Jenis Kelamin", "Umur (hari)", "Berat Badan", "PB/TB (cm)", "Tinggi"]).columns).toEqual({
      sex: 0,
      age_days: 1,
      weight_kg: 2,
      lenhei_cm: 3,
    });
  });
  it("reports missing columns and ignores repeated ones", () => {
    const m = mapHeader(["weight_kg", "bb"]);
    expect(m.columns).toEqual({ weight_kg: 0 });
    expect(m.problems.length).toBe(3);
  });
});

describe("processRows", () => {
  const header = ["id", "sex", "birth_date", "visit_date", "weight_kg", "lenhei_cm", "measure", "headc_cm", "muac_cm", "oedema"];

  it("keeps the input columns unchanged and appends the outputs in order", () => {
    const out = processRows(header, [["7", "L", "2023-01-10", "2024-03-05", "9,8", "76.5", "l", "46", "14.2", "n"]]);
    expect(out.header).toEqual([...header, ...OUTPUT_COLUMNS]);
    expect(OUTPUT_COLUMNS.slice(0, 6)).toEqual(["zwei", "zlen", "zwfl", "zbmi", "zhc", "zac"]);
    const row = out.rows[0];
    expect(row.slice(0, header.length)).toEqual(["7", "L", "2023-01-10", "2024-03-05", "9,8", "76.5", "l", "46", "14.2", "n"]);
    const expected = computeGrowth({
      sex: 1,
      birthDate: "2023-01-10",
      visitDate: "2024-03-05",
      weightKg: 9.8,
      lengthHeightCm: 76.5,
      measure: "l",
      headCm: 46,
      muacCm: 14.2,
    }).indices;
    expect(col(out.header, row, "zwei")).toBe((expected.bbu.z as number).toFixed(2));
    expect(col(out.header, row, "zlen")).toBe((expected.tbu.z as number).toFixed(2));
    expect(col(out.header, row, "fwei")).toBe("0");
    expect(col(out.header, row, "kat_bbu")).toBe(expected.bbu.category?.label);
    expect(col(out.header, row, "keterangan")).toBe("");
    expect(out.summary).toEqual({ rowsRead: 1, rowsComputed: 1, rowsWithProblems: 0, rowsFlagged: 0, blankRowsSkipped: 0 });
  });

  it("older children: 2007 reference for zwei/zlen/zbmi; zwfl, zhc, zac empty with a reason", () => {
    const out = processRows(header, [["1", "1", "2019-01-01", "2024-06-01", "18", "108", "h", "50", "16", "n"]]);
    const row = out.rows[0];
    expect(col(out.header, row, "zwei")).not.toBe("");
    expect(col(out.header, row, "zbmi")).not.toBe("");
    for (const c of ["zwfl", "zhc", "zac", "fwfl", "fhc", "fac", "kat_bbtb", "kat_lku", "kat_lilau"]) expect(col(out.header, row, c)).toBe("");
    expect(col(out.header, row, "keterangan")).toContain("BB/PB dan BB/TB hanya untuk umur 0–60 bulan.");
  });

  it("bad rows do not stop the run and are explained", () => {
    const out = processRows(header, [
      ["1", "x", "2020-01-01", "2024-06-01", "15", "abc", "", "", "", ""],
      ["2", "2", "2024-05-01", "2024-04-01", "8", "70", "l", "", "", ""],
      ["3", "2", "2024-01-01", "2024-04-01", "5,9", "58", "l", "", "", "y"],
      ["", "", "", "", "", "", "", "", "", ""],
      ["4", "1", "2024-01-01", "2024-04-01", "6"],
    ]);
    expect(out.rows.length).toBe(4);
    const k = (i: number) => col(out.header, out.rows[i], "keterangan");
    expect(k(0)).toContain('Jenis kelamin tidak dikenal: "x"');
    expect(k(0)).toContain('Panjang/tinggi badan bukan angka: "abc".');
    expect(k(0)).not.toContain("Jenis kelamin wajib diisi");
    expect(k(1)).toBe("Tanggal lahir sesudah tanggal pengukuran.");
    expect(col(out.header, out.rows[2], "zwei")).toBe("");
    expect(col(out.header, out.rows[2], "fwei")).toBe("");
    expect(col(out.header, out.rows[2], "zlen")).not.toBe("");
    expect(k(2)).toBe("Tidak dihitung karena ada edema.");
    // a short row is padded to the header
    expect(out.rows[3].length).toBe(header.length + OUTPUT_COLUMNS.length);
    expect(col(out.header, out.rows[3], "zwei")).not.toBe("");
    expect(out.summary).toEqual({ rowsRead: 4, rowsComputed: 2, rowsWithProblems: 3, rowsFlagged: 0, blankRowsSkipped: 1 });
    expect(formatSummary(out.summary)).toContain("Baris dibaca: 4, dihitung: 2, bermasalah: 3");
  });

  it("age_days instead of dates, with Bahasa names and a ;-separated file with decimal commas", () => {
    const text = "jk;umur_hari;bb;tb;cara_ukur\r\nP;1522;17;;\r\nL;44;;50;l\r\n";
    const out = processCsvText(text);
    expect(out.inputDelimiter).toBe(";");
    const [h, r1, r2] = parseCsv(out.csv);
    expect(h.slice(0, 5)).toEqual(["jk", "umur_hari", "bb", "tb", "cara_ukur"]);
    expect(col(h, r1, "zwei")).toBe("0.24"); // anthro test: girl 1522 days 17 kg
    expect(col(h, r2, "zlen")).toBe("-3.29"); // anthro test: boy 44 days 50 cm
    expect(out.csv.endsWith("\n")).toBe(true);
    expect(out.csv.includes("\r")).toBe(false);
  });

  it("flags are 1/0, and the web upload can keep the per-row results", () => {
    const out = processRows(["sex", "age_days", "weight_kg"], [["2", "1", "10.37"], ["2", "1522", "17"]], { keepResults: true });
    expect(out.rows.map((r) => col(out.header, r, "fwei"))).toEqual(["1", "0"]);
    expect(out.summary.rowsFlagged).toBe(1);
    expect(col(out.header, out.rows[0], "keterangan")).toBe("Z-score BB/U di luar batas wajar WHO: periksa ulang pengukuran.");
    expect(out.results?.map((r) => r.result.indices.bbu.z)).toEqual([12.46, 0.24]);
  });

  it("an empty file", () => {
    expect(processCsvText("").headerProblems).toEqual(["Berkas kosong: tidak ada judul kolom."]);
  });
});
