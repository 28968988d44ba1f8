/** Record ids: every id in the app is a uuid; one check and one schema for all of them. */
import { z } from "zod";

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A malformed id cannot match anything: callers answer "not found" without asking the database. */
export function isUuid(id: unknown): id is string {
  return typeof id === "string" && UUID_RE.test(id);
}

/** The id of the record a form acts on (delete, reset, unlock …). */
export const ZId = z.object({ id: z.uuid({ error: "Data tidak ditemukan." }) });
export type TId = z.infer<typeof ZId>;
