/** What every wilayah write shares: who may write, the double-submit guard, the "what is in the way" message. */
import "server-only";
import { db } from "../db.ts";
import type { DbTx } from "../prisma-client.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { can } from "../access/permissions.ts";
import { findRequest } from "../audit/audit.ts";
import { DomainError, ForbiddenError, isUniqueViolation } from "../errors.ts";
import { findReferensi } from "./referensi.ts";
import { BEDA_RESMI_LABEL } from "./schemas.ts";

/** Master data of the wilayah is the Dinkes admin's job; everyone else is refused before any read. */
export function assertManager(viewer: Viewer) {
  if (!can(viewer, "wilayah.manage")) throw new ForbiddenError();
}

/** A malformed id cannot match anything: answer as not found without asking the database. */
export const isUuid = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

/** "4 dusun, 4 posyandu, 1 pustu, dan 1 akun pengguna" from the non-zero counts; null when nothing is in the way. */
export function inTheWay(parts: [count: number, noun: string][]): string | null {
  const listed = parts.filter(([n]) => n > 0).map(([n, noun]) => `${n.toLocaleString("id-ID")} ${noun}`);
  if (listed.length === 0) return null;
  if (listed.length <= 2) return listed.join(" dan ");
  return `${listed.slice(0, -1).join(", ")}, dan ${listed[listed.length - 1]}`;
}

/** Refuses a delete while children remain, saying what they are. */
export function refuseDeleteIfChildren(what: string, parts: [number, string][], advice: string) {
  const list = inTheWay(parts);
  if (list) throw new DomainError(`${what} tidak dapat dihapus: masih ada ${list}. ${advice}`);
}

/**
 * Runs a create in one transaction unless this form's requestId was already written (a double
 * submit), in which case it returns the earlier id and writes nothing. A unique violation caused by
 * the twin submit racing us also resolves to the earlier id; any other becomes `onDuplicate()`.
 */
export async function createOnce(
  requestId: string | null | undefined,
  write: (tx: DbTx) => Promise<string>,
  onDuplicate: () => Error,
): Promise<{ id: string; duplicateSubmit: boolean }> {
  try {
    return await db.$transaction(async (tx) => {
      const already = await findRequest(tx, requestId);
      if (already) return { id: already, duplicateSubmit: true };
      return { id: await write(tx), duplicateSubmit: false };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      const again = requestId ? await findRequest(db, requestId) : null;
      if (again) return { id: again, duplicateSubmit: true };
      throw onDuplicate();
    }
    throw error;
  }
}

/** An update or delete in one transaction; a unique violation becomes the field message of `onDuplicate()`. */
export async function writeOnce<T>(write: (tx: DbTx) => Promise<T>, onDuplicate: () => Error): Promise<T> {
  try {
    return await db.$transaction(write);
  } catch (error) {
    if (isUniqueViolation(error)) throw onDuplicate();
    throw error;
  }
}

/** The Bahasa message of a name already taken, on the `nama` field. */
export function duplicateName(noun: string, nama: string, where: string) {
  return new DomainError(`${noun} "${nama}" sudah ada ${where}.`, { nama: [`Nama "${nama}" sudah dipakai ${noun.toLowerCase()} lain ${where}.`] });
}

/**
 * Names of kecamatan and desa come from the official list (Kepmendagri 2025). A different name is
 * kept only when the user says so (a correction the list has not caught up with), never by accident.
 */
export function checkOfficialName(kode: string, nama: string, confirmed: boolean) {
  const ref = findReferensi(kode);
  if (!ref || confirmed) return;
  const norm = (s: string) => s.trim().replace(/\s+/g, " ").toLowerCase();
  if (norm(ref.nama) === norm(nama)) return;
  const message = `Menurut daftar resmi Kemendagri 2025, kode ${kode} bernama "${ref.nama}". Bila "${nama}" memang benar, centang "${BEDA_RESMI_LABEL}".`;
  throw new DomainError("Nama berbeda dari daftar resmi.", { nama: [message] });
}
