/**
 * `npm run demo:skala [-- --fresh] [-- --seed 20261129]`: a national-scale database for load tests,
 * separate from the demo one: its own embedded PostgreSQL in .data/pg-skala (port 5440, or
 * PANTAU_PG_SKALA_PORT), or DATABASE_URL_SKALA. Migrates, loads every kabupaten/kota of the official
 * list, then runs the generator steps (scripts/skala/steps.ts) with a fixed seed, all in one
 * transaction. A database that already holds the data is left as it is; --fresh rebuilds it.
 *
 * `npm run demo:skala -- --langkah hari-posyandu`: runs one step on a scale database made before the
 * step existed (the areas and posyandu are read back from it), when that step's table is still empty;
 * with `--ulang` its tables are emptied first.
 */
import { loadDotEnv } from "./lib/prepare-db.ts";
import { prepareSkalaDb } from "./skala/database.ts";
import { createPrismaClient, type Db } from "../lib/prisma-client.ts";
import { hashPassword } from "../lib/auth/password.ts";
import { formatNumber } from "../lib/i18n/format.ts";
import { streamFor, type SkalaContext } from "./skala/context.ts";
import { SKALA_KABUPATEN, SKALA_PASSWORD, STEPS } from "./skala/steps.ts";

const DEFAULT_SEED = 20261129;
/**
 * A step may write a table's rows many times inside its one transaction (the readiness step upserts
 * kesiapan_terkini once per month for 60 months), and every old version stays behind: Bogor's 2,616
 * rows came to 32,000 pages, which every read of the table then walks. A running system vacuums as it
 * goes, so the tables whose rows were updated or deleted more times than they now hold are rewritten to
 * look like that.
 */
async function compactRewrittenTables(db: Db) {
  const bloated = await db.$queryRawUnsafe<{ relname: string }[]>(`SELECT relname FROM pg_stat_user_tables WHERE n_tup_upd + n_tup_del > 1000 AND n_tup_upd + n_tup_del > n_live_tup`);
  for (const { relname } of bloated) {
    const t = performance.now();
    await db.$executeRawUnsafe(`VACUUM FULL "${relname}"`);
    console.log(`  VACUUM FULL ${relname} (${seconds(t)})`);
  }
}

const TABLES = ["kabupaten", "kecamatan", "desa", "dusun", "puskesmas", "pustu", "posyandu", "app_user"] as const;
const MARKER = `dinkes.${SKALA_KABUPATEN[0].replace(".", "")}`;

/** Steps that may be added on their own to an existing scale database, with the table that shows they ran. */
const STEP_TABLE: Record<string, string> = { "hari-posyandu": "pemeriksaan" };
/** What `--ulang` empties before running the step again. */
const STEP_TABLES_ALL: Record<string, string[]> = { "hari-posyandu": ["pemeriksaan", "petugas_hari_buka", "hari_buka", "status_sasaran", "target_sasaran", "sasaran"] };

/** The context the steps read (areas and posyandu, in code order) rebuilt from a scale database. */
async function contextFromDb(db: Db, seed: number): Promise<SkalaContext> {
  const kab = await db.kabupaten.findMany({ select: { id: true, kode: true, nama: true }, orderBy: { kode: "asc" } });
  const desa = await db.desa.findMany({ select: { id: true, kode: true, nama: true, isKelurahan: true, kecamatanId: true, kabupatenId: true, puskesmasId: true }, orderBy: { kode: "asc" } });
  const posyandu = await db.posyandu.findMany({ where: { isActive: true }, select: { id: true, nama: true, desaId: true }, orderBy: [{ desaId: "asc" }, { nama: "asc" }] });
  const posyanduByDesa = new Map<string, { id: string; nama: string; desaId: string }[]>();
  for (const p of posyandu) posyanduByDesa.set(p.desaId, [...(posyanduByDesa.get(p.desaId) ?? []), p]);
  return {
    tx: db, seed, rand: Math.random, log: console.log, passwordHash: "",
    kabupaten: new Map(kab.map((k) => [k.id, k])), kecamatan: [], desa, puskesmas: [], dusunByDesa: new Map(), posyanduByDesa,
  };
}

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
    const langkahAt = args.indexOf("--langkah");
    if (langkahAt >= 0) {
      const name = args[langkahAt + 1];
      const step = STEPS.find((s) => s.name === name);
      if (!step || !STEP_TABLE[name]) throw new Error(`--langkah: pilih salah satu dari ${Object.keys(STEP_TABLE).join(", ")}.`);
      if (!(await db.user.findUnique({ where: { username: MARKER }, select: { id: true } }))) throw new Error("Data skala belum ada: jalankan dulu npm run demo:skala.");
      if (args.includes("--ulang")) {
        await db.$executeRawUnsafe(`TRUNCATE ${STEP_TABLES_ALL[name].map((t) => `"${t}"`).join(", ")} CASCADE`);
        console.log(`Data langkah ${name} dikosongkan (--ulang).`);
      }
      const [{ count }] = await db.$queryRawUnsafe<{ count: bigint }[]>(`SELECT count(*) AS count FROM "${STEP_TABLE[name]}"`);
      if (Number(count) > 0) {
        console.log(`Langkah ${name} sudah pernah dijalankan (${STEP_TABLE[name]}: ${formatNumber(Number(count))} baris); tidak ada yang diubah.`);
        return;
      }
      const ctx = await contextFromDb(db, seed);
      console.log(`Menjalankan langkah ${name} pada data skala yang ada (seed ${seed})…`);
      const t = performance.now();
      await db.$transaction(async (tx) => {
        ctx.tx = tx;
        ctx.rand = streamFor(seed, step.name);
        console.log(`  ${step.name.padEnd(10)} ${await step.run(ctx)} (${seconds(t)})`);
      }, { timeout: 60 * 60_000, maxWait: 60_000 });
      await compactRewrittenTables(db);
      await db.$executeRawUnsafe(`ANALYZE "${STEP_TABLE[name]}"`);
      return;
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
    await compactRewrittenTables(db);
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
