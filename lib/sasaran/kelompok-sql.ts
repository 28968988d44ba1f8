/**
 * The life-cycle group on a day (lib/sasaran/kelompok.ts) as a range of birth dates, so that lists
 * filter by group in SQL on sasaran.tanggal_lahir (indexable, no per-row age arithmetic).
 * tests/unit/sasaran/kelompok-sql.test.ts checks the ranges against kelompokPada day by day.
 */
import { Prisma } from "../generated/prisma/client.ts";
import { KELOMPOK_LABEL, KELOMPOK_MULAI_BULAN, KELOMPOK_SASARAN, type Kelompok } from "./kelompok.ts";

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const iso = (y: number, m: number, d: number) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

/**
 * The latest birth date (YYYY-MM-DD) of someone at least `bulan` completed months old on `hari`
 * (umurBulanPada's rule: a month is completed on the same day of the month, or on the last day of a
 * shorter month).
 */
export function lahirPalingLambat(bulan: number, hari: string): string {
  const y = Number(hari.slice(0, 4));
  const m = Number(hari.slice(5, 7));
  const d = Number(hari.slice(8, 10));
  const total = y * 12 + (m - 1) - bulan;
  const ty = Math.floor(total / 12);
  const tm = (total % 12) + 1;
  const last = lastDay(ty, tm);
  const day = d === lastDay(y, m) ? last : Math.min(d, last);
  return iso(ty, tm, day);
}

/** Birth-date range of a group on a day: lahir ≤ `sampai` and (when set) lahir > `setelah`. */
export function rentangLahir(k: Kelompok, hari: string): { sampai: string; setelah: string | null } {
  const i = KELOMPOK_SASARAN.indexOf(k);
  const next = KELOMPOK_SASARAN[i + 1];
  return { sampai: lahirPalingLambat(KELOMPOK_MULAI_BULAN[k], hari), setelah: next ? lahirPalingLambat(KELOMPOK_MULAI_BULAN[next], hari) : null };
}

export function isKelompok(v: string): v is Kelompok {
  return (KELOMPOK_SASARAN as readonly string[]).includes(v);
}

/** The SQL condition on `s.tanggal_lahir` for a group on a day, or null for an unknown group. */
export function kelompokBounds(k: string, hari: string): { sql: Prisma.Sql } | null {
  if (!isKelompok(k)) return null;
  const r = rentangLahir(k, hari);
  return { sql: r.setelah ? Prisma.sql`s.tanggal_lahir <= ${r.sampai}::date AND s.tanggal_lahir > ${r.setelah}::date` : Prisma.sql`s.tanggal_lahir <= ${r.sampai}::date` };
}

export const KELOMPOK_OPTIONS = KELOMPOK_SASARAN.map((k) => ({ value: k, label: KELOMPOK_LABEL[k] }));
