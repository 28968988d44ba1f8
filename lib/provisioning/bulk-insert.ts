/**
 * Bulk inserts for provisioning and generated data (no viewer, never a request): one
 * INSERT … SELECT FROM unnest(one array per column) per 20,000 rows, with `updated_at` = now().
 * Table, column and type names come from our code, never from input.
 */
import type { DbTx } from "../prisma-client.ts";

const CHUNK = 20_000;

export async function insertRows(tx: DbTx, table: string, columns: Record<string, string>, rows: unknown[][]): Promise<number> {
  const names = Object.keys(columns);
  const types = Object.values(columns);
  const sql = `INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(", ")}, "updated_at") SELECT *, now() FROM unnest(${types.map((t, i) => `$${i + 1}::${t}[]`).join(", ")})`;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await tx.$executeRawUnsafe(sql, ...names.map((_, c) => chunk.map((r) => r[c])));
  }
  return rows.length;
}
