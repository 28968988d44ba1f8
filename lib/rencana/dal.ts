/**
 * Plan writes (`supervisi.plan`): the Dinkes (admin and staff) writes its kabupaten-level plans, a
 * puskesmas officer its own puskesmas's (rencanaKelolaScope). The level and the puskesmas come from
 * the planner's role, never from the form. Every change is one transaction with its audit row; a
 * double submit of the create form writes once; a plan outside the planner's reach is "not found".
 */
import "server-only";
import type { Viewer } from "../access/viewer-type.ts";
import { can } from "../access/permissions.ts";
import { rencanaKelolaScope } from "../access/scope.ts";
import type { DbTx } from "../prisma-client.ts";
import { db } from "../db.ts";
import { writeAudit } from "../audit/audit.ts";
import { isUuid } from "../dal/ids.ts";
import { createOnce, writeOnce } from "../dal/write.ts";
import { DomainError, ForbiddenError, NotFoundError } from "../errors.ts";
import { isoDay } from "../i18n/format.ts";
import { isInQuarter, quarterLabel, quarterRangeLabel } from "../supervisi/jadwal-kunjungan.ts";
import type { TRencanaForm, TRencanaUbah } from "./schemas.ts";

export const rencanaAuditSelect = { id: true, kabupatenId: true, tingkat: true, puskesmasId: true, nama: true, tahun: true, triwulan: true, instrumenId: true, catatan: true } as const;

export function assertPlanner(viewer: Viewer) {
  if (!can(viewer, "supervisi.plan")) throw new ForbiddenError();
}

/** The plan's level from the planner's role: Dinkes → kabupaten; puskesmas officer → its puskesmas. */
function levelOf(viewer: Viewer): { tingkat: "KABUPATEN" | "PUSKESMAS"; puskesmasId: string | null } {
  if (viewer.role === "DINKES_ADMIN" || viewer.role === "DINKES") return { tingkat: "KABUPATEN", puskesmasId: null };
  if (viewer.role === "PUSKESMAS" && viewer.puskesmasId) return { tingkat: "PUSKESMAS", puskesmasId: viewer.puskesmasId };
  throw new ForbiddenError();
}

/** A published instrument of the planner's kabupaten, or a refusal on `field`. */
export async function publishedInstrumen(tx: DbTx, viewer: Viewer, id: string, field: string) {
  const row = isUuid(id) ? await tx.instrumen.findFirst({ where: { id, kabupatenId: viewer.kabupatenId, status: "TERBIT" }, select: { id: true, nama: true, versi: true, sasaran: true } }) : null;
  if (!row) throw new DomainError("Instrumen tidak ditemukan.", { [field]: ["Pilih instrumen yang sudah terbit di kabupaten Anda."] });
  return row;
}

/** Creates a plan at the planner's level. */
export async function createRencana(viewer: Viewer, input: TRencanaForm): Promise<{ id: string; duplicateSubmit: boolean }> {
  assertPlanner(viewer);
  const level = levelOf(viewer);
  return createOnce(input.requestId, async (tx) => {
    await publishedInstrumen(tx, viewer, input.instrumenId, "instrumenId");
    const created = await tx.rencanaSupervisi.create({
      data: { kabupatenId: viewer.kabupatenId, ...level, nama: input.nama, tahun: input.tahun, triwulan: input.triwulan, instrumenId: input.instrumenId, catatan: input.catatan, dibuatOlehId: viewer.id },
      select: rencanaAuditSelect,
    });
    await writeAudit(tx, viewer, { entity: "rencana_supervisi", entityId: created.id, action: "CREATE", after: created, requestId: input.requestId });
    return created.id;
  }, () => new DomainError("Rencana tidak dapat disimpan; coba lagi."));
}

/**
 * Edits a plan's name, quarter, default instrument and note. The quarter may change only when every
 * visit still on the plan (not cancelled) falls inside the new one; the message says how many do not.
 */
export async function updateRencana(viewer: Viewer, input: TRencanaUbah): Promise<void> {
  assertPlanner(viewer);
  if (!isUuid(input.id)) throw new NotFoundError();
  await writeOnce(async (tx) => {
    const before = await tx.rencanaSupervisi.findFirst({ where: { AND: [{ id: input.id }, rencanaKelolaScope(viewer)] }, select: { ...rencanaAuditSelect, kunjungan: { where: { status: { not: "BATAL" } }, select: { tanggal: true } } } });
    if (!before) throw new NotFoundError();
    await publishedInstrumen(tx, viewer, input.instrumenId, "instrumenId");
    const q = { tahun: input.tahun, triwulan: input.triwulan };
    const outside = before.kunjungan.filter((k) => !isInQuarter(isoDay(k.tanggal), q)).length;
    if (outside) {
      const m = `${outside} kunjungan rencana ini bertanggal di luar ${quarterLabel(q.tahun, q.triwulan)} (${quarterRangeLabel(q.tahun, q.triwulan)}). Pindahkan atau batalkan dulu kunjungannya.`;
      throw new DomainError(m, { triwulan: [m] });
    }
    const after = await tx.rencanaSupervisi.update({ where: { id: before.id }, data: { nama: input.nama, tahun: input.tahun, triwulan: input.triwulan, instrumenId: input.instrumenId, catatan: input.catatan }, select: rencanaAuditSelect });
    const { kunjungan: _k, ...values } = before;
    void _k;
    await writeAudit(tx, viewer, { entity: "rencana_supervisi", entityId: before.id, action: "UPDATE", before: values, after });
  }, () => new DomainError("Rencana tidak dapat disimpan; coba lagi."));
}

/**
 * Deletes a plan while none of its visits has started: its planned and cancelled visits go with it.
 * The visits are deleted first and the plan is refused if any is left, so that a visit started at
 * the same moment (BERLANGSUNG) is never lost with its plan.
 */
export async function deleteRencana(viewer: Viewer, id: string): Promise<void> {
  assertPlanner(viewer);
  if (!isUuid(id)) throw new NotFoundError();
  await db.$transaction(async (tx) => {
    const before = await tx.rencanaSupervisi.findFirst({ where: { AND: [{ id }, rencanaKelolaScope(viewer)] }, select: rencanaAuditSelect });
    if (!before) throw new NotFoundError();
    const { count } = await tx.kunjunganSupervisi.deleteMany({ where: { rencanaId: id, status: { in: ["DIRENCANAKAN", "BATAL"] } } });
    const started = await tx.kunjunganSupervisi.count({ where: { rencanaId: id } });
    if (started) throw new DomainError(`Rencana "${before.nama}" tidak dapat dihapus: ${started} kunjungannya sudah dimulai atau selesai. Batalkan kunjungan yang belum dimulai satu per satu bila perlu.`);
    await tx.rencanaSupervisi.delete({ where: { id } });
    await writeAudit(tx, viewer, { entity: "rencana_supervisi", entityId: id, action: "DELETE", before: { ...before, kunjunganDihapus: count } });
  });
}
