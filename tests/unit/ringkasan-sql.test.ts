/**
 * The summary table's trigger functions are SQL in a migration; their SELECT list must be exactly the
 * text generated from the report definitions (cakupan-hitung.ts, DITIMBANG_SQL), so that a change to an
 * indicator without a new migration fails here instead of drifting silently.
 */
import { describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { Prisma } from "../../lib/generated/prisma/client.ts";
import { cakupanEntri, ringkasanSelectTeks, sqlTeks } from "../../lib/laporan/ringkasan-sql.ts";
import { INDIKATOR_CAKUPAN } from "../../lib/laporan/cakupan-indikator.ts";
import { hitungCakupan } from "../../lib/laporan/cakupan-hitung.ts";

const MIGRATIONS = path.join(import.meta.dirname, "../../prisma/migrations");

/** The newest migration that (re)defines the per-posyandu-month recompute. */
function newestDefinition(): string {
  const dirs = fs.readdirSync(MIGRATIONS).filter((d) => fs.existsSync(path.join(MIGRATIONS, d, "migration.sql"))).sort();
  const withIt = dirs.filter((d) => /FUNCTION ringkasan_posyandu_bulan_hitung/.test(fs.readFileSync(path.join(MIGRATIONS, d, "migration.sql"), "utf8")));
  expect(withIt.length).toBeGreaterThan(0);
  return fs.readFileSync(path.join(MIGRATIONS, withIt.at(-1)!, "migration.sql"), "utf8");
}

describe("ringkasan_posyandu_bulan definition", () => {
  it("the migration's recompute and refill hold exactly the generated SELECT list", () => {
    const sql = newestDefinition();
    const sel = ringkasanSelectTeks();
    expect(sql.split(sel).length - 1).toBe(2);
  });
  it("covers every coverage part counted over entries, and no other", () => {
    const hitung = hitungCakupan("2024-05-31");
    const expected = INDIKATOR_CAKUPAN.flatMap((i) => (["p", "q"] as const).filter((b) => hitung[i.kode][b === "p" ? "pembilang" : "penyebut"].dari === "entri").map((b) => `${i.kode}_${b}`));
    expect(cakupanEntri().map((c) => c.kunci)).toEqual(expected);
    expect(expected).toContain("vitaminABayi_p");
    expect(expected).not.toContain("vitaminABayi_q");
    for (const k of expected) expect(ringkasanSelectTeks()).toContain(`'${k}', count(DISTINCT e.sasaran_id) FILTER (WHERE `);
  });
  it("writes values in as literals: strings quoted and escaped, numbers as they are, nothing else", () => {
    expect(sqlTeks(Prisma.sql`a = ${"x'y"} AND b < ${60} AND c = ${"z"}`)).toBe("a = 'x''y' AND b < 60 AND c = 'z'");
    expect(() => sqlTeks(Prisma.sql`a = ${null}`)).toThrow();
    expect(() => sqlTeks(Prisma.sql`a = ${Number.NaN}`)).toThrow();
  });
});
