import { describe, expect, it } from "vitest";
import { checkUpdate, closedOnTime, daysOverdue, isOverdue, isOwnedBy, kpiOf, mayUpdate, median, type PelakuTL, type TindakLanjutPemilik, type TingkatPemilik } from "../../../lib/supervisi/pemilik.ts";

const KAB = "kab-1";
const actor = (role: string, o: Partial<PelakuTL> = {}): PelakuTL => ({ id: `u-${role}`, role, kabupatenId: KAB, puskesmasId: null, desaId: null, posyanduId: null, ...o });
const admin = actor("DINKES_ADMIN");
const staf = actor("DINKES");
const pkm = actor("PUSKESMAS", { puskesmasId: "pkm-A" });
const bidan = actor("BIDAN_DESA", { desaId: "desa-1" });
const kader = actor("KADER", { posyanduId: "pos-1" });
const tl = (tingkat: TingkatPemilik, o: Partial<TindakLanjutPemilik> = {}): TindakLanjutPemilik => ({ kabupatenId: KAB, tingkatPemilik: tingkat, pemilikUserId: null, desaId: "desa-1", posyanduId: "pos-1", puskesmasId: "pkm-A", ...o });

const mode = (a: PelakuTL, t: TindakLanjutPemilik) => {
  const w = mayUpdate(a, t);
  return w.boleh ? w.mode : "-";
};

describe("mayUpdate: the ownership matrix (role × owner level) in the follow-up's own area", () => {
  const levels: TingkatPemilik[] = ["KADER", "DESA", "PUSKESMAS", "DINKES"];
  const expected: Record<string, Record<TingkatPemilik, string>> = {
    DINKES_ADMIN: { KADER: "PENUH", DESA: "PENUH", PUSKESMAS: "PENUH", DINKES: "PENUH" },
    DINKES: { KADER: "-", DESA: "-", PUSKESMAS: "-", DINKES: "PENUH" },
    PUSKESMAS: { KADER: "TUTUP", DESA: "TUTUP", PUSKESMAS: "PENUH", DINKES: "-" },
    BIDAN_DESA: { KADER: "PENUH", DESA: "PENUH", PUSKESMAS: "PENUH", DINKES: "PENUH" },
    KADER: { KADER: "TUTUP", DESA: "-", PUSKESMAS: "-", DINKES: "-" },
  };
  for (const a of [admin, staf, pkm, bidan, kader]) {
    for (const l of levels) {
      it(`${a.role} on a ${l}-level follow-up: ${expected[a.role][l]}`, () => expect(mode(a, tl(l))).toBe(expected[a.role][l]));
    }
  }
  it("anyone named as the owner may update it fully (a kader: only close)", () => {
    expect(mode(staf, tl("PUSKESMAS", { pemilikUserId: staf.id }))).toBe("PENUH");
    expect(mode(pkm, tl("DINKES", { pemilikUserId: pkm.id }))).toBe("PENUH");
    expect(mode(kader, tl("DESA", { pemilikUserId: kader.id }))).toBe("TUTUP");
  });
  it("a puskesmas has no say over another puskesmas's catchment", () => {
    expect(mode(pkm, tl("PUSKESMAS", { puskesmasId: "pkm-B" }))).toBe("-");
    expect(mode(pkm, tl("KADER", { puskesmasId: "pkm-B" }))).toBe("-");
  });
  it("a bidan only in its desa; a kader only at its posyandu", () => {
    expect(mode(bidan, tl("DESA", { desaId: "desa-2" }))).toBe("-");
    expect(mode(kader, tl("KADER", { posyanduId: "pos-2" }))).toBe("-");
    expect(mode(kader, tl("KADER", { posyanduId: null }))).toBe("-");
  });
  it("another kabupaten: nobody, not even its admin", () => {
    expect(mode(admin, tl("DINKES", { kabupatenId: "kab-2" }))).toBe("-");
  });
  it("a refusal says why in Bahasa", () => {
    const w = mayUpdate(kader, tl("DESA"));
    expect(w.boleh).toBe(false);
    if (!w.boleh) expect(w.alasan).toMatch(/Kader hanya dapat menandai selesai/);
  });
});

describe("isOwnedBy: 'milik saya'", () => {
  it("by level in the owner's own area, or by name", () => {
    expect(isOwnedBy(admin, tl("DINKES"))).toBe(true);
    expect(isOwnedBy(admin, tl("PUSKESMAS"))).toBe(false);
    expect(isOwnedBy(pkm, tl("PUSKESMAS"))).toBe(true);
    expect(isOwnedBy(pkm, tl("KADER"))).toBe(false); // it may close it, but does not own it
    expect(isOwnedBy(bidan, tl("DESA"))).toBe(true);
    expect(isOwnedBy(bidan, tl("KADER"))).toBe(false);
    expect(isOwnedBy(kader, tl("KADER"))).toBe(true);
    expect(isOwnedBy(kader, tl("KADER", { posyanduId: "pos-2" }))).toBe(false);
    expect(isOwnedBy(staf, tl("KADER", { pemilikUserId: staf.id }))).toBe(true);
  });
});

describe("checkUpdate: forward only, SELESAI needs the note, TUTUP only closes", () => {
  const penuh = { boleh: true as const, mode: "PENUH" as const };
  const tutup = { boleh: true as const, mode: "TUTUP" as const };
  it("accepts BELUM → PROSES, PROSES → SELESAI with a note, BELUM → SELESAI with a note", () => {
    expect(checkUpdate(penuh, "BELUM", "PROSES", null)).toBeNull();
    expect(checkUpdate(penuh, "PROSES", "SELESAI", "Sudah dikalibrasi")).toBeNull();
    expect(checkUpdate(tutup, "BELUM", "SELESAI", "Register lengkap")).toBeNull();
  });
  it("refuses SELESAI without the evidence note, on that field", () => {
    expect(checkUpdate(penuh, "PROSES", "SELESAI", null)).toEqual({ field: "catatanBukti", message: expect.stringMatching(/Catatan bukti wajib/) });
  });
  it("refuses going back, changing a closed one, and anything but SELESAI for TUTUP", () => {
    expect(checkUpdate(penuh, "PROSES", "BELUM", null)?.message).toMatch(/tidak dapat mundur/);
    expect(checkUpdate(penuh, "SELESAI", "SELESAI", "lagi")?.message).toMatch(/sudah selesai/);
    expect(checkUpdate(tutup, "BELUM", "PROSES", null)?.message).toMatch(/hanya dapat menandai/);
    expect(checkUpdate({ boleh: false, alasan: "Tidak boleh." }, "BELUM", "PROSES", null)).toEqual({ field: "status", message: "Tidak boleh." });
  });
  it("the same status needs a note (else nothing changes)", () => {
    expect(checkUpdate(penuh, "PROSES", "PROSES", null)?.field).toBe("catatanBukti");
    expect(checkUpdate(penuh, "PROSES", "PROSES", "Alat sudah dipesan")).toBeNull();
  });
});

describe("overdue at the day edge in Asia/Jakarta (UTC+7)", () => {
  // Due 5 March 2024: still on time through 5 March 23:59 WIB (= 16:59 UTC), overdue from 6 March 00:00 WIB (= 5 March 17:00 UTC).
  it("not overdue on the due day, even late in the evening", () => {
    expect(daysOverdue("2024-03-05", "BELUM", new Date("2024-03-05T16:59:59Z"))).toBe(0);
    expect(isOverdue("2024-03-05", "PROSES", new Date("2024-03-05T16:59:59Z"))).toBe(false);
  });
  it("one day overdue from midnight WIB, though still 5 March in UTC", () => {
    expect(daysOverdue("2024-03-05", "BELUM", new Date("2024-03-05T17:00:00Z"))).toBe(1);
    expect(daysOverdue("2024-03-05", "BELUM", new Date("2024-03-15T12:00:00Z"))).toBe(10);
  });
  it("a closed follow-up is never overdue", () => {
    expect(daysOverdue("2024-03-05", "SELESAI", new Date("2025-01-01T00:00:00Z"))).toBe(0);
  });
  it("closed on time through the end of the due day WIB", () => {
    expect(closedOnTime("2024-03-05", new Date("2024-03-05T16:59:59Z"))).toBe(true);
    expect(closedOnTime("2024-03-05", new Date("2024-03-05T17:00:00Z"))).toBe(false);
  });
});

describe("KPI maths", () => {
  it("median of odd and even counts, and of nothing", () => {
    expect(median([7, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
    expect(median([5])).toBe(5);
    expect(median([])).toBeNull();
  });
  const now = new Date("2024-06-01T05:00:00Z");
  const at = (iso: string) => new Date(`${iso}T03:00:00Z`);
  it("share on time over closed + open overdue; median days from the visit to closing", () => {
    const k = kpiOf([
      { status: "SELESAI", batasWaktu: "2024-03-31", selesaiAt: at("2024-03-20"), tanggalKunjungan: "2024-02-06" }, // on time, 43 days
      { status: "SELESAI", batasWaktu: "2024-03-31", selesaiAt: at("2024-04-08"), tanggalKunjungan: "2024-02-06" }, // late, 62 days
      { status: "BELUM", batasWaktu: "2024-04-30", selesaiAt: null, tanggalKunjungan: "2024-02-06" }, // open, overdue
      { status: "PROSES", batasWaktu: "2024-12-31", selesaiAt: null, tanggalKunjungan: "2024-02-06" }, // open, not due
    ], now);
    expect(k).toEqual({ jumlah: 4, selesai: 2, terlambat: 1, jatuhTempo: 3, tepatWaktu: 1, persenTepatWaktu: 33.3, medianHari: 52.5 });
  });
  it("no data: zero counts, no share, no median", () => {
    expect(kpiOf([], now)).toEqual({ jumlah: 0, selesai: 0, terlambat: 0, jatuhTempo: 0, tepatWaktu: 0, persenTepatWaktu: null, medianHari: null });
  });
  it("nothing due yet: the share is unknown, not 0 %", () => {
    expect(kpiOf([{ status: "BELUM", batasWaktu: "2024-12-31", selesaiAt: null, tanggalKunjungan: "2024-05-01" }], now).persenTepatWaktu).toBeNull();
  });
});
