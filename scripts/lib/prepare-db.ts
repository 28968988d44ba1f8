/**
 * Gets a database ready for the app, a test run or a script: the embedded PostgreSQL when
 * DATABASE_URL is unset, then our migrations, then the demo data when the database is empty.
 */
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { startEmbeddedDb, type EmbeddedDb } from "./embedded-db.ts";
import { migrate } from "./migrate.ts";
import { createPrismaClient } from "../../lib/prisma-client.ts";
import { ensureKatalog } from "../../lib/provisioning/katalog.ts";
import { seedDemo } from "../../prisma/seed.ts";

export const ROOT = path.resolve(import.meta.dirname, "../..");

export function loadDotEnv() {
  for (const file of [".env.local", ".env"]) {
    const p = path.join(ROOT, file);
    if (fs.existsSync(p)) process.loadEnvFile(p);
  }
}

export interface PreparedDb {
  url: string;
  embedded: EmbeddedDb | null;
  stop(): Promise<void>;
}

export async function prepareDb(opts: { name: string; port: number; seed: boolean; fresh?: boolean; ephemeral?: boolean; log?: (l: string) => void }): Promise<PreparedDb> {
  const log = opts.log ?? ((l: string) => console.log(l));
  let embedded: EmbeddedDb | null = null;
  let url = process.env.DATABASE_URL;
  if (!url) {
    const dataDir = path.join(ROOT, ".data", opts.name);
    if (opts.fresh) fs.rmSync(dataDir, { recursive: true, force: true });
    embedded = await startEmbeddedDb({ dataDir, port: opts.port, database: "pantau", ephemeral: opts.ephemeral, log: (l) => log(`[db] ${l}`) });
    if (opts.fresh && embedded.dataDir !== dataDir) {
      // The cluster lives under the temp dir (root in a private folder): start that one afresh too.
      await embedded.stop();
      fs.rmSync(embedded.dataDir, { recursive: true, force: true });
      embedded = await startEmbeddedDb({ dataDir, port: opts.port, database: "pantau", ephemeral: opts.ephemeral, log: (l) => log(`[db] ${l}`) });
    }
    url = embedded.url;
    log(`PostgreSQL tertanam berjalan di port ${opts.port} (data: ${embedded.dataDir})`);
  }
  const result = await migrate(url);
  if (result.applied.length) log(`Migrasi diterapkan: ${result.applied.join(", ")}`);
  const db = createPrismaClient(url, 2);
  try {
    // Kabupaten added before the catalogues existed get their copy (a no-op once they have one).
    const katalog = await db.$transaction((tx) => ensureKatalog(tx));
    if (katalog.paket || katalog.jenisSarana || katalog.instrumen) log(`Katalog keterampilan kader, sarana dan instrumen supervisi ditambahkan untuk kabupaten yang belum punya.`);
    if (opts.seed) await seedDemo(db, log);
  } finally {
    await db.$disconnect();
  }
  return { url, embedded, stop: async () => { await embedded?.stop(); } };
}

/** AUTH_SECRET from the environment, or one generated once and kept in .data. */
export function ensureAuthSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(ROOT, ".data", "auth-secret");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  const secret = fs.readFileSync(file, "utf8").trim();
  process.env.AUTH_SECRET = secret;
  return secret;
}
