/**
 * Naik / tidak naik: the monthly growth verdict of a balita's weighing (N, T, O, B, and 2T), against
 * the KBM (kenaikan berat badan minimal) table. Pure: runs in the browser too.
 *
 * Source: domain-posyandu-day.md §1.1–1.3 (Buku KIA 2023, KMS page; Permenkes 155/Menkes/Per/I/2010
 * Penggunaan KMS bagi Balita). Order of decision:
 *   1. the first weighing ever → B (baru);
 *   2. no weighing in the previous CALENDAR month → O (the growth line cannot be joined; the gain is
 *      never compared with an older weighing, nor is the KBM multiplied by the gap);
 *   3. gain since last month's weighing ≥ KBM(age in completed months now) → N;
 *   4. otherwise → T.
 * 2T = T now and T at last month's weighing (so an O in between breaks the run).
 * At an age with no KBM (month 0, or beyond the table) the verdict is by the direction alone: a gain
 * above 0 g is N [derived: the Buku KIA's primary judgement is the direction of the curve].
 */

export type StatusNaik = "N" | "T" | "O" | "B";
export type TabelKbm = readonly { dariBulan: number; sampaiBulan: number; gram: number }[];
export interface Timbangan {
  tanggal: string;
  beratKg: number;
  naik: StatusNaik | null;
}
export interface HasilNaik {
  naik: StatusNaik;
  /** The KBM that applied (g), null for B, O and at an age with no KBM. */
  kbmG: number | null;
  /** Last calendar month's weight (kg), null for B and O. */
  beratLaluKg: number | null;
  /** Gain since last calendar month's weighing in grams (negative = lost), null for B and O. */
  selisihG: number | null;
  duaT: boolean;
}

export const STATUS_NAIK_LABEL: Record<StatusNaik, string> = {
  N: "Naik",
  T: "Tidak naik",
  O: "Tidak ditimbang bulan lalu",
  B: "Baru pertama kali ditimbang",
};

/** The KBM in grams at an age in completed months, or null (month 0, outside the table). */
export function kbmPada(umurBulan: number, kbm: TabelKbm): number | null {
  for (const r of kbm) if (umurBulan >= r.dariBulan && umurBulan <= r.sampaiBulan) return r.gram;
  return null;
}

/** "YYYY-MM" of the calendar month before the one of `tanggal`. */
export function bulanSebelumnya(tanggal: string): string {
  const y = Number(tanggal.slice(0, 4));
  const m = Number(tanggal.slice(5, 7));
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
}

/** Last month's weighing: the latest earlier weighing dated in the previous calendar month, or null. */
export function timbanganBulanLalu<T extends { tanggal: string }>(tanggal: string, riwayat: readonly T[]): T | null {
  const lalu = bulanSebelumnya(tanggal);
  let best: T | null = null;
  for (const r of riwayat) {
    if (r.tanggal.slice(0, 7) !== lalu) continue;
    if (!best || r.tanggal > best.tanggal) best = r;
  }
  return best;
}

/** Grams from kilograms, rounded to the gram (avoids 0.1 + 0.2 artefacts). */
function gram(kg: number): number {
  return Math.round(kg * 1000);
}

export function nilaiNaik(p: { tanggal: string; umurBulan: number; beratKg: number; riwayat: readonly Timbangan[]; kbm: TabelKbm }): HasilNaik {
  const earlier = p.riwayat.filter((r) => r.tanggal < p.tanggal);
  if (earlier.length === 0) return { naik: "B", kbmG: null, beratLaluKg: null, selisihG: null, duaT: false };
  const lalu = timbanganBulanLalu(p.tanggal, earlier);
  if (!lalu) return { naik: "O", kbmG: null, beratLaluKg: null, selisihG: null, duaT: false };
  const selisihG = gram(p.beratKg) - gram(lalu.beratKg);
  const kbmG = kbmPada(p.umurBulan, p.kbm);
  const naik: StatusNaik = (kbmG === null ? selisihG > 0 : selisihG >= kbmG) ? "N" : "T";
  return { naik, kbmG, beratLaluKg: lalu.beratKg, selisihG, duaT: naik === "T" && lalu.naik === "T" };
}

export interface TimbanganSeri {
  tanggal: string;
  beratKg: number;
  /** Age in completed months on that day. */
  umurBulan: number;
}

/**
 * Re-derives a whole series (after a correction or a merge of two people): each weighing judged
 * against the ones before it, each earlier verdict feeding the 2T of the next. Returns one result per
 * input weighing, in the INPUT order (the input need not be sorted). Two weighings on the same day:
 * the later one in the input is treated as a correction of the same visit and judged alike.
 */
export function nilaiNaikSeri(seri: readonly TimbanganSeri[], kbm: TabelKbm): HasilNaik[] {
  const order = seri.map((_, i) => i).sort((a, b) => (seri[a].tanggal < seri[b].tanggal ? -1 : seri[a].tanggal > seri[b].tanggal ? 1 : a - b));
  const out: HasilNaik[] = new Array(seri.length);
  const riwayat: Timbangan[] = [];
  for (const i of order) {
    const t = seri[i];
    const hasil = nilaiNaik({ tanggal: t.tanggal, umurBulan: t.umurBulan, beratKg: t.beratKg, riwayat, kbm });
    out[i] = hasil;
    const last = riwayat[riwayat.length - 1];
    const entry = { tanggal: t.tanggal, beratKg: t.beratKg, naik: hasil.naik };
    if (last && last.tanggal === t.tanggal) riwayat[riwayat.length - 1] = entry;
    else riwayat.push(entry);
  }
  return out;
}
