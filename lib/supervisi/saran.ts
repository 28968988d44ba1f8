/**
 * Which posyandu to supervise next, and why: pure rules over the facts the system already holds per
 * posyandu (its readiness now and before, its pilot's target, its overdue follow-ups, its posyandu
 * days). The thresholds are a rule as data (key "supervisi.saran", lib/pengaturan). Pure: no database.
 *
 * Source: issue 10 ("suggested sites with the reason: readiness fell or is belum siap, a pilot near its
 * target date, follow-ups overdue, no session held for 2 months"); the 30 days are the pilot pages'
 * "near its target" (lib/percontohan/tahap.ts TARGET_DEKAT_HARI). Reconstructed for Pantau ILP.
 */
import { z } from "zod";
import { defineAturan } from "../pengaturan/aturan.ts";
import { daysBetween } from "./jadwal-kunjungan.ts";

export interface AturanSaran {
  /** A pilot whose target date is at most this many days ahead (or already past) is suggested. */
  hariTargetPercontohan: number;
  /** Readiness counts as fallen when the latest score is at least this many points under the one before. */
  turunMinimal: number;
  /** No posyandu day held for this many months: suggested (once posyandu-day data exists). */
  bulanTanpaSesi: number;
}

const whole = (label: string, min: number, max: number) =>
  z.number({ error: `${label} harus berupa angka.` }).int(`${label} harus bilangan bulat.`).min(min, `${label} paling kecil ${min}.`).max(max, `${label} paling besar ${max}.`);

export const ZAturanSaran = z.object({
  hariTargetPercontohan: whole("Hari menjelang target percontohan", 1, 365),
  turunMinimal: whole("Penurunan skor kesiapan", 1, 100),
  bulanTanpaSesi: whole("Bulan tanpa hari buka", 1, 12),
}) satisfies z.ZodType<AturanSaran>;

export const ATURAN_SARAN = defineAturan<AturanSaran>({
  kunci: "supervisi.saran",
  label: "Saran lokasi supervisi: batas hari menjelang target percontohan, penurunan skor kesiapan, dan bulan tanpa hari buka",
  schema: ZAturanSaran,
  bawaan: { hariTargetPercontohan: 30, turunMinimal: 1, bulanTanpaSesi: 2 },
  sumber:
    "Rekonstruksi Pantau ILP dari kebutuhan Dinkes (issue 10): kesiapan turun atau belum siap, percontohan dekat target (30 hari, sama dengan tanda \"dekat\" di halaman percontohan), tindak lanjut lewat batas waktu, dan posyandu tanpa hari buka 2 bulan.",
});

export type KodeSaran = "KESIAPAN_TURUN" | "BELUM_SIAP" | "PERCONTOHAN_TARGET" | "TINDAK_LANJUT_TERLAMBAT" | "TANPA_HARI_BUKA";

export interface AlasanSaran { kode: KodeSaran; teks: string }

/** What the system knows about one posyandu, as the rules read it. */
export interface FaktaSaran {
  /** Latest readiness score (kesiapan_terkini) and the one before it; null when never scored. */
  skor: number | null;
  skorSebelum: number | null;
  kategori: string | null;
  /** Its pilot, if it is one: target date (YYYY-MM-DD) and stage. */
  percontohan: { tanggalTarget: string | null; tahap: string } | null;
  /** Its follow-ups not done whose due date has passed. */
  tindakLanjutTerlambat: number;
  /**
   * The last posyandu day held (YYYY-MM-DD), null when none was ever recorded; undefined while the
   * app has no posyandu-day data at all (then the rule says nothing rather than invent a reason).
   */
  hariBukaTerakhir?: string | null;
}

const PILOT_DONE = new Set(["BERJALAN", "DIREPLIKASI"]);

/** Months between two dates, counted by whole calendar months (15 Jan → 14 Mar is 1, → 15 Mar is 2). */
export function monthsBetween(from: string, to: string): number {
  const [y1, m1, d1] = from.split("-").map(Number);
  const [y2, m2, d2] = to.split("-").map(Number);
  return (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
}

/** The reasons to supervise a posyandu soon, most urgent first; empty when none applies. */
export function saranFor(f: FaktaSaran, aturan: AturanSaran, today: string): AlasanSaran[] {
  const out: AlasanSaran[] = [];
  if (f.tindakLanjutTerlambat > 0) out.push({ kode: "TINDAK_LANJUT_TERLAMBAT", teks: `${f.tindakLanjutTerlambat} tindak lanjut lewat batas waktu` });
  if (f.percontohan && !PILOT_DONE.has(f.percontohan.tahap) && f.percontohan.tanggalTarget) {
    const hari = daysBetween(today, f.percontohan.tanggalTarget);
    if (hari < 0) out.push({ kode: "PERCONTOHAN_TARGET", teks: `Percontohan lewat target ${-hari} hari dan belum berjalan` });
    else if (hari <= aturan.hariTargetPercontohan) out.push({ kode: "PERCONTOHAN_TARGET", teks: hari === 0 ? "Target percontohan hari ini, belum berjalan" : `Target percontohan ${hari} hari lagi, belum berjalan` });
  }
  if (f.kategori === "BELUM_SIAP") out.push({ kode: "BELUM_SIAP", teks: `Kesiapan belum siap${f.skor !== null ? ` (skor ${f.skor})` : ""}` });
  if (f.skor !== null && f.skorSebelum !== null && f.skorSebelum - f.skor >= aturan.turunMinimal) {
    out.push({ kode: "KESIAPAN_TURUN", teks: `Skor kesiapan turun dari ${f.skorSebelum} ke ${f.skor}` });
  }
  if (f.hariBukaTerakhir !== undefined) {
    if (f.hariBukaTerakhir === null) out.push({ kode: "TANPA_HARI_BUKA", teks: "Belum pernah tercatat hari buka" });
    else if (monthsBetween(f.hariBukaTerakhir, today) >= aturan.bulanTanpaSesi) out.push({ kode: "TANPA_HARI_BUKA", teks: `Tidak ada hari buka sejak ${monthsBetween(f.hariBukaTerakhir, today)} bulan` });
  }
  return out;
}

/** What the page says in place of the posyandu-day rule while there is no posyandu-day data. */
export function tanpaDataHariBuka(aturan: AturanSaran): string {
  return `Aturan "tidak ada hari buka ${aturan.bulanTanpaSesi} bulan": belum ada data hari buka (data hari posyandu dicatat mulai fitur berikutnya).`;
}
