/**
 * `npm run bench`: every page of the product, per role, against the production build.
 * `npm run bench:js`: only the JS weight table (same as `npm run bench -- --js-only`).
 *
 *   --demo              a fresh demo database (.data/pg-bench) instead of the scale database
 *   --no-build          use the existing .next as is;  --rebuild: build even when it is current
 *   --pages <regex>     only the pages whose name matches (the floor page /gizi is always measured)
 *   --users <a,b>       only these usernames ("tamu" = signed out, for /login)
 *   --duration <s>      seconds of load per page (default 5);  --connections <n> (default 20)
 *   --requests <n>      sequential requests per page (default 30), after --warmup <n> (default 5)
 *   --compare <file>    print before/after/ratio columns against an earlier report
 *   --password <pw>     password of the bench users (default pantau-skala, with --demo pantau-demo)
 *   --port <n>          app port (default 3160, env PANTAU_BENCH_PORT)
 *   --db-port <n>       PostgreSQL port (default 5495 with --demo, else 5440 / PANTAU_PG_SKALA_PORT)
 * The scale database: DATABASE_URL_SKALA, or the embedded cluster in .data/pg-skala (npm run demo:skala).
 */
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { ROOT, loadDotEnv } from "../lib/prepare-db.ts";
import { FLOOR_PAGE, pagesFor, type BenchPage } from "./pages.ts";
import { ANONYMOUS, scopeIds, signIn, uploadGiziBerkas, type BenchUser } from "./session.ts";
import { StatementCounter, jsWeight, load, postmasterPid, processTreeCpuMs, sequential } from "./measure.ts";
import { ensureBuild, startApp, startDemoDb, startScaleDb, type BenchApp, type BenchDb } from "./server.ts";
import { SKALA_DEFAULT_PORT } from "../skala/database.ts";
import { randomUUID } from "node:crypto";
import { openBenchDay, removeBenchDays, entriOrang, type BenchDay, type Orang } from "./pemeriksaan.ts";
import { missesOf, printCompare, printFull, printJs, writeReport, type Report, type Row } from "./report.ts";

const DEMO_USERS = ["dinkes.madiun", "pkm.geger", "kader.melati1", "dinkes.demak", ANONYMOUS];
const SCALE_USERS = ["dinkes.3201", "pkm.3201", "kader.3201", "dinkes.3519", ANONYMOUS];

function parseArgs(argv: string[]) {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const withValue = new Set(["pages", "users", "duration", "connections", "requests", "warmup", "compare", "password", "port", "db-port"]);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith("--")) throw new Error(`Argumen tidak dikenal: ${a}`);
    const [name, inline] = a.slice(2).split(/=(.*)/s, 2);
    if (withValue.has(name)) {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`--${name} perlu nilai.`);
      values.set(name, v);
    } else if (["demo", "no-build", "rebuild", "js-only", "help"].includes(name)) flags.add(name);
    else throw new Error(`Opsi tidak dikenal: --${name}`);
  }
  const int = (name: string, def: number) => {
    const v = values.get(name);
    const n = v === undefined ? def : Number(v);
    if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} harus angka.`);
    return n;
  };
  const demo = flags.has("demo");
  return {
    help: flags.has("help"),
    demo,
    noBuild: flags.has("no-build"),
    rebuild: flags.has("rebuild"),
    jsOnly: flags.has("js-only"),
    pages: values.has("pages") ? new RegExp(values.get("pages")!) : null,
    users: values.get("users")?.split(",").map((s) => s.trim()).filter(Boolean) ?? (demo ? DEMO_USERS : SCALE_USERS),
    duration: int("duration", 5),
    connections: int("connections", 20),
    requests: Math.max(1, int("requests", 30)),
    warmup: int("warmup", 5),
    compare: values.get("compare") ?? null,
    password: values.get("password") ?? (demo ? "pantau-demo" : "pantau-skala"),
    port: int("port", Number(process.env.PANTAU_BENCH_PORT || 3160)),
    dbPort: int("db-port", demo ? Number(process.env.PANTAU_PG_BENCH_PORT || 5495) : Number(process.env.PANTAU_PG_SKALA_PORT || SKALA_DEFAULT_PORT)),
  };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.help) {
    console.log(fs.readFileSync(import.meta.filename, "utf8").split("*/")[0]);
    return;
  }
  loadDotEnv();
  const log = (l: string) => console.error(l);
  const before: Report | null = opts.compare ? JSON.parse(fs.readFileSync(opts.compare, "utf8")) : null;

  let database: BenchDb | null = null;
  let app: BenchApp | null = null;
  let stats: pg.Client | null = null;
  let cleaning: Promise<void> | null = null;
  let benchDays = false;
  const cleanup = () =>
    (cleaning ??= (async () => {
      if (benchDays) await removeBenchDays(stats!).then((n) => log(`Hari buka bench dihapus: ${n}`)).catch((e) => log(`Gagal menghapus hari buka bench: ${e}`));
      await stats?.end().catch(() => {});
      await app?.stop();
      await database?.stop();
    })());
  const onSignal = () => void cleanup().then(() => process.exit(130));
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);

  try {
    database = opts.demo ? await startDemoDb(opts.dbPort, log) : await startScaleDb(opts.dbPort, log);
    log(`Basis data: ${database.label}`);
    ensureBuild({ rebuild: opts.rebuild, skip: opts.noBuild, dbUrl: database.url, log });
    app = await startApp({ port: opts.port, dbUrl: database.url, log });
    stats = new pg.Client({ connectionString: database.url });
    await stats.connect();
    const counter = new StatementCounter(database.statements && !opts.jsOnly ? stats : null);
    const pgPid = await postmasterPid(stats);

    // bench:js has nothing to say about downloads (no HTML, no scripts).
    const wanted = (p: BenchPage) => (!opts.jsOnly || p.kind === "page") && (p.name === FLOOR_PAGE || !opts.pages || opts.pages.test(p.name));
    const users: BenchUser[] = [];
    for (const username of opts.users) {
      if (username === ANONYMOUS) {
        users.push({ username, role: null, cookie: "", ids: {} });
        continue;
      }
      const { role, ids } = await scopeIds(stats, username);
      const cookie = await signIn(app.base, username, opts.password);
      const user: BenchUser = { username, role, cookie, ids };
      // The save rows write on a day of their own, removed at the end (and now, if a run was cut short).
      if (ids.posyandu && pagesFor(role).some((p) => p.kind === "write" && wanted(p))) {
        if (!benchDays) await removeBenchDays(stats);
        benchDays = true;
        const day = await openBenchDay(stats, ids.posyandu);
        if ("skipped" in day) log(`Baris simpan ${username} dilewati: ${day.skipped}`);
        else {
          user.ids.hariBukaBench = day.id;
          user.benchDay = day;
        }
      }
      if (pagesFor(role).some((p) => p.name === "/gizi/berkas/unduh/[id]" && wanted(p))) user.ids.giziResult = await uploadGiziBerkas(app.base, cookie);
      users.push(user);
    }

    const report: Report = {
      startedAt: new Date().toISOString(),
      database: database.label,
      options: { connections: opts.connections, duration: opts.duration, requests: opts.requests, warmup: opts.warmup, jsOnly: opts.jsOnly },
      rows: [],
    };
    const jsCache = new Map<string, number>();
    const total = users.reduce((n, u) => n + pagesFor(u.role).filter(wanted).length, 0);
    let done = 0;
    for (const user of users) {
      const floorRuns: number[] = [];
      const userRows: Row[] = [];
      // The floor page first: every other row of this user is a share of its req/s.
      const pages = pagesFor(user.role).filter(wanted).sort((a, b) => Number(b.name === FLOOR_PAGE) - Number(a.name === FLOOR_PAGE));
      for (const page of pages) {
        done++;
        const p = page.path(user.ids);
        const row: Row = { user: user.username, role: user.role, page: page.name, path: p, kind: page.kind };
        if (!p) {
          row.skipped = "tidak ada datanya dalam wilayah pengguna";
          report.rows.push(row);
          continue;
        }
        log(`[${done}/${total}] ${user.username} ${p}`);
        const url = app.base + p;
        const write = page.kind === "write" ? writePlan(page.write!, user.benchDay!, opts) : null;
        if (write && "skipped" in write) {
          row.skipped = write.skipped;
          report.rows.push(row);
          continue;
        }
        const seq = opts.jsOnly ? await sequential(url, user.cookie, 1, 0)
          : await sequential(url, user.cookie, write?.requests ?? opts.requests, write?.warmup ?? opts.warmup, () => counter.resetWhenIdle(), write ?? undefined);
        if (write) row.saved = write.saved;
        const sql = opts.jsOnly ? null : await counter.read();
        const measured = write?.requests ?? opts.requests;
        if (sql) row.statements = (await counter.top()).map((t) => ({ ...t, calls: t.calls / measured, ms: t.ms / measured }));
        Object.assign(row, { status: seq.status, location: seq.location, bytes: seq.bytes });
        if (!opts.jsOnly) {
          Object.assign(row, { p50: seq.p50, p95: seq.p95 });
          row.sqlPerRequest = sql ? sql.calls / measured : null;
          row.sqlMsPerRequest = sql ? sql.ms / measured : null;
          // Only the resend can be repeated at N connections (a new entry needs a new person each time).
          if (opts.duration > 0 && (!write || write.loadBody !== undefined)) {
            const cpu0 = [processTreeCpuMs(app.pid), processTreeCpuMs(pgPid)];
            const l = await load(url, user.cookie, opts.connections, opts.duration, write?.loadBody);
            const cpu1 = [processTreeCpuMs(app.pid), processTreeCpuMs(pgPid)];
            const perRequest = (i: number) => (cpu0[i] == null || cpu1[i] == null || !l.requests ? null : (cpu1[i]! - cpu0[i]!) / l.requests);
            Object.assign(row, { rps: l.rps, loadP95: l.p95, loadNon2xx: l.non2xx, appCpuMsPerRequest: perRequest(0), dbCpuMsPerRequest: perRequest(1) });
            if (page.name === FLOOR_PAGE) floorRuns.push(l.rps);
          }
        }
        if (page.kind === "page" && seq.body) {
          const js = await jsWeight(app.base, seq.body, jsCache);
          row.jsGzipBytes = js.gzipBytes;
          row.scripts = js.scripts;
        }
        userRows.push(row);
        report.rows.push(row);
      }
      // The floor again after the user's pages: the mean of both runs evens out a machine that got busier or quieter.
      const floorRow = userRows.find((r) => r.page === FLOOR_PAGE && r.rps !== undefined);
      if (floorRow && floorRow.path) {
        await counter.resetWhenIdle();
        floorRuns.push((await load(app.base + floorRow.path, user.cookie, opts.connections, opts.duration)).rps);
        floorRow.floorRuns = floorRuns;
      }
      const floorRps = floorRuns.length ? floorRuns.reduce((a, b) => a + b, 0) / floorRuns.length : null;
      for (const row of userRows) {
        if (row.rps !== undefined) row.ratio = floorRps ? row.rps / floorRps : null;
        row.misses = missesOf(row, opts.jsOnly);
      }
    }

    console.log(`\nPantau ILP bench · ${report.database} · ${report.startedAt}${opts.jsOnly ? "" : ` · ${opts.requests} permintaan berurutan, ${opts.connections} koneksi × ${opts.duration} dtk`}\n`);
    if (opts.jsOnly) printJs(report);
    else printFull(report);
    const file = writeReport(report, path.join(ROOT, "reports"), opts.jsOnly ? "bench-js" : "bench");
    console.log(`\nLaporan: ${path.relative(ROOT, file)} (juga ${opts.jsOnly ? "bench-js" : "bench"}-latest.json)`);
    if (before) printCompare(before, report);
  } finally {
    await cleanup();
  }
}

interface WritePlan {
  warmup: number;
  requests: number;
  body(i: number): string;
  /** What the load phase POSTs (the resend row only). */
  loadBody?: string;
  /** What the measured answers said: created, updated, unchanged (or HTTP status). */
  saved: Record<string, number>;
  onAnswer(status: number, text: string): void;
}

/**
 * The bodies of a save row. baru: a new entry for the next person each request (as many as the
 * posyandu has people with values to go by, keeping the last two for the other rows); ulang: the
 * last person's entry, saved by the first warm-up request and then sent again unchanged; koreksi:
 * the second-to-last person's entry, its weight changed by 0.1 kg on every request (an update with
 * audit, and the person's series derived again).
 */
function writePlan(mode: NonNullable<BenchPage["write"]>, day: BenchDay, opts: { requests: number; warmup: number }): WritePlan | { skipped: string } {
  const saved: Record<string, number> = {};
  const onAnswer = (status: number, text: string) => {
    let k = `HTTP ${status}`;
    try {
      k = status === 200 ? String((JSON.parse(text) as { status?: string }).status) : `HTTP ${status} ${text.slice(0, 200)}`;
    } catch {}
    saved[k] = (saved[k] ?? 0) + 1;
  };
  const json = (o: Orang, change = 0) => {
    const e = entriOrang(o, day.id, day.tanggal, idOf(o))!;
    return JSON.stringify(change ? { ...e, beratKg: Math.round((e.beratKg + change) * 10) / 10 } : e);
  };
  if (mode === "baru") {
    const free = day.orang.length - 2;
    const warmup = Math.min(opts.warmup, Math.max(0, free - 5));
    const requests = Math.min(opts.requests, free - warmup);
    if (requests < 5) return { skipped: `hanya ${day.orang.length} orang di posyandu ini` };
    return { warmup, requests, saved, onAnswer, body: (i) => json(day.orang[i]) };
  }
  const person = day.orang.at(mode === "ulang" ? -1 : -2);
  if (!person) return { skipped: "tidak ada orang di posyandu ini" };
  if (mode === "ulang") return { warmup: Math.max(1, opts.warmup), requests: opts.requests, saved, onAnswer, body: () => json(person), loadBody: json(person) };
  return { warmup: Math.max(1, opts.warmup), requests: opts.requests, saved, onAnswer, body: (i) => json(person, (i % 2) * 0.1) };
}

/** One device id per person and bench day: a resend or a correction sends the entry's own id again. */
const ids = new Map<string, string>();
const idOf = (o: Orang) => ids.get(o.id) ?? (ids.set(o.id, randomUUID()), ids.get(o.id)!);

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
