import "server-only";
import { inOrder } from "../dal/in-order.ts";
import { db } from "../db.ts";
import type { DbTx } from "../prisma-client.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { desaScope, kecamatanScope, puskesmasScope } from "../access/scope.ts";
import { writeAudit } from "../audit/audit.ts";
import { DomainError, NotFoundError } from "../errors.ts";
import { assertManager, refuseDeleteIfChildren } from "./dal-common.ts";
import { createOnce, duplicateName, writeOnce } from "../dal/write.ts";
import { isUuid } from "../dal/ids.ts";
import type { TPuskesmasForm } from "./schemas.ts";

const baseSelect = { id: true, kode: true, nama: true, kabupatenId: true, kecamatanId: true, desaId: true, alamat: true } as const;
const duplicate = (nama: string) => duplicateName("Puskesmas", nama, "di kabupaten ini");

/** The record as the audit log keeps it: the catchment as a sorted list of desa ids, and its size. */
async function snapshot(tx: DbTx, id: string) {
  const row = await tx.puskesmas.findUniqueOrThrow({ where: { id }, select: { ...baseSelect, catchment: { select: { id: true }, orderBy: { id: "asc" } } } });
  const catchment = row.catchment.map((d) => d.id);
  return { ...row, catchment, catchmentCount: catchment.length };
}

/**
 * Checks every id the form names against the viewer's kabupaten: kecamatan, location desa (inside that
 * kecamatan), every catchment desa. A desa already in another puskesmas's catchment moves only when
 * the form says so explicitly (`pindahkan`). Returns the desa that will move, with where they came from.
 */
async function checkRefs(tx: DbTx, viewer: Viewer, input: TPuskesmasForm, selfId?: string) {
  const fieldErrors: Record<string, string[]> = {};
  const [kec, lokasi, catchment] = await inOrder([
    tx.kecamatan.findFirst({ where: { AND: [{ id: input.kecamatanId }, kecamatanScope(viewer)] }, select: { id: true } }),
    tx.desa.findFirst({ where: { AND: [{ id: input.desaId }, desaScope(viewer)] }, select: { id: true, kecamatanId: true } }),
    tx.desa.findMany({ where: { AND: [{ id: { in: input.catchment } }, desaScope(viewer)] }, select: { id: true, nama: true, puskesmasId: true, puskesmas: { select: { nama: true } } } }),
  ]);
  if (!kec) fieldErrors.kecamatanId = ["Pilih kecamatan di kabupaten Anda."];
  if (!lokasi) fieldErrors.desaId = ["Pilih desa lokasi di kabupaten Anda."];
  else if (kec && lokasi.kecamatanId !== kec.id) fieldErrors.desaId = ["Desa lokasi harus berada di kecamatan yang dipilih."];
  if (catchment.length !== input.catchment.length) fieldErrors.catchment = ["Ada desa wilayah kerja yang tidak ada di kabupaten Anda."];
  const moving = catchment.filter((d) => d.puskesmasId && d.puskesmasId !== selfId);
  if (moving.length && !input.pindahkan && !fieldErrors.catchment) {
    const list = moving.map((d) => `${d.nama} (${d.puskesmas?.nama})`).join(", ");
    fieldErrors.catchment = [`Desa ${list} sudah masuk wilayah kerja puskesmas lain. Centang "Pindahkan desa tersebut ke puskesmas ini" bila memang dipindahkan.`];
  }
  const [namaClash, kodeClash] = await inOrder([
    tx.puskesmas.findFirst({ where: { kabupatenId: viewer.kabupatenId, nama: { equals: input.nama, mode: "insensitive" }, ...(selfId ? { NOT: { id: selfId } } : {}) }, select: { id: true } }),
    input.kode ? tx.puskesmas.findFirst({ where: { kode: input.kode, ...(selfId ? { NOT: { id: selfId } } : {}) }, select: { id: true } }) : null,
  ]);
  if (namaClash) fieldErrors.nama = [`Nama "${input.nama}" sudah dipakai puskesmas lain di kabupaten ini.`];
  if (kodeClash) fieldErrors.kode = [`Kode ${input.kode} sudah dipakai puskesmas lain.`];
  if (Object.keys(fieldErrors).length) throw new DomainError("Periksa lagi isian yang ditandai.", fieldErrors);
  return { movedFrom: Object.fromEntries(moving.map((d) => [d.id, d.puskesmasId])) };
}

/**
 * Points the chosen desa at this puskesmas and lets go of the ones no longer chosen. A pustu serves
 * its desa for the desa's puskesmas, so the pustu of a desa that moves here moves with it. Returns the
 * pustu that moved, with the puskesmas each came from, for the audit row.
 */
async function setCatchment(tx: DbTx, puskesmasId: string, desaIds: string[]): Promise<Record<string, string>> {
  await tx.desa.updateMany({ where: { puskesmasId, id: { notIn: desaIds } }, data: { puskesmasId: null } });
  if (!desaIds.length) return {};
  await tx.desa.updateMany({ where: { id: { in: desaIds } }, data: { puskesmasId } });
  const pustu = await tx.pustu.findMany({ where: { desaId: { in: desaIds }, NOT: { puskesmasId } }, select: { id: true, puskesmasId: true } });
  if (pustu.length) await tx.pustu.updateMany({ where: { id: { in: pustu.map((p) => p.id) } }, data: { puskesmasId } });
  return Object.fromEntries(pustu.map((p) => [p.id, p.puskesmasId]));
}

const data = (input: TPuskesmasForm) => ({ nama: input.nama, kode: input.kode, kecamatanId: input.kecamatanId, desaId: input.desaId, alamat: input.alamat });

/** Adds a puskesmas in the admin's kabupaten with its catchment; one audit row holds the desa list. */
export async function createPuskesmas(viewer: Viewer, input: TPuskesmasForm) {
  assertManager(viewer);
  return createOnce(
    input.requestId,
    async (tx) => {
      const { movedFrom } = await checkRefs(tx, viewer, input);
      const { id } = await tx.puskesmas.create({ data: { ...data(input), kabupatenId: viewer.kabupatenId }, select: { id: true } });
      const pustuMovedFrom = await setCatchment(tx, id, input.catchment);
      const after = await snapshot(tx, id);
      await writeAudit(tx, viewer, { entity: "puskesmas", entityId: id, action: "CREATE", after: { ...after, movedFrom, pustuMovedFrom }, requestId: input.requestId });
      return id;
    },
    () => duplicate(input.nama),
  );
}

/** Updates a puskesmas of the admin's kabupaten and its catchment; before/after desa lists in one audit row. */
export async function updatePuskesmas(viewer: Viewer, id: string, input: TPuskesmasForm) {
  assertManager(viewer);
  if (!isUuid(id)) throw new NotFoundError();
  await writeOnce(async (tx) => {
    const found = await tx.puskesmas.findFirst({ where: { AND: [{ id }, puskesmasScope(viewer)] }, select: { id: true } });
    if (!found) throw new NotFoundError();
    const before = await snapshot(tx, id);
    const { movedFrom } = await checkRefs(tx, viewer, input, id);
    await tx.puskesmas.update({ where: { id }, data: data(input) });
    const pustuMovedFrom = await setCatchment(tx, id, input.catchment);
    const after = await snapshot(tx, id);
    await writeAudit(tx, viewer, { entity: "puskesmas", entityId: id, action: "UPDATE", before, after: { ...after, movedFrom, pustuMovedFrom } });
  }, () => duplicate(input.nama));
}

/** Deletes a puskesmas of the admin's kabupaten with no catchment, pustu or accounts left. */
export async function deletePuskesmas(viewer: Viewer, id: string) {
  assertManager(viewer);
  if (!isUuid(id)) throw new NotFoundError();
  await db.$transaction(async (tx) => {
    const row = await tx.puskesmas.findFirst({ where: { AND: [{ id }, puskesmasScope(viewer)] }, select: { nama: true, _count: { select: { catchment: true, pustu: true, users: true } } } });
    if (!row) throw new NotFoundError();
    const n = row._count;
    refuseDeleteIfChildren(`${row.nama}`, [[n.catchment, "desa wilayah kerja"], [n.pustu, "pustu"], [n.users, "akun pengguna"]], "Pindahkan desa, pustu, dan akun itu ke puskesmas lain dulu.");
    const before = await snapshot(tx, id);
    await tx.puskesmas.delete({ where: { id } });
    await writeAudit(tx, viewer, { entity: "puskesmas", entityId: id, action: "DELETE", before });
  });
}
