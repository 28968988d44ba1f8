/**
 * Bulk inserts for provisioning and generated data (no viewer, never a request): one
 * INSERT … SELECT FROM unnest(one array per column) per 20,000 rows, with `updated_at` = now().
 * Table, column and type names come from our code, never from input.
 */
import type { DbTx } from "../prisma-client.ts";

const CHUNK = 20_000;

export async function insertRows(tx: DbTx, table: string, columns: Record<string, string>, rows: unknown[][], opts: { updatedAt?: boolean } = {}): Promise<number> {
  const names = Object.keys(columns);
  const types = Object.values(columns);
  // Append-only tables (a stage history, a visit) have no updated_at: `{ updatedAt: false }`.
  const stamp = opts.updatedAt === false ? ["", ""] : [', "updated_at"', ", now()"];
  const sql = `INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(", ")}${stamp[0]}) SELECT *${stamp[1]} FROM unnest(${types.map((t, i) => `$${i + 1}::${t}[]`).join(", ")})`;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await tx.$executeRawUnsafe(sql, ...names.map((_, c) => chunk.map((r) => r[c])));
  }
  return rows.length;
}
