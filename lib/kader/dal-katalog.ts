/**
 * The kabupaten's skill catalogue and level rule, corrected by its Dinkes admin (`katalog.manage`).
 * A skill's wording is versioned: the old row is retired and the next version added with the same
 * code, so that old assessments keep the words they were made with, and results (kept per code)
 * still count. A new skill leaves its package incomplete for every kader until it is assessed:
 * levels are recomputed in the same transaction.
 */
import "server-only";
import type { Viewer } from "../access/viewer-type.ts";
import { can } from "../access/permissions.ts";
import { kabupatenDataScope } from "../access/scope.ts";
import type { DbTx } from "../prisma-client.ts";
import { writeAudit } from "../audit/audit.ts";
import { createOnce } from "../dal/write.ts";
import { DomainError, ForbiddenError, NotFoundError } from "../errors.ts";
import { refreshKesiapan } from "../kesiapan/refresh.ts";
import { resetAturan, saveAturan } from "../pengaturan/dal.ts";
import { ATURAN_LEVEL } from "./aturan.ts";
import { refreshLevels } from "./refresh-level.ts";
import type { TKeterampilanBaru, TKeterampilanUbah } from "./schemas-katalog.ts";

function assertAdmin(viewer: Viewer) {
  if (!can(viewer, "katalog.manage")) throw new ForbiddenError();
}

const skillAudit = { id: true, paketId: true, kode: true, nama: true, versi: true, rekonstruksi: true } as const;

/** Rewords a current skill of the admin's kabupaten: retires it and adds version + 1. */
export async function rewordKeterampilan(viewer: Viewer, input: TKeterampilanUbah): Promise<{ id: string; duplicateSubmit: boolean }> {
  assertAdmin(viewer);
  return createOnce(input.requestId, async (tx) => {
    const before = await tx.keterampilan.findFirst({ where: { id: input.id, retiredAt: null, paket: kabupatenDataScope(viewer) }, select: { ...skillAudit, urutan: true } });
    if (!before) throw new NotFoundError("Keterampilan tidak ditemukan, atau sudah diubah orang lain. Muat ulang halaman.");
    if (before.nama === input.nama && before.rekonstruksi === input.rekonstruksi) throw new DomainError("Tidak ada yang berubah.", { nama: ["Uraian sama dengan versi sekarang."] });
    // Retire first: the partial unique index allows one current version per code.
    await tx.keterampilan.update({ where: { id: before.id }, data: { retiredAt: new Date() } });
    const after = await tx.keterampilan.create({ data: { paketId: before.paketId, kode: before.kode, nama: input.nama, versi: before.versi + 1, urutan: before.urutan, rekonstruksi: input.rekonstruksi }, select: skillAudit });
    await writeAudit(tx, viewer, { entity: "keterampilan", entityId: after.id, action: "UPDATE", before, after, requestId: input.requestId });
    return after.id;
  }, () => new DomainError("Keterampilan ini baru saja diubah orang lain. Muat ulang halaman.", { nama: ["Muat ulang halaman, lalu ubah lagi."] }));
}

/** Adds a skill to a package of the admin's kabupaten; levels are recomputed (the package now lacks it). */
export async function addKeterampilan(viewer: Viewer, input: TKeterampilanBaru): Promise<{ id: string; duplicateSubmit: boolean }> {
  assertAdmin(viewer);
  return createOnce(input.requestId, async (tx) => {
    const paket = await tx.paketKeterampilan.findFirst({ where: { id: input.paketId, ...kabupatenDataScope(viewer) }, select: { id: true, nama: true, kabupatenId: true } });
    if (!paket) throw new DomainError("Paket tidak ditemukan di kabupaten Anda.", { paketId: ["Pilih paket dari daftar."] });
    // Results count per code across the kabupaten's packages, so a code is used once (any version, any package).
    const taken = await tx.keterampilan.findFirst({ where: { kode: input.kode, paket: kabupatenDataScope(viewer) }, select: { nama: true, paket: { select: { nama: true } } } });
    if (taken) throw new DomainError(`Kode ${input.kode} sudah dipakai di paket ${taken.paket.nama}.`, { kode: [`Kode ${input.kode} sudah dipakai ("${taken.nama}").`] });
    const last = await tx.keterampilan.aggregate({ where: { paketId: paket.id }, _max: { urutan: true } });
    const created = await tx.keterampilan.create({ data: { paketId: paket.id, kode: input.kode, nama: input.nama, versi: 1, urutan: (last._max.urutan ?? 0) + 1, rekonstruksi: input.rekonstruksi }, select: skillAudit });
    await writeAudit(tx, viewer, { entity: "keterampilan", entityId: created.id, action: "CREATE", after: created, requestId: input.requestId });
    await refreshAll(tx, paket.kabupatenId);
    return created.id;
  }, () => new DomainError(`Kode ${input.kode} sudah dipakai.`, { kode: [`Kode ${input.kode} sudah dipakai.`] }));
}

/** Every kader's level of the kabupaten again, and the readiness of the posyandu where one changed. */
async function refreshAll(tx: DbTx, kabupatenId: string) {
  const changed = await refreshLevels(tx, kabupatenId);
  if (changed.length) await refreshKesiapan(tx, changed);
}

/** Saves the kabupaten's own level rule (checked by ATURAN_LEVEL's schema); every level is recomputed. */
export async function saveAturanLevel(viewer: Viewer, nilai: unknown): Promise<void> {
  await saveAturan(viewer, ATURAN_LEVEL, nilai, (tx) => refreshAll(tx, viewer.kabupatenId));
}

/** Puts the documented default rule back; every level is recomputed. */
export async function resetAturanLevel(viewer: Viewer): Promise<void> {
  await resetAturan(viewer, ATURAN_LEVEL, (tx) => refreshAll(tx, viewer.kabupatenId));
}
