/**
 * The entry evaluation runs in the phone's browser: its whole import graph must stay free of the WHO
 * tables (loaded separately), server code and node modules.
 */
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
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
    for (const m of text.matchAll(/^(import|export) (type )?[^;]*? from "([^"]+)";$/gms)) {
      // A type-only import is erased: it brings no code into the browser.
      if (m[2]) continue;
      const spec = m[3];
      const local = spec.startsWith(".") ? resolve(dirname(f), spec) : spec.startsWith("@/") ? resolve(root, spec.slice(2)) : null;
      if (local) todo.push([local, `${local}.ts`, `${local}.tsx`].find((p) => existsSync(p) && !p.endsWith("/")) ?? local);
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
  // The screens kaders and supervisors use on cheap phones: zod (~67 kB gzip) stays on the server;
  // they check inputs with lib/forms/cek.ts (held equal to the zod schemas by tests/unit/cek-browser.test.ts).
  for (const entry of [
    "lib/pemeriksaan/nilai.ts",
    "lib/pemeriksaan/masukan.ts",
    "lib/ambang/nilai.ts",
    "lib/skrining/index.ts",
    "components/hari-buka/sesi.tsx",
    "components/hari-buka/daftar-baru.tsx",
    "components/pemeriksaan/entri-form.tsx",
    "components/kunjungan/isi-kunjungan.tsx",
    "components/kunjungan/temuan.tsx",
    "components/sasaran/sasaran-form.tsx",
    "components/sasaran/status-forms.tsx",
  ]) {
    it(`${entry} brings no zod into the browser`, () => {
      const files = graph(entry);
      expect(files).toContain(entry);
      expect(files.filter((f) => f === "pkg:zod" || f.startsWith("pkg:zod/"))).toEqual([]);
    });
  }
  it("the graph walker does see zod where a browser module would bring it (so the check above can fail)", () => {
    expect(graph("lib/kunjungan/schemas.ts")).toContain("pkg:zod");
    expect(graph("lib/pemeriksaan/schemas.ts")).toContain("pkg:zod");
  });
  it("the graph walker does see the tables where they are imported (so the check above can fail)", () => {
    expect(graph("lib/pertumbuhan/compute.ts").some((f) => f.includes("data/tables"))).toBe(true);
  });
});
