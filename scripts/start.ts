/**
 * `npm start`: database (embedded unless DATABASE_URL is set), migrations, demo data when empty,
 * a production build when none exists or the sources changed, then `next start`. `npm run dev` does the same with `next dev`.
 * Ctrl-C stops Next and PostgreSQL cleanly; the next start reuses the data.
 *   --dev          next dev instead of a production build
 *   --rebuild      build again even when a build exists
 *   --no-seed      do not add the demo data to an empty database
 *   --fresh-db     throw away the embedded database first (used by the browser tests)
 *   --db-name=X    embedded data folder .data/X (default pg)
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { ROOT, ensureAuthSecret, loadDotEnv, prepareDb } from "./lib/prepare-db.ts";
import { buildIfChanged } from "./lib/build.ts";

const args = new Set(process.argv.slice(2));
const arg = (name: string) => process.argv.slice(2).find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const dev = args.has("--dev");

async function main() {
  loadDotEnv();
  const port = Number(process.env.PORT || 3000);
  const dbPort = Number(process.env.PANTAU_PG_PORT || 5433);
  const t0 = Date.now();
  const database = await prepareDb({ name: arg("db-name") ?? "pg", port: dbPort, seed: !args.has("--no-seed"), fresh: args.has("--fresh-db"), ephemeral: args.has("--fresh-db") });
  ensureAuthSecret();
  const env = { ...process.env, DATABASE_URL: database.url, AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST || "true" };

  let child: ChildProcess | null = null;
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (child && child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((r) => { child!.once("exit", r); setTimeout(r, 5000); });
    }
    await database.stop();
    console.log("Pantau ILP berhenti.");
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));

  const nextBin = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
  if (!dev) {
    try {
      buildIfChanged({ rebuild: args.has("--rebuild"), env, log: console.log });
    } catch (error) {
      console.error(error instanceof Error ? error.message : error);
      await shutdown(1);
      return;
    }
  }
  child = spawn(process.execPath, [nextBin, dev ? "dev" : "start", "-p", String(port)], { cwd: ROOT, env: { ...env, NODE_ENV: dev ? "development" : "production" }, stdio: "inherit" });
  child.on("exit", (code) => void shutdown(code ?? 0));
  console.log(`Pantau ILP siap di http://localhost:${port} (persiapan ${((Date.now() - t0) / 1000).toFixed(1)} dtk). Tekan Ctrl-C untuk berhenti.`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
