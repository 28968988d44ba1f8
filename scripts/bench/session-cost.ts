/**
 * `npx tsx scripts/bench/session-cost.ts`: what reading the session cookie costs per request, in
 * microseconds of this process's time, without a server or a database (so a busy machine skews it
 * less than a req/s figure): Auth.js's session endpoint, as `auth()` ran it for getViewer until
 * 30 Nov 2026, against lib/auth/session-token.ts readSession, first read and memoised.
 */
import { Auth, type AuthConfig } from "@auth/core";
import { encode } from "next-auth/jwt";
import { readSession } from "../../lib/auth/session-token.ts";

const SECRET = "bench-secret-bench-secret-bench-secret-0123";
const env = { AUTH_SECRET: SECRET } as unknown as NodeJS.ProcessEnv;
const N = Number(process.argv[2] ?? 2000);

async function perCall(label: string, n: number, f: (i: number) => Promise<unknown>) {
  for (let i = 0; i < 50; i++) await f(i);
  const t0 = process.cpuUsage();
  const w0 = performance.now();
  for (let i = 0; i < n; i++) await f(i);
  const cpu = process.cpuUsage(t0);
  const wall = performance.now() - w0;
  console.log(`${label.padEnd(48)} ${((cpu.user + cpu.system) / n).toFixed(0).padStart(6)} µs CPU/call  ${((wall * 1000) / n).toFixed(0).padStart(6)} µs wall/call`);
}

const tokens = await Promise.all(Array.from({ length: N + 50 }, (_, i) => encode({ token: { sub: `0b9e2d1c-5f43-4a8e-9d7a-${String(i).padStart(12, "0")}`, sv: 1 }, secret: SECRET, salt: "authjs.session-token" })));
const cookie = (i: number) => `authjs.session-token=${tokens[i]}`;
const config: AuthConfig = {
  secret: SECRET, trustHost: true, basePath: "/api/auth", providers: [], session: { strategy: "jwt" },
  callbacks: { session: ({ session, token }) => ({ ...session, user: { ...session.user, id: token.sub } }) },
};
await perCall("auth() session endpoint (decrypt + re-encrypt)", N, async (i) => (await Auth(new Request("http://127.0.0.1:3000/api/auth/session", { headers: { cookie: cookie(i % 20) } }), config)).json());
await perCall("readSession, each token new (decrypt)", N, (i) => readSession(new Headers({ cookie: cookie(i + 50), "x-forwarded-proto": "http" }), env));
await perCall("readSession, token seen before (memo)", N, (i) => readSession(new Headers({ cookie: cookie(i % 20), "x-forwarded-proto": "http" }), env));
