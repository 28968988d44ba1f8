/** A child's age in words, from two YYYY-MM-DD dates, counted on the calendar: "1 tahun 3 bulan 12 hari". */

const DAY_MS = 86_400_000;

function parts(s: string): [number, number, number] | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

/** The date `months` calendar months after y-m-d, the day clamped to the month's end (31 Jan + 1 = 29 Feb). */
function addMonths(y: number, m: number, d: number, months: number): number {
  const total = y * 12 + (m - 1) + months;
  const ty = Math.floor(total / 12);
  const tm = total % 12;
  const last = new Date(Date.UTC(ty, tm + 1, 0)).getUTCDate();
  return Date.UTC(ty, tm, Math.min(d, last));
}

/** Completed calendar months, then the days left over. Null when the visit is before the birth. */
export function umurKalender(birth: string, visit: string): { tahun: number; bulan: number; hari: number } | null {
  const b = parts(birth);
  const v = parts(visit);
  if (!b || !v) return null;
  const visitMs = Date.UTC(v[0], v[1] - 1, v[2]);
  if (visitMs < Date.UTC(b[0], b[1] - 1, b[2])) return null;
  let months = (v[0] - b[0]) * 12 + (v[1] - b[1]);
  while (months > 0 && addMonths(b[0], b[1], b[2], months) > visitMs) months--;
  const hari = Math.round((visitMs - addMonths(b[0], b[1], b[2], months)) / DAY_MS);
  return { tahun: Math.floor(months / 12), bulan: months % 12, hari };
}

export function umurText(birth: string, visit: string): string {
  const u = umurKalender(birth, visit);
  if (!u) return "";
  const out: string[] = [];
  if (u.tahun) out.push(`${u.tahun} tahun`);
  if (u.bulan) out.push(`${u.bulan} bulan`);
  if (u.hari || out.length === 0) out.push(`${u.hari} hari`);
  return out.join(" ");
}
