/**
 * The database and the production server the bench measures: PostgreSQL with pg_stat_statements
 * loaded (the demo database, made afresh, or the scale database), a production build when `.next`
 * is missing or older than the sources (the same check as `npm start`), and `next start` in its own
 * process group so that stopping it stops everything it started.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { ROOT, ensureAuthSecret, prepareDb } from "../lib/prepare-db.ts";
import { startEmbeddedDb, type EmbeddedDb } from "../lib/embedded-db.ts";
import { migrate } from "../lib/migrate.ts";
import { buildIfChanged, hasBuild } from "../lib/build.ts";

const PG_SETTINGS = { shared_preload_libraries: "pg_stat_statements", "pg_stat_statements.track": "top", "pg_stat_statements.max": "10000" };

export interface BenchDb {
  url: string;
  label: string;
  /** False when pg_stat_statements is not loaded (an external DATABASE_URL_SKALA without it). */
  statements: boolean;
  stop(): Promise<void>;
}

async function enableStatements(url: string, log: (l: string) => void): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
    await client.query("SELECT pg_stat_statements_reset()");
    return true;
  } catch (error) {
    log(`pg_stat_statements tidak tersedia (${error instanceof Error ? error.message : error}); kolom SQL dikosongkan.`);
    return false;
  } finally {
    await client.end();
  }
}

/** Where startEmbeddedDb keeps a cluster: the folder itself, or its copy under the temp dir (root, private folder). */
function clusterExists(dataDir: string): boolean {
  const hash = createHash("sha256").update(path.resolve(dataDir)).digest("hex").slice(0, 12);
  const moved = path.join(os.tmpdir(), `pantau-ilp-data-${hash}`, path.basename(dataDir));
  return [dataDir, moved].some((d) => fs.existsSync(path.join(d, "PG_VERSION")));
}

export async function startDemoDb(port: number, log: (l: string) => void): Promise<BenchDb> {
  const embedded = await startEmbeddedDb({ dataDir: path.join(ROOT, ".data", "pg-bench"), port, database: "pantau", ephemeral: true, settings: PG_SETTINGS, log: (l) => log(`[db] ${l}`) });
  try {
    // Fresh demo data every run: drop the database (not the cluster, which keeps its settings) and seed again.
    const admin = new pg.Client({ connectionString: embedded.url.replace(/\/pantau$/, "/postgres") });
    await admin.connect();
    await admin.query("DROP DATABASE IF EXISTS pantau WITH (FORCE)");
    await admin.query("CREATE DATABASE pantau");
    await admin.end();
    const saved = process.env.DATABASE_URL;
    process.env.DATABASE_URL = embedded.url;
    try {
      await prepareDb({ name: "pg-bench", port, seed: true, fresh: true, log: () => {} });
    } finally {
      if (saved === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = saved;
    }
    const statements = await enableStatements(embedded.url, log);
    return { url: embedded.url, label: "demo (baru, .data/pg-bench)", statements, stop: () => embedded.stop() };
  } catch (error) {
    await embedded.stop();
    throw error;
  }
}

export async function startScaleDb(port: number, log: (l: string) => void): Promise<BenchDb> {
  const external = process.env.DATABASE_URL_SKALA;
  if (external) {
    const statements = await enableStatements(external, log);
    return { url: external, label: "skala (DATABASE_URL_SKALA)", statements, stop: async () => {} };
  }
  const dataDir = path.join(ROOT, ".data", "pg-skala");
  if (!clusterExists(dataDir)) {
    throw new Error(`Basis data skala belum ada (${dataDir}). Buat dulu dengan "npm run demo:skala", atur DATABASE_URL_SKALA, atau pakai "npm run bench -- --demo".`);
  }
  const embedded: EmbeddedDb = await startEmbeddedDb({ dataDir, port, database: "pantau", settings: PG_SETTINGS, log: (l) => log(`[db] ${l}`) });
  try {
    await migrate(embedded.url);
    const statements = await enableStatements(embedded.url, log);
    return { url: embedded.url, label: `skala (${dataDir}, port ${port})`, statements, stop: () => embedded.stop() };
  } catch (error) {
    await embedded.stop();
    throw error;
  }
}

/** `next build` when `.next` is missing or was built from other sources (the check `npm start` makes). */
export function ensureBuild(opts: { rebuild: boolean; skip: boolean; dbUrl: string; log: (l: string) => void }) {
  if (opts.skip) {
    if (!hasBuild()) throw new Error("--no-build, tetapi belum ada build produksi (.next).");
    return;
  }
  buildIfChanged({ rebuild: opts.rebuild, env: { DATABASE_URL: opts.dbUrl }, log: opts.log });
}

export interface BenchApp {
  base: string;
  /** The `next start` process (its CPU time is the app's). */
  pid: number | null;
  stop(): Promise<void>;
}

/** `next start` in its own process group; waits until /login answers. */
export async function startApp(opts: { port: number; dbUrl: string; log: (l: string) => void }): Promise<BenchApp> {
  const nextBin = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
  const env = { ...process.env, DATABASE_URL: opts.dbUrl, AUTH_SECRET: ensureAuthSecret(), AUTH_TRUST_HOST: "true", NODE_ENV: "production" as const };
  const child: ChildProcess = spawn(process.execPath, [nextBin, "start", "-p", String(opts.port)], { cwd: ROOT, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (d) => (output = (output + d).slice(-4000)));
  child.stderr?.on("data", (d) => (output = (output + d).slice(-4000)));
  const base = `http://127.0.0.1:${opts.port}`;
  const pid = child.pid ?? null;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
    }, 8000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start berhenti (kode ${child.exitCode}):\n${output}`);
    try {
      const res = await fetch(`${base}/login`, { redirect: "manual" });
      await res.arrayBuffer();
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`next start tidak menjawab dalam 90 dtk:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  opts.log(`Aplikasi (build produksi) berjalan di ${base}`);
  return { base, pid, stop };
}
