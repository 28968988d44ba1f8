/**
 * Load test of the posyandu-day entry route (issue 11): N kaders at once, each sending M entries
 * through the real HTTP endpoint of a production build, as the phone does (an id made on the device,
 * resent until the server acknowledges it). Two runs:
 *
 *   1. plain: N × M entries → every one stored exactly once;
 *   2. restart: the same, with PostgreSQL killed (immediate shutdown, crash recovery) part-way and
 *      started again; every entry the server acknowledged must be there, and after the phones' resends
 *      all N × M exactly once.
 *
 * Also resends a share of entries that were already acknowledged (a phone that lost the answer), which
 * must not make a second record. Reports p50/p95 per acknowledged entry and writes
 * reports/load-hari-buka-<time>.json.
 *
 *   npm run load:hari-buka                       (50 kaders × 100 entries, both runs)
 *   npm run load:hari-buka -- --kader 10 --entri 20 --no-restart
 *
 * Uses its own durable cluster (.data/pg-load, port 5446; fsync on, so that "acknowledged" means
 * committed to disk) with fresh demo data, and the production build (`next build` when stale).
 */
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { ROOT, loadDotEnv, prepareDb } from "../lib/prepare-db.ts";
import { startEmbeddedDb, type EmbeddedDb } from "../lib/embedded-db.ts";
import { ensureBuild, startApp } from "../bench/server.ts";
import { signIn } from "../bench/session.ts";
import { hashPassword } from "../../lib/auth/password.ts";
import { entriBalita, type Entri } from "../bench/pemeriksaan.ts";
import { foldNama } from "../../lib/sasaran/nama.ts";

loadDotEnv();

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}
const KADER = arg("kader", 50);
const ENTRI = arg("entri", 100);
const DB_PORT = arg("db-port", 5446);
const APP_PORT = arg("port", 3146);
const RESTART = !process.argv.includes("--no-restart");
/** Share of acknowledged entries sent a second time (the phone lost the answer). */
const RESEND_SHARE = 0.05;
const PASSWORD = "uji-beban-2026";
const log = (l: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${l}`);

interface Site { username: string; posyanduId: string; hariBukaId: string[]; sasaran: { id: string; jk: "L" | "P"; lahir: string }[] }

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** 100 balita per posyandu and one posyandu day per run, for N new kader accounts (setup by SQL; what is measured is the HTTP route). */
async function provision(url: string, runs: number): Promise<Site[]> {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    const { rows: desa } = await db.query<{ id: string; kabupaten_id: string }>(
      `SELECT d.id, d.kabupaten_id FROM desa d JOIN kabupaten k ON k.id = d.kabupaten_id WHERE k.kode = '35.19' ORDER BY d.nama LIMIT $1`, [KADER]);
    if (!desa.length) throw new Error("Data demo Kabupaten Madiun tidak ditemukan.");
    const hash = await hashPassword(PASSWORD);
    const today = new Date();
    const sites: Site[] = [];
    await db.query("BEGIN");
    for (let i = 0; i < KADER; i++) {
      const d = desa[i % desa.length];
      const posyanduId = randomUUID();
      await db.query(`INSERT INTO posyandu (id, nama, desa_id, updated_at) VALUES ($1, $2, $3, now())`, [posyanduId, `Uji Beban ${String(i + 1).padStart(2, "0")}`, d.id]);
      const username = `uji.kader${String(i + 1).padStart(2, "0")}`;
      await db.query(
        `INSERT INTO app_user (id, username, nama, role, kabupaten_id, posyandu_id, password_hash, must_change_password, updated_at)
         VALUES ($1, $2, $3, 'KADER', $4, $5, $6, false, now())`,
        [randomUUID(), username, `Kader Uji ${i + 1}`, d.kabupaten_id, posyanduId, hash]);
      const hariBukaId: string[] = [];
      for (let r = 0; r < runs; r++) {
        const id = randomUUID();
        const day = new Date(today.getTime() - (r + 1) * 86_400_000);
        await db.query(`INSERT INTO hari_buka (id, kabupaten_id, desa_id, posyandu_id, tanggal, updated_at) VALUES ($1, $2, $3, $4, $5, now())`, [id, d.kabupaten_id, d.id, posyanduId, isoDay(day)]);
        hariBukaId.push(id);
      }
      const sasaran: Site["sasaran"] = [];
      for (let j = 0; j < ENTRI; j++) {
        const id = randomUUID();
        const jk = j % 2 ? "P" : "L";
        // 6–58 months old: weighed and measured every month.
        const lahir = isoDay(new Date(today.getTime() - (183 + ((j * 37) % 1580)) * 86_400_000));
        const nama = `Balita Uji ${i + 1}-${j + 1}`;
        await db.query(
          `INSERT INTO sasaran (id, kabupaten_id, desa_id, posyandu_id, nama, nama_kunci, jenis_kelamin, tanggal_lahir, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())`, [id, d.kabupaten_id, d.id, posyanduId, nama, foldNama(nama), jk, lahir]);
        sasaran.push({ id, jk, lahir });
      }
      sites.push({ username, posyanduId, hariBukaId, sasaran });
    }
    await db.query("COMMIT");
    return sites;
  } finally {
    await db.end();
  }
}

type Entry = Entri;

/** The one place that knows the route: one POST of one entry; true when the server acknowledged it. */
async function send(base: string, cookie: string, entry: Entry): Promise<{ ok: boolean; status: number; text?: string }> {
  try {
    const res = await fetch(`${base}/api/pemeriksaan`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Cookie: cookie, Origin: base },
      body: JSON.stringify(entry),
    });
    const text = await res.text();
    return { ok: res.ok, status: res.status, text: res.ok ? undefined : text.slice(0, 300) };
  } catch (error) {
    return { ok: false, status: 0, text: error instanceof Error ? error.message : String(error) };
  }
}

interface RunResult {
  label: string;
  entries: number;
  acknowledged: number;
  attempts: number;
  failedAttempts: Record<string, number>;
  resent: number;
  seconds: number;
  p50: number;
  p95: number;
  max: number;
  stored: number;
  missingAcknowledged: number;
  duplicates: number;
  restartAtAck?: number;
  downSeconds?: number;
  refused: string[];
}

const pct = (sorted: number[], p: number) => sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : 0;

async function run(label: string, base: string, sites: Site[], cookies: string[], run: number, url: string, db: { current: EmbeddedDb; restart: () => Promise<number> } | null): Promise<RunResult> {
  const latencies: number[] = [];
  const acked = new Set<string>();
  const failed: Record<string, number> = {};
  const refused: string[] = [];
  let attempts = 0;
  let resent = 0;
  let restartAtAck: number | undefined;
  let downSeconds: number | undefined;
  const total = sites.length * ENTRI;
  let restarting: Promise<void> | null = null;
  const t0 = performance.now();
  const day = new Map<string, string>();
  {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const { rows } = await c.query<{ id: string; tanggal: string }>(`SELECT id, to_char(tanggal, 'YYYY-MM-DD') AS tanggal FROM hari_buka WHERE id = ANY($1::uuid[])`, [sites.map((s) => s.hariBukaId[run])]);
    for (const r of rows) day.set(r.id, r.tanggal);
    await c.end();
  }
  await Promise.all(
    sites.map(async (site, k) => {
      const hb = site.hariBukaId[run];
      for (const person of site.sasaran) {
        const entry = entriBalita(person, hb, day.get(hb)!);
        // Resend until acknowledged, as the phone does (backoff up to 2 s); a refusal (4xx) is not retried.
        for (let attempt = 0; ; attempt++) {
          attempts++;
          const t = performance.now();
          const r = await send(base, cookies[k], entry);
          if (r.ok) {
            latencies.push(performance.now() - t);
            acked.add(entry.id);
            break;
          }
          failed[String(r.status)] = (failed[String(r.status)] ?? 0) + 1;
          if (r.status >= 400 && r.status < 500) {
            refused.push(`${r.status} ${r.text}`);
            break;
          }
          await new Promise((res) => setTimeout(res, Math.min(2000, 100 * 2 ** attempt)));
        }
        if (Math.random() < RESEND_SHARE) {
          resent++;
          attempts++;
          const again = await send(base, cookies[k], entry);
          if (!again.ok) failed[`ulang ${again.status}`] = (failed[`ulang ${again.status}`] ?? 0) + 1;
        }
        if (db && !restarting && acked.size >= total * 0.4) {
          restartAtAck = acked.size;
          restarting = db.restart().then((s) => void (downSeconds = s));
        }
      }
    }),
  );
  if (restarting) await restarting;
  const seconds = (performance.now() - t0) / 1000;
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const hbIds = sites.map((s) => s.hariBukaId[run]);
  const { rows: stored } = await c.query<{ id: string }>(`SELECT id FROM pemeriksaan WHERE hari_buka_id = ANY($1::uuid[])`, [hbIds]);
  const { rows: dup } = await c.query<{ n: string }>(`SELECT count(*) AS n FROM (SELECT sasaran_id FROM pemeriksaan WHERE hari_buka_id = ANY($1::uuid[]) GROUP BY hari_buka_id, sasaran_id HAVING count(*) > 1) x`, [hbIds]);
  await c.end();
  const storedIds = new Set(stored.map((r) => r.id));
  const sorted = latencies.sort((a, b) => a - b);
  return {
    label, entries: total, acknowledged: acked.size, attempts, failedAttempts: failed, resent, seconds,
    p50: pct(sorted, 50), p95: pct(sorted, 95), max: sorted.at(-1) ?? 0,
    stored: stored.length, missingAcknowledged: [...acked].filter((id) => !storedIds.has(id)).length,
    duplicates: Number(dup[0].n) + (stored.length - storedIds.size), restartAtAck, downSeconds, refused: refused.slice(0, 5),
  };
}

async function main() {
  const dataDir = path.join(ROOT, ".data", "pg-load");
  fs.rmSync(dataDir, { recursive: true, force: true });
  const start = () => startEmbeddedDb({ dataDir, port: DB_PORT, database: "pantau", log: (l) => log(`[db] ${l}`) });
  let embedded = await start();
  const holder = {
    current: embedded,
    restart: async () => {
      log("PostgreSQL dimatikan mendadak (SIGQUIT) …");
      const t = performance.now();
      await holder.current.crash();
      await new Promise((r) => setTimeout(r, 3000));
      holder.current = await start();
      const s = (performance.now() - t) / 1000;
      log(`PostgreSQL hidup lagi setelah ${s.toFixed(1)} dtk (pemulihan selesai).`);
      return s;
    },
  };
  let app: { stop(): Promise<void> } | null = null;
  try {
    const saved = process.env.DATABASE_URL;
    process.env.DATABASE_URL = embedded.url;
    await prepareDb({ name: "pg-load", port: DB_PORT, seed: true, fresh: false, log: () => {} });
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
    const runs = RESTART ? 2 : 1;
    log(`Menyiapkan ${KADER} akun kader, ${KADER} posyandu × ${ENTRI} balita, ${runs} hari buka per posyandu …`);
    const sites = await provision(embedded.url, runs);
    ensureBuild({ rebuild: false, skip: process.argv.includes("--no-build"), dbUrl: embedded.url, log });
    const started = await startApp({ port: APP_PORT, dbUrl: embedded.url, log });
    app = started;
    const cookies: string[] = [];
    for (const s of sites) cookies.push(await signIn(started.base, s.username, PASSWORD));
    log(`${cookies.length} kader masuk. Putaran 1: ${KADER} × ${ENTRI} entri serentak …`);
    const results = [await run("biasa", started.base, sites, cookies, 0, embedded.url, null)];
    if (RESTART) {
      log(`Putaran 2: sama, PostgreSQL dimulai ulang di tengah jalan …`);
      results.push(await run("PostgreSQL dimulai ulang", started.base, sites, cookies, 1, embedded.url, holder));
      embedded = holder.current;
    }
    const report = { at: new Date().toISOString(), kader: KADER, entriPerKader: ENTRI, cpus: (await import("node:os")).cpus().length, results };
    fs.mkdirSync(path.join(ROOT, "reports"), { recursive: true });
    const file = path.join(ROOT, "reports", `load-hari-buka-${report.at.replace(/[:.]/g, "-")}.json`);
    fs.writeFileSync(file, JSON.stringify(report, null, 2));
    let ok = true;
    for (const r of results) {
      const good = r.stored === r.entries && r.missingAcknowledged === 0 && r.duplicates === 0 && r.acknowledged === r.entries;
      ok &&= good;
      console.log(
        `\n${r.label}: ${r.entries} entri, diakui ${r.acknowledged}, tersimpan ${r.stored}, hilang (sudah diakui) ${r.missingAcknowledged}, ganda ${r.duplicates}` +
          `\n  ${r.seconds.toFixed(1)} dtk, ${(r.entries / r.seconds).toFixed(0)} entri/dtk; per entri p50 ${r.p50.toFixed(0)} ms, p95 ${r.p95.toFixed(0)} ms, maks ${r.max.toFixed(0)} ms` +
          `\n  percobaan ${r.attempts} (kirim ulang sengaja ${r.resent}); gagal per status ${JSON.stringify(r.failedAttempts)}` +
          (r.restartAtAck !== undefined ? `\n  PostgreSQL mati setelah ${r.restartAtAck} entri diakui, hidup lagi setelah ${r.downSeconds?.toFixed(1)} dtk` : "") +
          (r.refused.length ? `\n  DITOLAK: ${r.refused.join(" | ")}` : "") +
          `\n  ${good ? "LULUS" : "GAGAL"}`,
      );
    }
    console.log(`\nLaporan: ${path.relative(ROOT, file)}`);
    if (!ok) process.exitCode = 1;
  } finally {
    await app?.stop();
    await holder.current.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
