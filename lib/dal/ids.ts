/** Record ids: every id in the app is a uuid; one check and one schema for all of them. */
import { z } from "zod";

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A malformed id cannot match anything: callers answer "not found" without asking the database. */
export function isUuid(id: unknown): id is string {
  return typeof id === "string" && UUID_RE.test(id);
}

/** A uuid that matches no record: where a scope or a lookup must select nothing. */
export const NO_ID = "00000000-0000-0000-0000-000000000000";

/** The id of the record a form acts on (delete, reset, unlock …). */
export const ZId = z.object({ id: z.uuid({ error: "Data tidak ditemukan." }) });
export type TId = z.infer<typeof ZId>;
