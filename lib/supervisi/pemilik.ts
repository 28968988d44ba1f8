/**
 * Who owns a follow-up (tindak lanjut) and who may update it, when it is overdue, and the KPI maths
 * (share closed on time, median days to close). Pure: the DAL asks `mayUpdate` after loading the
 * follow-up in the viewer's scope; the list and the beranda use the SQL twin of `isOwnedBy`
 * (lib/tindak-lanjut/sql.ts), which tests/integration/tindak-lanjut-scope.test.ts holds equal to it.
 *
 * Rules (issue 10 §7): the Dinkes admin updates any follow-up of its kabupaten; Dinkes staff the
 * Dinkes-level ones; a puskesmas officer those it owns (named, or puskesmas level in its catchment)
 * and may close the kader- and desa-level ones of its catchment (the level above); a bidan desa
 * those of its desa; a kader only its own (kader level at its posyandu, or named) and only to mark
 * them done with a note.
 */
import { TIME_ZONE, todayInJakarta } from "../i18n/format.ts";

export type PeranPengguna = "DINKES_ADMIN" | "DINKES" | "PUSKESMAS" | "BIDAN_DESA" | "KADER";

export const TINGKAT_PEMILIK = ["KADER", "DESA", "PUSKESMAS", "DINKES"] as const;
export const STATUS_TINDAK_LANJUT = ["BELUM", "PROSES", "SELESAI"] as const;
export type TingkatPemilik = (typeof TINGKAT_PEMILIK)[number];
export type StatusTindakLanjut = (typeof STATUS_TINDAK_LANJUT)[number];
export const LABEL_TINGKAT: Record<TingkatPemilik, string> = { KADER: "Kader", DESA: "Desa", PUSKESMAS: "Puskesmas", DINKES: "Dinkes" };
export const LABEL_STATUS_TL: Record<StatusTindakLanjut, string> = { BELUM: "Belum", PROSES: "Proses", SELESAI: "Selesai" };

export interface PelakuTL {
  id: string;
  role: PeranPengguna | string;
  kabupatenId: string;
  puskesmasId: string | null;
  desaId: string | null;
  posyanduId: string | null;
}

export interface TindakLanjutPemilik {
  kabupatenId: string;
  tingkatPemilik: TingkatPemilik;
  pemilikUserId: string | null;
  desaId: string;
  posyanduId: string | null;
  /** The puskesmas whose catchment holds the follow-up's desa. */
  puskesmasId: string | null;
}

/**
 * What the viewer may do to the follow-up: PENUH (any status, the note), TUTUP (only mark it done
 * with the evidence note), or nothing, with the reason in Bahasa.
 */
export type Wewenang = { boleh: true; mode: "PENUH" | "TUTUP" } | { boleh: false; alasan: string };

/** Does the follow-up belong to the viewer ("milik saya", the beranda's list)? */
export function isOwnedBy(v: PelakuTL, t: TindakLanjutPemilik): boolean {
  if (t.kabupatenId !== v.kabupatenId) return false;
  if (t.pemilikUserId !== null && t.pemilikUserId === v.id) return true;
  switch (v.role) {
    case "DINKES_ADMIN":
    case "DINKES":
      return t.tingkatPemilik === "DINKES";
    case "PUSKESMAS":
      return t.tingkatPemilik === "PUSKESMAS" && v.puskesmasId !== null && t.puskesmasId === v.puskesmasId;
    case "BIDAN_DESA":
      return t.tingkatPemilik === "DESA" && v.desaId !== null && t.desaId === v.desaId;
    case "KADER":
      return t.tingkatPemilik === "KADER" && v.posyanduId !== null && t.posyanduId === v.posyanduId;
    default:
      return false;
  }
}

/** Who may update the follow-up, and how far (see the file's comment). Scope is checked before, in the DAL. */
export function mayUpdate(v: PelakuTL, t: TindakLanjutPemilik): Wewenang {
  const no = (alasan: string): Wewenang => ({ boleh: false, alasan });
  if (t.kabupatenId !== v.kabupatenId) return no("Tindak lanjut ini di luar wilayah Anda.");
  const named = t.pemilikUserId !== null && t.pemilikUserId === v.id;
  switch (v.role) {
    case "DINKES_ADMIN":
      return { boleh: true, mode: "PENUH" };
    case "DINKES":
      return named || t.tingkatPemilik === "DINKES" ? { boleh: true, mode: "PENUH" } : no("Staf Dinkes hanya memperbarui tindak lanjut tingkat Dinkes atau yang ditugaskan kepadanya.");
    case "PUSKESMAS": {
      const catchment = v.puskesmasId !== null && t.puskesmasId === v.puskesmasId;
      if (named || (catchment && t.tingkatPemilik === "PUSKESMAS")) return { boleh: true, mode: "PENUH" };
      if (catchment && (t.tingkatPemilik === "KADER" || t.tingkatPemilik === "DESA")) return { boleh: true, mode: "TUTUP" };
      return no("Tindak lanjut tingkat Dinkes diperbarui oleh Dinas Kesehatan.");
    }
    case "BIDAN_DESA":
      return named || (v.desaId !== null && t.desaId === v.desaId) ? { boleh: true, mode: "PENUH" } : no("Bidan desa hanya memperbarui tindak lanjut di desanya.");
    case "KADER":
      return isOwnedBy(v, t) ? { boleh: true, mode: "TUTUP" } : no("Kader hanya dapat menandai selesai tindak lanjut miliknya sendiri.");
    default:
      return no("Anda tidak berwenang memperbarui tindak lanjut.");
  }
}

/**
 * Checks a status change against the viewer's rights: forward only (BELUM → PROSES → SELESAI, or
 * straight to SELESAI), a closed follow-up stays closed (a later visit verifies it), SELESAI needs
 * the evidence note, TUTUP allows only SELESAI. Returns the message and its field, or null.
 */
export function checkUpdate(w: Wewenang, dari: StatusTindakLanjut, ke: StatusTindakLanjut, catatanBukti: string | null): { field: string; message: string } | null {
  if (!w.boleh) return { field: "status", message: w.alasan };
  if (dari === "SELESAI") return { field: "status", message: "Tindak lanjut ini sudah selesai; perubahan berikutnya dicatat saat verifikasi di kunjungan berikutnya." };
  if (w.mode === "TUTUP" && ke !== "SELESAI") return { field: "status", message: "Anda hanya dapat menandai tindak lanjut ini selesai, dengan catatan bukti." };
  if (STATUS_TINDAK_LANJUT.indexOf(ke) < STATUS_TINDAK_LANJUT.indexOf(dari)) return { field: "status", message: `Status tidak dapat mundur dari ${LABEL_STATUS_TL[dari].toLowerCase()} ke ${LABEL_STATUS_TL[ke].toLowerCase()}.` };
  if (ke === "SELESAI" && !catatanBukti) return { field: "catatanBukti", message: "Catatan bukti wajib diisi untuk menandai selesai: apa yang sudah dikerjakan dan buktinya." };
  if (ke === dari && !catatanBukti) return { field: "catatanBukti", message: "Tidak ada yang berubah: pilih status baru atau tulis catatan." };
  return null;
}

const DAY = 86_400_000;
const dayNumber = (iso: string) => Math.round(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY);

/** Whole days from `a` to `b` (YYYY-MM-DD). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** The calendar day (YYYY-MM-DD) in Jakarta of an instant. */
export function jakartaDay(at: Date): string {
  return todayInJakarta(at);
}

/**
 * Days an open follow-up is past its due date (0 when not overdue or closed). The due date runs to
 * the end of that day in Jakarta: due 5 March is overdue from 6 March 00:00 WIB.
 */
export function daysOverdue(batasWaktu: string, status: StatusTindakLanjut, now = new Date()): number {
  if (status === "SELESAI") return 0;
  return Math.max(0, daysBetween(batasWaktu, todayInJakarta(now)));
}

export const isOverdue = (batasWaktu: string, status: StatusTindakLanjut, now = new Date()) => daysOverdue(batasWaktu, status, now) > 0;

/** Closed on time: done no later than the end of the due day in Jakarta. */
export function closedOnTime(batasWaktu: string, selesaiAt: Date): boolean {
  return jakartaDay(selesaiAt) <= batasWaktu;
}

/** The median (the mean of the two middle values for an even count); null for no data. As SQL percentile_cont(0.5). */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export interface KpiInput {
  status: StatusTindakLanjut;
  batasWaktu: string;
  selesaiAt: Date | null;
  /** The visit's date: the day the follow-up was agreed. */
  tanggalKunjungan: string;
}

export interface Kpi {
  jumlah: number;
  selesai: number;
  terlambat: number;
  /** Follow-ups whose outcome is known: closed, or open past the due date. The denominator of the share. */
  jatuhTempo: number;
  tepatWaktu: number;
  /** tepatWaktu / jatuhTempo in 0–100 (one decimal), null when none is due yet. */
  persenTepatWaktu: number | null;
  /** Median days from the visit to closing, over the closed ones; null when none is closed. */
  medianHari: number | null;
}

export const persen = (n: number, d: number) => (d > 0 ? Math.round((1000 * n) / d) / 10 : null);

/**
 * The KPIs of a set of follow-ups (the pure twin of the SQL in lib/tindak-lanjut/kinerja.ts):
 * share closed on time = closed on time / (closed + open overdue), median days to close.
 */
export function kpiOf(rows: readonly KpiInput[], now = new Date()): Kpi {
  let selesai = 0, terlambat = 0, tepatWaktu = 0;
  const hari: number[] = [];
  for (const r of rows) {
    if (r.status === "SELESAI" && r.selesaiAt) {
      selesai++;
      if (closedOnTime(r.batasWaktu, r.selesaiAt)) tepatWaktu++;
      hari.push(daysBetween(r.tanggalKunjungan, jakartaDay(r.selesaiAt)));
    } else if (isOverdue(r.batasWaktu, r.status, now)) terlambat++;
  }
  const jatuhTempo = selesai + terlambat;
  return { jumlah: rows.length, selesai, terlambat, jatuhTempo, tepatWaktu, persenTepatWaktu: persen(tepatWaktu, jatuhTempo), medianHari: median(hari) };
}

export { TIME_ZONE };
