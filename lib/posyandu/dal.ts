import "server-only";
import { db } from "../db.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { can } from "../access/permissions.ts";
import { desaScope, posyanduScope } from "../access/scope.ts";
import type { DbTx } from "../prisma-client.ts";
import { writeAudit } from "../audit/audit.ts";
import { isUuid } from "../dal/ids.ts";
import { createOnce, duplicateName, writeOnce } from "../dal/write.ts";
import { refreshKesiapan } from "../kesiapan/refresh.ts";
import { DomainError, ForbiddenError, NotFoundError } from "../errors.ts";
import type { TPosyanduForm, TPosyanduOperasional } from "./schemas.ts";

const auditSelect = { id: true, nama: true, desaId: true, dusunId: true, tempat: true, latitude: true, longitude: true, jadwalMingguKe: true, jadwalHari: true, isActive: true } as const;

const duplicateNama = (nama: string) => duplicateName("Posyandu", nama, "di desa ini");

/** Creates a posyandu in a desa of the viewer's scope (Dinkes admin). A repeated requestId writes nothing. */
export async function createPosyandu(viewer: Viewer, input: TPosyanduForm): Promise<{ id: string; duplicateSubmit: boolean }> {
  if (!can(viewer, "posyandu.create")) throw new ForbiddenError();
  return createOnce(input.requestId, async (tx) => {
    const { desaId, dusunId } = await checkPlace(tx, viewer, input);
    const created = await tx.posyandu.create({
      data: { nama: input.nama, desaId, dusunId, tempat: input.tempat, latitude: input.latitude, longitude: input.longitude, jadwalMingguKe: input.jadwalMingguKe, jadwalHari: input.jadwalHari, isActive: input.isActive },
      select: auditSelect,
    });
    await writeAudit(tx, viewer, { entity: "posyandu", entityId: created.id, action: "CREATE", after: created, requestId: input.requestId });
    await refreshKesiapan(tx, [created.id]);
    return created.id;
  }, () => duplicateNama(input.nama));
}

/** The desa (in scope) and the dusun (of that desa) a posyandu is placed in. */
async function checkPlace(tx: DbTx, viewer: Viewer, input: Pick<TPosyanduForm, "desaId" | "dusunId">) {
  const desa = await tx.desa.findFirst({ where: { AND: [{ id: input.desaId }, desaScope(viewer)] }, select: { id: true } });
  if (!desa) throw new DomainError("Desa tidak ditemukan di wilayah Anda.", { desaId: ["Pilih desa di wilayah Anda."] });
  if (input.dusunId) {
    const dusun = await tx.dusun.findFirst({ where: { id: input.dusunId, desaId: desa.id }, select: { id: true } });
    if (!dusun) throw new DomainError("Dusun tidak ada di desa yang dipilih.", { dusunId: ["Pilih dusun dari desa yang dipilih."] });
  }
  return { desaId: desa.id, dusunId: input.dusunId };
}

/**
 * Updates a posyandu in scope. The Dinkes admin may change everything; a puskesmas officer only the
 * place, schedule and active flag of the posyandu in its catchment.
 */
export async function updatePosyandu(viewer: Viewer, id: string, input: TPosyanduForm | TPosyanduOperasional): Promise<void> {
  if (!can(viewer, "posyandu.edit")) throw new ForbiddenError();
  if (!isUuid(id)) throw new NotFoundError();
  await writeOnce(async (tx) => {
    const before = await tx.posyandu.findFirst({ where: { AND: [{ id }, posyanduScope(viewer)] }, select: auditSelect });
    if (!before) throw new NotFoundError();
    const data: Record<string, unknown> = { tempat: input.tempat, latitude: input.latitude, longitude: input.longitude, jadwalMingguKe: input.jadwalMingguKe, jadwalHari: input.jadwalHari, isActive: input.isActive };
    if (viewer.role === "DINKES_ADMIN" && "nama" in input) Object.assign(data, { nama: input.nama, ...(await checkPlace(tx, viewer, input)) });
    const after = await tx.posyandu.update({ where: { id }, data, select: auditSelect });
    await writeAudit(tx, viewer, { entity: "posyandu", entityId: id, action: "UPDATE", before, after });
    // The schedule is part of the readiness score.
    await refreshKesiapan(tx, [id]);
  }, () => duplicateNama("nama" in input ? input.nama : ""));
}

/** Deletes a posyandu in scope (Dinkes admin), unless accounts still point at it. */
export async function deletePosyandu(viewer: Viewer, id: string): Promise<void> {
  if (!can(viewer, "posyandu.delete")) throw new ForbiddenError();
  if (!isUuid(id)) throw new NotFoundError();
  await db.$transaction(async (tx) => {
    const before = await tx.posyandu.findFirst({ where: { AND: [{ id }, posyanduScope(viewer)] }, select: { ...auditSelect, _count: { select: { users: true, kader: true, sarana: true } }, percontohan: { select: { id: true } }, replikasi: { select: { id: true } } } });
    if (!before) throw new NotFoundError();
    if (before._count.users > 0) {
      throw new DomainError(`Posyandu ${before.nama} tidak dapat dihapus: masih ada ${before._count.users} akun kader yang terhubung. Pindahkan atau nonaktifkan akun itu dulu, atau tandai posyandu sebagai tidak aktif.`);
    }
    const kept = [
      before._count.kader ? `${before._count.kader} kader` : null,
      before._count.sarana ? "data sarana" : null,
      before.percontohan || before.replikasi ? "data percontohan ILP" : null,
    ].filter(Boolean);
    if (kept.length) throw new DomainError(`Posyandu ${before.nama} tidak dapat dihapus: masih ada ${kept.join(", ")}. Tandai posyandu sebagai tidak aktif agar riwayatnya tetap ada.`);
    const { _count, percontohan, replikasi, ...values } = before;
    void _count; void percontohan; void replikasi;
    // Derived and one-to-one rows go with it: the readiness snapshots and the premises.
    await tx.kesiapanBulanan.deleteMany({ where: { posyanduId: id } });
    await tx.kesiapanTerkini.deleteMany({ where: { posyanduId: id } });
    await tx.prasaranaPosyandu.deleteMany({ where: { posyanduId: id } });
    await tx.posyandu.delete({ where: { id } });
    await writeAudit(tx, viewer, { entity: "posyandu", entityId: id, action: "DELETE", before: values });
  });
}
