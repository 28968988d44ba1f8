/** A hash of everything that goes into the production build, so `npm start` rebuilds only when it changed. */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");
const DIRS = ["app", "components", "lib", "public"];
const FILES = ["package-lock.json", "next.config.ts", "tsconfig.json", "postcss.config.mjs", "proxy.ts", "prisma/schema.prisma"];
const SKIP = new Set(["generated", "node_modules"]);

function walk(dir: string, out: string[]) {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(p, out);
    else out.push(p);
  }
}

export function sourceFingerprint(): string {
  const files: string[] = FILES.map((f) => path.join(ROOT, f)).filter((f) => fs.existsSync(f));
  for (const d of DIRS) walk(path.join(ROOT, d), files);
  const hash = createHash("sha256");
  for (const f of files.sort()) {
    hash.update(path.relative(ROOT, f));
    hash.update(fs.readFileSync(f));
  }
  return hash.digest("hex");
}
