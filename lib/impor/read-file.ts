import "server-only";
/**
 * Turns an uploaded CSV or XLSX into a table of text cells. Row i of the table is row i+1 of the
 * sheet (blank rows kept), so that line numbers in messages match what the user sees in Excel.
 */
import ExcelJS from "exceljs";
import { parseCsv } from "../csv/index.ts";
import { formatNumber } from "../i18n/format.ts";
import { IMPORT_LIMITS } from "./validate.ts";

export type ReadResult = { ok: true; table: string[][] } | { ok: false; error: string };

const isZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isOle = (b: Uint8Array) => b.length >= 4 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

function extensionOf(name: string): string {
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

async function readXlsx(bytes: Uint8Array): Promise<ReadResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its Buffer against an older @types/node.
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    return { ok: false, error: "Berkas XLSX tidak dapat dibaca: berkas rusak atau bukan berkas Excel. Simpan ulang dari Excel sebagai .xlsx, atau sebagai .csv." };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { ok: true, table: [] };
  // One header row plus the data rows; a sheet longer than that is refused before reading it all.
  if (sheet.actualRowCount > IMPORT_LIMITS.maxRows + 1) {
    return { ok: false, error: `Berkas terlalu besar: ${formatNumber(sheet.actualRowCount - 1)} baris data, paling banyak ${formatNumber(IMPORT_LIMITS.maxRows)} baris per berkas. Bagi menjadi beberapa berkas.` };
  }
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
    while (table.length < rowNumber - 1) table.push([]);
    table[rowNumber - 1] = cells;
  });
  return { ok: true, table };
}

function readCsv(bytes: Uint8Array): ReadResult {
  if (bytes.includes(0)) return { ok: false, error: "Isi berkas bukan teks CSV. Pilih berkas .csv atau .xlsx." };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Older Excel saves "CSV" in the Windows code page, not UTF-8.
    text = new TextDecoder("windows-1252").decode(bytes);
  }
  return { ok: true, table: parseCsv(text) };
}

/** Reads the file by its extension, checking that the content matches. */
export async function readTable(name: string, bytes: Uint8Array): Promise<ReadResult> {
  if (bytes.length > IMPORT_LIMITS.maxBytes) {
    return { ok: false, error: `Berkas terlalu besar: ${formatNumber(Math.ceil(bytes.length / 1024))} KB, paling besar ${formatNumber(IMPORT_LIMITS.maxBytes / 1024 / 1024)} MB. Bagi menjadi beberapa berkas.` };
  }
  const ext = extensionOf(name);
  if (ext === "xls" || (isOle(bytes) && ext !== "csv")) return { ok: false, error: "Berkas .xls (Excel lama) tidak didukung. Simpan ulang dari Excel sebagai .xlsx atau .csv." };
  if (ext === "xlsx") {
    if (!isZip(bytes)) return { ok: false, error: "Berkas bernama .xlsx tetapi isinya bukan berkas Excel. Simpan ulang dari Excel sebagai .xlsx atau .csv." };
    return readXlsx(bytes);
  }
  if (ext === "csv" || ext === "txt") {
    if (isZip(bytes) || isOle(bytes)) return { ok: false, error: "Berkas bernama .csv tetapi isinya berkas Excel. Ganti akhiran namanya menjadi .xlsx, atau simpan ulang sebagai CSV." };
    return readCsv(bytes);
  }
  return { ok: false, error: `Jenis berkas tidak didukung${ext ? ` (.${ext})` : ""}: pilih berkas .csv atau .xlsx.` };
}
