/**
 * Kader registry writes. Puskesmas officers, bidan desa and the Dinkes admin (`kader.manage`) keep
 * the kaders of the posyandu in their area; a kader (`kader.phone.own`) changes only the phone
 * number of the record linked to its own account. Every change is audited and refreshes the
 * posyandu's readiness in the same transaction.
 */
import "server-only";
import { db } from "../db.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { can } from "../access/permissions.ts";
import { kaderScope, posyanduScope } from "../access/scope.ts";
import type { DbTx } from "../prisma-client.ts";
import { writeAudit } from "../audit/audit.ts";
import { isUuid } from "../dal/ids.ts";
import { createOnce, writeOnce } from "../dal/write.ts";
import { DomainError, ForbiddenError, NotFoundError } from "../errors.ts";
import { refreshKesiapan } from "../kesiapan/refresh.ts";
import { refreshLevels } from "./refresh-level.ts";
import { maskNik } from "./nik.ts";
import type { TKaderCreate, TKaderForm, TTeleponSendiri } from "./schemas.ts";

/** What the audit keeps of a kader. The NIK is kept masked: the audit trail is read more widely than the edit form. */
const auditSelect = { id: true, posyanduId: true, nama: true, nik: true, jenisKelamin: true, tanggalLahir: true, telepon: true, pendidikan: true, jabatan: true, tahunMulai: true, isActive: true, userId: true } as const;

function forAudit<T extends { nik: string | null }>(row: T): T {
  return { ...row, nik: maskNik(row.nik) };
}

const duplicate = () => new DomainError("NIK atau akun kader ini sudah dipakai kader lain di posyandu ini.", { nik: ["NIK ini sudah dipakai kader lain di posyandu ini."] });

function assertManager(viewer: Viewer) {
  if (!can(viewer, "kader.manage")) throw new ForbiddenError();
}

const toDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

/** NIK unique within the posyandu, with the existing kader named; a linked account must be a kader account of this posyandu, not linked elsewhere. */
async function checkRules(tx: DbTx, posyanduId: string, selfId: string | null, nik: string | null, userId: string | null) {
  if (nik) {
    const other = await tx.kader.findFirst({ where: { posyanduId, nik, ...(selfId ? { id: { not: selfId } } : {}) }, select: { nama: true } });
    if (other) throw new DomainError(`NIK ini sudah dipakai kader ${other.nama} di posyandu ini.`, { nik: [`NIK sudah dipakai kader ${other.nama} di posyandu ini.`] });
  }
  if (userId) {
    const user = await tx.user.findFirst({ where: { id: userId, role: "KADER", posyanduId }, select: { username: true, kader: { select: { id: true, nama: true } } } });
    if (!user) throw new DomainError("Akun kader tidak ditemukan di posyandu ini.", { userId: ["Pilih akun kader dari posyandu ini."] });
    if (user.kader && user.kader.id !== selfId) throw new DomainError(`Akun ${user.username} sudah terhubung dengan kader ${user.kader.nama}.`, { userId: [`Akun ${user.username} sudah terhubung dengan kader ${user.kader.nama}.`] });
  }
}

/** Adds a kader to a posyandu in the viewer's area. A repeated requestId writes nothing. */
export async function createKader(viewer: Viewer, input: TKaderCreate): Promise<{ id: string; duplicateSubmit: boolean }> {
  assertManager(viewer);
  return createOnce(input.requestId, async (tx) => {
    const posyandu = await tx.posyandu.findFirst({ where: { AND: [{ id: input.posyanduId }, posyanduScope(viewer)] }, select: { id: true, desa: { select: { kabupatenId: true } } } });
    if (!posyandu) throw new NotFoundError();
    await checkRules(tx, posyandu.id, null, input.nik, input.userId);
    const created = await tx.kader.create({
      data: { posyanduId: posyandu.id, nama: input.nama, nik: input.nik, jenisKelamin: input.jenisKelamin, tanggalLahir: toDate(input.tanggalLahir), telepon: input.telepon, pendidikan: input.pendidikan, jabatan: input.jabatan, tahunMulai: input.tahunMulai, isActive: input.isActive, userId: input.userId },
      select: auditSelect,
    });
    await refreshLevels(tx, posyandu.desa.kabupatenId, [created.id]);
    await writeAudit(tx, viewer, { entity: "kader", entityId: created.id, action: "CREATE", after: forAudit(created), requestId: input.requestId });
    await refreshKesiapan(tx, [posyandu.id]);
    return created.id;
  }, duplicate);
}

/**
 * Updates a kader in the viewer's area. The NIK: whoever sees it in full (Dinkes admin) edits it
 * like any field; anyone else never gets it back in the form, so an empty NIK keeps the stored one.
 */
export async function updateKader(viewer: Viewer, id: string, input: TKaderForm): Promise<void> {
  assertManager(viewer);
  if (!isUuid(id)) throw new NotFoundError();
  await writeOnce(async (tx) => {
    const before = await tx.kader.findFirst({ where: { AND: [{ id }, kaderScope(viewer)] }, select: auditSelect });
    if (!before) throw new NotFoundError();
    const nik = can(viewer, "kader.nik.full") ? input.nik : (input.nik ?? before.nik);
    await checkRules(tx, before.posyanduId, id, nik, input.userId);
    const after = await tx.kader.update({
      where: { id },
      data: { nama: input.nama, nik, jenisKelamin: input.jenisKelamin, tanggalLahir: toDate(input.tanggalLahir), telepon: input.telepon, pendidikan: input.pendidikan, jabatan: input.jabatan, tahunMulai: input.tahunMulai, isActive: input.isActive, userId: input.userId },
      select: auditSelect,
    });
    await writeAudit(tx, viewer, { entity: "kader", entityId: id, action: "UPDATE", before: forAudit(before), after: forAudit(after) });
    await refreshKesiapan(tx, [before.posyanduId]);
  }, duplicate);
}

/** A kader changes the phone number of its own record (the one linked to its account), nothing else. */
export async function updateTeleponSendiri(viewer: Viewer, input: TTeleponSendiri): Promise<{ id: string }> {
  if (!can(viewer, "kader.phone.own")) throw new ForbiddenError();
  return db.$transaction(async (tx) => {
    const before = await tx.kader.findFirst({ where: { AND: [{ userId: viewer.id }, kaderScope(viewer)] }, select: { id: true, posyanduId: true, telepon: true } });
    if (!before) throw new NotFoundError("Akun Anda belum terhubung dengan data kader. Minta bidan desa atau petugas puskesmas menghubungkannya.");
    const after = await tx.kader.update({ where: { id: before.id }, data: { telepon: input.telepon }, select: { id: true, posyanduId: true, telepon: true } });
    await writeAudit(tx, viewer, { entity: "kader", entityId: before.id, action: "UPDATE", before, after });
    await refreshKesiapan(tx, [before.posyanduId]);
    return { id: before.id };
  });
}

/** Marks a kader active or not (a kader who stops keeps its history: preferred over deleting). */
export async function setKaderActive(viewer: Viewer, id: string, isActive: boolean): Promise<void> {
  assertManager(viewer);
  if (!isUuid(id)) throw new NotFoundError();
  await db.$transaction(async (tx) => {
    const before = await tx.kader.findFirst({ where: { AND: [{ id }, kaderScope(viewer)] }, select: { id: true, posyanduId: true, nama: true, isActive: true } });
    if (!before) throw new NotFoundError();
    if (before.isActive === isActive) return;
    await tx.kader.update({ where: { id }, data: { isActive } });
    await writeAudit(tx, viewer, { entity: "kader", entityId: id, action: isActive ? "ACTIVATE" : "DEACTIVATE", before: { isActive: before.isActive }, after: { isActive } });
    await refreshKesiapan(tx, [before.posyanduId]);
  });
}

/** Deletes a kader entered by mistake. One with assessments is refused: deactivate it instead, so the history stays. */
export async function deleteKader(viewer: Viewer, id: string): Promise<{ posyanduId: string }> {
  assertManager(viewer);
  if (!isUuid(id)) throw new NotFoundError();
  return db.$transaction(async (tx) => {
    const row = await tx.kader.findFirst({ where: { AND: [{ id }, kaderScope(viewer)] }, select: { ...auditSelect, _count: { select: { penilaian: true } } } });
    if (!row) throw new NotFoundError();
    const { _count, ...before } = row;
    if (_count.penilaian > 0) {
      throw new DomainError(`Kader ${row.nama} tidak dapat dihapus: sudah ada ${_count.penilaian} penilaian keterampilan. Nonaktifkan kader ini agar riwayatnya tetap ada.`);
    }
    await tx.kader.delete({ where: { id } });
    await writeAudit(tx, viewer, { entity: "kader", entityId: id, action: "DELETE", before: forAudit(before) });
    await refreshKesiapan(tx, [row.posyanduId]);
    return { posyanduId: row.posyanduId };
  });
}
