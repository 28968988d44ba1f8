/**
 * The scale database, never the demo one: DATABASE_URL_SKALA when set, else the embedded PostgreSQL
 * in .data/pg-skala on PANTAU_PG_SKALA_PORT (default 5440). Started (if embedded) and migrated; the
 * caller stops it. Used by `npm run demo:skala`, and by anything that wants to run on its data.
 */
import { prepareDb, type PreparedDb } from "../lib/prepare-db.ts";

export const SKALA_DEFAULT_PORT = 5440;

export async function prepareSkalaDb(opts: { fresh?: boolean; log?: (line: string) => void } = {}): Promise<PreparedDb & { external: boolean }> {
  const external = process.env.DATABASE_URL_SKALA;
  // prepareDb uses DATABASE_URL when set: point it at the scale database for this call only.
  const saved = process.env.DATABASE_URL;
  if (external) process.env.DATABASE_URL = external;
  else delete process.env.DATABASE_URL;
  try {
    const port = Number(process.env.PANTAU_PG_SKALA_PORT || SKALA_DEFAULT_PORT);
    const db = await prepareDb({ name: "pg-skala", port, seed: false, fresh: opts.fresh && !external, log: opts.log });
    return { ...db, external: Boolean(external) };
  } finally {
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
  }
}
