/** Indonesian number and date formats, always in Asia/Jakarta. */
export const TIME_ZONE = "Asia/Jakarta";

const numberFmt = new Intl.NumberFormat("id-ID");
const dateFmt = new Intl.DateTimeFormat("id-ID", { day: "numeric", month: "long", year: "numeric", timeZone: TIME_ZONE });
const dateShortFmt = new Intl.DateTimeFormat("id-ID", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: TIME_ZONE });
const dateDayFmt = new Intl.DateTimeFormat("id-ID", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: TIME_ZONE });
const dateTimeFmt = new Intl.DateTimeFormat("id-ID", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: TIME_ZONE });
const timeFmt = new Intl.DateTimeFormat("id-ID", { hour: "2-digit", minute: "2-digit", timeZone: TIME_ZONE });
const isoDayJakartaFmt = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });
// Building an Intl formatter costs far more than using one: one per number of decimals, made once.
const decimalFmts = new Map<number, Intl.NumberFormat>();

export const formatNumber = (n: number) => numberFmt.format(n);
export function formatDecimal(n: number, digits = 2): string {
  let fmt = decimalFmts.get(digits);
  if (!fmt) decimalFmts.set(digits, (fmt = new Intl.NumberFormat("id-ID", { minimumFractionDigits: digits, maximumFractionDigits: digits })));
  return fmt.format(n);
}
export const formatDate = (d: Date) => dateFmt.format(d);
export const formatDateShort = (d: Date) => dateShortFmt.format(d);
export const formatDateWithDay = (d: Date) => dateDayFmt.format(d);
export const formatDateTime = (d: Date) => dateTimeFmt.format(d);
export const formatTime = (d: Date) => timeFmt.format(d);

/** A stored calendar date (a @db.Date column: UTC midnight) as YYYY-MM-DD, by its UTC day. */
export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Today's calendar date in Jakarta, as YYYY-MM-DD. */
export function todayInJakarta(now = new Date()): string {
  return isoDayJakartaFmt.format(now);
}

/** Weekday names by ISO number (1 = Senin … 7 = Minggu); index 0 is empty so the stored number indexes it. */
export const HARI = ["", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"] as const;
/** Week of the month by the stored number (1–4, 5 = the last week), as in "Selasa minggu kedua". */
export const MINGGU_KE = ["", "pertama", "kedua", "ketiga", "keempat", "terakhir"] as const;
/** The same weeks as a choice on their own ("Minggu kedua"). */
export const MINGGU_KE_LABEL = MINGGU_KE.map((m) => (m ? `Minggu ${m}` : ""));
