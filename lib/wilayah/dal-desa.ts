import "server-only";
import { db } from "../db.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { desaScope, kecamatanScope } from "../access/scope.ts";
import { writeAudit } from "../audit/audit.ts";
import { DomainError, NotFoundError } from "../errors.ts";
import { findReferensi, isKelurahanKode, KODE_DESA_RE } from "./referensi.ts";
import { assertManager, checkOfficialName, refuseDeleteIfChildren } from "./dal-common.ts";
import { createOnce, writeOnce } from "../dal/write.ts";
import { isUuid } from "../dal/ids.ts";
import type { TDesaCreate, TRename } from "./schemas.ts";

const auditSelect = { id: true, kode: true, nama: true, isKelurahan: true, kecamatanId: true, kabupatenId: true, puskesmasId: true } as const;

/** Checks a desa code against the official list and its kecamatan; returns the official name. */
export function checkDesaKode(kecamatanKode: string, kode: string): string {
  const bad = (msg: string) => new DomainError(msg, { kode: [msg] });
  if (!KODE_DESA_RE.test(kode)) throw bad(`Kode desa "${kode}" tidak sah; contoh: 35.19.03.2002.`);
  if (!kode.startsWith(`${kecamatanKode}.`)) throw bad(`Kode ${kode} bukan desa di kecamatan ini (kode harus diawali ${kecamatanKode}).`);
  const ref = findReferensi(kode);
  if (!ref || (ref.tingkat !== "desa" && ref.tingkat !== "kelurahan")) throw bad(`Kode ${kode} tidak ada dalam daftar resmi Kemendagri sebagai desa/kelurahan.`);
  return ref.nama;
}

/** Adds a desa/kelurahan of a kecamatan in the admin's kabupaten, from the official list. */
export async function createDesa(viewer: Viewer, input: TDesaCreate) {
  assertManager(viewer);
  return createOnce(
    input.requestId,
    async (tx) => {
      const kec = await tx.kecamatan.findFirst({ where: { AND: [{ id: input.kecamatanId }, kecamatanScope(viewer)] }, select: { id: true, kode: true, kabupatenId: true } });
      if (!kec) throw new DomainError("Kecamatan tidak ditemukan di wilayah Anda.", { kecamatanId: ["Pilih kecamatan di kabupaten Anda."] });
      const nama = checkDesaKode(kec.kode, input.kode);
      const exists = await tx.desa.findUnique({ where: { kode: input.kode }, select: { nama: true } });
      if (exists) throw new DomainError(`Desa ${exists.nama} (${input.kode}) sudah ada.`, { kode: [`Desa ${exists.nama} sudah ada di data.`] });
      // Kelurahan or desa follows from the code (village part 1xxx = kelurahan, 2xxx desa, 3xxx desa adat); a DB CHECK agrees.
      const created = await tx.desa.create({ data: { kode: input.kode, nama, isKelurahan: isKelurahanKode(input.kode), kecamatanId: kec.id, kabupatenId: kec.kabupatenId }, select: auditSelect });
      await writeAudit(tx, viewer, { entity: "desa", entityId: created.id, action: "CREATE", after: created, requestId: input.requestId });
      return created.id;
    },
    () => new DomainError(`Desa dengan kode ${input.kode} sudah ada.`, { kode: ["Desa ini sudah ada di data."] }),
  );
}

/** Corrects the name of a desa of the admin's kabupaten; the code stays. */
export async function renameDesa(viewer: Viewer, input: TRename) {
  assertManager(viewer);
  if (!isUuid(input.id)) throw new NotFoundError();
  await writeOnce(async (tx) => {
    const before = await tx.desa.findFirst({ where: { AND: [{ id: input.id }, desaScope(viewer)] }, select: auditSelect });
    if (!before) throw new NotFoundError();
    // No clash check on the name: the code is a desa's identity, and the official list itself has
    // kecamatan with two villages of the same name (screens show the code beside such names).
    checkOfficialName(before.kode, input.nama, input.bedaResmi);
    const after = await tx.desa.update({ where: { id: before.id }, data: { nama: input.nama }, select: auditSelect });
    await writeAudit(tx, viewer, { entity: "desa", entityId: before.id, action: "UPDATE", before, after });
  }, () => new DomainError("Nama desa tidak dapat disimpan; coba lagi."));
}

/** Deletes a desa of the admin's kabupaten with nothing left in it (dusun, posyandu, pustu, puskesmas, accounts). */
export async function deleteDesa(viewer: Viewer, id: string): Promise<{ kecamatanId: string }> {
  assertManager(viewer);
  if (!isUuid(id)) throw new NotFoundError();
  return db.$transaction(async (tx) => {
    const row = await tx.desa.findFirst({
      where: { AND: [{ id }, desaScope(viewer)] },
      select: { ...auditSelect, _count: { select: { dusun: true, posyandu: true, pustu: true, lokasiPkm: true, users: true } } },
    });
    if (!row) throw new NotFoundError();
    const { _count: n, ...before } = row;
    refuseDeleteIfChildren(
      `Desa ${row.nama}`,
      [[n.dusun, "dusun"], [n.posyandu, "posyandu"], [n.pustu, "pustu"], [n.lokasiPkm, "puskesmas"], [n.users, "akun pengguna"]],
      "Hapus atau pindahkan dulu data tersebut.",
    );
    await tx.desa.delete({ where: { id } });
    await writeAudit(tx, viewer, { entity: "desa", entityId: id, action: "DELETE", before });
    return { kecamatanId: row.kecamatanId };
  });
}
