/**
 * How every DAL writes: one transaction per change, a double submit (the same form's requestId)
 * writes nothing and answers with the earlier record, and a unique violation becomes the feature's
 * own Bahasa message instead of a server error.
 */
import "server-only";
import { db } from "../db.ts";
import { onPrimary, type DbTx } from "../prisma-client.ts";
import { findRequest } from "../audit/audit.ts";
import { DomainError, isUniqueViolation } from "../errors.ts";

/**
 * Runs a create in one transaction unless this form's requestId was already written (a double
 * submit), in which case it returns the earlier id and writes nothing. A failure caused by the twin
 * submit racing us also resolves to the earlier id; any other unique violation becomes `onDuplicate()`.
 * `write` must record its audit row with the same requestId (that row is what makes it "written").
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
    // Whatever stopped this write (the unique index, or a "sudah ada" check that saw the twin's
    // row), the twin submit of the same form may have committed meanwhile: then this is a double
    // submit, not an error. Read the primary: a lagging replica may not have the row yet.
    const again = await findRequest(onPrimary(db), requestId);
    if (again) return { id: again, duplicateSubmit: true };
    if (isUniqueViolation(error)) throw onDuplicate();
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

/** The Bahasa message of a name already taken, on the `field` (default `nama`). */
export function duplicateName(noun: string, nama: string, where: string, field = "nama") {
  return new DomainError(`${noun} "${nama}" sudah ada ${where}.`, { [field]: [`Nama "${nama}" sudah dipakai ${noun.toLowerCase()} lain ${where}.`] });
}
