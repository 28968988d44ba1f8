/**
 * The routine posyandu day: "the n-th weekday of the month" (n = 1–4, or 5 = the last one).
 * Pure calendar arithmetic on YYYY-MM-DD dates (no time zone involved once "today" is known).
 */
import { HARI, MINGGU_KE } from "../i18n/format.ts";

export interface Jadwal {
  mingguKe: number | null;
  hari: number | null;
}

function isoWeekday(y: number, m: number, d: number): number {
  const wd = new Date(Date.UTC(y, m - 1, d)).getUTCDay(); // 0 = Sunday
  return wd === 0 ? 7 : wd;
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The posyandu date in a given month, as YYYY-MM-DD. */
export function dateInMonth(year: number, month: number, jadwal: { mingguKe: number; hari: number }): string {
  let day: number;
  if (jadwal.mingguKe === 5) {
    const last = daysInMonth(year, month);
    day = last - ((isoWeekday(year, month, last) - jadwal.hari + 7) % 7);
  } else {
    const first = (jadwal.hari - isoWeekday(year, month, 1) + 7) % 7 + 1;
    day = first + (jadwal.mingguKe - 1) * 7;
  }
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The next `count` posyandu dates on or after `today` (YYYY-MM-DD). Empty without a schedule. */
export function nextDates(jadwal: Jadwal, today: string, count = 3): string[] {
  if (!jadwal.mingguKe || !jadwal.hari) return [];
  const s = { mingguKe: jadwal.mingguKe, hari: jadwal.hari };
  let [year, month] = today.split("-").map(Number);
  const out: string[] = [];
  while (out.length < count) {
    const date = dateInMonth(year, month, s);
    if (date >= today) out.push(date);
    month += 1;
    if (month > 12) { month = 1; year += 1; }
  }
  return out;
}

export function jadwalLabel(jadwal: Jadwal): string {
  if (!jadwal.mingguKe || !jadwal.hari) return "Belum ada jadwal";
  return `${HARI[jadwal.hari]} ${jadwal.mingguKe === 5 ? "terakhir" : `minggu ${MINGGU_KE[jadwal.mingguKe]}`} setiap bulan`;
}

/** Adds days to a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** A YYYY-MM-DD as a Date at noon UTC, safe to format in Asia/Jakarta without shifting the day. */
export function dateFromIso(date: string): Date {
  return new Date(`${date}T05:00:00Z`);
}

export type JadwalPair = { mingguKe: number; hari: number };

/**
 * Every posyandu schedule (minggu ke 1–5 × hari 1–7) whose next date falls within `days` days from
 * `today` (inclusive), grouped by that date in calendar order. A schedule is monthly, so each pair
 * appears at most once in any window shorter than four weeks. Lets a page ask the database for "the
 * posyandu of that day" by their schedule instead of loading every posyandu to compute dates.
 */
export function pairsByDate(today: string, days: number): { tanggal: string; pairs: JadwalPair[] }[] {
  const until = addDays(today, days - 1);
  const byDate = new Map<string, JadwalPair[]>();
  for (let mingguKe = 1; mingguKe <= 5; mingguKe++) {
    for (let hari = 1; hari <= 7; hari++) {
      const [tanggal] = nextDates({ mingguKe, hari }, today, 1);
      if (tanggal > until) continue;
      byDate.set(tanggal, [...(byDate.get(tanggal) ?? []), { mingguKe, hari }]);
    }
  }
  return [...byDate].sort(([a], [b]) => a.localeCompare(b)).map(([tanggal, pairs]) => ({ tanggal, pairs }));
}
