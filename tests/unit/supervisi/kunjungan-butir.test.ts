/** The visit's items as shown: stored rows to plain items, answers in words, and the critical cap explained. */
import { describe, expect, it } from "vitest";
import { capExplanation, jawabanLabel, toButir, type ButirTampil } from "../../../lib/kunjungan/butir.ts";
import { scoreVisit } from "../../../lib/supervisi/score.ts";
import { ATURAN_AMBANG_SUPERVISI } from "../../../lib/supervisi/aturan.ts";

const row = (o: Partial<Parameters<typeof toButir>[0]>) =>
  toButir({ id: "a", kode: "KEL-04", pertanyaan: "Jadwal hari buka tetap", tipe: "YA_TIDAK", bobot: { toNumber: () => 2 }, kritis: true, bolehNa: false, standar: null, fakta: "JADWAL_HARI_BUKA", opsi: {}, garisId: "a", domain: { kode: "KELEMBAGAAN" }, ...o });

describe("toButir", () => {
  it("a Decimal weight becomes a number, JSON options an object, the domain its code", () => {
    expect(row({})).toMatchObject({ id: "a", bobot: 2, opsi: {}, domainKode: "KELEMBAGAAN", fakta: "JADWAL_HARI_BUKA", kritis: true });
    expect(row({ opsi: null }).opsi).toEqual({});
  });
});

describe("jawabanLabel", () => {
  const pilihan = row({ tipe: "PILIHAN", opsi: { opsi: [{ label: "Ada, lengkap", nilai: 1 }, { label: "Tidak ada", nilai: 0 }] } });
  it("by type", () => {
    expect(jawabanLabel(row({}), { nilai: 1, teks: null, na: false })).toBe("Ya");
    expect(jawabanLabel(row({}), { nilai: 0, teks: null, na: false })).toBe("Tidak");
    expect(jawabanLabel(row({ tipe: "SKALA" }), { nilai: 3, teks: null, na: false })).toBe("3 dari 4");
    expect(jawabanLabel(pilihan, { nilai: 1, teks: null, na: false })).toBe("Tidak ada");
    expect(jawabanLabel(row({ tipe: "ANGKA" }), { nilai: 1200, teks: null, na: false })).toBe("1.200");
    expect(jawabanLabel(row({ tipe: "TEKS" }), { nilai: null, teks: "Baik", na: false })).toBe("Baik");
  });
  it("not applicable, unanswered", () => {
    expect(jawabanLabel(row({}), { nilai: null, teks: null, na: true })).toBe("Tidak berlaku");
    expect(jawabanLabel(row({}), undefined)).toBe("Belum dijawab");
    expect(jawabanLabel(row({ tipe: "TEKS" }), { nilai: null, teks: "  ", na: false })).toBe("Belum dijawab");
  });
});

describe("capExplanation", () => {
  const butir: ButirTampil[] = [row({}), row({ id: "b", kode: "KEL-01", pertanyaan: "SK pembentukan", kritis: false, fakta: null, bobot: 8 })];
  const ambang = ATURAN_AMBANG_SUPERVISI.bawaan;
  it("a failed critical item that lowers the category: the cap is named with the item", () => {
    const hasil = scoreVisit(butir, new Map([["a", { nilai: 0 }], ["b", { nilai: 1 }]]), ambang);
    expect(hasil.kategoriTanpaBatas).toBe("SIAP");
    expect(capExplanation(hasil, butir)).toBe("Kategori dibatasi menjadi belum siap karena butir kritis gagal: KEL-04 Jadwal hari buka tetap.");
  });
  it("a failed critical item when the score is low anyway: the item only; none failed: nothing", () => {
    const low = scoreVisit(butir, new Map([["a", { nilai: 0 }], ["b", { nilai: 0 }]]), ambang);
    expect(capExplanation(low, butir)).toBe("Butir kritis gagal: KEL-04 Jadwal hari buka tetap.");
    expect(capExplanation(scoreVisit(butir, new Map([["a", { nilai: 1 }], ["b", { nilai: 1 }]]), ambang), butir)).toBeNull();
    expect(capExplanation(scoreVisit(butir, new Map(), ambang), butir)).toBeNull();
  });
});
