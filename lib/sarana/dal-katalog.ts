/**
 * The Dinkes admin corrects its kabupaten's kit catalogue and the calibration rule (katalog.manage).
 * Every change is audited and refreshes the readiness of every posyandu of the kabupaten, since the
 * standard they are measured against changed. An item is never deleted (posyandu hold it, and past
 * audit lines name it): it is deactivated, and can be activated again.
 */
import "server-only";
import type { Viewer } from "../access/viewer-type.ts";
import { can } from "../access/permissions.ts";
import { kabupatenDataScope } from "../access/scope.ts";
import { writeAudit } from "../audit/audit.ts";
import { isUuid } from "../dal/ids.ts";
import { createOnce, writeOnce } from "../dal/write.ts";
import { DomainError, ForbiddenError, NotFoundError } from "../errors.ts";
import { refreshKabupaten } from "../kesiapan/refresh.ts";
import { resetAturan, saveAturan } from "../pengaturan/dal.ts";
import type { DbTx } from "../prisma-client.ts";
import { ATURAN_SARANA, type AturanSarana } from "./aturan.ts";
import type { TJenisSaranaForm, TJenisSaranaUpdate } from "./schemas.ts";

const auditSelect = { id: true, kode: true, nama: true, kelompok: true, jumlahWajib: true, spesifikasi: true, perluKalibrasi: true, rekonstruksi: true, isActive: true, urutan: true } as const;

function assertKatalog(viewer: Viewer) {
  if (!can(viewer, "katalog.manage")) throw new ForbiddenError();
}


/** A code from the name ("Timbangan gantung (dacin)" → "timbangan-gantung-dacin"), 30 characters at most. */
export function kodeFromNama(nama: string): string {
  const slug = nama.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 26).replace(/-+$/, "");
  return slug || "alat";
}

async function refuseSameName(tx: DbTx, kabupatenId: string, nama: string, exceptId?: string) {
  const clash = await tx.jenisSarana.findFirst({ where: { kabupatenId, nama: { equals: nama, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { isActive: true } });
  if (clash) {
    const where = clash.isActive ? "di katalog" : "di katalog (nonaktif; aktifkan lagi bila perlu)";
    throw new DomainError(`Alat "${nama}" sudah ada ${where}.`, { nama: [`Nama "${nama}" sudah dipakai alat lain ${where}.`] });
  }
}

/** Adds an item to the end of the viewer's kabupaten catalogue. A repeated requestId writes nothing. */
export async function createJenisSarana(viewer: Viewer, input: TJenisSaranaForm): Promise<{ id: string; duplicateSubmit: boolean }> {
  assertKatalog(viewer);
  const { kabupatenId } = kabupatenDataScope(viewer);
  return createOnce(input.requestId, async (tx) => {
    await refuseSameName(tx, kabupatenId, input.nama);
    const base = kodeFromNama(input.nama);
    const taken = new Set((await tx.jenisSarana.findMany({ where: { kabupatenId, kode: { startsWith: base } }, select: { kode: true } })).map((r) => r.kode));
    let kode = base;
    for (let n = 2; taken.has(kode); n++) kode = `${base}-${n}`;
    const last = await tx.jenisSarana.aggregate({ where: { kabupatenId }, _max: { urutan: true } });
    const created = await tx.jenisSarana.create({
      data: { kabupatenId, kode, nama: input.nama, kelompok: input.kelompok, jumlahWajib: input.jumlahWajib, spesifikasi: input.spesifikasi, perluKalibrasi: input.perluKalibrasi, rekonstruksi: input.rekonstruksi, urutan: (last._max.urutan ?? 0) + 1 },
      select: auditSelect,
    });
    await writeAudit(tx, viewer, { entity: "jenis_sarana", entityId: created.id, action: "CREATE", after: created, requestId: input.requestId });
    await refreshKabupaten(tx, kabupatenId);
    return created.id;
  }, () => new DomainError(`Alat "${input.nama}" sudah ada di katalog.`, { nama: ["Nama ini sudah dipakai alat lain."] }));
}

/** Corrects an item of the viewer's kabupaten catalogue; its code stays (holdings and history keep it). */
export async function updateJenisSarana(viewer: Viewer, input: TJenisSaranaUpdate): Promise<void> {
  assertKatalog(viewer);
  if (!isUuid(input.id)) throw new NotFoundError();
  await writeOnce(async (tx) => {
    const before = await tx.jenisSarana.findFirst({ where: { AND: [{ id: input.id }, kabupatenDataScope(viewer)] }, select: auditSelect });
    if (!before) throw new NotFoundError();
    await refuseSameName(tx, viewer.kabupatenId, input.nama, before.id);
    const after = await tx.jenisSarana.update({
      where: { id: before.id },
      data: { nama: input.nama, kelompok: input.kelompok, jumlahWajib: input.jumlahWajib, spesifikasi: input.spesifikasi, perluKalibrasi: input.perluKalibrasi, rekonstruksi: input.rekonstruksi },
      select: auditSelect,
    });
    await writeAudit(tx, viewer, { entity: "jenis_sarana", entityId: before.id, action: "UPDATE", before, after });
    await refreshKabupaten(tx, viewer.kabupatenId);
  }, () => new DomainError(`Alat "${input.nama}" sudah ada di katalog.`, { nama: ["Nama ini sudah dipakai alat lain."] }));
}

/**
 * Deactivates (or activates again) an item of the viewer's kabupaten catalogue. What posyandu hold
 * of it stays stored; it no longer counts toward completeness while inactive.
 */
export async function setJenisSaranaAktif(viewer: Viewer, id: string, isActive: boolean): Promise<void> {
  assertKatalog(viewer);
  if (!isUuid(id)) throw new NotFoundError();
  await writeOnce(async (tx) => {
    const before = await tx.jenisSarana.findFirst({ where: { AND: [{ id }, kabupatenDataScope(viewer)] }, select: auditSelect });
    if (!before) throw new NotFoundError();
    if (before.isActive === isActive) return;
    const after = await tx.jenisSarana.update({ where: { id }, data: { isActive }, select: auditSelect });
    await writeAudit(tx, viewer, { entity: "jenis_sarana", entityId: id, action: isActive ? "ACTIVATE" : "DEACTIVATE", before, after });
    await refreshKabupaten(tx, viewer.kabupatenId);
  }, () => new DomainError("Perubahan tidak dapat disimpan; coba lagi."));
}

/** Stores the kabupaten's calibration limit (audited by saveAturan) and refreshes its posyandu. */
export async function saveAturanSarana(viewer: Viewer, nilai: AturanSarana): Promise<void> {
  assertKatalog(viewer);
  await saveAturan(viewer, ATURAN_SARANA, nilai, (tx) => refreshKabupaten(tx, viewer.kabupatenId));
}

/** Puts the documented default back. */
export async function resetAturanSarana(viewer: Viewer): Promise<void> {
  assertKatalog(viewer);
  await resetAturan(viewer, ATURAN_SARANA, (tx) => refreshKabupaten(tx, viewer.kabupatenId));
}
