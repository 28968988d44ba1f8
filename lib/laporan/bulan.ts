/**
 * The report month (?bulan=TTTT-BB): its first day, the first day of the next month (the half-open
 * range the entries' tanggal index is scanned on), its last day (ages are taken on it) and its name
 * in Bahasa. Pure.
 */
import { todayInJakarta } from "../i18n/format.ts";

export const BULAN_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;
export const NAMA_BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"] as const;

export interface Bulan {
  /** TTTT-BB */
  kode: string;
  tahun: number;
  bulan: number;
  /** First day, TTTT-BB-01. */
  awal: string;
  /** First day of the next month (exclusive end). */
  akhirEksklusif: string;
  /** Last day: ages and "registered" are taken on it. */
  akhir: string;
  /** "Mei 2024" */
  label: string;
}

const pad = (n: number) => String(n).padStart(2, "0");

export function bulanDari(kode: string): Bulan {
  const m = BULAN_RE.exec(kode);
  if (!m) throw new Error(`bulan tidak sah: ${kode}`);
  const tahun = Number(m[1]);
  const bulan = Number(m[2]);
  const next = bulan === 12 ? { y: tahun + 1, m: 1 } : { y: tahun, m: bulan + 1 };
  const last = new Date(Date.UTC(tahun, bulan, 0)).getUTCDate();
  return {
    kode, tahun, bulan, awal: `${tahun}-${pad(bulan)}-01`, akhirEksklusif: `${next.y}-${pad(next.m)}-01`, akhir: `${tahun}-${pad(bulan)}-${pad(last)}`,
    label: `${NAMA_BULAN[bulan - 1]} ${tahun}`,
  };
}

/** The current month in Jakarta (the default of every report). */
export function bulanIni(now = new Date()): string {
  return todayInJakarta(now).slice(0, 7);
}

/** The month before / after, as TTTT-BB (for the "bulan sebelumnya / berikutnya" links). */
export function geserBulan(kode: string, delta: number): string {
  const b = bulanDari(kode);
  const idx = b.tahun * 12 + (b.bulan - 1) + delta;
  return `${Math.floor(idx / 12)}-${pad((idx % 12) + 1)}`;
}
