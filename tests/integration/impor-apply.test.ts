/**
 * Import, second step: confirming a checked job writes every row in one transaction with one audit
 * row per written dusun/posyandu; the same file again changes nothing; a job applies once; and a job
 * belongs to its uploader in its kabupaten.
 */
import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import { testDb, viewer, desaId, KLOROGAN, KAIBON } from "../support/db.ts";
import { applyImport, checkImportFile } from "../../lib/impor/dal.ts";
import { getImportJob, listImportJobs } from "../../lib/impor/queries.ts";
import { templateRows, templateXlsx } from "../../lib/impor/template.ts";
import { NotFoundError, ForbiddenError } from "../../lib/errors.ts";

const HEADER = "kode_desa,nama_dusun,nama_posyandu,tempat,minggu_ke,hari,lintang,bujur,aktif";
const bytes = (text: string) => new TextEncoder().encode(text);

async function counts() {
  const [dusun, posyandu, audit] = await Promise.all([testDb.dusun.count(), testDb.posyandu.count(), testDb.auditLog.count()]);
  return { dusun, posyandu, audit };
}

async function checkOk(data: Uint8Array, name = "impor.csv") {
  const result = await checkImportFile(await viewer("dinkes.madiun"), { name, bytes: data });
  if (!result.ok) throw new Error(`expected a clean file, got: ${result.errors.join(" | ")}`);
  return result;
}

/** A clean Madiun file: a dusun-only row, new posyandu (one in a new dusun), unique names per run. */
function cleanFile(t: string) {
  return [
    HEADER,
    `${KAIBON},Dusun ${t} A,,,,,,,`,
    `${KLOROGAN},Dusun ${t} B,Teratai ${t} 1,Rumah Kadus,2,Selasa,"-7,6745",111.5712,ya`,
    `${KLOROGAN},Balejurang,Teratai ${t} 2,,5,Minggu,,,tidak`,
    `${KAIBON},,Teratai ${t} 3,Balai Desa,1,1,,,`,
  ].join("\r\n");
}

describe("import apply: a clean file is written once, exactly", () => {
  it("imports a clean file with exact counts and one IMPORT audit row per written entity", async () => {
    const t = randomUUID().slice(0, 6);
    const madiun = await viewer("dinkes.madiun");
    const before = await counts();
    const checked = await checkOk(bytes(cleanFile(t)));
    expect(checked.summary).toEqual({ baris: 4, dusunBaru: 2, posyanduBaru: 3, posyanduDiubah: 0, tidakBerubah: 0 });
    expect(await counts()).toEqual(before);

    const { summary, alreadyApplied } = await applyImport(madiun, checked.jobId);
    expect(alreadyApplied).toBe(false);
    expect(summary).toEqual(checked.summary);
    expect(await counts()).toEqual({ dusun: before.dusun + 2, posyandu: before.posyandu + 3, audit: before.audit + 5 });

    const teratai1 = await testDb.posyandu.findFirstOrThrow({ where: { nama: `Teratai ${t} 1` }, select: { id: true, desaId: true, tempat: true, jadwalMingguKe: true, jadwalHari: true, latitude: true, longitude: true, isActive: true, dusun: { select: { nama: true } } } });
    expect(teratai1).toMatchObject({ desaId: await desaId(KLOROGAN), tempat: "Rumah Kadus", jadwalMingguKe: 2, jadwalHari: 2, isActive: true, dusun: { nama: `Dusun ${t} B` } });
    expect(teratai1.latitude?.toNumber()).toBe(-7.6745);
    expect(teratai1.longitude?.toNumber()).toBe(111.5712);
    const teratai2 = await testDb.posyandu.findFirstOrThrow({ where: { nama: `Teratai ${t} 2` }, select: { isActive: true, jadwalMingguKe: true, jadwalHari: true, dusun: { select: { nama: true } } } });
    expect(teratai2).toEqual({ isActive: false, jadwalMingguKe: 5, jadwalHari: 7, dusun: { nama: "Balejurang" } });

    const written = [
      ...(await testDb.dusun.findMany({ where: { nama: { startsWith: `Dusun ${t}` } }, select: { id: true } })),
      ...(await testDb.posyandu.findMany({ where: { nama: { startsWith: `Teratai ${t}` } }, select: { id: true } })),
    ].map((r) => r.id);
    const audits = await testDb.auditLog.findMany({ where: { entityId: { in: written } }, select: { entity: true, action: true, actorName: true, kabupatenId: true, before: true } });
    expect(audits).toHaveLength(5);
    expect(audits.filter((a) => a.entity === "dusun")).toHaveLength(2);
    expect(audits.filter((a) => a.entity === "posyandu")).toHaveLength(3);
    expect(audits.every((a) => a.action === "IMPORT" && a.actorName === "dinkes.madiun" && a.kabupatenId === madiun.kabupatenId && a.before === null)).toBe(true);

    const job = await testDb.importJob.findUniqueOrThrow({ where: { id: checked.jobId } });
    expect(job.status).toBe("APPLIED");
    expect(job.appliedAt).not.toBeNull();
    const history = await listImportJobs(madiun);
    expect(history[0]).toMatchObject({ id: checked.jobId, status: "APPLIED", isOwn: true, by: expect.stringContaining("dinkes.madiun"), summary: summary });
  });

  it("importing the same file again changes nothing: no new rows, no new audit rows", async () => {
    const t = randomUUID().slice(0, 6);
    const madiun = await viewer("dinkes.madiun");
    const file = bytes(cleanFile(t));
    await applyImport(madiun, (await checkOk(file)).jobId);
    const before = await counts();
    const again = await checkOk(file);
    expect(again.summary).toEqual({ baris: 4, dusunBaru: 0, posyanduBaru: 0, posyanduDiubah: 0, tidakBerubah: 4 });
    const view = await getImportJob(madiun, again.jobId);
    expect(view.sameFileAppliedAt).toBeInstanceOf(Date);
    const { summary } = await applyImport(madiun, again.jobId);
    expect(summary.tidakBerubah).toBe(4);
    expect(await counts()).toEqual(before);
  });

  it("an existing posyandu is updated field by field; empty cells keep their values; audit has before and after", async () => {
    const t = randomUUID().slice(0, 6);
    const madiun = await viewer("dinkes.madiun");
    await applyImport(madiun, (await checkOk(bytes(cleanFile(t)))).jobId);
    const before = await counts();
    const checked = await checkOk(bytes(`${HEADER}\n${KLOROGAN},,teratai ${t} 1,Posko Baru,,,,,tidak\n`));
    expect(checked.summary).toEqual({ baris: 1, dusunBaru: 0, posyanduBaru: 0, posyanduDiubah: 1, tidakBerubah: 0 });
    await applyImport(madiun, checked.jobId);
    expect(await counts()).toEqual({ ...before, audit: before.audit + 1 });
    const p = await testDb.posyandu.findFirstOrThrow({ where: { nama: `Teratai ${t} 1` }, select: { id: true, tempat: true, isActive: true, jadwalHari: true, latitude: true, dusun: { select: { nama: true } } } });
    expect(p).toMatchObject({ tempat: "Posko Baru", isActive: false, jadwalHari: 2, dusun: { nama: `Dusun ${t} B` } });
    expect(p.latitude?.toNumber()).toBe(-7.6745);
    const audit = await testDb.auditLog.findFirstOrThrow({ where: { entityId: p.id }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ entity: "posyandu", action: "IMPORT", before: expect.objectContaining({ tempat: "Rumah Kadus", isActive: true }), after: expect.objectContaining({ tempat: "Posko Baru", isActive: false }) });
  });

  it("confirming the same job twice applies it once, also when both clicks arrive together", async () => {
    const madiun = await viewer("dinkes.madiun");
    const t1 = randomUUID().slice(0, 6);
    const job1 = (await checkOk(bytes(cleanFile(t1)))).jobId;
    const first = await applyImport(madiun, job1);
    const afterFirst = await counts();
    const second = await applyImport(madiun, job1);
    expect(second).toEqual({ summary: first.summary, alreadyApplied: true });
    expect(await counts()).toEqual(afterFirst);

    const t2 = randomUUID().slice(0, 6);
    const job2 = (await checkOk(bytes(cleanFile(t2)))).jobId;
    const before = await counts();
    const both = await Promise.all([applyImport(madiun, job2), applyImport(madiun, job2)]);
    expect(both.map((r) => r.alreadyApplied).sort()).toEqual([false, true]);
    expect(await counts()).toEqual({ dusun: before.dusun + 2, posyandu: before.posyandu + 3, audit: before.audit + 5 });
  });
});

describe("import scope: a job belongs to its uploader in its kabupaten", () => {
  it("dinkes.demak cannot see or confirm Madiun's job; nothing is written and the job stays VALID", async () => {
    const t = randomUUID().slice(0, 6);
    const jobId = (await checkOk(bytes(cleanFile(t)))).jobId;
    const demak = await viewer("dinkes.demak");
    const before = await counts();
    await expect(applyImport(demak, jobId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getImportJob(demak, jobId)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listImportJobs(demak)).some((j) => j.id === jobId)).toBe(false);
    expect(await counts()).toEqual(before);
    expect((await testDb.importJob.findUniqueOrThrow({ where: { id: jobId } })).status).toBe("VALID");
  });

  it("other roles cannot confirm or open a job, and an unknown id is not found", async () => {
    const jobId = (await checkOk(bytes(cleanFile(randomUUID().slice(0, 6))))).jobId;
    await expect(applyImport(await viewer("staf.madiun"), jobId)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getImportJob(await viewer("pkm.geger"), jobId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(applyImport(await viewer("dinkes.madiun"), randomUUID())).rejects.toBeInstanceOf(NotFoundError);
    await expect(getImportJob(await viewer("dinkes.madiun"), "bukan-uuid")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("import from XLSX", () => {
  it("reads the first worksheet of a real XLSX: numbers, rich text, formulas and blank rows", async () => {
    const t = randomUUID().slice(0, 6);
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet("Data");
    sheet.addRow(["Kode Desa", "Nama Dusun", "Nama Posyandu", "Tempat", "Minggu Ke", "Hari", "Lintang", "Bujur", "Aktif"]);
    sheet.addRow([3519032002, "", { richText: [{ text: "Seruni " }, { text: `${t} 1`, font: { bold: true } }] }, "Rumah Kadus", 3, "Kamis", -7.6745, 111.5712, true]);
    sheet.addRow([]);
    sheet.addRow([KAIBON, `Dusun ${t} X`, `Seruni ${t} 2`, { formula: '"Balai "&"Desa"', result: "Balai Desa" }, 1, 1, null, null, "ya"]);
    wb.addWorksheet("Catatan").addRow(["diabaikan"]);
    const data = new Uint8Array(await wb.xlsx.writeBuffer());

    const checked = await checkOk(data, "posyandu.xlsx");
    expect(checked.summary).toEqual({ baris: 2, dusunBaru: 1, posyanduBaru: 2, posyanduDiubah: 0, tidakBerubah: 0 });
    await applyImport(await viewer("dinkes.madiun"), checked.jobId);
    const p1 = await testDb.posyandu.findFirstOrThrow({ where: { nama: `Seruni ${t} 1` }, select: { desa: { select: { kode: true } }, jadwalMingguKe: true, jadwalHari: true, isActive: true, latitude: true } });
    expect(p1).toMatchObject({ desa: { kode: KLOROGAN }, jadwalMingguKe: 3, jadwalHari: 4, isActive: true });
    expect(p1.latitude?.toNumber()).toBe(-7.6745);
    expect(await testDb.posyandu.findFirstOrThrow({ where: { nama: `Seruni ${t} 2` }, select: { tempat: true, dusun: { select: { nama: true } } } })).toEqual({ tempat: "Balai Desa", dusun: { nama: `Dusun ${t} X` } });
  });

  it("reports XLSX problems with the row number Excel shows", async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet("Data");
    sheet.addRow(["kode_desa", "nama_posyandu", "hari", "minggu_ke"]);
    sheet.addRow([KLOROGAN, `Seruni ${randomUUID().slice(0, 6)}`, "Senin", 1]);
    sheet.getRow(5).values = [KLOROGAN, "", "Seninn", 2];
    const before = await counts();
    const result = await checkImportFile(await viewer("dinkes.madiun"), { name: "posyandu.xlsx", bytes: new Uint8Array(await wb.xlsx.writeBuffer()) });
    expect(result).toEqual({ ok: false, errors: ["Baris 5: nama posyandu kosong", 'Baris 5: hari "Seninn" tidak dikenal (isi Senin–Minggu atau 1–7)'] });
    expect(await counts()).toEqual(before);
  });

  it("the template (CSV rows and XLSX) is a clean file of the admin's kabupaten that changes nothing", async () => {
    const madiun = await viewer("dinkes.madiun");
    const rows = await templateRows(madiun);
    expect(rows[0]).toEqual(["kode_desa", "nama_dusun", "nama_posyandu", "tempat", "minggu_ke", "hari", "lintang", "bujur", "aktif"]);
    expect(rows).toHaveLength(3);
    expect(rows.slice(1).every((r) => r[0].startsWith("35.19."))).toBe(true);
    const xlsx = await checkOk(new Uint8Array(await templateXlsx(rows)), "templat.xlsx");
    expect(xlsx.summary).toMatchObject({ baris: 2, dusunBaru: 0, posyanduBaru: 0, posyanduDiubah: 0, tidakBerubah: 2 });
    const demakRows = await templateRows(await viewer("dinkes.demak"));
    expect(demakRows.slice(1).every((r) => r[0].startsWith("33.21."))).toBe(true);
  });
});
