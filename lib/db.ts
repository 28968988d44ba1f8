import "server-only";
import { createAppClient, parseReplicaUrls, type Db } from "./prisma-client.ts";

const globalForDb = globalThis as unknown as { __pantauDb?: Db };

function client(): Db {
  if (globalForDb.__pantauDb) return globalForDb.__pantauDb;
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL belum diatur. Jalankan aplikasi dengan `npm start` atau atur DATABASE_URL.");
  globalForDb.__pantauDb = createAppClient({
    primary: url,
    replicas: parseReplicaUrls(process.env.DATABASE_URL_REPLICAS),
    poolSize: Number(process.env.DATABASE_POOL_SIZE || 10),
  });
  return globalForDb.__pantauDb;
}

/**
 * The one Prisma client of the app (PrismaPg adapter), created on first use so that `next build`
 * can load the modules without a database, and kept on globalThis across hot reloads. With
 * DATABASE_URL_REPLICAS set, plain reads outside a transaction go to a replica (see createAppClient);
 * reads that must see the latest commit use onPrimary(db).
 */
export const db: Db = new Proxy({} as Db, {
  get(_target, prop) {
    const c = client();
    const value = Reflect.get(c as object, prop, c);
    return typeof value === "function" ? value.bind(c) : value;
  },
});
