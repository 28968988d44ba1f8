/**
 * Builds Prisma clients on the PrismaPg driver adapter. The app's one client (lib/db.ts) comes from
 * createAppClient; scripts and tests build their own from here with an explicit URL.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { readReplicas } from "@prisma/extension-read-replicas";
import { PrismaClient } from "./generated/prisma/client.ts";

export function createPrismaClient(databaseUrl: string, poolSize = 10) {
  const adapter = new PrismaPg({ connectionString: databaseUrl, max: poolSize });
  // Password hashes never leave the database unless a query asks for them by name.
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

/**
 * The client type every DAL sees: a plain client, or one extended with read replicas. `$on` is left
 * out because an extended client has none (and nothing of ours uses it); everything else, including
 * `$transaction` and `$queryRaw`, keeps the plain client's types.
 */
export type Db = Omit<ReturnType<typeof createPrismaClient>, "$on">;
/** A client or an interactive transaction: what DAL functions accept. */
export type DbTx = Omit<Db, "$connect" | "$disconnect" | "$transaction" | "$extends">;

/** Comma-separated PostgreSQL URLs (DATABASE_URL_REPLICAS) → list; blanks ignored. */
export function parseReplicaUrls(value: string | undefined): string[] {
  return (value ?? "").split(",").map((s) => s.trim()).filter(Boolean);
}

/**
 * The app's client. Without replicas: exactly createPrismaClient(primary), no extension. With
 * replicas: Prisma's read-replica extension, which sends model reads (findMany, findUnique, count,
 * aggregate, groupBy, …) made outside a transaction to a random replica, and everything else to the
 * primary: writes, interactive and batch transactions, and $queryRaw/$executeRaw. Each replica gets
 * its own PrismaPg pool of `poolSize` connections and the same options (password hashes omitted).
 */
export function createAppClient(opts: { primary: string; replicas?: string[]; poolSize?: number }): Db {
  const poolSize = opts.poolSize ?? 10;
  const primary = createPrismaClient(opts.primary, poolSize);
  const replicas = (opts.replicas ?? []).map((url) => createPrismaClient(url, poolSize));
  if (!replicas.length) return primary;
  // The cast only drops type bookkeeping: the extension adds no models, fields or results, its query
  // hook passes the same arguments on, and Prisma's extended generics are not assignable to the plain
  // ones. Its $primary()/$replica() stay hidden from the type: use onPrimary() below.
  return primary.$extends(readReplicas({ replicas })) as unknown as Db;
}

/**
 * The same client with every read on the primary: for reads that must see the latest commit (the
 * session check behind each request, a record just written). Without replicas, and inside a
 * transaction, that is the client itself.
 */
export function onPrimary<T extends DbTx>(client: T): T {
  const primary = (client as { $primary?: () => T }).$primary;
  return typeof primary === "function" ? primary.call(client) : client;
}
