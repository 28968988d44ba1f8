/**
 * Age as WHO's software uses it.
 *
 * anthro (R/utils.R, R/z-score-helper.R): the age in days is the number of days between the two
 * dates; it is rounded with round_up() (x.5 up) before the table lookup and the 731-day switch,
 * while the age in months stays unrounded (days / 30.4375) and decides "< 60 months".
 * An age given in months becomes days = round_up(months × 30.4375).
 */
import { roundUpHalf } from "./round.ts";

/** Days per month used by WHO (anthro's ANTHRO_DAYS_OF_MONTH). */
export const DAYS_PER_MONTH = 30.4375;

/** True for a real calendar date (proleptic Gregorian). */
export function isValidYmd(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return d <= days;
}

/** Days since 1970-01-01 of a valid Y-M-D date (civil calendar arithmetic, no Date objects). */
export function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function digits(text: string, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** Day number (days since 1970-01-01, UTC) of a YYYY-MM-DD date, or null if it is not a real date. */
export function parseIsoDate(text: string | null | undefined): number | null {
  if (typeof text !== "string") return null;
  let t = text;
  if (t.length !== 10) {
    t = t.trim();
    if (t.length !== 10) return null;
  }
  if (t.charCodeAt(4) !== 45 || t.charCodeAt(7) !== 45) return null; // "-"
  const y = digits(t, 0, 4);
  const m = digits(t, 5, 7);
  const d = digits(t, 8, 10);
  if (y < 0 || m < 0 || d < 0 || !isValidYmd(y, m, d)) return null;
  return dayNumber(y, m, d);
}

/** Completed days from birth to visit (YYYY-MM-DD each), or null if either date is not valid. */
export function ageInDays(birthDate: string, visitDate: string): number | null {
  const b = parseIsoDate(birthDate);
  const v = parseIsoDate(visitDate);
  if (b === null || v === null) return null;
  return v - b;
}

export interface ResolvedAge {
  /** Days as WHO rounds them for the tables (integer), or null. */
  days: number | null;
  /** Months, unrounded, or null. */
  months: number | null;
  /** Where the age came from. */
  source: "ageDays" | "dates" | "ageMonths" | null;
  /** Set when the age cannot be used (negative, not a number, bad dates). */
  problem?: { field: "ageDays" | "ageMonths" | "birthDate" | "visitDate" | "age"; message: string };
}

/**
 * Age from, in order of preference, ageDays, the two dates, ageMonths.
 * Negative ages are refused (anthro sets them to NA).
 */
export function resolveAge(input: {
  ageDays?: number | null;
  birthDate?: string | null;
  visitDate?: string | null;
  ageMonths?: number | null;
}): ResolvedAge {
  const { ageDays, birthDate, visitDate, ageMonths } = input;
  if (ageDays !== null && ageDays !== undefined) {
    if (!Number.isFinite(ageDays)) {
      return { days: null, months: null, source: "ageDays", problem: { field: "ageDays", message: "Umur (hari) bukan angka." } };
    }
    if (ageDays < 0) {
      return { days: null, months: null, source: "ageDays", problem: { field: "ageDays", message: "Umur tidak boleh negatif." } };
    }
    return { days: roundUpHalf(ageDays), months: ageDays / DAYS_PER_MONTH, source: "ageDays" };
  }
  const hasBirth = typeof birthDate === "string" && birthDate.trim() !== "";
  const hasVisit = typeof visitDate === "string" && visitDate.trim() !== "";
  if (hasBirth || hasVisit) {
    const b = hasBirth ? parseIsoDate(birthDate) : null;
    const v = hasVisit ? parseIsoDate(visitDate) : null;
    if (hasBirth && b === null) {
      return { days: null, months: null, source: "dates", problem: { field: "birthDate", message: "Tanggal lahir tidak valid (format TTTT-BB-HH)." } };
    }
    if (hasVisit && v === null) {
      return { days: null, months: null, source: "dates", problem: { field: "visitDate", message: "Tanggal pengukuran tidak valid (format TTTT-BB-HH)." } };
    }
    if (b !== null && v !== null) {
      const days = v - b;
      if (days < 0) {
        return { days: null, months: null, source: "dates", problem: { field: "birthDate", message: "Tanggal lahir sesudah tanggal pengukuran." } };
      }
      return { days, months: days / DAYS_PER_MONTH, source: "dates" };
    }
    if (ageMonths === null || ageMonths === undefined) {
      return {
        days: null,
        months: null,
        source: "dates",
        problem: hasBirth
          ? { field: "visitDate", message: "Tanggal pengukuran wajib diisi untuk menghitung umur." }
          : { field: "birthDate", message: "Tanggal lahir wajib diisi untuk menghitung umur." },
      };
    }
  }
  if (ageMonths !== null && ageMonths !== undefined) {
    if (!Number.isFinite(ageMonths)) {
      return { days: null, months: null, source: "ageMonths", problem: { field: "ageMonths", message: "Umur (bulan) bukan angka." } };
    }
    if (ageMonths < 0) {
      return { days: null, months: null, source: "ageMonths", problem: { field: "ageMonths", message: "Umur tidak boleh negatif." } };
    }
    return { days: roundUpHalf(ageMonths * DAYS_PER_MONTH), months: ageMonths, source: "ageMonths" };
  }
  return { days: null, months: null, source: null };
}
