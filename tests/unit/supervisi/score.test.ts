/** Supervision scoring: each type, weights, N/A and blanks out of the denominator, critical caps, thresholds, versions. */
import { describe, expect, it } from "vitest";
import { answerError, answerScore, capKategori, commonLineages, isScored, scoreOnLineages, scoreVisit, type ButirSkor, type JawabanSkor } from "../../../lib/supervisi/score.ts";
import { ATURAN_AMBANG_SUPERVISI, ZAmbangSupervisi } from "../../../lib/supervisi/aturan.ts";

const AMBANG = ATURAN_AMBANG_SUPERVISI.bawaan;
const b = (id: string, over: Partial<ButirSkor> = {}): ButirSkor => ({ id, domainKode: "SDM", tipe: "YA_TIDAK", bobot: 1, kritis: false, bolehNa: false, opsi: {}, ...over });
const answers = (o: Record<string, JawabanSkor>) => new Map(Object.entries(o));

describe("answerScore by type", () => {
  it("ya/tidak: 1 and 0", () => {
    expect(answerScore(b("a"), { nilai: 1 })).toBe(1);
    expect(answerScore(b("a"), { nilai: 0 })).toBe(0);
  });
  it("skala 1–4 maps to 0, 1/3, 2/3, 1", () => {
    const s = b("a", { tipe: "SKALA" });
    expect([1, 2, 3, 4].map((v) => answerScore(s, { nilai: v }))).toEqual([0, 1 / 3, 2 / 3, 1]);
  });
  it("angka: value over target, capped at 1; not scored without a target", () => {
    const a = b("a", { tipe: "ANGKA", opsi: { target: 5 } });
    expect(answerScore(a, { nilai: 0 })).toBe(0);
    expect(answerScore(a, { nilai: 3 })).toBeCloseTo(0.6);
    expect(answerScore(a, { nilai: 5 })).toBe(1);
    expect(answerScore(a, { nilai: 12 })).toBe(1);
    expect(isScored(b("x", { tipe: "ANGKA", opsi: {} }))).toBe(false);
  });
  it("pilihan: the option's own score", () => {
    const p = b("a", { tipe: "PILIHAN", opsi: { opsi: [{ label: "Ada", nilai: 1 }, { label: "Ada tidak lengkap", nilai: 0.5 }, { label: "Tidak", nilai: 0 }] } });
    expect([0, 1, 2].map((v) => answerScore(p, { nilai: v }))).toEqual([1, 0.5, 0]);
  });
  it("teks, weight 0, N/A, blank and invalid answers are not scored", () => {
    expect(answerScore(b("a", { tipe: "TEKS" }), { teks: "catatan" })).toBeNull();
    expect(answerScore(b("a", { bobot: 0 }), { nilai: 1 })).toBeNull();
    expect(answerScore(b("a", { bolehNa: true }), { na: true })).toBeNull();
    expect(answerScore(b("a"), {})).toBeNull();
    expect(answerScore(b("a"), { nilai: 2 })).toBeNull();
  });
});

describe("answerError names what is wrong, in Bahasa", () => {
  it("refuses values outside the type", () => {
    expect(answerError(b("a"), { nilai: 2 })).toMatch(/ya.*tidak/);
    expect(answerError(b("a", { tipe: "SKALA" }), { nilai: 0 })).toMatch(/1, 2, 3 atau 4/);
    expect(answerError(b("a", { tipe: "SKALA" }), { nilai: 5 })).toMatch(/1, 2, 3 atau 4/);
    expect(answerError(b("a", { tipe: "SKALA" }), { nilai: 2.5 })).toMatch(/1, 2, 3 atau 4/);
    expect(answerError(b("a", { tipe: "ANGKA", opsi: { target: 5 } }), { nilai: -1 })).toMatch(/negatif/);
    expect(answerError(b("a", { tipe: "PILIHAN", opsi: { opsi: [{ label: "x", nilai: 1 }] } }), { nilai: 1 })).toMatch(/pilihan/);
    expect(answerError(b("a"), { nilai: Number.NaN })).toMatch(/angka/);
  });
  it("refuses N/A where it is not allowed, saying so for a critical item", () => {
    expect(answerError(b("a"), { na: true })).toMatch(/tidak boleh/);
    expect(answerError(b("a", { kritis: true }), { na: true })).toMatch(/kritis/);
    expect(answerError(b("a", { bolehNa: true }), { na: true })).toBeNull();
  });
  it("a blank answer is not an error (a draft may be partial)", () => {
    expect(answerError(b("a"), undefined)).toBeNull();
    expect(answerError(b("a"), { nilai: null })).toBeNull();
  });
});

describe("scoreVisit", () => {
  it("weights items: Σ w·s / Σ w, per domain and in total", () => {
    const butir = [b("a", { bobot: 3 }), b("b", { bobot: 1 }), b("c", { domainKode: "SARPRAS", tipe: "SKALA", bobot: 2 })];
    const h = scoreVisit(butir, answers({ a: { nilai: 1 }, b: { nilai: 0 }, c: { nilai: 3 } }), AMBANG);
    expect(h.domain.SDM.skor).toBe(75);
    expect(h.domain.SARPRAS.skor).toBe(66.7);
    // (3·1 + 1·0 + 2·2/3) / 6 = 72.2…
    expect(h.total.skor).toBe(72.2);
    expect(h.kategori).toBe("SIAP_BERSYARAT");
  });
  it("N/A and unanswered items leave the denominator; both are reported", () => {
    const butir = [b("a"), b("b", { bolehNa: true }), b("c")];
    const h = scoreVisit(butir, answers({ a: { nilai: 1 }, b: { na: true } }), AMBANG);
    expect(h.total).toEqual({ skor: 100, dinilai: 1, total: 3 });
    expect(h.belumDijawab).toEqual(["c"]);
  });
  it("a domain with every item N/A has no score, and is not a 0", () => {
    const butir = [b("a", { domainKode: "DATA", bolehNa: true }), b("b")];
    const h = scoreVisit(butir, answers({ a: { na: true }, b: { nilai: 1 } }), AMBANG);
    expect(h.domain.DATA.skor).toBeNull();
    expect(h.total.skor).toBe(100);
  });
  it("no answer at all: no score and no category", () => {
    const h = scoreVisit([b("a")], answers({}), AMBANG);
    expect(h.total.skor).toBeNull();
    expect(h.kategori).toBeNull();
  });
  it("TEKS items are listed neither as unanswered nor scored", () => {
    const h = scoreVisit([b("t", { tipe: "TEKS", bobot: 0 }), b("a")], answers({ a: { nilai: 1 } }), AMBANG);
    expect(h.belumDijawab).toEqual([]);
    expect(h.total.total).toBe(1);
  });
  it("invalid answers are listed and not scored", () => {
    const h = scoreVisit([b("a"), b("b")], answers({ a: { nilai: 7 }, b: { nilai: 1 } }), AMBANG);
    expect(h.tidakSah).toEqual(["a"]);
    expect(h.total.skor).toBe(100);
  });
  it("thresholds at their edges: 80 siap, 79.9 bersyarat, 60 bersyarat, 59.9 belum", () => {
    const cat = (skor: number) => {
      // One ANGKA item with target 1000: the score is value / 10.
      const butir = [b("a", { tipe: "ANGKA", opsi: { target: 1000 } })];
      return scoreVisit(butir, answers({ a: { nilai: skor * 10 } }), AMBANG).kategori;
    };
    expect(cat(80)).toBe("SIAP");
    expect(cat(79.9)).toBe("SIAP_BERSYARAT");
    expect(cat(60)).toBe("SIAP_BERSYARAT");
    expect(cat(59.9)).toBe("BELUM_SIAP");
    expect(cat(100)).toBe("SIAP");
    expect(cat(0)).toBe("BELUM_SIAP");
  });
  it("a failed critical item caps the category, and says which", () => {
    const butir = [b("k", { kritis: true, bobot: 1 }), b("a", { bobot: 20 })];
    const h = scoreVisit(butir, answers({ k: { nilai: 0 }, a: { nilai: 1 } }), AMBANG);
    expect(h.total.skor).toBe(95.2);
    expect(h.kategoriTanpaBatas).toBe("SIAP");
    expect(h.kategori).toBe("BELUM_SIAP");
    expect(h.kritisGagal).toEqual(["k"]);
    expect(scoreVisit(butir, answers({ k: { nilai: 0 }, a: { nilai: 1 } }), { ...AMBANG, batasKritis: "SIAP_BERSYARAT" }).kategori).toBe("SIAP_BERSYARAT");
  });
  it("the critical pass mark at its edge: skala 3 passes (2/3 ≥ 0.5), 2 fails (1/3)", () => {
    const butir = [b("k", { tipe: "SKALA", kritis: true })];
    expect(scoreVisit(butir, answers({ k: { nilai: 3 } }), AMBANG).kritisGagal).toEqual([]);
    expect(scoreVisit(butir, answers({ k: { nilai: 2 } }), AMBANG).kritisGagal).toEqual(["k"]);
    // exactly at the mark passes
    const angka = [b("k", { tipe: "ANGKA", kritis: true, opsi: { target: 10 } })];
    expect(scoreVisit(angka, answers({ k: { nilai: 5 } }), AMBANG).kritisGagal).toEqual([]);
    expect(scoreVisit(angka, answers({ k: { nilai: 4 } }), AMBANG).kritisGagal).toEqual(["k"]);
  });
  it("a cap never raises a category", () => {
    expect(capKategori("BELUM_SIAP", "SIAP_BERSYARAT")).toBe("BELUM_SIAP");
    expect(capKategori("SIAP", "SIAP_BERSYARAT")).toBe("SIAP_BERSYARAT");
    expect(capKategori("SIAP", null)).toBe("SIAP");
  });
});

describe("comparing across versions", () => {
  const v1 = [b("a1", { garisId: "A" }), b("b1", { garisId: "B" }), b("c1", { garisId: "C" })];
  // v2 drops C, adds D, and rewords A (same lineage).
  const v2 = [b("a2", { garisId: "A" }), b("b2", { garisId: "B", bobot: 2 }), b("d2", { garisId: "D" })];
  it("common lineages are those scored in both versions", () => {
    expect([...commonLineages(v1, v2)].sort()).toEqual(["A", "B"]);
  });
  it("the score over the common items only", () => {
    const common = commonLineages(v1, v2);
    expect(scoreOnLineages(v1, answers({ a1: { nilai: 1 }, b1: { nilai: 0 }, c1: { nilai: 0 } }), common)).toBe(50);
    expect(scoreOnLineages(v2, answers({ a2: { nilai: 1 }, b2: { nilai: 1 }, d2: { nilai: 0 } }), common)).toBe(100);
    expect(scoreOnLineages(v2, answers({}), common)).toBeNull();
  });
});

describe("the threshold rule as data", () => {
  it("the default passes its own schema", () => {
    expect(ZAmbangSupervisi.safeParse(AMBANG).success).toBe(true);
  });
  it("refuses siap ≤ siap bersyarat, a pass mark of 0 or above 1, an unknown category", () => {
    expect(ZAmbangSupervisi.safeParse({ ...AMBANG, siap: 60 }).success).toBe(false);
    expect(ZAmbangSupervisi.safeParse({ ...AMBANG, lulusKritis: 0 }).success).toBe(false);
    expect(ZAmbangSupervisi.safeParse({ ...AMBANG, lulusKritis: 1.01 }).success).toBe(false);
    expect(ZAmbangSupervisi.safeParse({ ...AMBANG, batasKritis: "LAIN" }).success).toBe(false);
    expect(ZAmbangSupervisi.safeParse({ ...AMBANG, lulusKritis: 1 }).success).toBe(true);
  });
});
