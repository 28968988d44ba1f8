import "server-only";
import ExcelJS from "exceljs";
import { db } from "../db.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { can } from "../access/permissions.ts";
import { desaScope, dusunScope, posyanduScope } from "../access/scope.ts";
import { NotFoundError } from "../errors.ts";
import { HARI } from "../i18n/format.ts";
import { KOLOM, KOLOM_INFO } from "./columns.ts";

/**
 * The template: the header and two example rows from the admin's own kabupaten. The examples are real
 * records (a posyandu and a dusun), so that uploading the template unchanged changes nothing.
 */
export async function templateRows(viewer: Viewer): Promise<string[][]> {
  if (!can(viewer, "import.run")) throw new NotFoundError();
  const posyandu = await db.posyandu.findFirst({
    where: { AND: [posyanduScope(viewer), { dusunId: { not: null } }] },
    orderBy: [{ desa: { kode: "asc" } }, { nama: "asc" }],
    select: { nama: true, tempat: true, latitude: true, longitude: true, jadwalMingguKe: true, jadwalHari: true, isActive: true, dusunId: true, desaId: true, dusun: { select: { nama: true } }, desa: { select: { kode: true } } },
  });
  const rows: string[][] = [[...KOLOM]];
  if (posyandu) {
    rows.push([
      posyandu.desa.kode,
      posyandu.dusun?.nama ?? "",
      posyandu.nama,
      posyandu.tempat ?? "",
      posyandu.jadwalMingguKe ? String(posyandu.jadwalMingguKe) : "",
      posyandu.jadwalHari ? HARI[posyandu.jadwalHari] : "",
      posyandu.latitude?.toString() ?? "",
      posyandu.longitude?.toString() ?? "",
      posyandu.isActive ? "ya" : "tidak",
    ]);
    const other = await db.dusun.findFirst({ where: { AND: [dusunScope(viewer), { desaId: posyandu.desaId }, { NOT: { id: posyandu.dusunId! } }] }, orderBy: { nama: "asc" }, select: { nama: true } });
    rows.push([posyandu.desa.kode, other?.nama ?? posyandu.dusun?.nama ?? "", "", "", "", "", "", "", ""]);
    return rows;
  }
  // A kabupaten without posyandu yet: made-up names in its first desa.
  const desa = await db.desa.findFirst({ where: desaScope(viewer), orderBy: { kode: "asc" }, select: { kode: true } });
  const kode = desa?.kode ?? "";
  rows.push([kode, "Krajan", "Kemuning 1", "Balai Desa", "2", "Selasa", "", "", "ya"]);
  rows.push([kode, "Sumberejo", "", "", "", "", "", "", ""]);
  return rows;
}

/** The template as an XLSX workbook: the data sheet first (the one the import reads), then help. */
export async function templateXlsx(rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Pantau ILP";
  const sheet = workbook.addWorksheet("Data");
  sheet.columns = KOLOM.map((k) => ({ key: k, width: Math.max(14, k.length + 4), style: { numFmt: "@" } }));
  for (const row of rows) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  const help = workbook.addWorksheet("Petunjuk");
  help.columns = [{ header: "Kolom", key: "kolom", width: 16 }, { header: "Wajib?", key: "wajib", width: 34 }, { header: "Keterangan", key: "keterangan", width: 90 }, { header: "Contoh", key: "contoh", width: 16 }];
  help.getRow(1).font = { bold: true };
  for (const info of KOLOM_INFO) help.addRow(info);
  help.addRow({});
  help.addRow({ kolom: "Catatan", keterangan: "Hanya lembar pertama (Data) yang dibaca. Baris 1 adalah judul kolom. Kolom yang dikosongkan tidak mengubah data posyandu yang sudah ada." });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
