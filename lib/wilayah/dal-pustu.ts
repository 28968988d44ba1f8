import "server-only";
import { inOrder } from "../dal/in-order.ts";
import { db } from "../db.ts";
import type { DbTx } from "../prisma-client.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { desaScope, puskesmasScope, pustuScope } from "../access/scope.ts";
import { writeAudit } from "../audit/audit.ts";
import { DomainError, NotFoundError } from "../errors.ts";
import { assertManager } from "./dal-common.ts";
import { createOnce, duplicateName, writeOnce } from "../dal/write.ts";
import { isUuid } from "../dal/ids.ts";
import type { TPustuForm } from "./schemas.ts";

const auditSelect = { id: true, nama: true, desaId: true, puskesmasId: true, alamat: true } as const;
const duplicate = (nama: string) => duplicateName("Pustu", nama, "di desa ini");

/** The desa and puskesmas a pustu form names, both checked against the viewer's kabupaten. */
async function checkRefs(tx: DbTx, viewer: Viewer, input: TPustuForm, selfId?: string) {
  const [desa, pkm] = await inOrder([
    tx.desa.findFirst({ where: { AND: [{ id: input.desaId }, desaScope(viewer)] }, select: { id: true, nama: true, puskesmas: { select: { id: true, nama: true } } } }),
    tx.puskesmas.findFirst({ where: { AND: [{ id: input.puskesmasId }, puskesmasScope(viewer)] }, select: { id: true, nama: true } }),
  ]);
  const fieldErrors: Record<string, string[]> = {};
  if (!desa) fieldErrors.desaId = ["Pilih desa di kabupaten Anda."];
  if (!pkm) fieldErrors.puskesmasId = ["Pilih puskesmas di kabupaten Anda."];
  if (!desa || !pkm) throw new DomainError("Desa atau puskesmas tidak ditemukan di wilayah Anda.", fieldErrors);
  // A pustu is the puskesmas's post in one desa of its catchment.
  if (desa.puskesmas && desa.puskesmas.id !== pkm.id) {
    const message = `Desa ${desa.nama} termasuk wilayah kerja ${desa.puskesmas.nama}, bukan ${pkm.nama}. Pilih ${desa.puskesmas.nama}, atau pindahkan dulu desanya ke wilayah kerja ${pkm.nama}.`;
    throw new DomainError(message, { puskesmasId: [message] });
  }
  const clash = await tx.pustu.findFirst({ where: { desaId: desa.id, nama: { equals: input.nama, mode: "insensitive" }, ...(selfId ? { NOT: { id: selfId } } : {}) }, select: { id: true } });
  if (clash) throw duplicate(input.nama);
  return { desaId: desa.id, puskesmasId: pkm.id };
}

/** Adds a pustu in a desa of the admin's kabupaten, under a puskesmas of the same kabupaten. */
export async function createPustu(viewer: Viewer, input: TPustuForm) {
  assertManager(viewer);
  return createOnce(
    input.requestId,
    async (tx) => {
      const refs = await checkRefs(tx, viewer, input);
      const created = await tx.pustu.create({ data: { nama: input.nama, alamat: input.alamat, ...refs }, select: auditSelect });
      await writeAudit(tx, viewer, { entity: "pustu", entityId: created.id, action: "CREATE", after: created, requestId: input.requestId });
      return created.id;
    },
    () => duplicate(input.nama),
  );
}

/** Updates a pustu of the admin's kabupaten; its new desa and puskesmas are checked too. */
export async function updatePustu(viewer: Viewer, id: string, input: TPustuForm) {
  assertManager(viewer);
  if (!isUuid(id)) throw new NotFoundError();
  await writeOnce(async (tx) => {
    const before = await tx.pustu.findFirst({ where: { AND: [{ id }, pustuScope(viewer)] }, select: auditSelect });
    if (!before) throw new NotFoundError();
    const refs = await checkRefs(tx, viewer, input, id);
    const after = await tx.pustu.update({ where: { id }, data: { nama: input.nama, alamat: input.alamat, ...refs }, select: auditSelect });
    await writeAudit(tx, viewer, { entity: "pustu", entityId: id, action: "UPDATE", before, after });
  }, () => duplicate(input.nama));
}

/** Deletes a pustu of the admin's kabupaten (nothing hangs below a pustu); returns its desa for the redirect. */
export async function deletePustu(viewer: Viewer, id: string): Promise<{ desaId: string }> {
  assertManager(viewer);
  if (!isUuid(id)) throw new NotFoundError();
  return db.$transaction(async (tx) => {
    const before = await tx.pustu.findFirst({ where: { AND: [{ id }, pustuScope(viewer)] }, select: auditSelect });
    if (!before) throw new NotFoundError();
    await tx.pustu.delete({ where: { id } });
    await writeAudit(tx, viewer, { entity: "pustu", entityId: id, action: "DELETE", before });
    return { desaId: before.desaId };
  });
}
