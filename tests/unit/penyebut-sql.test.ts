/**
 * The denominators summary's functions are SQL in a migration; their `penyebut` JSON must be exactly
 * the text generated from the report definitions (cakupan-hitung.ts), so that a change to an indicator's
 * denominator without a new migration fails here instead of drifting silently; and the age bands
 * must be the ones the live statement counts by.
 */
import { describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { bandTeks, cakupanTerdaftar, penyebutSelectTeks } from "../../lib/laporan/penyebut-sql.ts";
import { INDIKATOR_CAKUPAN } from "../../lib/laporan/cakupan-indikator.ts";
import { bandKelompok, hitungCakupan, irisan } from "../../lib/laporan/cakupan-hitung.ts";
import { kelompokUmur, KELOMPOK_SASARAN, umurBulanPada } from "../../lib/sasaran/kelompok.ts";
import { lahirPalingAkhir } from "../../lib/laporan/kelompok-sql.ts";

const MIGRATIONS = path.join(import.meta.dirname, "../../prisma/migrations");

function newestDefinition(): string {
  const dirs = fs.readdirSync(MIGRATIONS).filter((d) => fs.existsSync(path.join(MIGRATIONS, d, "migration.sql"))).sort();
  const withIt = dirs.filter((d) => /FUNCTION penyebut_posyandu_bulan_hitung/.test(fs.readFileSync(path.join(MIGRATIONS, d, "migration.sql"), "utf8")));
  expect(withIt.length).toBeGreaterThan(0);
  return fs.readFileSync(path.join(MIGRATIONS, withIt.at(-1)!, "migration.sql"), "utf8");
}

describe("penyebut_posyandu_bulan definition", () => {
  it("the migration's fill and recompute hold exactly the generated JSON", () => {
    expect(newestDefinition().split(penyebutSelectTeks()).length - 1).toBe(2);
  });
  it("covers every denominator counted over registered people or pregnancies, and no other", () => {
    const hitung = hitungCakupan("2024-05-31");
    const expected = INDIKATOR_CAKUPAN.filter((i) => hitung[i.kode].penyebut.dari !== "entri").map((i) => `${i.kode}_q`);
    expect(cakupanTerdaftar().map((c) => c.kunci)).toEqual(expected);
    expect(INDIKATOR_CAKUPAN.every((i) => hitung[i.kode].pembilang.dari === "entri")).toBe(true);
    expect(expected).toEqual(expect.arrayContaining(["vitaminABayi_q", "ttdBumil_q", "ttdRemajaPutri_q", "puma40_q"]));
    expect(expected).not.toContain("asiEksklusif_q");
  });
  it("bands: groups from the group table, the girls' TTD band is remaja from 12 years, written as SQL on x.umur", () => {
    expect(bandKelompok("USIA_SEKOLAH_REMAJA")).toEqual({ dari: 72, sampai: 227 });
    expect(bandKelompok("LANSIA")).toEqual({ dari: 720, sampai: null });
    expect(bandKelompok("BAYI")).toEqual({ dari: 0, sampai: 11 });
    expect(irisan(bandKelompok("USIA_SEKOLAH_REMAJA"), { dari: 144, sampai: null, perempuan: true })).toEqual({ dari: 144, sampai: 227, perempuan: true });
    expect(irisan({ dari: 0, sampai: null }, { dari: 5, sampai: null })).toEqual({ dari: 5, sampai: null });
    expect(bandTeks({ dari: 6, sampai: 11 })).toBe("x.umur BETWEEN 6 AND 11");
    expect(bandTeks({ dari: 480, sampai: null })).toBe("x.umur >= 480");
    expect(bandTeks({ dari: 144, sampai: 227, perempuan: true })).toBe("x.umur BETWEEN 144 AND 227 AND x.jenis_kelamin = 'P'");
    // Every group's band holds exactly the ages kelompokUmur puts in it.
    for (const k of KELOMPOK_SASARAN) {
      const b = bandKelompok(k);
      for (let m = 0; m <= 1300; m++) expect(kelompokUmur(m) === k, `${k} ${m}`).toBe(m >= b.dari && (b.sampai === null || m <= b.sampai));
    }
  });
  it("on a month's last day the completed months are the difference of calendar months, so a band is a range of birth months", () => {
    for (const akhir of ["2024-02-29", "2024-05-31", "2023-02-28", "2024-04-30", "2024-12-31"]) {
      const [y, m] = akhir.split("-").map(Number);
      for (let d = -800; d <= 0; d += 1) {
        const t = new Date(Date.UTC(y, m - 1, Number(akhir.slice(8)) + d * 29)).toISOString().slice(0, 10);
        const [ly, lm] = t.split("-").map(Number);
        expect(umurBulanPada(t, akhir), `${t} → ${akhir}`).toBe(y * 12 + m - (ly * 12 + lm));
      }
      // And the live statement's birth-date edges fall on month ends.
      for (const umur of [6, 12, 60, 72, 144, 228, 480, 720]) expect(lahirPalingAkhir(akhir, umur)).toBe(new Date(Date.UTC(y, m - umur, 0)).toISOString().slice(0, 10));
    }
  });
});
