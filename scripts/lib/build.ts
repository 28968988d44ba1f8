/**
 * The production build, made only when `.next` is missing or was built from other sources (the
 * fingerprint of everything that goes into it). Used by `npm start`, the bench, the load test, and
 * `npm test` (which builds in the background while vitest runs: scripts/build-if-needed.ts).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { sourceFingerprint } from "./fingerprint.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");

const distDir = () => path.join(ROOT, process.env.NEXT_DIST_DIR || ".next");

export const hasBuild = () => fs.existsSync(path.join(distDir(), "BUILD_ID"));

/** Builds when needed (or always with `rebuild`); true when it built. Throws "Build gagal." on failure. */
export function buildIfChanged(opts: { rebuild?: boolean; env?: Record<string, string | undefined>; log: (line: string) => void }): boolean {
  const fingerprintFile = path.join(distDir(), "pantau-fingerprint");
  const fingerprint = sourceFingerprint();
  const fresh = hasBuild() && fs.existsSync(fingerprintFile) && fs.readFileSync(fingerprintFile, "utf8") === fingerprint;
  if (fresh && !opts.rebuild) return false;
  opts.log("Membuat build produksi (sekali saja)…");
  const t0 = Date.now();
  const nextBin = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
  const build = spawnSync(process.execPath, [nextBin, "build"], { cwd: ROOT, env: { ...process.env, ...opts.env, NODE_ENV: "production" }, stdio: "inherit" });
  if (build.status !== 0) throw new Error("Build gagal.");
  fs.writeFileSync(fingerprintFile, fingerprint);
  opts.log(`Build selesai dalam ${((Date.now() - t0) / 1000).toFixed(1)} dtk.`);
  return true;
}
