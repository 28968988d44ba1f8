import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BENCH_PAGES, FLOOR_PAGE, ROUTES_NOT_BENCHED, pagesFor } from "../../scripts/bench/pages.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");

function filesUnder(dir: string, names: Set<string>, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) filesUnder(rel, names, out);
    else if (names.has(entry.name)) out.push(rel);
  }
  return out;
}

describe("npm run bench page list", () => {
  const covered = new Set(BENCH_PAGES.map((p) => p.file));

  it("covers every page.tsx under app/ (add a row to scripts/bench/pages.ts for a new page)", () => {
    const missing = filesUnder("app", new Set(["page.tsx"])).filter((f) => !covered.has(f));
    expect(missing).toEqual([]);
  });

  it("covers every route handler under app/, or says why not", () => {
    const missing = filesUnder("app", new Set(["route.ts", "route.tsx"])).filter((f) => !covered.has(f) && !(f in ROUTES_NOT_BENCHED));
    expect(missing).toEqual([]);
  });

  it("names only files that exist, each row once", () => {
    for (const p of BENCH_PAGES) expect(fs.existsSync(path.join(ROOT, p.file)), p.file).toBe(true);
    for (const f of Object.keys(ROUTES_NOT_BENCHED)) expect(fs.existsSync(path.join(ROOT, f)), f).toBe(true);
    expect(new Set(BENCH_PAGES.map((p) => p.name)).size).toBe(BENCH_PAGES.length);
  });

  it("gives every role the floor page and a kader only what a kader may open", () => {
    for (const role of ["DINKES_ADMIN", "DINKES", "PUSKESMAS", "BIDAN_DESA", "KADER"]) expect(pagesFor(role).map((p) => p.name)).toContain(FLOOR_PAGE);
    const kader = pagesFor("KADER").map((p) => p.name);
    expect(kader).toContain("/posyandu/[id]");
    expect(kader.some((n) => n.startsWith("/wilayah") || n.startsWith("/pengguna") || n.startsWith("/impor"))).toBe(false);
    expect(pagesFor(null).map((p) => p.name)).toEqual(["/login"]);
  });
});
