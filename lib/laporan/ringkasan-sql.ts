/**
 * The per-posyandu-per-month summary of entries (table ringkasan_posyandu_bulan): SKDN's D, N, T, O,
 * B, 2T and BGM and every coverage count taken over the month's entries (cakupan-hitung.ts, `dari:
 * "entri"`), one row per posyandu and month that has entries. Kept live by triggers on pemeriksaan
 * (every insert, update, delete and truncate, whatever path writes: save, correction, merge, device
 * replay, import) and on sasaran (a corrected sex changes girls' TTD): the affected posyandu-months
 * are recomputed whole from raw rows in the same transaction, under an advisory lock per
 * posyandu-month, so SKDN stays "computed live" while a kabupaten report reads ~1,700 summary rows
 * instead of ~40,000 entries. Registered people (K, the coverage denominators) and pregnancies are
 * still counted live by the reports: they change with time and with every sasaran write.
 *
 * The trigger functions live in the migration (SQL cannot take parameters there); their SELECT list is
 * this file's `ringkasanSelectTeks()`, and tests/unit/ringkasan-sql.test.ts checks that the newest
 * migration defining them holds exactly that text, so the summary and the definitions cannot drift.
 */
import { Prisma } from "../generated/prisma/client.ts";
import { INDIKATOR_CAKUPAN } from "./cakupan-indikator.ts";
import { hitungCakupan } from "./cakupan-hitung.ts";

/** SKDN counts entries of balita under 60 months with a weight (D = distinct people of them). */
export const DITIMBANG_SQL = Prisma.sql`e.umur_bulan < 60 AND e.berat_kg IS NOT NULL`;

/** The coverage parts counted over entries: the summary's `cakupan` JSON keys (`<kode>_p` numerator, `<kode>_q` denominator). */
export function cakupanEntri(): { kunci: string; syarat: Prisma.Sql }[] {
  // Entry conditions do not depend on the month (only registered ages do): any date will do.
  const hitung = hitungCakupan("2000-01-31");
  const out: { kunci: string; syarat: Prisma.Sql }[] = [];
  for (const i of INDIKATOR_CAKUPAN)
    for (const [bagian, x] of [["p", hitung[i.kode].pembilang], ["q", hitung[i.kode].penyebut]] as const)
      if (x.dari === "entri") out.push({ kunci: `${i.kode}_${bagian}`, syarat: x.syarat });
  return out;
}

/** A statement's text with its values written in as SQL literals (strings and numbers only). */
export function sqlTeks(s: Prisma.Sql): string {
  return s.text.replace(/\$(\d+)/g, (_, i: string) => {
    const v = s.values[Number(i) - 1];
    if (typeof v === "number" && Number.isFinite(v)) return String(v);
    if (typeof v === "string") return `'${v.replace(/'/g, "''")}'`;
    throw new Error(`nilai SQL tak dikenal: ${String(v)}`);
  });
}

/** The SELECT list of one summary row over the entries `e` of one posyandu-month (d, n, t, o, b, dua_t, bgm, cakupan). */
export function ringkasanSelectTeks(): string {
  const w = sqlTeks(DITIMBANG_SQL);
  const naik = (k: string) => `count(*) FILTER (WHERE ${w} AND e.naik = '${k}')::int`;
  const cakupan = cakupanEntri().map((c) => `'${c.kunci}', count(DISTINCT e.sasaran_id) FILTER (WHERE ${sqlTeks(c.syarat)})`);
  return [
    `count(DISTINCT e.sasaran_id) FILTER (WHERE ${w})::int AS d`,
    `${naik("N")} AS n`, `${naik("T")} AS t`, `${naik("O")} AS o`, `${naik("B")} AS b`,
    `count(*) FILTER (WHERE ${w} AND e.dua_t)::int AS dua_t`,
    `count(*) FILTER (WHERE ${w} AND e.bgm)::int AS bgm`,
    `jsonb_build_object(\n      ${cakupan.join(",\n      ")}) AS cakupan`,
  ].join(",\n    ");
}
