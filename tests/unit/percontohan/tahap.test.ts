import { describe, expect, it } from "vitest";
import { TAHAP_URUT, checkMove, daysToTarget, earlierTahap, isOverdue, needsSk, nextTahap, targetStatus, type Tahap } from "../../../lib/percontohan/tahap.ts";

describe("stage moves: forward one step, back only with a reason", () => {
  it("every stage may move forward exactly one step, with or without a note", () => {
    for (let i = 0; i < TAHAP_URUT.length - 1; i++) {
      expect(checkMove(TAHAP_URUT[i], TAHAP_URUT[i + 1], null)).toEqual({ ok: true, arah: "maju", alasan: null });
      expect(checkMove(TAHAP_URUT[i], TAHAP_URUT[i + 1], "  sesuai rencana ")).toEqual({ ok: true, arah: "maju", alasan: "sesuai rencana" });
    }
  });
  it("every jump of two or more steps forward is refused, naming the one allowed step", () => {
    for (let i = 0; i < TAHAP_URUT.length; i++) {
      for (let j = i + 2; j < TAHAP_URUT.length; j++) {
        const r = checkMove(TAHAP_URUT[i], TAHAP_URUT[j], "alasan apa pun");
        expect(r.ok, `${TAHAP_URUT[i]} → ${TAHAP_URUT[j]}`).toBe(false);
        if (!r.ok) expect(r.field).toBe("ke");
      }
    }
    expect(checkMove("DIUSULKAN", "ASESMEN_AWAL", null)).toEqual({ ok: false, field: "ke", message: "Tahap hanya dapat maju satu langkah: dari diusulkan ke ditetapkan, tidak langsung ke asesmen awal." });
  });
  it("every move back is allowed with a reason, and refused without one (blank counts as none)", () => {
    for (let i = 1; i < TAHAP_URUT.length; i++) {
      for (let j = 0; j < i; j++) {
        expect(checkMove(TAHAP_URUT[i], TAHAP_URUT[j], "Kader inti pindah")).toEqual({ ok: true, arah: "mundur", alasan: "Kader inti pindah" });
        for (const none of [null, undefined, "", "   "]) {
          const r = checkMove(TAHAP_URUT[i], TAHAP_URUT[j], none);
          expect(r.ok).toBe(false);
          if (!r.ok) expect(r.field).toBe("alasan");
        }
      }
    }
    expect(checkMove("BERJALAN", "SIAP", "")).toEqual({ ok: false, field: "alasan", message: "Tulis alasan kembali dari berjalan ke siap." });
  });
  it("staying put and unknown stages are refused", () => {
    for (const t of TAHAP_URUT) expect(checkMove(t, t, "x").ok).toBe(false);
    expect(checkMove("SIAP", "SIAP", null)).toEqual({ ok: false, field: "ke", message: "Tahapnya sudah siap." });
    expect(checkMove("SIAP", "SELESAI", "x")).toEqual({ ok: false, field: "ke", message: "Tahap tujuan tidak dikenal." });
    expect(checkMove("SIAP", undefined, "x").ok).toBe(false);
  });
  it("next and earlier stages at both ends", () => {
    expect(nextTahap("DIUSULKAN")).toBe("DITETAPKAN");
    expect(nextTahap("DIREPLIKASI")).toBeNull();
    expect(earlierTahap("DIUSULKAN")).toEqual([]);
    expect(earlierTahap("SIAP")).toEqual(["DIUSULKAN", "DITETAPKAN", "ASESMEN_AWAL"]);
  });
  it("an SK is needed from 'ditetapkan' on, not for 'diusulkan'", () => {
    expect(TAHAP_URUT.filter(needsSk)).toEqual(["DITETAPKAN", "ASESMEN_AWAL", "SIAP", "BERJALAN", "DIREPLIKASI"]);
  });
});

describe("days to target and the overdue rule", () => {
  it("counts calendar days, across months, years and a leap day", () => {
    expect(daysToTarget("2024-06-30", "2024-06-26")).toBe(4);
    expect(daysToTarget("2024-06-26", "2024-06-26")).toBe(0);
    expect(daysToTarget("2024-06-25", "2024-06-26")).toBe(-1);
    expect(daysToTarget("2024-03-01", "2024-02-28")).toBe(2);
    expect(daysToTarget("2025-01-01", "2024-12-31")).toBe(1);
    expect(daysToTarget(null, "2024-06-26")).toBeNull();
  });
  const before: Tahap[] = ["DIUSULKAN", "DITETAPKAN", "ASESMEN_AWAL", "SIAP"];
  it("overdue only when the target has passed and the stage is before 'berjalan'", () => {
    for (const t of before) {
      expect(isOverdue(t, "2024-06-25", "2024-06-26"), t).toBe(true);
      expect(isOverdue(t, "2024-06-26", "2024-06-26"), `${t} on the day`).toBe(false);
      expect(isOverdue(t, "2024-06-27", "2024-06-26")).toBe(false);
      expect(isOverdue(t, null, "2024-06-26")).toBe(false);
    }
    for (const t of ["BERJALAN", "DIREPLIKASI"] as const) expect(isOverdue(t, "2020-01-01", "2024-06-26")).toBe(false);
  });
  it("labels: late, today, near (≤ 30 days), on track, met, none", () => {
    expect(targetStatus("SIAP", "2024-06-16", "2024-06-26")).toEqual({ kind: "terlambat", hari: -10, label: "Terlambat 10 hari" });
    expect(targetStatus("SIAP", "2024-06-26", "2024-06-26")).toEqual({ kind: "dekat", hari: 0, label: "Target hari ini" });
    expect(targetStatus("SIAP", "2024-07-26", "2024-06-26")).toEqual({ kind: "dekat", hari: 30, label: "30 hari lagi" });
    expect(targetStatus("SIAP", "2024-07-27", "2024-06-26")).toEqual({ kind: "sesuai", hari: 31, label: "31 hari lagi" });
    expect(targetStatus("BERJALAN", "2024-06-16", "2024-06-26").kind).toBe("tercapai");
    expect(targetStatus("DIUSULKAN", null, "2024-06-26")).toEqual({ kind: "tanpa", hari: null, label: "Belum ada tanggal target" });
  });
});
