import "server-only";
import ExcelJS from "exceljs";
import { csvDownload } from "./output.ts";
import { xlsxCellValue } from "../download/xlsx.ts";
import { INPUT_COLUMN_DOCS, TEMPLATE_ROWS } from "./columns.ts";

export function templateCsv(): string {
  return csvDownload(TEMPLATE_ROWS);
}

/** The template as XLSX: the data sheet first (the only one read back), then the column help. */
export async function templateXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Pantau ILP";
  const sheet = workbook.addWorksheet("Data", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = TEMPLATE_ROWS[0].map((h) => ({ width: h === "nama" ? 40 : 12 }));
  // Dates as text: Excel shows them as typed and the reader accepts both text and real dates.
  TEMPLATE_ROWS.forEach((row, i) => sheet.addRow(i === 0 ? [...row] : row.map((c, j) => (j === 2 || j === 3 ? c : xlsxCellValue(c)))));
  sheet.getRow(1).font = { bold: true };
  const help = workbook.addWorksheet("Petunjuk");
  help.columns = [{ header: "Data", width: 28 }, { header: "Nama kolom yang diterima", width: 60 }, { header: "Keterangan", width: 80 }, { header: "Contoh", width: 12 }];
  help.getRow(1).font = { bold: true };
  for (const d of INPUT_COLUMN_DOCS) help.addRow([d.label, d.aliases.join(", "), d.meaning, d.example]);
  help.addRow([]);
  help.addRow(["Catatan", "", "Hanya lembar pertama (Data) yang dibaca. Baris pertama berisi judul kolom. Kolom lain (nama, NIK, alamat) boleh ada dan disalin apa adanya ke hasil."]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
