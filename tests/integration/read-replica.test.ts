/**
 * DATABASE_URL_REPLICAS against a second real PostgreSQL: which reads go to a replica and which stay
 * on the primary. The "replica" is a separate embedded cluster (port 5506, its own data dir under
 * .data/) with the same migrations, not a streaming standby: real replication is PostgreSQL's job and
 * not needed here. Instead it holds data the primary has not (a marker kabupaten, no users), so each
 * answer shows which server gave it.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { startEmbeddedDb, type EmbeddedDb } from "../../scripts/lib/embedded-db.ts";
import { migrate } from "../../scripts/lib/migrate.ts";
import { ROOT } from "../../scripts/lib/prepare-db.ts";
import { createAppClient, createPrismaClient, onPrimary, parseReplicaUrls, type Db } from "../../lib/prisma-client.ts";
import { loadViewer } from "../../lib/auth/load-viewer.ts";

const primaryUrl = inject("databaseUrl");
const REPLICA_PORT = Number(process.env.PANTAU_PG_REPLICA_TEST_PORT || 5506);
const MARKER = { kode: "99.01", nama: "Kabupaten Penanda Replika", provinsiKode: "99", provinsiNama: "Provinsi Penanda" };
const WRITTEN = { kode: "99.02", nama: "Kabupaten Tulis Lewat Aplikasi", provinsiKode: "99", provinsiNama: "Provinsi Penanda" };

let second: EmbeddedDb;
let replicaDb: Db; // straight to the second server, to look behind the app client's back
let primaryDb: Db; // straight to the primary
let app: Db; // the app's client, built as lib/db.ts builds it with DATABASE_URL_REPLICAS set

beforeAll(async () => {
  const name = `${process.env.PANTAU_PG_TEST_NAME || "pg-test"}-replica`;
  const dataDir = path.join(ROOT, ".data", name);
  fs.rmSync(dataDir, { recursive: true, force: true });
  second = await startEmbeddedDb({ dataDir, port: REPLICA_PORT, database: "pantau", ephemeral: true, log: () => undefined });
  // The data dir may live under the temp dir (root in a private folder) and survive a crashed run.
  const c = new pg.Client({ connectionString: second.url });
  await c.connect();
  await c.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
  await c.end();
  await migrate(second.url);

  replicaDb = createPrismaClient(second.url, 2);
  primaryDb = createPrismaClient(primaryUrl, 2);
  await replicaDb.kabupaten.create({ data: MARKER });
  app = createAppClient({ primary: primaryUrl, replicas: parseReplicaUrls(` ${second.url} ,`), poolSize: 2 });
});

afterAll(async () => {
  await primaryDb?.kabupaten.deleteMany({ where: { kode: WRITTEN.kode } });
  await Promise.all([app?.$disconnect(), replicaDb?.$disconnect(), primaryDb?.$disconnect()]);
  await second?.stop();
  if (second) fs.rmSync(second.dataDir, { recursive: true, force: true });
});

describe("read replicas: plain reads go to a replica, everything else to the primary", () => {
  it("a plain read outside a transaction answers from the replica", async () => {
    expect(await app.kabupaten.findUnique({ where: { kode: MARKER.kode }, select: { nama: true } })).toEqual({ nama: MARKER.nama });
    expect(await app.kabupaten.count()).toBe(1);
    expect(await app.user.findMany({ select: { id: true } })).toEqual([]);
    // The primary has the demo data and no marker.
    expect(await primaryDb.kabupaten.findUnique({ where: { kode: MARKER.kode } })).toBeNull();
    expect(await primaryDb.user.count()).toBeGreaterThan(0);
  });

  it("replicas get the same client options: password hashes stay omitted", async () => {
    await replicaDb.$executeRaw`INSERT INTO app_user (id, username, nama, role, kabupaten_id, password_hash, updated_at)
      SELECT gen_random_uuid(), 'penanda.replika', 'Penanda', 'DINKES_ADMIN', id, 'hash-penanda', now() FROM kabupaten WHERE kode = ${MARKER.kode}`;
    const u = await app.user.findUniqueOrThrow({ where: { username: "penanda.replika" } });
    expect(u.nama).toBe("Penanda");
    expect("passwordHash" in u).toBe(false);
  });

  it("a read inside an interactive transaction answers from the primary", async () => {
    const seen = await app.$transaction(async (tx) => ({
      marker: await tx.kabupaten.findUnique({ where: { kode: MARKER.kode } }),
      users: await tx.user.count(),
    }));
    expect(seen.marker).toBeNull();
    expect(seen.users).toBe(await primaryDb.user.count());
  });

  it("a read inside a batch transaction answers from the primary", async () => {
    const [kabupaten] = await app.$transaction([app.kabupaten.count()]);
    expect(kabupaten).toBe(await primaryDb.kabupaten.count());
    expect(kabupaten).not.toBe(1);
  });

  it("onPrimary(app) reads the primary, as the session check does", async () => {
    expect(await onPrimary(app).kabupaten.findUnique({ where: { kode: MARKER.kode } })).toBeNull();
    const kader = await primaryDb.user.findUniqueOrThrow({ where: { username: "kader.melati1" }, select: { id: true, sessionVersion: true } });
    // The viewer exists only on the primary: through the replica it would be "signed out".
    expect(await loadViewer(app, kader.id, kader.sessionVersion)).toBeNull();
    expect((await loadViewer(onPrimary(app), kader.id, kader.sessionVersion))?.username).toBe("kader.melati1");
  });

  it("raw SQL answers from the primary (the extension cannot tell a raw read from a raw write)", async () => {
    const rows = await app.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM kabupaten WHERE kode = ${MARKER.kode}`;
    expect(rows[0]!.n).toBe(0);
  });

  it("a write lands on the primary only", async () => {
    const created = await app.kabupaten.create({ data: WRITTEN, select: { id: true } });
    expect(await primaryDb.kabupaten.findUnique({ where: { id: created.id }, select: { kode: true } })).toEqual({ kode: WRITTEN.kode });
    expect(await replicaDb.kabupaten.findUnique({ where: { kode: WRITTEN.kode } })).toBeNull();
    // …which is why a read right after a save must not trust a lagging replica.
    expect(await app.kabupaten.findUnique({ where: { kode: WRITTEN.kode } })).toBeNull();
    expect(await onPrimary(app).kabupaten.findUnique({ where: { kode: WRITTEN.kode }, select: { id: true } })).toEqual(created);
  });
});

describe("lib/db.ts reads DATABASE_URL_REPLICAS", () => {
  it("the app's db sends plain reads to the replica, and onPrimary(db) and transactions to the primary", async () => {
    const saved = { url: process.env.DATABASE_URL, replicas: process.env.DATABASE_URL_REPLICAS, pool: process.env.DATABASE_POOL_SIZE };
    const cache = globalThis as unknown as { __pantauDb?: Db }; // lib/db.ts keeps its client here
    const built = () => cache.__pantauDb;
    Object.assign(process.env, { DATABASE_URL: primaryUrl, DATABASE_URL_REPLICAS: second.url, DATABASE_POOL_SIZE: "2" });
    delete cache.__pantauDb;
    const { db } = await import("../../lib/db.ts");
    try {
      expect(await db.kabupaten.findUnique({ where: { kode: MARKER.kode }, select: { kode: true } })).toEqual({ kode: MARKER.kode });
      expect(await onPrimary(db).kabupaten.findUnique({ where: { kode: MARKER.kode } })).toBeNull();
      expect(await db.$transaction((tx) => tx.kabupaten.findUnique({ where: { kode: MARKER.kode } }))).toBeNull();
    } finally {
      await built()?.$disconnect();
      delete cache.__pantauDb;
      for (const [key, value] of [["DATABASE_URL", saved.url], ["DATABASE_URL_REPLICAS", saved.replicas], ["DATABASE_POOL_SIZE", saved.pool]] as const) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });
});

describe("without DATABASE_URL_REPLICAS nothing changes", () => {
  it("an empty setting means no replicas, and the client reads the primary", async () => {
    expect(parseReplicaUrls(undefined)).toEqual([]);
    expect(parseReplicaUrls(" , ")).toEqual([]);
    const plain = createAppClient({ primary: primaryUrl, replicas: parseReplicaUrls(""), poolSize: 1 });
    try {
      expect(onPrimary(plain)).toBe(plain);
      expect(await plain.kabupaten.findUnique({ where: { kode: MARKER.kode } })).toBeNull();
      expect(await plain.kabupaten.count()).toBe(await primaryDb.kabupaten.count());
    } finally {
      await plain.$disconnect();
    }
  });
});
