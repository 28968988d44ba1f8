import "server-only";
import { refreshKesiapan } from "../kesiapan/refresh.ts";
import { createHash } from "node:crypto";
import { db } from "../db.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { DbTx } from "../prisma-client.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { can } from "../access/permissions.ts";
import { desaScope, dusunScope, importJobScope } from "../access/scope.ts";
import { auditValues } from "../audit/audit.ts";
import { DomainError, ForbiddenError, NotFoundError } from "../errors.ts";
import { readTable } from "./read-file.ts";
import { validateTable, type ImportRow } from "./validate.ts";
import { dusunKeyOf, type ImportSummary, type PosyanduValues } from "./plan.ts";
import { dusunAuditSelect, planAgainstDb, posyanduAuditSelect, validationContext } from "./existing.ts";
import { isUuid } from "../dal/ids.ts";

export type CheckResult = { ok: true; jobId: string; summary: ImportSummary } | { ok: false; errors: string[] };

const CHUNK = 1000;
// A 20,000-row file is written in one transaction: give it time, but not forever.
const APPLY_TIMEOUT_MS = 5 * 60_000;

/**
 * Checks an uploaded file (Dinkes admin) and, when every row is valid, keeps the checked rows in a
 * VALID ImportJob for confirmation. Writes no dusun or posyandu; an invalid file writes nothing at all.
 */
export async function checkImportFile(viewer: Viewer, file: { name: string; bytes: Uint8Array }): Promise<CheckResult> {
  if (!can(viewer, "import.run")) throw new ForbiddenError();
  const read = await readTable(file.name, file.bytes);
  if (!read.ok) return { ok: false, errors: [read.error] };
  const checked = validateTable(read.table, await validationContext(db, viewer));
  if (!checked.ok) return checked;
  const plan = await planAgainstDb(db, viewer, checked.rows);
  const job = await db.importJob.create({
    data: {
      kabupatenId: viewer.kabupatenId,
      createdById: viewer.id,
      fileName: file.name.slice(0, 250),
      sha256: createHash("sha256").update(file.bytes).digest("hex"),
      rows: checked.rows as unknown as Prisma.InputJsonValue,
      status: "VALID",
      summary: plan.summary as unknown as Prisma.InputJsonValue,
    },
    select: { id: true },
  });
  return { ok: true, jobId: job.id, summary: plan.summary };
}

type AuditRow = Prisma.AuditLogCreateManyInput;

function auditRow(viewer: Viewer, entity: "dusun" | "posyandu", entityId: string, before: Record<string, unknown> | null, after: Record<string, unknown>): AuditRow {
  // The same row writeAudit() writes, batched: a large file would otherwise take one round trip per entity.
  return { actorId: viewer.id, actorName: viewer.username, kabupatenId: viewer.kabupatenId, entity, entityId, action: "IMPORT", before: auditValues(before), after: auditValues(after), requestId: null };
}

async function inChunks<T, R>(items: T[], fn: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(...(await fn(items.slice(i, i + CHUNK))));
  return out;
}

function posyanduData(values: PosyanduValues, dusunIds: Map<string, string>) {
  const data: Prisma.PosyanduUncheckedUpdateInput = {};
  if (values.dusunKey) data.dusunId = dusunIds.get(values.dusunKey);
  for (const k of ["tempat", "latitude", "longitude", "jadwalMingguKe", "jadwalHari", "isActive"] as const) {
    if (values[k] !== undefined) (data as Record<string, unknown>)[k] = values[k];
  }
  return data;
}

async function writeRows(tx: DbTx, viewer: Viewer, rows: ImportRow[]): Promise<ImportSummary> {
  const desaIds = [...new Set(rows.map((r) => r.desaId))];
  const inScope = await tx.desa.count({ where: { AND: [{ id: { in: desaIds } }, desaScope(viewer)] } });
  if (inScope !== desaIds.length) throw new DomainError("Sebagian desa di berkas ini sudah tidak ada di wilayah Anda. Unggah ulang berkasnya.");
  // Planned again inside the transaction: the data may have changed since the file was checked.
  const plan = await planAgainstDb(tx, viewer, rows);
  const audits: AuditRow[] = [];

  const dusunIds = new Map<string, string>();
  for (const d of await tx.dusun.findMany({ where: { AND: [{ desaId: { in: desaIds } }, dusunScope(viewer)] }, select: { id: true, nama: true, desaId: true } })) dusunIds.set(dusunKeyOf(d.desaId, d.nama), d.id);
  const createdDusun = await inChunks(plan.dusunCreates, (chunk) => tx.dusun.createManyAndReturn({ data: chunk.map((d) => ({ desaId: d.desaId, nama: d.nama })), select: dusunAuditSelect }));
  for (const d of createdDusun) {
    dusunIds.set(dusunKeyOf(d.desaId, d.nama), d.id);
    audits.push(auditRow(viewer, "dusun", d.id, null, d));
  }

  const createdPosyandu = await inChunks(plan.posyanduCreates, (chunk) =>
    tx.posyandu.createManyAndReturn({
      data: chunk.map((p) => ({ ...(posyanduData(p.values, dusunIds) as Prisma.PosyanduCreateManyInput), nama: p.nama, desaId: p.desaId, isActive: p.values.isActive ?? true })),
      select: posyanduAuditSelect,
    }),
  );
  for (const p of createdPosyandu) audits.push(auditRow(viewer, "posyandu", p.id, null, p));

  for (const u of plan.posyanduUpdates) {
    const after = await tx.posyandu.update({ where: { id: u.before.id }, data: posyanduData(u.values, dusunIds), select: posyanduAuditSelect });
    audits.push(auditRow(viewer, "posyandu", u.before.id, { ...u.before }, after));
  }

  await inChunks(audits, async (chunk) => {
    await tx.auditLog.createMany({ data: chunk });
    return [];
  });
  // New posyandu and changed schedules are part of the readiness score.
  await refreshKesiapan(tx, [...createdPosyandu.map((p) => p.id), ...plan.posyanduUpdates.map((u) => u.before.id)]);
  return plan.summary;
}

/**
 * Writes a VALID job of the viewer (Dinkes admin, own job in own kabupaten) in ONE transaction. The job
 * flips to APPLIED inside it with a conditional update, so a double submit writes once: the second
 * call waits for the first, finds the job APPLIED and returns its summary.
 */
export async function applyImport(viewer: Viewer, jobId: string): Promise<{ summary: ImportSummary; alreadyApplied: boolean }> {
  if (!can(viewer, "import.run")) throw new ForbiddenError();
  if (!isUuid(jobId)) throw new NotFoundError();
  return db.$transaction(
    async (tx) => {
      const job = await tx.importJob.findFirst({ where: { AND: [{ id: jobId }, importJobScope(viewer)] }, select: { id: true } });
      if (!job) throw new NotFoundError();
      const flipped = await tx.importJob.updateMany({ where: { AND: [{ id: job.id, status: "VALID" }, importJobScope(viewer)] }, data: { status: "APPLIED", appliedAt: new Date() } });
      if (flipped.count === 0) {
        const done = await tx.importJob.findUniqueOrThrow({ where: { id: job.id }, select: { summary: true } });
        return { summary: done.summary as unknown as ImportSummary, alreadyApplied: true };
      }
      const { rows } = await tx.importJob.findUniqueOrThrow({ where: { id: job.id }, select: { rows: true } });
      const summary = await writeRows(tx, viewer, rows as unknown as ImportRow[]);
      await tx.importJob.update({ where: { id: job.id }, data: { summary: summary as unknown as Prisma.InputJsonValue } });
      return { summary, alreadyApplied: false };
    },
    { timeout: APPLY_TIMEOUT_MS, maxWait: 10_000 },
  );
}
