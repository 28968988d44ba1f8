/** The coverage download (counts only): one row per area and indicator, then per posyandu, then the total. Pure. */
import { INDIKATOR_CAKUPAN, berlakuBulan, persenCakupan, type KodeIndikator, type NilaiCakupan } from "./cakupan-indikator.ts";
import { persenCsv } from "./format.ts";
import type { CakupanLaporan } from "./cakupan.ts";

export const CAKUPAN_HEADER = ["tingkat", "wilayah", "desa", "kode_indikator", "indikator", "pembilang", "penyebut", "persen"];

function rows(tingkat: string, wilayah: string, desa: string, n: Record<KodeIndikator, NilaiCakupan>, bulan: number): string[][] {
  return INDIKATOR_CAKUPAN.filter((i) => berlakuBulan(i, bulan)).map((i) => [tingkat, wilayah, desa, i.kode, i.label, String(n[i.kode].pembilang), String(n[i.kode].penyebut), persenCsv(persenCakupan(n[i.kode]))]);
}

export function cakupanRows(l: CakupanLaporan): string[][] {
  const out: string[][] = [CAKUPAN_HEADER];
  if (l.tingkat !== "posyandu") for (const b of l.baris) out.push(...rows(l.tingkat, b.nama, "", b.baris, l.bulan.bulan));
  for (const p of l.posyandu) out.push(...rows("posyandu", p.posyandu, p.desa, p.nilai, l.bulan.bulan));
  out.push(...rows("jumlah", "", "", l.total, l.bulan.bulan));
  return out;
}
