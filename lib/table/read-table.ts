import "server-only";
/**
 * Turns an uploaded CSV or XLSX into a table of text cells, with limits chosen by the caller
 * (lib/impor keeps its own smaller limits). Row i of the table is row i+1 of the sheet (blank rows
 * kept), so that row numbers in messages match what the user sees in Excel.
 */
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { parseCsvDetailed, type CsvDelimiter } from "../csv/index.ts";
import { formatNumber } from "../i18n/format.ts";
import { fileSizeLabel, moreRowsThanMessage, tooLargeMessage, tooManyRowsMessage, type TableLimits } from "./limits.ts";
import { xlsxPartsForReading, type XlsxCaps } from "./xlsx-zip.ts";

export { fileSizeLabel, moreRowsThanMessage, tooLargeMessage, tooManyRowsMessage, type TableLimits };

export type TableKind = "csv" | "xlsx";

export type TableResult =
  | { ok: true; kind: TableKind; table: string[][]; delimiter: CsvDelimiter }
  | { ok: false; error: string };

const isZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isOle = (b: Uint8Array) => b.length >= 4 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? "" : name.slice(dot + 1).toLowerCase();
}

/** A spreadsheet cell as the text the user sees: numbers as typed, dates as YYYY-MM-DD. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "ya" : "tidak";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("formula" in value || "sharedFormula" in value) return cellText((value as ExcelJS.CellFormulaValue).result ?? null);
  if ("hyperlink" in value) return cellText((value as { text: ExcelJS.CellValue }).text);
  if ("error" in value) return value.error;
  return String(value);
}

/** Cells further right than this are refused: a value at column XFD would make 16.384 cells per row. */
export const MAX_COLUMNS = 1000;

/**
 * Unpacked-size caps for an XLSX, from the upload limit: a real sheet unpacks to 5–15 times its
 * file size; shared strings are kept in memory as strings while the sheet is read.
 */
export function xlsxCaps(limits: TableLimits): XlsxCaps {
  return { maxUnpackedBytes: 20 * limits.maxBytes, maxSharedStringsBytes: 4 * limits.maxBytes };
}

const UNREADABLE_XLSX = "Berkas XLSX tidak dapat dibaca: berkas rusak atau bukan berkas Excel. Simpan ulang dari Excel sebagai .xlsx, atau sebagai .csv.";

class Refusal {
  constructor(readonly message: string) {}
}

/** A row's cells as text; blank up to the last cell Excel wrote, as the user sees them. */
function rowCells(row: ExcelJS.Row): string[] {
  const width = row.cellCount;
  if (width <= MAX_COLUMNS) {
    const cells = new Array<string>(width);
    for (let c = 1; c <= width; c++) cells[c - 1] = cellText(row.getCell(c).value);
    return cells;
  }
  // Far-right cells: only the ones holding a value exist; never walk the empty ones.
  const cells: string[] = [];
  row.eachCell({ includeEmpty: false }, (cell, col) => {
    if (col > MAX_COLUMNS) throw new Refusal(`Berkas terlalu lebar: ada isian di kolom ke-${formatNumber(col)}, paling banyak ${formatNumber(MAX_COLUMNS)} kolom. Hapus kolom yang tidak dipakai.`);
    while (cells.length < col - 1) cells.push("");
    cells[col - 1] = cellText(cell.value);
  });
  return cells;
}

/** Reads the first sheet as a stream, stopping as soon as it holds more rows than the limit. */
async function readXlsx(bytes: Uint8Array, limits: TableLimits): Promise<TableResult> {
  const parts = await xlsxPartsForReading(bytes, xlsxCaps(limits));
  if (!parts.ok) {
    if (parts.problem === "unreadable") return { ok: false, error: UNREADABLE_XLSX };
    return { ok: false, error: `Berkas XLSX terlalu besar setelah dibuka: isinya lebih dari ${fileSizeLabel(parts.capBytes)}. Bagi menjadi beberapa berkas, atau simpan sebagai .csv.` };
  }
  const source = Readable.from([parts.zip]);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(source, { worksheets: "emit", sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", entries: "ignore" });
  const table: string[][] = [];
  let rowsWithValues = 0;
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        if (!row.hasValues) continue;
        if (++rowsWithValues > limits.maxRows + 1) return { ok: false, error: moreRowsThanMessage(limits) };
        const cells = rowCells(row);
        while (table.length < row.number - 1) table.push([]);
        table[row.number - 1] = cells;
      }
      // Only the first sheet is read (the templates put their help on the second).
      break;
    }
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, error: error.message };
    return { ok: false, error: UNREADABLE_XLSX };
  } finally {
    source.destroy();
  }
  return { ok: true, kind: "xlsx", table, delimiter: "," };
}

function readCsv(bytes: Uint8Array, limits: TableLimits): TableResult {
  if (bytes.includes(0)) return { ok: false, error: "Isi berkas bukan teks CSV. Pilih berkas .csv atau .xlsx." };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Older Excel saves "CSV" in the Windows code page, not UTF-8.
    text = new TextDecoder("windows-1252").decode(bytes);
  }
  // Parsing stops one row past "one over the limit": a file of millions of tiny rows is never built
  // whole, and a file just over the limit still gets its exact count.
  const parsed = parseCsvDetailed(text, { maxRecords: limits.maxRows + 3 });
  if (parsed.rows.length > limits.maxRows + 2) return { ok: false, error: moreRowsThanMessage(limits) };
  if (parsed.rows.length > limits.maxRows + 1) return { ok: false, error: tooManyRowsMessage(parsed.rows.length - 1, limits) };
  return { ok: true, kind: "csv", table: parsed.rows, delimiter: parsed.delimiter };
}

/** Reads the file by its extension, checking that the content matches. */
export async function readTableFile(name: string, bytes: Uint8Array, limits: TableLimits): Promise<TableResult> {
  if (bytes.length > limits.maxBytes) return { ok: false, error: tooLargeMessage(bytes.length, limits) };
  const ext = extensionOf(name);
  if (ext === "xls" || (isOle(bytes) && ext !== "csv")) return { ok: false, error: "Berkas .xls (Excel lama) tidak didukung. Simpan ulang dari Excel sebagai .xlsx atau .csv." };
  if (ext === "xlsx") {
    if (!isZip(bytes)) return { ok: false, error: "Berkas bernama .xlsx tetapi isinya bukan berkas Excel. Simpan ulang dari Excel sebagai .xlsx atau .csv." };
    return readXlsx(bytes, limits);
  }
  if (ext === "csv" || ext === "txt") {
    if (isZip(bytes) || isOle(bytes)) return { ok: false, error: "Berkas bernama .csv tetapi isinya berkas Excel. Ganti akhiran namanya menjadi .xlsx, atau simpan ulang sebagai CSV." };
    return readCsv(bytes, limits);
  }
  return { ok: false, error: `Jenis berkas tidak didukung${ext ? ` (.${ext})` : ""}: pilih berkas .csv atau .xlsx.` };
}
