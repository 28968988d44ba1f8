/**
 * The stages of an ILP pilot (and of each roll-out target), the one rule for moving between them,
 * and the target-date arithmetic. Pure: no database, dates as YYYY-MM-DD (Asia/Jakarta calendar days).
 *
 * Moving: forward exactly one step; back any number of steps, but only with a reason. Anything else
 * is refused with a Bahasa message that names the stages.
 *
 * Target date: the date by which the pilot (or roll-out target) should be running (BERJALAN). It is
 * overdue ("terlambat") when today is past the target and the stage is still before BERJALAN; on the
 * target day itself it is not yet overdue. Once BERJALAN or DIREPLIKASI the target is met, whatever
 * the date.
 */
import type { TahapPercontohan } from "../generated/prisma/enums.ts";

export const TAHAP_URUT = ["DIUSULKAN", "DITETAPKAN", "ASESMEN_AWAL", "SIAP", "BERJALAN", "DIREPLIKASI"] as const satisfies readonly TahapPercontohan[];
export type Tahap = (typeof TAHAP_URUT)[number];

/** As a badge or a heading. */
export const TAHAP_LABEL: Record<Tahap, string> = {
  DIUSULKAN: "Diusulkan",
  DITETAPKAN: "Ditetapkan",
  ASESMEN_AWAL: "Asesmen awal",
  SIAP: "Siap",
  BERJALAN: "Berjalan",
  DIREPLIKASI: "Direplikasi",
};

/** Inside a sentence ("dari diusulkan ke ditetapkan"). */
export const tahapKecil = (t: Tahap) => TAHAP_LABEL[t].toLowerCase();

export function isTahap(value: unknown): value is Tahap {
  return typeof value === "string" && (TAHAP_URUT as readonly string[]).includes(value);
}

export const tahapIndex = (t: Tahap) => TAHAP_URUT.indexOf(t);

/** The next stage, or null at the last one. */
export function nextTahap(t: Tahap): Tahap | null {
  return TAHAP_URUT[tahapIndex(t) + 1] ?? null;
}

/** The stages one may go back to from `t` (all earlier ones). */
export function earlierTahap(t: Tahap): Tahap[] {
  return TAHAP_URUT.slice(0, tahapIndex(t));
}

export type MoveCheck =
  | { ok: true; arah: "maju" | "mundur"; alasan: string | null }
  | { ok: false; field: "ke" | "alasan"; message: string };

/** May a stage move from `from` to `to`? `alasan` is required (non-blank) only when going back. */
export function checkMove(from: Tahap, to: unknown, alasan: string | null | undefined): MoveCheck {
  if (!isTahap(to)) return { ok: false, field: "ke", message: "Tahap tujuan tidak dikenal." };
  const reason = (alasan ?? "").trim();
  const a = tahapIndex(from);
  const b = tahapIndex(to);
  if (b === a) return { ok: false, field: "ke", message: `Tahapnya sudah ${tahapKecil(from)}.` };
  if (b === a + 1) return { ok: true, arah: "maju", alasan: reason || null };
  if (b > a) {
    return { ok: false, field: "ke", message: `Tahap hanya dapat maju satu langkah: dari ${tahapKecil(from)} ke ${tahapKecil(TAHAP_URUT[a + 1])}, tidak langsung ke ${tahapKecil(to)}.` };
  }
  if (!reason) return { ok: false, field: "alasan", message: `Tulis alasan kembali dari ${tahapKecil(from)} ke ${tahapKecil(to)}.` };
  return { ok: true, arah: "mundur", alasan: reason };
}

/** Days from `today` to `target` (both YYYY-MM-DD): positive ahead, 0 on the day, negative past. Null without a target. */
export function daysToTarget(target: string | null | undefined, today: string): number | null {
  if (!target) return null;
  const utc = (d: string) => {
    const [y, m, day] = d.split("-").map(Number);
    return Date.UTC(y, m - 1, day);
  };
  return Math.round((utc(target) - utc(today)) / 86_400_000);
}

/** Days ahead within which a target counts as near (shown in amber). */
export const TARGET_DEKAT_HARI = 30;

export type TargetKind = "tanpa" | "tercapai" | "terlambat" | "dekat" | "sesuai";
export interface TargetStatus { kind: TargetKind; hari: number | null; label: string }

/** How a target reads for a stage today; see the file comment for the rule. */
export function targetStatus(tahap: Tahap, target: string | null | undefined, today: string): TargetStatus {
  const hari = daysToTarget(target, today);
  if (hari === null) return { kind: "tanpa", hari, label: "Belum ada tanggal target" };
  if (tahapIndex(tahap) >= tahapIndex("BERJALAN")) return { kind: "tercapai", hari, label: "Target tercapai (sudah berjalan)" };
  if (hari < 0) return { kind: "terlambat", hari, label: `Terlambat ${-hari} hari` };
  if (hari === 0) return { kind: "dekat", hari, label: "Target hari ini" };
  return { kind: hari <= TARGET_DEKAT_HARI ? "dekat" : "sesuai", hari, label: `${hari} hari lagi` };
}

export const isOverdue = (tahap: Tahap, target: string | null | undefined, today: string) => targetStatus(tahap, target, today).kind === "terlambat";

/**
 * "Ditetapkan" means designated by an SK: a pilot moves to it (or any later stage) only with an SK
 * number and date.
 */
export function needsSk(to: Tahap): boolean {
  return tahapIndex(to) >= tahapIndex("DITETAPKAN");
}
