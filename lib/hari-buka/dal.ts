/**
 * Writing posyandu days: opening one (kaders of the posyandu, its bidan), who is on duty, closing it
 * (then kaders can no longer change its entries) and opening it again (bidan, puskesmas). Every write
 * checks the viewer's scope against the record itself and leaves one audit row.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "../db.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { can } from "../access/permissions.ts";
import { hariBukaScope, posyanduScope } from "../access/scope.ts";
import { writeAudit } from "../audit/audit.ts";
import { isUuid } from "../dal/ids.ts";
import { createOnce, writeOnce } from "../dal/write.ts";
import { DomainError, ForbiddenError, NotFoundError, isUniqueViolation } from "../errors.ts";
import { formatDateWithDay, todayInJakarta } from "../i18n/format.ts";
import { dateFromIso, dateInMonth, jadwalLabel } from "../posyandu/jadwal.ts";
import { parsePetugasLain, type BukaHariBukaInput } from "./schemas.ts";

export const FUTURE_MESSAGE = "Tanggal hari posyandu tidak boleh setelah hari ini.";

/** The scheduled date of the posyandu in the month of `tanggal`, or null without a schedule. */
export function tanggalJadwal(jadwal: { jadwalMingguKe: number | null; jadwalHari: number | null }, tanggal: string): string | null {
  if (!jadwal.jadwalMingguKe || !jadwal.jadwalHari) return null;
  const [y, m] = tanggal.split("-").map(Number);
  return dateInMonth(y, m, { mingguKe: jadwal.jadwalMingguKe, hari: jadwal.jadwalHari });
}

/**
 * Opens the posyandu day of a posyandu for a date, or answers with the one already open for that
 * posyandu and date (unique: two kaders opening the same day land on the same record).
 */
export async function bukaHariBuka(viewer: Viewer, input: BukaHariBukaInput): Promise<{ id: string; existing: boolean }> {
  if (!can(viewer, "haribuka.record")) throw new ForbiddenError();
  if (!isUuid(input.posyanduId)) throw new NotFoundError("Posyandu tidak ditemukan.");
  const posyandu = await db.posyandu.findFirst({
    where: { AND: [{ id: input.posyanduId }, posyanduScope(viewer)] },
    select: { id: true, nama: true, desaId: true, jadwalMingguKe: true, jadwalHari: true, desa: { select: { kabupatenId: true } }, kader: { where: { isActive: true }, select: { id: true, nama: true } } },
  });
  if (!posyandu) throw new NotFoundError("Posyandu tidak ditemukan.");
  if (input.tanggal > todayInJakarta()) throw new DomainError(FUTURE_MESSAGE, { tanggal: [FUTURE_MESSAGE] });
  const open = await db.hariBuka.findFirst({ where: { posyanduId: posyandu.id, tanggal: new Date(`${input.tanggal}T00:00:00Z`) }, select: { id: true } });
  if (open) return { id: open.id, existing: true };
  const jadwal = tanggalJadwal(posyandu, input.tanggal);
  if (jadwal && jadwal !== input.tanggal && !input.bukanJadwal) {
    const pesan = `Jadwal Posyandu ${posyandu.nama}: ${jadwalLabel({ mingguKe: posyandu.jadwalMingguKe, hari: posyandu.jadwalHari })} (bulan ini ${formatDateWithDay(dateFromIso(jadwal))}). Centang "Buka di luar jadwal" bila hari posyandu memang hari ini.`;
    throw new DomainError(pesan, { tanggal: [pesan], bukanJadwal: ["Centang bila hari posyandu memang di luar jadwal."] });
  }
  const kaderById = new Map(posyandu.kader.map((k) => [k.id, k.nama]));
  const unknown = input.kaderId.filter((id) => !kaderById.has(id));
  if (unknown.length > 0) throw new DomainError("Kader yang dipilih bukan kader aktif posyandu ini.", { kaderId: ["Pilih kader dari daftar posyandu ini."] });
  const petugas = new Map<string, { kaderId: string | null; nama: string; peran: string }>();
  for (const id of input.kaderId) petugas.set(kaderById.get(id)!.toLowerCase(), { kaderId: id, nama: kaderById.get(id)!, peran: "Kader" });
  for (const p of parsePetugasLain(input.petugasLain)) if (!petugas.has(p.nama.toLowerCase())) petugas.set(p.nama.toLowerCase(), { kaderId: null, ...p });
  const id = randomUUID();
  try {
    return await createOnce(input.requestId, async (tx) => {
      const created = await tx.hariBuka.create({
        data: { id, kabupatenId: posyandu.desa.kabupatenId, desaId: posyandu.desaId, posyanduId: posyandu.id, tanggal: new Date(`${input.tanggal}T00:00:00Z`), dibukaOlehId: viewer.id, petugas: { create: [...petugas.values()] } },
        select: { id: true, posyanduId: true, tanggal: true },
      });
      await writeAudit(tx, viewer, { entity: "hari_buka", entityId: id, action: "CREATE", after: { ...created, petugas: [...petugas.values()].map((p) => `${p.nama} (${p.peran})`) }, requestId: input.requestId });
      return id;
    }, () => new DomainError("Hari posyandu ini sudah dibuka."))
      .then((r) => ({ id: r.id, existing: r.duplicateSubmit }));
  } catch (error) {
    // Another kader opened the same posyandu day a moment ago: open that one.
    if (!(error instanceof DomainError) && !isUniqueViolation(error)) throw error;
    const twin = await db.hariBuka.findFirst({ where: { posyanduId: posyandu.id, tanggal: new Date(`${input.tanggal}T00:00:00Z`) }, select: { id: true } });
    if (twin) return { id: twin.id, existing: true };
    throw error;
  }
}

/**
 * Closes a posyandu day (its kaders or bidan: afterwards kaders can no longer change entries), or
 * opens it again (`buka`: bidan or puskesmas, who correct entries).
 */
export async function tutupHariBuka(viewer: Viewer, id: string, buka = false): Promise<void> {
  if (buka ? !can(viewer, "pemeriksaan.correct") : !can(viewer, "haribuka.record")) throw new ForbiddenError();
  if (!isUuid(id)) throw new NotFoundError();
  await writeOnce(async (tx) => {
    const before = await tx.hariBuka.findFirst({ where: { AND: [{ id }, hariBukaScope(viewer)] }, select: { id: true, ditutupAt: true } });
    if (!before) throw new NotFoundError();
    if (!buka && before.ditutupAt) return;
    if (buka && !before.ditutupAt) return;
    const after = await tx.hariBuka.update({ where: { id }, data: { ditutupAt: buka ? null : new Date() }, select: { id: true, ditutupAt: true } });
    await writeAudit(tx, viewer, { entity: "hari_buka", entityId: id, action: "UPDATE", before, after });
  }, () => new DomainError("Hari posyandu tidak dapat diubah."));
}
