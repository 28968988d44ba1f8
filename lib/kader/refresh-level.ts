/**
 * Keeps each kader's stored level equal to what its assessments, its kabupaten's current catalogue
 * and level rule say. Called inside the transaction of every write that can change it: assessments,
 * a skill added to the catalogue, the rule saved or reset. Lists then filter and sort by level in SQL.
 */
import "server-only";
import type { DbTx } from "../prisma-client.ts";
import { readAturanOf } from "../pengaturan/queries.ts";
import { ATURAN_LEVEL } from "./aturan.ts";
import { storeLevels } from "./level-store.ts";

export { katalogOf } from "./level-store.ts";

/** Recomputes the given kaders (default: every kader of the kabupaten) under the kabupaten's rule; returns the posyandu whose kaders' level changed. */
export async function refreshLevels(tx: DbTx, kabupatenId: string, kaderIds?: readonly string[]): Promise<string[]> {
  const { nilai } = await readAturanOf(tx, kabupatenId, ATURAN_LEVEL);
  return storeLevels(tx, kabupatenId, nilai, kaderIds);
}
