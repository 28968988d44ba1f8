/**
 * Follow-up writes (`tindaklanjut.update`, every role): the status and the evidence note. The
 * follow-up is loaded in the viewer's scope (outside: NotFoundError, "tidak ditemukan"), then the
 * ownership rule (lib/supervisi/pemilik.ts) says whether and how far the viewer may change it; a
 * refusal says why in Bahasa. One transaction with its audit row; a double submit writes once.
 */
import "server-only";
import type { Viewer } from "../access/viewer-type.ts";
import { can } from "../access/permissions.ts";
import { tindakLanjutScope } from "../access/scope.ts";
import { writeAudit } from "../audit/audit.ts";
import { isUuid } from "../dal/ids.ts";
import { createOnce } from "../dal/write.ts";
import { DomainError, ForbiddenError, NotFoundError } from "../errors.ts";
import { checkUpdate, mayUpdate } from "../supervisi/pemilik.ts";
import type { TTindakLanjutUpdate } from "./schemas.ts";

const auditSelect = { id: true, status: true, catatanBukti: true, selesaiAt: true, selesaiOlehId: true } as const;

/** Updates a follow-up's status and evidence note; SELESAI stamps selesaiAt and selesaiOlehId. */
export async function updateTindakLanjut(viewer: Viewer, input: TTindakLanjutUpdate, now = new Date()): Promise<{ id: string; duplicateSubmit: boolean }> {
  if (!can(viewer, "tindaklanjut.update")) throw new ForbiddenError();
  if (!isUuid(input.id)) throw new NotFoundError();
  return createOnce(input.requestId, async (tx) => {
    // Locks the row: two officers closing it at once run one after the other, and the second sees "sudah selesai".
    await tx.$queryRaw`SELECT id FROM tindak_lanjut WHERE id = ${input.id}::uuid FOR UPDATE`;
    const row = await tx.tindakLanjut.findFirst({
      where: { AND: [{ id: input.id }, tindakLanjutScope(viewer)] },
      select: { ...auditSelect, kabupatenId: true, tingkatPemilik: true, pemilikUserId: true, desaId: true, posyanduId: true, kunjungan: { select: { desa: { select: { puskesmasId: true } } } } },
    });
    if (!row) throw new NotFoundError();
    const w = mayUpdate(viewer, { kabupatenId: row.kabupatenId, tingkatPemilik: row.tingkatPemilik, pemilikUserId: row.pemilikUserId, desaId: row.desaId, posyanduId: row.posyanduId, puskesmasId: row.kunjungan.desa.puskesmasId });
    const problem = checkUpdate(w, row.status, input.status, input.catatanBukti);
    if (problem) throw new DomainError(problem.message, { [problem.field]: [problem.message] });
    const selesai = input.status === "SELESAI";
    const after = await tx.tindakLanjut.update({
      where: { id: row.id },
      data: { status: input.status, catatanBukti: input.catatanBukti ?? row.catatanBukti, selesaiAt: selesai ? now : null, selesaiOlehId: selesai ? viewer.id : null },
      select: auditSelect,
    });
    const before = { id: row.id, status: row.status, catatanBukti: row.catatanBukti, selesaiAt: row.selesaiAt, selesaiOlehId: row.selesaiOlehId };
    await writeAudit(tx, viewer, { entity: "tindak_lanjut", entityId: row.id, action: "UPDATE", before, after, requestId: input.requestId });
    return row.id;
  }, () => new DomainError("Tindak lanjut tidak dapat disimpan; coba lagi."));
}
