/**
 * The entry evaluation runs in the phone's browser: its whole import graph must stay free of the WHO
 * tables (loaded separately), server code and node modules.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "../../..");

function graph(entry: string): string[] {
  const seen = new Set<string>();
  const todo = [resolve(root, entry)];
  while (todo.length) {
    const f = todo.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    const text = readFileSync(f, "utf8");
    for (const m of text.matchAll(/^(?:import|export) [^;]*? from "([^"]+)";$/gms)) {
      const spec = m[1];
      if (spec.startsWith(".")) todo.push(resolve(dirname(f), spec));
      else seen.add(`pkg:${spec}`);
    }
  }
  return [...seen].map((f) => (f.startsWith("pkg:") ? f : f.slice(root.length + 1)));
}

describe("browser-safe pure modules", () => {
  for (const entry of ["lib/pemeriksaan/nilai.ts", "lib/ambang/index.ts", "lib/skrining/index.ts", "lib/penimbangan/naik.ts", "lib/sasaran/kelompok.ts", "lib/laporan/skdn-hitung.ts"]) {
    it(`${entry} imports no WHO table, no server code, only zod from packages`, () => {
      const files = graph(entry);
      expect(files).toContain(entry);
      expect(files.filter((f) => /data\/tables|server-only|lib\/(db|auth|access|audit)|node:|pkg:(?!zod$)/.test(f))).toEqual([]);
    });
  }
  it("the graph walker does see the tables where they are imported (so the check above can fail)", () => {
    expect(graph("lib/pertumbuhan/compute.ts").some((f) => f.includes("data/tables"))).toBe(true);
  });
});
