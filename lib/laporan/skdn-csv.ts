/**
 * The SKDN downloads. Pure.
 * - By name, one posyandu-month (issue 11 part 4): exactly SKDN_CSV_HEADER, in this order, so that it
 *   can be re-checked outside the app: dates TTTT-BB-HH, decimals with a dot, status N/T/O/B or empty
 *   when not weighed that month.
 * - Aggregate (counts only): one row per area at the page's level, then per posyandu, then the total.
 */
import { rasioSkdn, type BarisSkdn } from "./skdn-hitung.ts";
import { persenCsv } from "./format.ts";
import type { SkdnLaporan } from "./skdn.ts";
import type { BalitaSkdn } from "./skdn-balita.ts";

export const SKDN_CSV_HEADER = ["nama", "jenis_kelamin", "tanggal_lahir", "tanggal_timbang", "umur_bulan", "berat_kg", "berat_bulan_lalu_kg", "kbm_g", "status"] as const;

/** A number with a dot and no trailing zeros ("12.4", "9"): the CSV's decimal form whatever the locale. */
export function angkaTitik(x: number | null): string {
  return x === null ? "" : String(x);
}

/** The CSV cells of one balita, in SKDN_CSV_HEADER's order. */
export function skdnCsvCells(b: BalitaSkdn): string[] {
  return [b.nama, b.jenisKelamin, b.tanggalLahir, b.tanggalTimbang ?? "", String(b.umurBulan), angkaTitik(b.beratKg), angkaTitik(b.beratLaluKg), b.kbmG === null ? "" : String(b.kbmG), b.status ?? ""];
}


export const SKDN_AGREGAT_HEADER = ["tingkat", "wilayah", "puskesmas", "desa", "S", "K", "D", "N", "T", "O", "B", "2T", "BGM", "K_S_persen", "D_S_persen", "N_D_persen", "D_sama_N_T_O_B", "S_dari_K"];

function cells(b: BarisSkdn): string[] {
  const r = rasioSkdn(b);
  return [b.S, b.K, b.D, b.N, b.T, b.O, b.B, b.duaT, b.BGM].map(String).concat([persenCsv(r.KS), persenCsv(r.DS), persenCsv(r.ND), r.cekD ? "ya" : "tidak"]);
}

export function skdnAgregatRows(l: SkdnLaporan): string[][] {
  const out: string[][] = [SKDN_AGREGAT_HEADER];
  if (l.tingkat !== "posyandu") for (const b of l.baris) out.push([l.tingkat, b.nama, "", "", ...cells(b.baris), String(b.baris.sDariK)]);
  for (const p of l.posyandu) out.push(["posyandu", p.posyandu, p.puskesmas ?? "", p.desa, ...cells(p), p.sDariK ? "1" : "0"]);
  out.push(["jumlah", "", "", "", ...cells(l.total), String(l.total.sDariK)]);
  return out;
}
