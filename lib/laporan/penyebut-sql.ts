/**
 * The per-posyandu-month summary of coverage denominators over registered people (table
 * penyebut_posyandu_bulan, migration 20261130160000_penyebut_posyandu_bulan): for each posyandu and
 * month, the registered live people of every age band the coverage indicators count against
 * (cakupan-hitung.ts, `dari: "terdaftar"`) and the pregnant women (`dari: "hamil"`), as the
 * kabupaten coverage report would count them live from ~105,000 people.
 *
 * Denominators depend on the month (ages on its last day), not only on writes, so the table holds
 * the months a kabupaten has asked for (penyebut_bulan_terisi): the first report of a month fills
 * it for the whole kabupaten (penyebut_posyandu_bulan_isi, under an exclusive advisory lock per
 * kabupaten), and from then on statement triggers on sasaran and status_sasaran recompute every held
 * month of each touched posyandu from raw rows in the writing transaction (shared lock per
 * kabupaten, then a lock per posyandu). A month outside the window the reports fill
 * (PENYEBUT_JENDELA) is counted live as before. tests/integration/penyebut-posyandu-bulan.test.ts
 * checks the table equals the live count after random writes, moves, deaths, merges and
 * concurrent writers.
 *
 * The functions live in the migration; their SELECT list is this file's `penyebutSelectTeks()`
 * (tests/unit/penyebut-sql.test.ts checks the migration holds exactly that text).
 */
import { INDIKATOR_CAKUPAN } from "./cakupan-indikator.ts";
import { hitungCakupan, type UmurBand } from "./cakupan-hitung.ts";

/** The coverage denominators counted over registered people or pregnancies: the summary's `penyebut` JSON keys and how each is counted. */
export function cakupanTerdaftar(): { kunci: string; umur: UmurBand | null }[] {
  // The bands do not depend on the month (only the birth-date ranges of the live statement do).
  const hitung = hitungCakupan("2000-01-31");
  const out: { kunci: string; umur: UmurBand | null }[] = [];
  for (const i of INDIKATOR_CAKUPAN)
    for (const [bagian, x] of [["p", hitung[i.kode].pembilang], ["q", hitung[i.kode].penyebut]] as const) {
      if (x.dari === "terdaftar") out.push({ kunci: `${i.kode}_${bagian}`, umur: x.umur });
      else if (x.dari === "hamil") out.push({ kunci: `${i.kode}_${bagian}`, umur: null });
    }
  return out;
}

/** A band as a condition on `x.umur` (completed months on the month's last day) and `x.jenis_kelamin`. */
export function bandTeks(b: UmurBand): string {
  const umur = b.sampai === null ? `x.umur >= ${b.dari}` : `x.umur BETWEEN ${b.dari} AND ${b.sampai}`;
  return b.perempuan ? `${umur} AND x.jenis_kelamin = 'P'` : umur;
}

/** The `penyebut` JSON of one posyandu-month over the people rows `x` (umur, jenis_kelamin, hamil). */
export function penyebutSelectTeks(): string {
  const parts = cakupanTerdaftar().map((c) => `'${c.kunci}', count(*) FILTER (WHERE ${c.umur ? bandTeks(c.umur) : "x.hamil"})`);
  return `jsonb_build_object(\n      ${parts.join(",\n      ")})`;
}

/** How many months back from the current one, and ahead, a report fills the summary for; other months are counted live. */
export const PENYEBUT_JENDELA = { mundur: 120, maju: 1 } as const;
