import "server-only";
import { db } from "../db.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { desaScope, dusunScope } from "../access/scope.ts";
import { writeAudit } from "../audit/audit.ts";
import { DomainError, NotFoundError } from "../errors.ts";
import { assertManager, refuseDeleteIfChildren } from "./dal-common.ts";
import { createOnce, duplicateName, writeOnce } from "../dal/write.ts";
import { isUuid } from "../dal/ids.ts";
import type { TDusunCreate, TDusunUpdate } from "./schemas.ts";

const auditSelect = { id: true, nama: true, desaId: true } as const;
const duplicate = (nama: string) => duplicateName("Dusun", nama, "di desa ini");

/** Adds a dusun to a desa of the admin's kabupaten; the name is unique within the desa. */
export async function createDusun(viewer: Viewer, input: TDusunCreate) {
  assertManager(viewer);
  return createOnce(
    input.requestId,
    async (tx) => {
      const desa = await tx.desa.findFirst({ where: { AND: [{ id: input.desaId }, desaScope(viewer)] }, select: { id: true } });
      if (!desa) throw new DomainError("Desa tidak ditemukan di wilayah Anda.", { desaId: ["Pilih desa di wilayah Anda."] });
      const clash = await tx.dusun.findFirst({ where: { desaId: desa.id, nama: { equals: input.nama, mode: "insensitive" } }, select: { id: true } });
      if (clash) throw duplicate(input.nama);
      const created = await tx.dusun.create({ data: { nama: input.nama, desaId: desa.id }, select: auditSelect });
      await writeAudit(tx, viewer, { entity: "dusun", entityId: created.id, action: "CREATE", after: created, requestId: input.requestId });
      return created.id;
    },
    () => duplicate(input.nama),
  );
}

/** Renames a dusun of the admin's kabupaten; it stays in its desa. */
export async function updateDusun(viewer: Viewer, input: TDusunUpdate) {
  assertManager(viewer);
  if (!isUuid(input.id)) throw new NotFoundError();
  await writeOnce(async (tx) => {
    const before = await tx.dusun.findFirst({ where: { AND: [{ id: input.id }, dusunScope(viewer)] }, select: auditSelect });
    if (!before) throw new NotFoundError();
    const clash = await tx.dusun.findFirst({ where: { desaId: before.desaId, nama: { equals: input.nama, mode: "insensitive" }, NOT: { id: before.id } }, select: { id: true } });
    if (clash) throw duplicate(input.nama);
    const after = await tx.dusun.update({ where: { id: before.id }, data: { nama: input.nama }, select: auditSelect });
    await writeAudit(tx, viewer, { entity: "dusun", entityId: before.id, action: "UPDATE", before, after });
  }, () => duplicate(input.nama));
}

/** Deletes a dusun of the admin's kabupaten that no posyandu points to; returns its desa for the redirect. */
export async function deleteDusun(viewer: Viewer, id: string): Promise<{ desaId: string }> {
  assertManager(viewer);
  if (!isUuid(id)) throw new NotFoundError();
  return db.$transaction(async (tx) => {
    const row = await tx.dusun.findFirst({ where: { AND: [{ id }, dusunScope(viewer)] }, select: { ...auditSelect, _count: { select: { posyandu: true } } } });
    if (!row) throw new NotFoundError();
    const { _count, ...before } = row;
    refuseDeleteIfChildren(`Dusun ${row.nama}`, [[_count.posyandu, "posyandu"]], "Pindahkan posyandu itu ke dusun lain atau kosongkan dusunnya dulu.");
    await tx.dusun.delete({ where: { id } });
    await writeAudit(tx, viewer, { entity: "dusun", entityId: id, action: "DELETE", before });
    return { desaId: row.desaId };
  });
}
