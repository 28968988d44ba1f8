/** The aggregate SKDN download (counts only): one row per area at the page's level, then per posyandu, then the total. Pure. */
import { rasioSkdn, type BarisSkdn } from "./skdn-hitung.ts";
import { persenCsv } from "./format.ts";
import type { SkdnLaporan } from "./skdn.ts";

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
