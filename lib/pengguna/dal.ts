import "server-only";
import { db } from "../db.ts";
import type { DbTx } from "../prisma-client.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { can } from "../access/permissions.ts";
import { desaScope, posyanduScope, puskesmasScope, userScope } from "../access/scope.ts";
import { writeAudit } from "../audit/audit.ts";
import { isUuid } from "../dal/ids.ts";
import { createOnce } from "../dal/write.ts";
import { hashPassword } from "../auth/password.ts";
import { DomainError, ForbiddenError, NotFoundError } from "../errors.ts";
import { generateOneTimePassword } from "./one-time-password.ts";
import type { TPenggunaCreate, TPenggunaUpdate } from "./schemas.ts";

// What the audit trail keeps of an account: never the hash (auditValues drops it too, belt and braces).
const auditSelect = { id: true, username: true, nama: true, role: true, kabupatenId: true, puskesmasId: true, desaId: true, posyanduId: true, isActive: true, mustChangePassword: true, failedLoginCount: true, lockedUntil: true } as const;

function assertManager(viewer: Viewer) {
  if (!can(viewer, "user.manage")) throw new ForbiddenError();
}

function usernameTaken(username: string) {
  return new DomainError(`Nama pengguna "${username}" sudah dipakai.`, { username: [`Nama pengguna "${username}" sudah dipakai akun lain. Pilih nama lain, misalnya dengan menambahkan angka.`] });
}

/** The account, if it is in the admin's kabupaten; otherwise NotFoundError, as if it did not exist. */
async function loadTarget(tx: DbTx, viewer: Viewer, id: string) {
  if (!isUuid(id)) throw new NotFoundError();
  const row = await tx.user.findFirst({ where: { AND: [{ id }, userScope(viewer)] }, select: auditSelect });
  if (!row) throw new NotFoundError();
  return row;
}

/** Checks that the chosen puskesmas/desa/posyandu lies in the admin's kabupaten. */
async function checkScopeTarget(tx: DbTx, viewer: Viewer, input: Pick<TPenggunaCreate, "role" | "puskesmasId" | "desaId" | "posyanduId">) {
  if (input.role === "PUSKESMAS") {
    const p = await tx.puskesmas.findFirst({ where: { AND: [{ id: input.puskesmasId ?? "" }, puskesmasScope(viewer)] }, select: { id: true } });
    if (!p) throw new DomainError("Puskesmas tidak ditemukan di wilayah Anda.", { puskesmasId: ["Pilih puskesmas di kabupaten Anda."] });
  } else if (input.role === "BIDAN_DESA") {
    const d = await tx.desa.findFirst({ where: { AND: [{ id: input.desaId ?? "" }, desaScope(viewer)] }, select: { id: true } });
    if (!d) throw new DomainError("Desa tidak ditemukan di wilayah Anda.", { desaId: ["Pilih desa di kabupaten Anda."] });
  } else if (input.role === "KADER") {
    const p = await tx.posyandu.findFirst({ where: { AND: [{ id: input.posyanduId ?? "" }, posyanduScope(viewer)] }, select: { id: true } });
    if (!p) throw new DomainError("Posyandu tidak ditemukan di wilayah Anda.", { posyanduId: ["Pilih posyandu di kabupaten Anda."] });
  }
}

export type CreatePenggunaResult =
  | { id: string; username: string; nama: string; duplicateSubmit: false; password: string }
  | { id: string; username: string; nama: string; duplicateSubmit: true; password: null };

/**
 * Creates an account in the admin's kabupaten with a generated one-time password (returned once,
 * stored only as an argon2id hash; the user must change it at first sign-in). A repeated requestId
 * writes nothing and cannot show the password again.
 */
export async function createPengguna(viewer: Viewer, input: TPenggunaCreate): Promise<CreatePenggunaResult> {
  assertManager(viewer);
  const password = generateOneTimePassword();
  const passwordHash = await hashPassword(password);
  const { id, duplicateSubmit } = await createOnce(input.requestId, async (tx) => {
    await checkScopeTarget(tx, viewer, input);
    const created = await tx.user.create({
      data: {
        username: input.username,
        nama: input.nama,
        role: input.role,
        // The kabupaten is always the admin's own, whatever the form sent.
        kabupatenId: viewer.kabupatenId,
        puskesmasId: input.puskesmasId,
        desaId: input.desaId,
        posyanduId: input.posyanduId,
        passwordHash,
        mustChangePassword: true,
      },
      select: auditSelect,
    });
    await writeAudit(tx, viewer, { entity: "user", entityId: created.id, action: "CREATE", after: created, requestId: input.requestId });
    return created.id;
  }, () => usernameTaken(input.username));
  if (!duplicateSubmit) return { id, username: input.username, nama: input.nama, duplicateSubmit: false, password };
  // The earlier submit created it: show who, but the password was shown once and is gone.
  const u = await db.user.findFirst({ where: { AND: [{ id }, userScope(viewer)] }, select: { id: true, username: true, nama: true } });
  if (!u) throw new NotFoundError();
  return { ...u, duplicateSubmit: true, password: null };
}

/**
 * Changes an account's name, role and scope, within the admin's kabupaten. The username stays. The
 * viewer is read from the database on every request, so the new scope holds from the user's next
 * click without signing out. An admin cannot change their own role (nor lock themself out of
 * managing accounts). Saving unchanged values writes nothing, so a double submit is harmless.
 */
export async function updatePengguna(viewer: Viewer, input: TPenggunaUpdate): Promise<{ changed: boolean }> {
  assertManager(viewer);
  return db.$transaction(async (tx) => {
    const before = await loadTarget(tx, viewer, input.id);
    if (before.id === viewer.id && input.role !== before.role) {
      throw new DomainError("Anda tidak dapat mengubah peran akun Anda sendiri.", { role: ["Peran akun Anda sendiri hanya dapat diubah oleh admin Dinkes lain."] });
    }
    await checkScopeTarget(tx, viewer, input);
    const data = { nama: input.nama, role: input.role, puskesmasId: input.puskesmasId, desaId: input.desaId, posyanduId: input.posyanduId };
    if ((Object.keys(data) as (keyof typeof data)[]).every((k) => before[k] === data[k])) return { changed: false };
    const after = await tx.user.update({ where: { id: before.id }, data, select: auditSelect });
    await writeAudit(tx, viewer, { entity: "user", entityId: before.id, action: "UPDATE", before, after });
    return { changed: true };
  });
}

/**
 * Deactivates or reactivates an account of the admin's kabupaten. Deactivating bumps sessionVersion,
 * so the user's open sessions end at their next request. An admin cannot deactivate themself.
 */
export async function setPenggunaActive(viewer: Viewer, id: string, isActive: boolean): Promise<void> {
  assertManager(viewer);
  await db.$transaction(async (tx) => {
    const before = await loadTarget(tx, viewer, id);
    if (!isActive && before.id === viewer.id) throw new DomainError("Anda tidak dapat menonaktifkan akun Anda sendiri. Minta admin Dinkes lain bila perlu.");
    if (before.isActive === isActive) return; // Already so: nothing to write (e.g. a second click).
    const after = await tx.user.update({
      where: { id: before.id },
      data: isActive ? { isActive: true } : { isActive: false, sessionVersion: { increment: 1 } },
      select: auditSelect,
    });
    await writeAudit(tx, viewer, { entity: "user", entityId: before.id, action: isActive ? "ACTIVATE" : "DEACTIVATE", before, after });
  });
}

/**
 * Sets a new one-time password (returned once) for an account of the admin's kabupaten: the user must
 * change it, the lock is lifted and every open session ends. Not for the admin's own account: that is
 * what "Ganti kata sandi" is for.
 */
export async function resetPenggunaPassword(viewer: Viewer, id: string): Promise<{ id: string; username: string; nama: string; password: string }> {
  assertManager(viewer);
  const password = generateOneTimePassword();
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const before = await loadTarget(tx, viewer, id);
    if (before.id === viewer.id) throw new DomainError("Untuk akun Anda sendiri, gunakan menu Ganti kata sandi.");
    const after = await tx.user.update({
      where: { id: before.id },
      data: { passwordHash, mustChangePassword: true, failedLoginCount: 0, lockedUntil: null, sessionVersion: { increment: 1 } },
      select: auditSelect,
    });
    await writeAudit(tx, viewer, { entity: "user", entityId: before.id, action: "RESET_PASSWORD", before, after });
    return { id: after.id, username: after.username, nama: after.nama, password };
  });
}

/** Lifts a lockout (too many wrong passwords) on an account of the admin's kabupaten; the password stays. */
export async function unlockPengguna(viewer: Viewer, id: string): Promise<void> {
  assertManager(viewer);
  await db.$transaction(async (tx) => {
    const before = await loadTarget(tx, viewer, id);
    if (before.lockedUntil === null && before.failedLoginCount === 0) return; // Nothing to unlock.
    const after = await tx.user.update({ where: { id: before.id }, data: { failedLoginCount: 0, lockedUntil: null }, select: auditSelect });
    await writeAudit(tx, viewer, { entity: "user", entityId: before.id, action: "UPDATE", before, after });
  });
}
