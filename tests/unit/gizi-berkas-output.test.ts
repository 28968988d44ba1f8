import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { parseCsv } from "../../lib/csv/index.ts";
import { OUTPUT_COLUMNS, processRows } from "../../lib/pertumbuhan/batch.ts";
import { csvDownload, downloadFileName, storedRows } from "../../lib/gizi-berkas/output.ts";
import { xlsxCellValue, xlsxDownload } from "../../lib/download/xlsx.ts";
import { processTable } from "../../lib/gizi-berkas/process.ts";

const HEADER = ["nama", "NIK", "jk", "umur_hari", "bb", "tb", "cara_ukur"];
const ROWS = [
  ["Ani", "3519010101010001", "P", "667", "10.2", "82.5", "l"],
  ["=HYPERLINK(\"x\")", "0812", "L", "1000", "8.1", "80,5", "h"],
  ["Dodi", "", "", "800", "12.5", "90", "h"],
];

async function stored(): Promise<string[][]> {
  const out = await processTable([HEADER, ...ROWS]);
  if (!out.ok) throw new Error(out.message);
  return storedRows(out.value.csv);
}

async function readXlsx(buf: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb.worksheets[0];
}

describe("stored result", () => {
  it("is the input columns in order, then OUTPUT_COLUMNS, with exactly processRows' cells", async () => {
    const rows = await stored();
    const expected = processRows(HEADER, ROWS);
    expect(rows[0]).toEqual([...HEADER, ...OUTPUT_COLUMNS]);
    expect(rows.slice(1)).toEqual(expected.rows);
  });
});

describe("CSV download", () => {
  it("starts with a BOM, uses CRLF, and keeps negative z-scores as plain numbers", async () => {
    const rows = await stored();
    const csv = csvDownload(rows);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain("\r\n");
    const back = parseCsv(csv);
    const zwei = back[0].indexOf("zwei");
    expect(back[1][zwei]).toMatch(/^-\d+\.\d\d$/); // Ani's BB/U is negative: no ' in front of it
    expect(back[1][zwei]).toBe(rows[1][zwei]);
  });

  it("defuses text that a spreadsheet would run as a formula", async () => {
    const back = parseCsv(csvDownload(await stored()));
    expect(back[2][0]).toBe("'=HYPERLINK(\"x\")");
  });

  it("keeps the row that cannot be computed, with its reason", async () => {
    const back = parseCsv(csvDownload(await stored()));
    const ket = back[0].indexOf("keterangan");
    expect(back).toHaveLength(4);
    expect(back[3][0]).toBe("Dodi");
    expect(back[3][ket]).toBe("Jenis kelamin wajib diisi (laki-laki atau perempuan).");
    expect(back[3][back[0].indexOf("zwei")]).toBe("");
  });

  it("uses the input's delimiter when asked", async () => {
    const csv = csvDownload(await stored(), ";");
    expect(csv.split("\r\n")[0]).toBe("\uFEFF" + [...HEADER, ...OUTPUT_COLUMNS].join(";"));
  });
});

describe("XLSX download", () => {
  it("has a bold, frozen header, numbers as numbers and other cells as text", async () => {
    const rows = await stored();
    const sheet = await readXlsx(await xlsxDownload(rows));
    expect(sheet.actualRowCount).toBe(4);
    const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1);
    expect(header).toEqual([...HEADER, ...OUTPUT_COLUMNS]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const col = (name: string) => rows[0].indexOf(name) + 1;
    const ani = sheet.getRow(2);
    expect(ani.getCell(col("bb")).value).toBe(10.2);
    expect(ani.getCell(col("umur_hari")).value).toBe(667);
    expect(ani.getCell(col("zwei")).value).toBe(Number(rows[1][col("zwei") - 1]));
    expect(typeof ani.getCell(col("zwei")).value).toBe("number");
    expect(ani.getCell(col("fwei")).value).toBe(0);
    expect(ani.getCell(col("kat_bbu")).value).toBe("Berat badan normal");
    // Identifiers stay text: no rounded NIK, no lost leading zero; a decimal comma stays as typed.
    expect(ani.getCell(col("NIK")).value).toBe("3519010101010001");
    expect(sheet.getRow(3).getCell(col("NIK")).value).toBe("0812");
    expect(sheet.getRow(3).getCell(col("tb")).value).toBe("80,5");
    // A formula-like text is a text cell, not a formula.
    expect(sheet.getRow(3).getCell(1).value).toBe("=HYPERLINK(\"x\")");
    const dodi = sheet.getRow(4);
    expect(dodi.getCell(col("keterangan")).value).toBe("Jenis kelamin wajib diisi (laki-laki atau perempuan).");
    expect(dodi.getCell(col("zwei")).value).toBeNull();
  });

  it("converts cells by a fixed rule", () => {
    expect(xlsxCellValue("-1.23")).toBe(-1.23);
    expect(xlsxCellValue("0.00")).toBe(0);
    expect(xlsxCellValue("12")).toBe(12);
    expect(xlsxCellValue("")).toBeNull();
    expect(xlsxCellValue("007")).toBe("007");
    expect(xlsxCellValue("12345678901")).toBe("12345678901");
    expect(xlsxCellValue("1e5")).toBe("1e5");
    expect(xlsxCellValue("Gizi baik")).toBe("Gizi baik");
  });

  it("names the file after the upload", () => {
    expect(downloadFileName("data_mei", "xlsx")).toBe("data_mei-zscore.xlsx");
    expect(downloadFileName("data_mei", "csv")).toBe("data_mei-zscore.csv");
  });
});
