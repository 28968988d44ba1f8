/**
 * The kit and the premises of one posyandu against the standard: what is sufficient, what is
 * missing, and why, in Bahasa. Pure: no database. The readiness score (lib/kesiapan) imports these;
 * the scope-wide list (lib/sarana/queries.ts `listKelengkapan`) repeats `kitStatus`'s rule in SQL,
 * and tests/integration/sarana-scope.test.ts proves the two agree.
 *
 * The rule, per active catalogue item with a required count (`wajib`) above 0:
 * - `ada` = everything held; `layak` = what can be used: BAIK and RUSAK_RINGAN count, RUSAK_BERAT
 *   counts 0 (a broken scale measures nothing; a scratched one still weighs).
 * - An item that needs calibration (`perluKalibrasi`) counts only its usable units calibrated on or
 *   after the day `aturan.kalibrasiBulan` months before today (exactly at the limit still holds; a
 *   day older does not; never calibrated does not). Calibration is the puskesmas/pustu's job, so a
 *   stale date is a gap to fix, not a detail: such an item is not sufficient.
 * - `cukup` = the units that count ≥ `wajib`.
 * - An item with `wajib` 0 (e.g. a glucometer a kabupaten does not provide) is listed in `items` so
 *   the screen can show what is held, but counts in neither `cukup` nor `total`, and is never a gap.
 */
import { formatDate, isoDay, todayInJakarta } from "../i18n/format.ts";
import type { AturanSarana } from "./aturan.ts";

export type Kondisi = "BAIK" | "RUSAK_RINGAN" | "RUSAK_BERAT";

export interface KitItem { id: string; kode: string; nama: string; jumlahWajib: number; perluKalibrasi: boolean }
export interface KitHolding { jenisSaranaId: string; jumlah: number; kondisi: Kondisi; kalibrasiTerakhir: Date | null }

export interface KitItemStatus { kode: string; nama: string; wajib: number; ada: number; layak: number; cukup: boolean; catatan: string[] }
export interface Kekurangan { kode: string; nama: string; pesan: string }
export interface KitStatus { items: KitItemStatus[]; cukup: number; total: number; kekurangan: Kekurangan[] }



/**
 * The earliest calibration day that still holds on `today`: `months` months back, a day that does
 * not exist in the target month clamped to its last day (31 May − 3 months = 28/29 February), as
 * PostgreSQL's `date - interval 'n months'` does (the SQL list uses that).
 */
export function kalibrasiBatas(today: string, months: number): string {
  const [y, m, d] = today.split("-").map(Number);
  const total = y * 12 + (m - 1) - months;
  const ty = Math.floor(total / 12);
  const tm = total - ty * 12;
  const last = new Date(Date.UTC(ty, tm + 1, 0)).getUTCDate();
  return `${String(ty).padStart(4, "0")}-${String(tm + 1).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

const tanggal = (day: string) => formatDate(new Date(`${day}T00:00:00Z`));

/** The kit of one posyandu against the active catalogue items, in catalogue order. */
export function kitStatus(items: readonly KitItem[], holdings: readonly KitHolding[], today: Date, aturan: AturanSarana): KitStatus {
  const batas = kalibrasiBatas(todayInJakarta(today), aturan.kalibrasiBulan);
  const byItem = new Map<string, KitHolding[]>();
  for (const h of holdings) byItem.set(h.jenisSaranaId, [...(byItem.get(h.jenisSaranaId) ?? []), h]);

  const out: KitItemStatus[] = [];
  const kekurangan: Kekurangan[] = [];
  let cukupCount = 0;
  let total = 0;
  for (const item of items) {
    const held = (byItem.get(item.id) ?? []).filter((h) => h.jumlah > 0);
    const ada = held.reduce((n, h) => n + h.jumlah, 0);
    const usable = held.filter((h) => h.kondisi !== "RUSAK_BERAT");
    const layak = usable.reduce((n, h) => n + h.jumlah, 0);
    const rusakBerat = ada - layak;
    const rusakRingan = held.filter((h) => h.kondisi === "RUSAK_RINGAN").reduce((n, h) => n + h.jumlah, 0);

    const catatan: string[] = [];
    const gaps: string[] = [];
    if (rusakRingan > 0) catatan.push(`${rusakRingan} rusak ringan (masih dapat dipakai)`);
    if (rusakBerat > 0) catatan.push(`${rusakBerat} rusak berat (tidak dihitung)`);

    let counted = layak;
    let stale: string[] = [];
    if (item.perluKalibrasi && layak > 0) {
      counted = usable.filter((h) => h.kalibrasiTerakhir !== null && isoDay(h.kalibrasiTerakhir) >= batas).reduce((n, h) => n + h.jumlah, 0);
      stale = usable.filter((h) => h.kalibrasiTerakhir !== null && isoDay(h.kalibrasiTerakhir) < batas).map((h) => isoDay(h.kalibrasiTerakhir!)).sort();
      if (usable.some((h) => h.kalibrasiTerakhir === null)) catatan.push("belum pernah dikalibrasi");
      if (stale.length) catatan.push(`kalibrasi terakhir ${tanggal(stale[0])}, lebih dari ${aturan.kalibrasiBulan} bulan lalu`);
    }
    const cukup = counted >= item.jumlahWajib;
    out.push({ kode: item.kode, nama: item.nama, wajib: item.jumlahWajib, ada, layak, cukup, catatan });
    if (item.jumlahWajib <= 0) continue;
    total += 1;
    if (cukup) {
      cukupCount += 1;
      continue;
    }
    if (layak < item.jumlahWajib) {
      gaps.push(rusakBerat > 0 ? `${rusakBerat} rusak berat (layak pakai ${layak} dari ${item.jumlahWajib})` : `ada ${ada} dari ${item.jumlahWajib}`);
    }
    // Usable units that do not count for want of a calibration: a gap of its own.
    if (counted < layak) gaps.push(stale.length ? `belum dikalibrasi sejak ${tanggal(stale[0])}` : "belum pernah dikalibrasi");
    kekurangan.push({ kode: item.kode, nama: item.nama, pesan: `${item.nama}: ${gaps.join("; ")}` });
  }
  return { items: out, cukup: cukupCount, total, kekurangan };
}

/** The premises for the 5 steps, in the order the screens list them. */
export const PRASARANA_FIELDS = [
  { key: "ruangCukup", label: "Ruang cukup untuk 5 langkah" },
  { key: "tempatDuduk", label: "Tempat duduk" },
  { key: "pojokPrivasi", label: "Pojok privasi (konseling/menyusui)" },
  { key: "air", label: "Air bersih" },
  { key: "toilet", label: "Toilet" },
] as const;

export type PrasaranaKey = (typeof PRASARANA_FIELDS)[number]["key"];
export type Prasarana = Record<PrasaranaKey, boolean>;

/** How many of the 5 premises a posyandu has; nothing recorded yet counts as none. */
export function premisesStatus(p: Prasarana | null): { ada: number; total: 5; kekurangan: string[] } {
  const kekurangan = PRASARANA_FIELDS.filter((f) => !p?.[f.key]).map((f) => f.label);
  return { ada: PRASARANA_FIELDS.length - kekurangan.length, total: 5, kekurangan };
}
