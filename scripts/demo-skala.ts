/**
 * `npm run demo:skala [-- --fresh] [-- --seed 20261129]`: a national-scale database for load tests,
 * separate from the demo one: its own embedded PostgreSQL in .data/pg-skala (port 5440, or
 * PANTAU_PG_SKALA_PORT), or DATABASE_URL_SKALA. Migrates, loads every kabupaten/kota of the official
 * list, then runs the generator steps (scripts/skala/steps.ts) with a fixed seed, all in one
 * transaction. A database that already holds the data is left as it is; --fresh rebuilds it.
 */
import { loadDotEnv } from "./lib/prepare-db.ts";
import { prepareSkalaDb } from "./skala/database.ts";
import { createPrismaClient, type Db } from "../lib/prisma-client.ts";
import { hashPassword } from "../lib/auth/password.ts";
import { formatNumber } from "../lib/i18n/format.ts";
import { streamFor, type SkalaContext } from "./skala/context.ts";
import { SKALA_KABUPATEN, SKALA_PASSWORD, STEPS } from "./skala/steps.ts";

const DEFAULT_SEED = 20261129;
const TABLES = ["kabupaten", "kecamatan", "desa", "dusun", "puskesmas", "pustu", "posyandu", "app_user"] as const;
const MARKER = `dinkes.${SKALA_KABUPATEN[0].replace(".", "")}`;

const seconds = (from: number) => `${((performance.now() - from) / 1000).toFixed(1)} s`;

async function counts(db: Db): Promise<string> {
  const parts: string[] = [];
  for (const t of TABLES) {
    const [{ count }] = await db.$queryRawUnsafe<{ count: bigint }[]>(`SELECT count(*) AS count FROM "${t}"`);
    parts.push(`${t} ${formatNumber(Number(count))}`);
  }
  return parts.join(" · ");
}

async function main() {
  const args = process.argv.slice(2);
  const fresh = args.includes("--fresh");
  const seedAt = args.indexOf("--seed");
  const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : DEFAULT_SEED;
  if (!Number.isInteger(seed)) throw new Error("--seed memerlukan bilangan bulat.");

  const started = performance.now();
  loadDotEnv();
  // Never the demo database: DATABASE_URL (from .env or the shell) is ignored here.
  const database = await prepareSkalaDb({ fresh });
  const external = database.external;
  const db = createPrismaClient(database.url, 2);
  try {
    if (fresh && external) {
      await db.$executeRawUnsafe(`TRUNCATE ${TABLES.map((t) => `"${t}"`).join(", ")}, "audit_log", "import_job" CASCADE`);
      console.log("DATABASE_URL_SKALA dikosongkan (--fresh).");
    }
    if (await db.user.findUnique({ where: { username: MARKER }, select: { id: true } })) {
      console.log(`Data skala sudah ada; tidak ada yang diubah (pakai --fresh untuk membangun ulang).\n${await counts(db)}`);
      return;
    }
    if ((await db.kabupaten.count()) > 0) {
      throw new Error("Basis data skala berisi data lain (tanpa akun skala). Jalankan dengan --fresh untuk membangun ulang.");
    }

    const passwordHash = await hashPassword(SKALA_PASSWORD);
    const ctx: SkalaContext = {
      tx: db, seed, rand: Math.random, log: console.log, passwordHash,
      kabupaten: new Map(), kecamatan: [], desa: [], puskesmas: [], dusunByDesa: new Map(), posyanduByDesa: new Map(),
    };
    console.log(`Membuat data skala nasional (seed ${seed})…`);
    await db.$transaction(async (tx) => {
      ctx.tx = tx;
      for (const step of STEPS) {
        const t = performance.now();
        ctx.rand = streamFor(seed, step.name);
        const line = await step.run(ctx);
        console.log(`  ${step.name.padEnd(10)} ${line} (${seconds(t)})`);
      }
    }, { timeout: 30 * 60_000, maxWait: 60_000 });
    await db.$executeRawUnsafe(`ANALYZE ${TABLES.map((t) => `"${t}"`).join(", ")}`);
    console.log(`Selesai dalam ${seconds(started)}.\n${await counts(db)}`);
    console.log(`Akun (kata sandi "${SKALA_PASSWORD}"): ${SKALA_KABUPATEN.flatMap((k) => ["dinkes", "staf", "pkm", "bidan", "kader"].map((r) => `${r}.${k.replace(".", "")}`)).join(", ")}, kader.3201.001…`);
    console.log(external ? "Basis data: DATABASE_URL_SKALA." : `Basis data: ${database.url.replace(/:[^:@/]+@/, ":***@")} (PostgreSQL tertanam di .data/pg-skala, sekarang dihentikan).`);
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

main().catch((error) => {
  console.error((error as Error).message);
  process.exit(1);
});
