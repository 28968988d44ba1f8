/**
 * Builds a Prisma client on the PrismaPg driver adapter. The app uses the one in lib/db.ts;
 * scripts and tests build their own from here with an explicit URL.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client.ts";

export function createPrismaClient(databaseUrl: string, poolSize = 10) {
  const adapter = new PrismaPg({ connectionString: databaseUrl, max: poolSize });
  // Password hashes never leave the database unless a query asks for them by name.
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

export type Db = ReturnType<typeof createPrismaClient>;
/** A client or an interactive transaction: what DAL functions accept. */
export type DbTx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
