import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { toCsv } from "../../lib/csv/index.ts";
import { processRows } from "../../lib/pertumbuhan/batch.ts";
import { fileBaseName, processTable, processUpload } from "../../lib/gizi-berkas/process.ts";
import { storedRows } from "../../lib/gizi-berkas/output.ts";
import { createResultStore } from "../../lib/gizi-berkas/store.ts";
import { uploadStream } from "../../lib/gizi-berkas/upload-stream.ts";
import type { StreamLine } from "../../lib/gizi-berkas/protocol.ts";

const HEADER = ["Jenis Kelamin", "Tgl Lahir", "Tgl Ukur", "Berat (kg)", "Tinggi (cm)"];
const GOOD = ["L", "2023-01-10", "2025-01-10", "11.5", "86.0"];
const BAD = ["P", "2023-01-10", "2025-01-10", "sebelas", "85"];
const bytes = (text: string) => new TextEncoder().encode(text);
const csvOf = (rows: string[][]) => bytes(toCsv(rows));

async function failure(name: string, data: Uint8Array, limits?: { maxBytes: number; maxRows: number }) {
  const out = await processUpload(name, data, limits ? { limits } : {});
  if (out.ok) throw new Error("expected a failure");
  return out.message;
}

describe("whole-file problems stop the upload with a Bahasa message", () => {
  it("empty file, blank file, header only", async () => {
    expect(await failure("a.csv", new Uint8Array())).toMatch(/^Berkas kosong/);
    expect(await failure("a.csv", bytes("\n\n ,, \n"))).toMatch(/^Berkas kosong/);
    expect(await failure("a.csv", csvOf([HEADER, ["", "", ""]]))).toBe("Berkas hanya berisi judul kolom, tanpa baris data anak.");
  });

  it("not CSV or XLSX", async () => {
    expect(await failure("data.pdf", bytes("%PDF-1.4"))).toBe("Jenis berkas tidak didukung (.pdf): pilih berkas .csv atau .xlsx.");
    expect(await failure("lama.xls", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2]))).toMatch(/\.xls \(Excel lama\) tidak didukung/);
    expect(await failure("palsu.xlsx", bytes("sex,bb\n1,2\n"))).toMatch(/bukan berkas Excel/);
    expect(await failure("rusak.xlsx", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]))).toMatch(/tidak dapat dibaca/);
  });

  it("missing sex or measurement columns, or no header at all", async () => {
    const noSex = await failure("a.csv", csvOf([["umur_hari", "bb"], ["100", "5"]]));
    expect(noSex).toMatch(/^Judul kolom belum lengkap: Kolom jenis kelamin \(sex\/jk\) tidak ditemukan\./);
    const noMeasure = await failure("a.csv", csvOf([["jk", "umur_hari", "nama"], ["L", "100", "Ani"]]));
    expect(noMeasure).toContain("Tidak ada kolom ukuran");
    // A file without a header: its first data row is taken as the header and matches nothing.
    expect(await failure("a.csv", csvOf([GOOD, BAD]))).toMatch(/^Judul kolom belum lengkap/);
  });

  it("too large or too many rows", async () => {
    const data = csvOf([HEADER, GOOD, GOOD, GOOD]);
    expect(await failure("a.csv", data, { maxBytes: 10, maxRows: 100 })).toMatch(/^Berkas terlalu besar: .*paling besar/);
    expect(await failure("a.csv", data, { maxBytes: 1e6, maxRows: 2 })).toBe("Berkas terlalu besar: 3 baris data, paling banyak 2 baris per berkas. Bagi menjadi beberapa berkas.");
  });
});

describe("processing", () => {
  it("keeps non-fatal header notes (no age column: only weight-for-length is computed)", async () => {
    const out = await processTable([["jk", "bb", "tb"], ["L", "10", "80"]]);
    if (!out.ok) throw new Error(out.message);
    expect(out.value.headerProblems).toEqual([expect.stringMatching(/^Kolom umur tidak ditemukan/)]);
    const [header, row] = storedRows(out.value.csv);
    expect(row[header.indexOf("zwfl")]).toMatch(/^-?\d+\.\d\d$/);
  });

  it("numbers preview rows as in the file, across chunks, blank rows and a blank line above the header", async () => {
    const data = [GOOD, BAD, [], GOOD, GOOD, BAD];
    const table = [[], HEADER, ...data];
    const phases: string[] = [];
    const out = await processTable(table, { chunkRows: 2, onProgress: (p, d, t) => phases.push(`${p} ${d}/${t}`) });
    if (!out.ok) throw new Error(out.message);
    // Row 1 blank, row 2 header, data from row 3: BAD at rows 4 and 8.
    expect(out.value.preview).toEqual([
      { baris: 4, keterangan: 'Berat badan bukan angka: "sebelas".' },
      { baris: 8, keterangan: 'Berat badan bukan angka: "sebelas".' },
    ]);
    expect(out.value.summary).toEqual({ rowsRead: 5, rowsComputed: 5, rowsWithProblems: 2, rowsFlagged: 0, blankRowsSkipped: 1 });
    expect(phases).toEqual(["menghitung 0/6", "menghitung 2/6", "menghitung 4/6", "menghitung 6/6", "menyiapkan 0/1", "menyiapkan 1/1"]);
    // Same cells as one processRows call over the whole file.
    expect(storedRows(out.value.csv).slice(1)).toEqual(processRows(HEADER, data).rows);
  });

  it("ignores empty cells past the header (formatted but empty spreadsheet cells)", async () => {
    const out = await processTable([[...HEADER, "", ""], [...GOOD, "", " "]]);
    if (!out.ok) throw new Error(out.message);
    const [header, row] = storedRows(out.value.csv);
    expect(header.slice(0, 6)).toEqual([...HEADER, "zwei"]);
    expect(row[header.indexOf("keterangan")]).toBe("");
  });

  it("reads XLSX (dates as real dates, numbers as numbers) like the same CSV", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Data");
    ws.addRow(HEADER);
    ws.addRow(["L", new Date(Date.UTC(2023, 0, 10)), new Date(Date.UTC(2025, 0, 10)), 11.5, 86]);
    ws.addRow(BAD);
    const xlsx = new Uint8Array(await wb.xlsx.writeBuffer());
    const fromXlsx = await processUpload("Data Mei (final).xlsx", xlsx);
    const fromCsv = await processUpload("d.csv", csvOf([HEADER, GOOD, BAD]));
    if (!fromXlsx.ok || !fromCsv.ok) throw new Error("expected success");
    const zwei = (csv: string) => storedRows(csv).map((r) => r[5]);
    expect(zwei(fromXlsx.value.csv)).toEqual(zwei(fromCsv.value.csv));
    expect(fromXlsx.value.fileBaseName).toBe("Data_Mei_final");
    expect(fromXlsx.value.delimiter).toBe(",");
  });

  it("remembers a semicolon delimiter for the CSV download", async () => {
    const out = await processUpload("a.csv", bytes("jk;umur_hari;bb\nL;100;5,5\n"));
    expect(out.ok && out.value.delimiter).toBe(";");
  });

  it("makes safe file base names", () => {
    expect(fileBaseName("C:\\Users\\ani\\Data Balita 2025.xlsx")).toBe("Data_Balita_2025");
    expect(fileBaseName('"; rm -rf.csv')).toBe("rm_-rf");
    expect(fileBaseName(".csv")).toBe("data");
  });
});

async function lines(stream: ReadableStream<Uint8Array>): Promise<StreamLine[]> {
  const text = await new Response(stream).text();
  expect(text.endsWith("\n")).toBe(true);
  return text.trim().split("\n").map((l) => JSON.parse(l) as StreamLine);
}

describe("NDJSON answer", () => {
  it("streams progress then one selesai line, and stores the result for the uploader", async () => {
    const store = createResultStore();
    const out = await lines(uploadStream(store, "kader-1", "anak.csv", csvOf([HEADER, GOOD, BAD])));
    const last = out.at(-1);
    expect(out.slice(0, -1).every((l) => l.t === "progress")).toBe(true);
    expect(out.some((l) => l.t === "progress" && l.phase === "menghitung" && l.done === 2 && l.total === 2)).toBe(true);
    if (last?.t !== "selesai") throw new Error("expected selesai");
    expect(last.summary.rowsRead).toBe(2);
    expect(last.preview).toEqual([{ baris: 3, keterangan: 'Berat badan bukan angka: "sebelas".' }]);
    expect(store.get(last.id, "kader-1")?.fileBaseName).toBe("anak");
    expect(store.get(last.id, "kader-2")).toBeNull();
  });

  it("ends with one gagal line and stores nothing for a bad file", async () => {
    const store = createResultStore();
    const out = await lines(uploadStream(store, "kader-1", "anak.csv", csvOf([["nama"], ["Ani"]])));
    expect(out.at(-1)).toMatchObject({ t: "gagal", message: expect.stringMatching(/^Judul kolom belum lengkap/) });
    expect(store.size()).toBe(0);
  });
});
