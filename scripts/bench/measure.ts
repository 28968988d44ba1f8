/** One page, one user: sequential latency, load at N connections, SQL per request, HTML and JS weight. */
import { execSync } from "node:child_process";
import fs from "node:fs";
import { gzipSync } from "node:zlib";
import type pg from "pg";
import autocannon from "autocannon";

export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const headersFor = (cookie: string): Record<string, string> => ({ ...(cookie ? { Cookie: cookie } : {}), "Accept-Encoding": "gzip", Accept: "text/html,*/*" });

export interface Sequential {
  p50: number;
  p95: number;
  status: number;
  location: string | null;
  bytes: number;
  body: string;
}

/** A write the bench sends instead of a GET: the JSON body of the i-th request (warm-up requests count from 0 too). */
export interface Post {
  body(i: number): string;
  /** Each measured answer's status and text (e.g. to count what the saves did). */
  onAnswer?(status: number, text: string): void;
}

const postHeaders = (url: string) => ({ "Content-Type": "application/json", Origin: new URL(url).origin });

/** `warmup` requests first (not counted), then `n` one after another; times include reading the whole body. */
export async function sequential(url: string, cookie: string, n: number, warmup: number, between?: () => Promise<void>, post?: Post): Promise<Sequential> {
  let i = 0;
  const get = async () => {
    const init: RequestInit = post
      ? { method: "POST", redirect: "manual", headers: { ...headersFor(cookie), ...postHeaders(url) }, body: post.body(i++) }
      : { redirect: "manual", headers: headersFor(cookie) };
    const res = await fetch(url, init);
    const body = Buffer.from(await res.arrayBuffer());
    return { res, body };
  };
  for (let i = 0; i < warmup; i++) await get();
  await between?.();
  const times: number[] = [];
  let last: Awaited<ReturnType<typeof get>> | null = null;
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    last = await get();
    times.push(performance.now() - t0);
    post?.onAnswer?.(last.res.status, last.body.toString("utf8"));
  }
  const isText = /text|json|html/.test(last!.res.headers.get("content-type") ?? "");
  return { p50: percentile(times, 50), p95: percentile(times, 95), status: last!.res.status, location: last!.res.headers.get("location"), bytes: last!.body.length, body: isText ? last!.body.toString("utf8") : "" };
}

export interface Load {
  rps: number;
  p95: number;
  requests: number;
  non2xx: number;
  errors: number;
}

/** `connections` clients as fast as the server answers for `seconds` (autocannon); with `postBody`, each request POSTs it. */
export function load(url: string, cookie: string, connections: number, seconds: number, postBody?: string): Promise<Load> {
  return new Promise((resolve, reject) => {
    const times: number[] = [];
    let non2xx = 0;
    const t0 = performance.now();
    const request = postBody === undefined ? { headers: headersFor(cookie) } : { method: "POST" as const, body: postBody, headers: { ...headersFor(cookie), ...postHeaders(url) } };
    const instance = autocannon({ url, connections, duration: seconds, timeout: 30, ...request }, (err, result) => {
      if (err) return reject(err);
      const elapsed = (performance.now() - t0) / 1000;
      resolve({ rps: times.length / elapsed, p95: percentile(times, 95), requests: times.length, non2xx, errors: result.errors + result.timeouts });
    });
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      times.push(responseTime);
      if (statusCode < 200 || statusCode > 299) non2xx++;
    });
  });
}

/** pg_stat_statements of the app's database, without the bench's own statements. */
export class StatementCounter {
  constructor(private db: pg.Client | null) {}

  private static WHERE = `dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT ILIKE '%pg_stat_statements%'`;

  /**
   * Resets the counters once the app is idle: requests of the previous load run that the server
   * still works through after the clients left must not count for the next page.
   */
  async resetWhenIdle(maxWaitMs = 15_000) {
    if (!this.db) return void (await new Promise((r) => setTimeout(r, 1000)));
    const until = Date.now() + maxWaitMs;
    for (;;) {
      await this.db.query("SELECT pg_stat_statements_reset()");
      await new Promise((r) => setTimeout(r, 250));
      const now = await this.read();
      if (!now || now.calls === 0 || Date.now() > until) break;
    }
    await this.db.query("SELECT pg_stat_statements_reset()");
  }

  async read(): Promise<{ calls: number; ms: number } | null> {
    if (!this.db) return null;
    const { rows } = await this.db.query<{ calls: number; ms: number }>(
      `SELECT coalesce(sum(calls), 0)::float8 AS calls, coalesce(sum(total_exec_time), 0)::float8 AS ms FROM pg_stat_statements WHERE ${StatementCounter.WHERE}`,
    );
    return rows[0];
  }

  /** The statements behind the numbers, most calls first (kept in the JSON report). */
  async top(limit = 15): Promise<{ calls: number; ms: number; query: string }[]> {
    if (!this.db) return [];
    const { rows } = await this.db.query<{ calls: number; ms: number; query: string }>(
      `SELECT calls::float8 AS calls, total_exec_time::float8 AS ms, left(regexp_replace(query, '\\s+', ' ', 'g'), 300) AS query
         FROM pg_stat_statements WHERE ${StatementCounter.WHERE} ORDER BY calls DESC, total_exec_time DESC LIMIT $1`,
      [limit],
    );
    return rows;
  }
}

/** Gzip bytes of every `<script src>` the HTML references, each fetched from the server (cached by address). */
export async function jsWeight(base: string, html: string, cache: Map<string, number>): Promise<{ gzipBytes: number; scripts: number }> {
  const srcs = new Set<string>();
  for (const m of html.matchAll(/<script\b([^>]*?)\bsrc="([^"]+)"([^>]*)>/g)) {
    // A `nomodule` script (Next's polyfills for old browsers) is not even downloaded by a browser
    // that runs modules, which every phone browser the kaders use does.
    if (/\bnomodule\b/i.test(m[1] + m[3])) continue;
    srcs.add(m[2].replace(/&amp;/g, "&"));
  }
  let total = 0;
  for (const src of srcs) {
    const url = new URL(src, base).toString();
    if (!cache.has(url)) {
      const res = await fetch(url);
      const buf = Buffer.from(await res.arrayBuffer());
      cache.set(url, res.ok ? gzipSync(buf).length : 0);
    }
    total += cache.get(url)!;
  }
  return { gzipBytes: total, scripts: srcs.size };
}

const TICK_MS = (() => {
  try {
    return 1000 / Number(execSync("getconf CLK_TCK", { encoding: "utf8" }).trim());
  } catch {
    return 10;
  }
})();

/** The fields of /proc/<pid>/stat after the command name (state first), or null. */
function statOf(pid: number): string[] | null {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return text.slice(text.lastIndexOf(")") + 2).split(" ");
  } catch {
    return null;
  }
}

/**
 * CPU time (user + system, ms) that a process, its live children and the children it has reaped
 * have used so far (Linux /proc); null when the process is not on this machine. The difference
 * over a load run, per request, says where a page's cost goes: the app's Node process or
 * PostgreSQL (its postmaster and backends).
 */
export function processTreeCpuMs(pid: number | null): number | null {
  if (!pid) return null;
  const own = statOf(pid);
  if (!own) return null;
  // utime, stime, cutime, cstime are fields 14–17 of stat(5): indexes 11–14 here.
  let ticks = Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14]);
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const child = statOf(Number(entry));
    if (child && Number(child[1]) === pid) ticks += Number(child[11]) + Number(child[12]);
  }
  return ticks * TICK_MS;
}

/** The postmaster's pid of the database `db` is connected to, when that server runs on this machine. */
export async function postmasterPid(db: pg.Client): Promise<number | null> {
  const { rows } = await db.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE backend_type = 'checkpointer'");
  const stat = rows[0] ? statOf(rows[0].pid) : null;
  return stat ? Number(stat[1]) : null;
}
