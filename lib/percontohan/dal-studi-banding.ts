/**
 * Study visits (studi banding) to a pilot, Dinkes admin only. A visit may be planned ahead (up to a
 * year), but not dated before the pilot began (its SK or start date, whichever is earlier).
 */
import "server-only";
import { db } from "../db.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { percontohanScope, studiBandingScope } from "../access/scope.ts";
import { writeAudit } from "../audit/audit.ts";
import { isUuid } from "../dal/ids.ts";
import { createOnce, writeOnce } from "../dal/write.ts";
import { DomainError, NotFoundError } from "../errors.ts";
import { addDays, dateFromIso } from "../posyandu/jadwal.ts";
import { formatDate, isoDay, todayInJakarta } from "../i18n/format.ts";
import { assertManager } from "./dal.ts";
import { STUDI_BANDING_MAKS_HARI_KE_DEPAN, type TStudiBandingFields, type TStudiBandingForm, type TStudiBandingUbah } from "./schemas.ts";

const auditSelect = { id: true, percontohanId: true, tanggal: true, asal: true, jumlahPeserta: true, tujuan: true, catatan: true } as const;

const iso = (d: Date | null) => (d ? isoDay(d) : null);

/** The visit date against the pilot's start and today; throws on the `tanggal` field. */
function checkTanggal(tanggal: string, pilot: { tanggalSk: Date | null; tanggalMulai: Date | null }) {
  const starts = [iso(pilot.tanggalSk), iso(pilot.tanggalMulai)].filter((d): d is string => d !== null).sort();
  const bad = (m: string) => new DomainError(m, { tanggal: [m] });
  if (starts.length && tanggal < starts[0]) throw bad(`Tanggal kunjungan sebelum percontohan dimulai (${formatDate(dateFromIso(starts[0]))}).`);
  if (tanggal > addDays(todayInJakarta(), STUDI_BANDING_MAKS_HARI_KE_DEPAN)) throw bad("Tanggal kunjungan lebih dari setahun ke depan; periksa tahunnya.");
}

function data(input: TStudiBandingFields) {
  return { tanggal: dateFromIso(input.tanggal), asal: input.asal, jumlahPeserta: input.jumlahPeserta, tujuan: input.tujuan, catatan: input.catatan };
}

export async function createStudiBanding(viewer: Viewer, input: TStudiBandingForm): Promise<{ id: string; duplicateSubmit: boolean }> {
  assertManager(viewer);
  if (!isUuid(input.percontohanId)) throw new NotFoundError();
  return createOnce(input.requestId, async (tx) => {
    const pilot = await tx.percontohan.findFirst({ where: { AND: [{ id: input.percontohanId }, percontohanScope(viewer)] }, select: { id: true, kabupatenId: true, tanggalSk: true, tanggalMulai: true } });
    if (!pilot) throw new NotFoundError();
    checkTanggal(input.tanggal, pilot);
    const created = await tx.studiBanding.create({ data: { percontohanId: pilot.id, kabupatenId: pilot.kabupatenId, ...data(input) }, select: auditSelect });
    await writeAudit(tx, viewer, { entity: "studi_banding", entityId: created.id, action: "CREATE", after: created, requestId: input.requestId });
    return created.id;
  }, () => new DomainError("Studi banding tidak dapat disimpan; coba lagi."));
}

export async function updateStudiBanding(viewer: Viewer, input: TStudiBandingUbah): Promise<{ percontohanId: string }> {
  assertManager(viewer);
  if (!isUuid(input.id)) throw new NotFoundError();
  return writeOnce(async (tx) => {
    const row = await tx.studiBanding.findFirst({ where: { AND: [{ id: input.id }, studiBandingScope(viewer)] }, select: { ...auditSelect, percontohan: { select: { tanggalSk: true, tanggalMulai: true } } } });
    if (!row) throw new NotFoundError();
    const { percontohan, ...before } = row;
    checkTanggal(input.tanggal, percontohan);
    const after = await tx.studiBanding.update({ where: { id: row.id }, data: data(input), select: auditSelect });
    await writeAudit(tx, viewer, { entity: "studi_banding", entityId: row.id, action: "UPDATE", before, after });
    return { percontohanId: row.percontohanId };
  }, () => new DomainError("Studi banding tidak dapat disimpan; coba lagi."));
}

export async function deleteStudiBanding(viewer: Viewer, id: string): Promise<{ percontohanId: string }> {
  assertManager(viewer);
  if (!isUuid(id)) throw new NotFoundError();
  return db.$transaction(async (tx) => {
    const before = await tx.studiBanding.findFirst({ where: { AND: [{ id }, studiBandingScope(viewer)] }, select: auditSelect });
    if (!before) throw new NotFoundError();
    await tx.studiBanding.delete({ where: { id } });
    await writeAudit(tx, viewer, { entity: "studi_banding", entityId: id, action: "DELETE", before });
    return { percontohanId: before.percontohanId };
  });
}
