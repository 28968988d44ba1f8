import "server-only";
import { db } from "../db.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { kecamatanScope } from "../access/scope.ts";
import { writeAudit } from "../audit/audit.ts";
import { DomainError, NotFoundError } from "../errors.ts";
import { findReferensi, KODE_KECAMATAN_RE } from "./referensi.ts";
import { assertManager, checkOfficialName, refuseDeleteIfChildren } from "./dal-common.ts";
import { createOnce, duplicateName, writeOnce } from "../dal/write.ts";
import { isUuid } from "../dal/ids.ts";
import type { TKecamatanCreate, TRename } from "./schemas.ts";

const auditSelect = { id: true, kode: true, nama: true, kabupatenId: true } as const;

/**
 * Checks a kecamatan code against the official list and the viewer's kabupaten; returns the official
 * name. Pure of writes, so the create page and the DAL agree.
 */
export function checkKecamatanKode(kabupatenKode: string, kode: string): string {
  const bad = (msg: string) => new DomainError(msg, { kode: [msg] });
  if (!KODE_KECAMATAN_RE.test(kode)) throw bad(`Kode kecamatan "${kode}" tidak sah; contoh: 35.19.03.`);
  if (!kode.startsWith(`${kabupatenKode}.`)) throw bad(`Kode ${kode} bukan kecamatan di kabupaten Anda (kode harus diawali ${kabupatenKode}).`);
  const ref = findReferensi(kode);
  if (!ref || ref.tingkat !== "kecamatan") throw bad(`Kode ${kode} tidak ada dalam daftar resmi Kemendagri sebagai kecamatan.`);
  return ref.nama;
}

/** Adds a kecamatan of the admin's kabupaten that is in the official list but not yet in the database. */
export async function createKecamatan(viewer: Viewer, input: TKecamatanCreate) {
  assertManager(viewer);
  return createOnce(
    input.requestId,
    async (tx) => {
      const kab = await tx.kabupaten.findUniqueOrThrow({ where: { id: viewer.kabupatenId }, select: { id: true, kode: true } });
      const nama = checkKecamatanKode(kab.kode, input.kode);
      const exists = await tx.kecamatan.findUnique({ where: { kode: input.kode }, select: { nama: true } });
      if (exists) throw new DomainError(`Kecamatan ${exists.nama} (${input.kode}) sudah ada.`, { kode: [`Kecamatan ${exists.nama} sudah ada di data.`] });
      const created = await tx.kecamatan.create({ data: { kode: input.kode, nama, kabupatenId: kab.id }, select: auditSelect });
      await writeAudit(tx, viewer, { entity: "kecamatan", entityId: created.id, action: "CREATE", after: created, requestId: input.requestId });
      return created.id;
    },
    () => new DomainError(`Kecamatan dengan kode ${input.kode} atau nama yang sama sudah ada.`, { kode: ["Kecamatan ini sudah ada di data."] }),
  );
}

/** Corrects the name of a kecamatan of the admin's kabupaten; the code stays. */
export async function renameKecamatan(viewer: Viewer, input: TRename) {
  assertManager(viewer);
  if (!isUuid(input.id)) throw new NotFoundError();
  await writeOnce(async (tx) => {
    const before = await tx.kecamatan.findFirst({ where: { AND: [{ id: input.id }, kecamatanScope(viewer)] }, select: auditSelect });
    if (!before) throw new NotFoundError();
    const clash = await tx.kecamatan.findFirst({ where: { kabupatenId: before.kabupatenId, nama: { equals: input.nama, mode: "insensitive" }, NOT: { id: before.id } }, select: { id: true } });
    if (clash) throw duplicateName("Kecamatan", input.nama, "di kabupaten ini");
    checkOfficialName(before.kode, input.nama, input.bedaResmi);
    const after = await tx.kecamatan.update({ where: { id: before.id }, data: { nama: input.nama }, select: auditSelect });
    await writeAudit(tx, viewer, { entity: "kecamatan", entityId: before.id, action: "UPDATE", before, after });
  }, () => duplicateName("Kecamatan", input.nama, "di kabupaten ini"));
}

/** Deletes a kecamatan of the admin's kabupaten that has no desa and no puskesmas left. */
export async function deleteKecamatan(viewer: Viewer, id: string) {
  assertManager(viewer);
  if (!isUuid(id)) throw new NotFoundError();
  await db.$transaction(async (tx) => {
    const row = await tx.kecamatan.findFirst({ where: { AND: [{ id }, kecamatanScope(viewer)] }, select: { ...auditSelect, _count: { select: { desa: true, puskesmas: true } } } });
    if (!row) throw new NotFoundError();
    const { _count, ...before } = row;
    refuseDeleteIfChildren(`Kecamatan ${row.nama}`, [[_count.desa, "desa/kelurahan"], [_count.puskesmas, "puskesmas"]], "Hapus atau pindahkan dulu isinya.");
    await tx.kecamatan.delete({ where: { id } });
    await writeAudit(tx, viewer, { entity: "kecamatan", entityId: id, action: "DELETE", before });
  });
}
