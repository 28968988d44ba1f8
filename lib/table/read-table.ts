import "server-only";
/**
 * Turns an uploaded CSV or XLSX into a table of text cells, with limits chosen by the caller
 * (lib/impor keeps its own smaller limits). Row i of the table is row i+1 of the sheet (blank rows
 * kept), so that row numbers in messages match what the user sees in Excel.
 */
import ExcelJS from "exceljs";
import { parseCsvDetailed, type CsvDelimiter } from "../csv/index.ts";
import { formatNumber } from "../i18n/format.ts";

export interface TableLimits {
  maxBytes: number;
  /** Data rows, not counting the header row. */
  maxRows: number;
}

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

function sizeText(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} KB`
    : `${(bytes / 1024 / 1024).toLocaleString("id-ID", { maximumFractionDigits: 1 })} MB`;
}

export function tooManyRowsMessage(rows: number, limits: TableLimits): string {
  return `Berkas terlalu besar: ${formatNumber(rows)} baris data, paling banyak ${formatNumber(limits.maxRows)} baris per berkas. Bagi menjadi beberapa berkas.`;
}

export function tooLargeMessage(bytes: number, limits: TableLimits): string {
  return `Berkas terlalu besar: ${sizeText(bytes)}, paling besar ${sizeText(limits.maxBytes)}. Bagi menjadi beberapa berkas.`;
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

async function readXlsx(bytes: Uint8Array, limits: TableLimits): Promise<TableResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its Buffer against an older @types/node.
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    return { ok: false, error: "Berkas XLSX tidak dapat dibaca: berkas rusak atau bukan berkas Excel. Simpan ulang dari Excel sebagai .xlsx, atau sebagai .csv." };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { ok: true, kind: "xlsx", table: [], delimiter: "," };
  if (sheet.actualRowCount > limits.maxRows + 1) return { ok: false, error: tooManyRowsMessage(sheet.actualRowCount - 1, limits) };
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
    while (table.length < rowNumber - 1) table.push([]);
    table[rowNumber - 1] = cells;
  });
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
  const parsed = parseCsvDetailed(text);
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
