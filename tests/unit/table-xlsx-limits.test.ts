import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { readTableFile } from "../../lib/table/read-table.ts";
import { GIZI_BERKAS_LIMITS } from "../../lib/gizi-berkas/protocol.ts";
import { IMPORT_LIMITS } from "../../lib/impor/limits.ts";
import { processUpload } from "../../lib/gizi-berkas/process.ts";
import { repeatedRowsXlsx, xlsxWith } from "../support/xlsx-bomb.ts";

/** Runs `work` and reports its time and the highest heap growth seen while it ran. */
async function measured<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; heapGrowthMb: number }> {
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 1);
  const start = performance.now();
  try {
    const value = await work();
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    return { value, ms: performance.now() - start, heapGrowthMb: (peak - base) / 1024 / 1024 };
  } finally {
    clearInterval(timer);
  }
}

const rowXml = (r: number, cells: string) => `<row r="${r}">${cells}</row>`;

describe("an XLSX bomb is refused while reading, in seconds and bounded memory", () => {
  // One tiny inline-string row a million times: 5 MB on disk (within the upload limit), 70 MB unpacked.
  const bomb = repeatedRowsXlsx(1_000_000);

  it("is a file the upload accepts by size", () => {
    expect(bomb.length).toBeLessThan(IMPORT_LIMITS.maxBytes);
  });

  it("stops at the batch page's row limit", async () => {
    const { value, ms, heapGrowthMb } = await measured(() => readTableFile("bom.xlsx", bomb, GIZI_BERKAS_LIMITS));
    expect(value).toEqual({ ok: false, error: "Berkas terlalu besar: lebih dari 200.000 baris data, paling banyak 200.000 baris per berkas. Bagi menjadi beberapa berkas." });
    expect(ms).toBeLessThan(5_000);
    expect(heapGrowthMb).toBeLessThan(250);
  }, 60_000);

  it("stops at the import's row limit, and the batch upload answers with the same message", async () => {
    const { value, ms, heapGrowthMb } = await measured(() => readTableFile("bom.xlsx", bomb, IMPORT_LIMITS));
    expect(value).toEqual({ ok: false, error: "Berkas terlalu besar: lebih dari 20.000 baris data, paling banyak 20.000 baris per berkas. Bagi menjadi beberapa berkas." });
    expect(ms).toBeLessThan(2_000);
    expect(heapGrowthMb).toBeLessThan(100);
    const upload = await processUpload("bom.xlsx", bomb, { limits: IMPORT_LIMITS });
    expect(upload).toEqual({ ok: false, message: "Berkas terlalu besar: lebih dari 20.000 baris data, paling banyak 20.000 baris per berkas. Bagi menjadi beberapa berkas." });
  }, 60_000);

  it("refuses a sheet that unpacks past the cap (one huge cell)", async () => {
    const huge = Buffer.concat([Buffer.from('<row r="1"><c r="A1" t="inlineStr"><is><t>'), Buffer.alloc(40 * 1024 * 1024, "a"), Buffer.from("</t></is></c></row>")]);
    const file = xlsxWith(huge);
    expect(file.length).toBeLessThan(100 * 1024);
    const { value, ms, heapGrowthMb } = await measured(() => readTableFile("bom.xlsx", file, { maxBytes: 1024 * 1024, maxRows: 1000 }));
    expect(value).toEqual({ ok: false, error: "Berkas XLSX terlalu besar setelah dibuka: isinya lebih dari 20 MB. Bagi menjadi beberapa berkas, atau simpan sebagai .csv." });
    expect(ms).toBeLessThan(2_000);
    expect(heapGrowthMb).toBeLessThan(100);
  }, 60_000);

  it("refuses shared strings past their cap, before caching them", async () => {
    const strings = Buffer.from("<si><t>a</t></si>".repeat(600_000));
    const file = xlsxWith(Buffer.from(rowXml(1, '<c r="A1" t="s"><v>0</v></c>')), strings);
    const { value, ms, heapGrowthMb } = await measured(() => readTableFile("bom.xlsx", file, { maxBytes: 1024 * 1024, maxRows: 1000 }));
    expect(value).toEqual({ ok: false, error: "Berkas XLSX terlalu besar setelah dibuka: isinya lebih dari 4 MB. Bagi menjadi beberapa berkas, atau simpan sebagai .csv." });
    expect(ms).toBeLessThan(2_000);
    expect(heapGrowthMb).toBeLessThan(100);
  }, 60_000);

  it("refuses a value far to the right instead of making 16.384 empty cells per row", async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => rowXml(i + 1, `<c r="XFD${i + 1}"><v>1</v></c>`)).join("");
    const { value } = await measured(() => readTableFile("lebar.xlsx", xlsxWith(Buffer.from(rows)), GIZI_BERKAS_LIMITS));
    expect(value).toEqual({ ok: false, error: "Berkas terlalu lebar: ada isian di kolom ke-16.384, paling banyak 1.000 kolom. Hapus kolom yang tidak dipakai." });
  });
});

describe("a CSV of millions of tiny rows", () => {
  it("is refused at the row limit without building every row", async () => {
    const file = new TextEncoder().encode("jk,bb\n" + "1,\n".repeat(3_000_000));
    expect(file.length).toBeLessThan(GIZI_BERKAS_LIMITS.maxBytes);
    const { value, ms, heapGrowthMb } = await measured(() => readTableFile("bom.csv", file, GIZI_BERKAS_LIMITS));
    expect(value).toEqual({ ok: false, error: "Berkas terlalu besar: lebih dari 200.000 baris data, paling banyak 200.000 baris per berkas. Bagi menjadi beberapa berkas." });
    expect(ms).toBeLessThan(3_000);
    expect(heapGrowthMb).toBeLessThan(150);
  }, 60_000);

  it("still gives the exact count one row over the limit", async () => {
    const file = new TextEncoder().encode("jk,bb\n" + "1,2\n".repeat(4));
    expect(await readTableFile("a.csv", file, { maxBytes: 1e6, maxRows: 3 })).toEqual({ ok: false, error: "Berkas terlalu besar: 4 baris data, paling banyak 3 baris per berkas. Bagi menjadi beberapa berkas." });
  });
});

describe("XLSX within the limits reads as before", () => {
  it("reads exactly the row limit, keeps blank rows, shared strings, dates, numbers and booleans", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Data");
    ws.addRow(["nama", "tgl", "bb", "aktif"]);
    ws.addRow(["Ani", new Date(Date.UTC(2023, 0, 10)), 11.5, true]);
    ws.addRow([]);
    ws.addRow(["Budi", "2023-02-01", 9, false]);
    wb.addWorksheet("Petunjuk").addRow(["tidak dibaca"]);
    const file = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(await readTableFile("a.xlsx", file, { maxBytes: 1e6, maxRows: 2 })).toEqual({
      ok: true,
      kind: "xlsx",
      delimiter: ",",
      table: [["nama", "tgl", "bb", "aktif"], ["Ani", "2023-01-10", "11.5", "ya"], [], ["Budi", "2023-02-01", "9", "tidak"]],
    });
    const refused = await readTableFile("a.xlsx", file, { maxBytes: 1e6, maxRows: 1 });
    expect(refused).toEqual({ ok: false, error: "Berkas terlalu besar: lebih dari 1 baris data, paling banyak 1 baris per berkas. Bagi menjadi beberapa berkas." });
  });

  it("reads inline strings (as streaming writers save them)", async () => {
    const S = '<c r="A1" t="inlineStr"><is><t>kedua</t></is></c>';
    const file = xlsxWith(Buffer.from(rowXml(1, S)));
    const read = await readTableFile("a.xlsx", file, { maxBytes: 1e6, maxRows: 10 });
    expect(read).toEqual({ ok: true, kind: "xlsx", delimiter: ",", table: [["kedua"]] });
  });
});
