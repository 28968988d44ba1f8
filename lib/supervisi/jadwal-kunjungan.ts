/**
 * Dates of planned supervision visits: a plan's quarter and its bounds, the date rules of a planned
 * visit, the site's next posyandu days offered as one-click choices, and team clashes (a member
 * already booked on another visit that day). Pure calendar arithmetic on YYYY-MM-DD strings: used by
 * the form in the browser and by the DAL on the server.
 */
import { addDays, nextDates, type Jadwal } from "../posyandu/jadwal.ts";

export const TRIWULAN = [1, 2, 3, 4] as const;
const ROMAWI = ["", "I", "II", "III", "IV"] as const;
const BULAN_PENDEK = ["", "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"] as const;

export interface Triwulan { tahun: number; triwulan: number }

/** First and last day of a quarter (triwulan 1–4), as YYYY-MM-DD. */
export function quarterBounds(tahun: number, triwulan: number): { awal: string; akhir: string } {
  const m1 = (triwulan - 1) * 3 + 1;
  const awal = `${tahun}-${String(m1).padStart(2, "0")}-01`;
  const last = new Date(Date.UTC(tahun, m1 + 2, 0)).getUTCDate();
  const akhir = `${tahun}-${String(m1 + 2).padStart(2, "0")}-${String(last).padStart(2, "0")}`;
  return { awal, akhir };
}

/** The quarter a date falls in. */
export function quarterOf(date: string): Triwulan {
  const [y, m] = date.split("-").map(Number);
  return { tahun: y, triwulan: Math.floor((m - 1) / 3) + 1 };
}

/** "Triwulan I 2025". */
export function quarterLabel(tahun: number, triwulan: number): string {
  return `Triwulan ${ROMAWI[triwulan] ?? triwulan} ${tahun}`;
}

/** "1 Jan – 31 Mar 2025". */
export function quarterRangeLabel(tahun: number, triwulan: number): string {
  const { awal, akhir } = quarterBounds(tahun, triwulan);
  const day = (d: string) => `${Number(d.slice(8, 10))} ${BULAN_PENDEK[Number(d.slice(5, 7))]}`;
  return `${day(awal)} – ${day(akhir)} ${tahun}`;
}

export function isInQuarter(date: string, q: Triwulan): boolean {
  const { awal, akhir } = quarterBounds(q.tahun, q.triwulan);
  return date >= awal && date <= akhir;
}

/**
 * Why a planned visit's date is refused, in Bahasa (the field is `tanggal`), or null: it must lie in
 * the plan's quarter, and a visit being planned or moved cannot be set before today.
 */
export function visitDateError(tanggal: string, q: Triwulan, today: string): string | null {
  if (!isInQuarter(tanggal, q)) return `Tanggal harus dalam triwulan rencana (${quarterRangeLabel(q.tahun, q.triwulan)}).`;
  if (tanggal < today) return "Tanggal kunjungan yang direncanakan tidak boleh sebelum hari ini.";
  return null;
}

/**
 * The site's next posyandu days that a planned visit can take: from today (or the quarter's first day
 * when it is later) up to the quarter's last day, at most `count`. Empty without a schedule, or when
 * the quarter is over.
 */
export function offerDates(jadwal: Jadwal, today: string, q: Triwulan, count = 3): string[] {
  const { awal, akhir } = quarterBounds(q.tahun, q.triwulan);
  const from = today > awal ? today : awal;
  if (from > akhir) return [];
  // A quarter holds three posyandu days at most; ask for one more than needed and cut at the end.
  return nextDates(jadwal, from, count + 1).filter((d) => d <= akhir).slice(0, count);
}

/** A visit some team member is already on. */
export interface BookedVisit {
  kunjunganId: string;
  tanggal: string;
  /** The users on its team. */
  userIds: readonly string[];
  /** e.g. "Posyandu Melati 2, Desa Klorogan" (or "kunjungan lain" when the viewer may not see it). */
  label: string;
}

export interface Clash { userId: string; nama: string; kunjungan: string[] }

/**
 * Team members who already have another visit on `tanggal` (the visit being edited left out), each
 * with the visits it clashes with. A clash is a warning, never a refusal: two short visits a day
 * happen.
 */
export function findClashes(tanggal: string, team: readonly { userId: string; nama: string }[], booked: readonly BookedVisit[], exceptKunjunganId?: string | null): Clash[] {
  const sameDay = booked.filter((b) => b.tanggal === tanggal && b.kunjunganId !== exceptKunjunganId);
  const out: Clash[] = [];
  const seen = new Set<string>();
  for (const m of team) {
    if (seen.has(m.userId)) continue;
    seen.add(m.userId);
    const hits = sameDay.filter((b) => b.userIds.includes(m.userId)).map((b) => b.label);
    if (hits.length) out.push({ userId: m.userId, nama: m.nama, kunjungan: hits });
  }
  return out;
}

/** "Admin Dinkes Madiun sudah punya kunjungan lain pada hari itu: Posyandu Melati 2, Desa Klorogan." */
export function clashMessage(c: Clash): string {
  return `${c.nama} sudah punya kunjungan lain pada hari itu: ${c.kunjungan.join("; ")}.`;
}

/** Days from `a` to `b` (YYYY-MM-DD): positive when b is later. */
export function daysBetween(a: string, b: string): number {
  const utc = (d: string) => {
    const [y, m, day] = d.split("-").map(Number);
    return Date.UTC(y, m - 1, day);
  };
  return Math.round((utc(b) - utc(a)) / 86_400_000);
}

/** The first and last day of a month written YYYY-MM, and the months before and after it. */
export function monthBounds(bulan: string): { awal: string; akhir: string; sebelum: string; sesudah: string } {
  const [y, m] = bulan.split("-").map(Number);
  const awal = `${bulan}-01`;
  const akhir = addDays(new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10), -1);
  const shift = (k: number) => new Date(Date.UTC(y, m - 1 + k, 1)).toISOString().slice(0, 7);
  return { awal, akhir, sebelum: shift(-1), sesudah: shift(1) };
}

/**
 * The weeks of a month's calendar, Monday first, as YYYY-MM-DD or null for the days of the
 * neighbouring months.
 */
export function monthGrid(bulan: string): (string | null)[][] {
  const { awal, akhir } = monthBounds(bulan);
  const first = new Date(`${awal}T00:00:00Z`).getUTCDay();
  const lead = (first + 6) % 7;
  const cells: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let d = awal; d <= akhir; d = addDays(d, 1)) cells.push(d);
  while (cells.length % 7) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}
