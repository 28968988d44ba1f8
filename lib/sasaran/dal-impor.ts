/**
 * Imports people served from a CSV/XLSX for one posyandu (sasaran.manage). Two steps, as the
 * wilayah import: the whole file is checked first (lib/sasaran/impor.ts); a bad file lists every
 * problem and writes nothing; a clean one is kept as a SASARAN ImportJob of the uploader, shown for
 * confirmation, and confirming writes all rows in ONE transaction. The job flips VALID → APPLIED
 * inside that transaction with a conditional update, so a second submit writes nothing.
 */
import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { db } from "../db.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { DbTx } from "../prisma-client.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { can } from "../access/permissions.ts";
import { dusunScope, posyanduScope, sasaranImportJobScope, sasaranScope } from "../access/scope.ts";
import { auditValues } from "../audit/audit.ts";
import { isUuid } from "../dal/ids.ts";
import { DomainError, ForbiddenError, NotFoundError } from "../errors.ts";
import { readTable } from "../impor/read-file.ts";
import { kunciOrang, validateSasaranTable, type SasaranImportRow } from "./impor.ts";
import { foldNama, maskNik } from "./nama.ts";

export interface SasaranImportSummary { posyanduId: string; posyanduNama: string; jumlah: number }
export type SasaranCheckResult = { ok: true; jobId: string; summary: SasaranImportSummary } | { ok: false; errors: string[] };

const CHUNK = 1000;
const isoDate = (d: Date) => d.toISOString().slice(0, 10);

async function posyanduOf(tx: DbTx, viewer: Viewer, posyanduId: string) {
  if (!isUuid(posyanduId)) throw new NotFoundError("Posyandu tidak ditemukan.");
  const p = await tx.posyandu.findFirst({ where: { AND: [{ id: posyanduId }, posyanduScope(viewer)] }, select: { id: true, nama: true, desaId: true, desa: { select: { kabupatenId: true } } } });
  if (!p) throw new NotFoundError("Posyandu tidak ditemukan.");
  return p;
}

/** What the rows are checked against: the desa's dusun, the kabupaten's NIKs, the posyandu's people. */
async function context(tx: DbTx, viewer: Viewer, p: { id: string; desaId: string; desa: { kabupatenId: string } }, niks: string[]) {
  const [dusun, nikRows, orang] = await Promise.all([
    tx.dusun.findMany({ where: { AND: [{ desaId: p.desaId }, dusunScope(viewer)] }, select: { id: true, nama: true } }),
    niks.length ? tx.sasaran.findMany({ where: { kabupatenId: p.desa.kabupatenId, nik: { in: niks }, digabungKeId: null }, select: { id: true, nik: true, nama: true } }) : [],
    tx.sasaran.findMany({ where: { posyanduId: p.id, digabungKeId: null }, select: { nama: true, tanggalLahir: true } }),
  ]);
  // Names only for people the viewer may see.
  const visible = new Set(nikRows.length ? (await tx.sasaran.findMany({ where: { AND: [{ id: { in: nikRows.map((r) => r.id) } }, sasaranScope(viewer)] }, select: { id: true } })).map((r) => r.id) : []);
  return {
    dusun,
    nikTerdaftar: new Map(nikRows.map((r) => [r.nik!, visible.has(r.id) ? r.nama : null])),
    orangTerdaftar: new Map(orang.map((o) => [kunciOrang(o.nama, isoDate(o.tanggalLahir)), o.nama])),
  };
}

/** The NIKs a table mentions (cells of 16 digits anywhere), to look up only those. */
function niksIn(table: string[][]): string[] {
  const out = new Set<string>();
  for (const row of table) for (const c of row) {
    const s = (c ?? "").replace(/[\s.'-]/g, "");
    if (/^\d{16}$/.test(s)) out.add(s);
  }
  return [...out].slice(0, 50_000);
}

/** Checks a file for a posyandu of the viewer's area; a clean file becomes a job to confirm. Writes no person. */
export async function checkSasaranImport(viewer: Viewer, posyanduId: string, file: { name: string; bytes: Uint8Array }): Promise<SasaranCheckResult> {
  if (!can(viewer, "sasaran.manage")) throw new ForbiddenError();
  const p = await posyanduOf(db, viewer, posyanduId);
  const read = await readTable(file.name, file.bytes);
  if (!read.ok) return { ok: false, errors: [read.error] };
  const checked = validateSasaranTable(read.table, await context(db, viewer, p, niksIn(read.table)));
  if (!checked.ok) return checked;
  const summary: SasaranImportSummary = { posyanduId: p.id, posyanduNama: p.nama, jumlah: checked.rows.length };
  const job = await db.importJob.create({
    data: {
      kabupatenId: viewer.kabupatenId, createdById: viewer.id, jenis: "SASARAN", fileName: file.name.slice(0, 250),
      sha256: createHash("sha256").update(file.bytes).digest("hex"), rows: checked.rows as unknown as Prisma.InputJsonValue, status: "VALID",
      summary: summary as unknown as Prisma.InputJsonValue,
    },
    select: { id: true },
  });
  return { ok: true, jobId: job.id, summary };
}

export interface SasaranImportJobView { id: string; fileName: string; status: "VALID" | "APPLIED"; createdAt: Date; appliedAt: Date | null; summary: SasaranImportSummary; preview: SasaranImportRow[] }

/** One sasaran import job of the viewer (the uploader's own); anything else is NotFoundError. NIKs masked in the preview. */
export async function getSasaranImportJob(viewer: Viewer, id: string, previewRows = 50): Promise<SasaranImportJobView> {
  if (!isUuid(id)) throw new NotFoundError();
  const job = await db.importJob.findFirst({ where: { AND: [{ id }, sasaranImportJobScope(viewer)] }, select: { id: true, fileName: true, status: true, rows: true, summary: true, createdAt: true, appliedAt: true } });
  if (!job) throw new NotFoundError();
  const rows = (job.rows as unknown as SasaranImportRow[]).slice(0, previewRows).map((r) => ({ ...r, data: { ...r.data, nik: maskNik(r.data.nik), noKk: maskNik(r.data.noKk) } }));
  return { id: job.id, fileName: job.fileName, status: job.status === "APPLIED" ? "APPLIED" : "VALID", createdAt: job.createdAt, appliedAt: job.appliedAt, summary: job.summary as unknown as SasaranImportSummary, preview: rows };
}

/**
 * Writes a VALID job in one transaction; the rows are checked again against the database first (it
 * may have changed since the file was checked): any problem and nothing is written. A second call
 * finds the job APPLIED and writes nothing.
 */
export async function applySasaranImport(viewer: Viewer, jobId: string): Promise<{ summary: SasaranImportSummary; alreadyApplied: boolean }> {
  if (!can(viewer, "sasaran.manage")) throw new ForbiddenError();
  if (!isUuid(jobId)) throw new NotFoundError();
  return db.$transaction(async (tx) => {
    const job = await tx.importJob.findFirst({ where: { AND: [{ id: jobId }, sasaranImportJobScope(viewer)] }, select: { id: true, summary: true } });
    if (!job) throw new NotFoundError();
    const summary = job.summary as unknown as SasaranImportSummary;
    const flipped = await tx.importJob.updateMany({ where: { AND: [{ id: job.id, status: "VALID" }, sasaranImportJobScope(viewer)] }, data: { status: "APPLIED", appliedAt: new Date() } });
    if (flipped.count === 0) return { summary, alreadyApplied: true };
    const p = await posyanduOf(tx, viewer, summary.posyanduId);
    const { rows: stored } = await tx.importJob.findUniqueOrThrow({ where: { id: job.id }, select: { rows: true } });
    const rows = stored as unknown as SasaranImportRow[];
    // Checked again as a table of the stored values against the database as it is now.
    const ctx = await context(tx, viewer, p, rows.flatMap((r) => (r.data.nik ? [r.data.nik] : [])));
    const problems: string[] = [];
    const dusunIds = new Set(ctx.dusun.map((d) => d.id));
    for (const r of rows) {
      if (r.data.nik && ctx.nikTerdaftar.has(r.data.nik)) problems.push(`Baris ${r.line}, kolom nik: NIK sudah terdaftar.`);
      if (ctx.orangTerdaftar.has(kunciOrang(r.data.nama, r.data.tanggalLahir))) problems.push(`Baris ${r.line}, kolom nama: mungkin sudah terdaftar.`);
      if (r.data.dusunId && !dusunIds.has(r.data.dusunId)) problems.push(`Baris ${r.line}, kolom dusun: dusun tidak ada lagi.`);
    }
    if (problems.length) throw new DomainError(`Sejak berkas diperiksa, data berubah: ${problems.length} masalah. Belum ada data yang disimpan. Unggah ulang berkasnya.`, { berkas: problems });
    const data = rows.map((r) => ({
      id: randomUUID(), kabupatenId: p.desa.kabupatenId, desaId: p.desaId, posyanduId: p.id, nama: r.data.nama, namaKunci: foldNama(r.data.nama), nik: r.data.nik,
      jenisKelamin: r.data.jenisKelamin, tanggalLahir: new Date(`${r.data.tanggalLahir}T00:00:00Z`), dusunId: r.data.dusunId, alamat: r.data.alamat, rt: r.data.rt, rw: r.data.rw,
      telepon: r.data.telepon, namaIbu: r.data.namaIbu, namaSuami: r.data.namaSuami, noKk: r.data.noKk, dibuatOlehId: viewer.id,
    }));
    for (let i = 0; i < data.length; i += CHUNK) {
      const chunk = data.slice(i, i + CHUNK);
      await tx.sasaran.createMany({ data: chunk });
      // The same rows writeAudit() writes, batched; NIK and KK masked as everywhere in the audit.
      await tx.auditLog.createMany({
        data: chunk.map((s) => ({
          actorId: viewer.id, actorName: viewer.username, kabupatenId: viewer.kabupatenId, entity: "sasaran", entityId: s.id, action: "IMPORT",
          after: auditValues({ id: s.id, posyanduId: s.posyanduId, nama: s.nama, nik: maskNik(s.nik), jenisKelamin: s.jenisKelamin, tanggalLahir: s.tanggalLahir, dusunId: s.dusunId, noKk: maskNik(s.noKk), importJobId: job.id }),
        })),
      });
    }
    return { summary, alreadyApplied: false };
  }, { timeout: 120_000, maxWait: 10_000 });
}
