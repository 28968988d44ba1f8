/**
 * `Promise.all` for the queries of one transaction: a transaction holds one connection, and
 * node-postgres only queues queries sent on a busy client (deprecated, to be removed in pg 9).
 * Prisma queries are lazy (they start when awaited), so awaiting them in turn runs them in turn.
 */
export async function inOrder<T extends readonly unknown[] | []>(values: T): Promise<{ -readonly [P in keyof T]: Awaited<T[P]> }> {
  const out: unknown[] = [];
  for (const v of values) out.push(await v);
  return out as { -readonly [P in keyof T]: Awaited<T[P]> };
}
