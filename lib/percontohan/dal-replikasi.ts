/**
 * Roll-out (replikasi) writes, Dinkes admin only: from a pilot, other posyandu of the same desa
 * become roll-out targets with a target date and their own stage (moved by the pilot's rule).
 * A target is in scope when both the pilot and its own posyandu are.
 */
import "server-only";
import { db } from "../db.ts";
import type { Viewer } from "../access/viewer-type.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { percontohanScope, posyanduScope, replikasiScope } from "../access/scope.ts";
import { writeAudit } from "../audit/audit.ts";
import { isUuid } from "../dal/ids.ts";
import { createOnce, writeOnce } from "../dal/write.ts";
import { DomainError, NotFoundError } from "../errors.ts";
import { dateFromIso } from "../posyandu/jadwal.ts";
import { assertManager, checkMoveDate } from "./dal.ts";
import { checkMove, tahapKecil, TAHAP_LABEL } from "./tahap.ts";
import type { TPindahTahap, TReplikasiForm, TReplikasiUbah } from "./schemas.ts";

const auditSelect = { id: true, percontohanId: true, posyanduId: true, tanggalTarget: true, tahap: true, catatan: true } as const;

function inScope(viewer: Viewer, id: string): Prisma.ReplikasiPercontohanWhereInput {
  return { AND: [{ id }, replikasiScope(viewer), { percontohan: percontohanScope(viewer) }] };
}

/** Adds a posyandu of the pilot's desa (not the pilot, not already a pilot or a target) as a roll-out target. */
export async function createReplikasi(viewer: Viewer, input: TReplikasiForm): Promise<{ id: string; duplicateSubmit: boolean }> {
  assertManager(viewer);
  if (!isUuid(input.percontohanId)) throw new NotFoundError();
  return createOnce(input.requestId, async (tx) => {
    const pilot = await tx.percontohan.findFirst({ where: { AND: [{ id: input.percontohanId }, percontohanScope(viewer)] }, select: { id: true, posyandu: { select: { id: true, nama: true, desaId: true, desa: { select: { nama: true } } } } } });
    if (!pilot) throw new NotFoundError();
    const bad = (m: string) => new DomainError(m, { posyanduId: [m] });
    const target = await tx.posyandu.findFirst({
      where: { AND: [{ id: input.posyanduId }, posyanduScope(viewer), { desaId: pilot.posyandu.desaId }] },
      select: { id: true, nama: true, percontohan: { select: { id: true } }, replikasi: { select: { percontohan: { select: { posyandu: { select: { nama: true } } } } } } },
    });
    if (!target) throw bad(`Pilih posyandu lain di Desa ${pilot.posyandu.desa.nama}: replikasi berjalan dari percontohan ke posyandu desa yang sama.`);
    if (target.id === pilot.posyandu.id || target.percontohan) throw bad(`Posyandu ${target.nama} sendiri posyandu percontohan, bukan sasaran replikasi.`);
    if (target.replikasi) throw bad(`Posyandu ${target.nama} sudah menjadi sasaran replikasi dari percontohan Posyandu ${target.replikasi.percontohan.posyandu.nama}.`);
    const created = await tx.replikasiPercontohan.create({
      data: { percontohanId: pilot.id, posyanduId: target.id, tanggalTarget: input.tanggalTarget ? dateFromIso(input.tanggalTarget) : null, catatan: input.catatan, tahap: "DIUSULKAN" },
      select: auditSelect,
    });
    await writeAudit(tx, viewer, { entity: "replikasi_percontohan", entityId: created.id, action: "CREATE", after: created, requestId: input.requestId });
    return created.id;
  }, () => new DomainError("Posyandu ini sudah menjadi sasaran replikasi.", { posyanduId: ["Posyandu ini sudah menjadi sasaran replikasi."] }));
}

/** Changes a roll-out target's date and note. */
export async function updateReplikasi(viewer: Viewer, input: TReplikasiUbah): Promise<{ percontohanId: string }> {
  assertManager(viewer);
  if (!isUuid(input.id)) throw new NotFoundError();
  return writeOnce(async (tx) => {
    const before = await tx.replikasiPercontohan.findFirst({ where: inScope(viewer, input.id), select: auditSelect });
    if (!before) throw new NotFoundError();
    const after = await tx.replikasiPercontohan.update({ where: { id: before.id }, data: { tanggalTarget: input.tanggalTarget ? dateFromIso(input.tanggalTarget) : null, catatan: input.catatan }, select: auditSelect });
    await writeAudit(tx, viewer, { entity: "replikasi_percontohan", entityId: before.id, action: "UPDATE", before, after });
    return { percontohanId: before.percontohanId };
  }, () => new DomainError("Sasaran replikasi tidak dapat disimpan; coba lagi."));
}

/** Moves a roll-out target's own stage by the pilot's rule (forward one step, back with a reason); audited. */
export async function moveReplikasiTahap(viewer: Viewer, input: TPindahTahap): Promise<{ id: string; percontohanId: string; duplicateSubmit: boolean }> {
  assertManager(viewer);
  if (!isUuid(input.id)) throw new NotFoundError();
  const done = await createOnce(input.requestId, async (tx) => {
    const before = await tx.replikasiPercontohan.findFirst({ where: inScope(viewer, input.id), select: { id: true, tahap: true } });
    if (!before) throw new NotFoundError();
    const move = checkMove(before.tahap, input.ke, input.alasan);
    if (!move.ok) throw new DomainError(move.message, { [move.field]: [move.message] });
    const dateProblem = checkMoveDate(input.tanggal, null);
    if (dateProblem) throw new DomainError(dateProblem, { tanggal: [dateProblem] });
    const { count } = await tx.replikasiPercontohan.updateMany({ where: { id: before.id, tahap: before.tahap }, data: { tahap: input.ke } });
    if (count !== 1) throw new DomainError("Tahap sasaran replikasi ini baru saja diubah; muat ulang halaman lalu coba lagi.");
    await writeAudit(tx, viewer, { entity: "replikasi_percontohan", entityId: before.id, action: "UPDATE", before: { tahap: before.tahap }, after: { tahap: input.ke, tanggalTahap: input.tanggal, alasan: move.alasan }, requestId: input.requestId });
    return before.id;
  }, () => new DomainError("Tahap tidak dapat disimpan; coba lagi."));
  const row = await db.replikasiPercontohan.findUniqueOrThrow({ where: { id: done.id }, select: { percontohanId: true } });
  return { ...done, percontohanId: row.percontohanId };
}

/** Removes a roll-out target that is still only proposed. */
export async function deleteReplikasi(viewer: Viewer, id: string): Promise<{ percontohanId: string }> {
  assertManager(viewer);
  if (!isUuid(id)) throw new NotFoundError();
  return db.$transaction(async (tx) => {
    const row = await tx.replikasiPercontohan.findFirst({ where: inScope(viewer, id), select: { ...auditSelect, posyandu: { select: { nama: true } } } });
    if (!row) throw new NotFoundError();
    const { posyandu, ...before } = row;
    if (row.tahap !== "DIUSULKAN") {
      throw new DomainError(`Sasaran replikasi Posyandu ${posyandu.nama} sudah di tahap ${tahapKecil(row.tahap)}; hanya sasaran yang masih ${tahapKecil("DIUSULKAN")} yang dapat dihapus. Jika batal, kembalikan dulu ke tahap ${TAHAP_LABEL.DIUSULKAN} dengan alasannya.`);
    }
    await tx.replikasiPercontohan.delete({ where: { id } });
    await writeAudit(tx, viewer, { entity: "replikasi_percontohan", entityId: id, action: "DELETE", before });
    return { percontohanId: row.percontohanId };
  });
}
