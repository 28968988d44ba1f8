/** The shipped instruments are well formed: every item can be answered and scored as its type says. */
import { describe, expect, it } from "vitest";
import { INSTRUMEN_BAWAAN } from "../../../lib/supervisi/instrumen-bawaan.ts";
import { isFaktaKey } from "../../../lib/supervisi/fakta.ts";
import { answerError, isScored, scoreVisit, type ButirSkor, type JawabanSkor } from "../../../lib/supervisi/score.ts";
import { ATURAN_AMBANG_SUPERVISI } from "../../../lib/supervisi/aturan.ts";

describe.each(INSTRUMEN_BAWAAN.map((i) => [i.kode, i] as const))("shipped instrument %s", (_kode, ins) => {
  const butir = ins.domain.flatMap((d) => d.butir.map((b) => ({ ...b, domainKode: d.kode })));
  const asSkor: ButirSkor[] = butir.map((b) => ({ id: b.kode, domainKode: b.domainKode, tipe: b.tipe, bobot: b.bobot, kritis: b.kritis ?? false, bolehNa: b.bolehNa ?? false, opsi: b.opsi ?? {} }));

  it("has the five domains, each with items, and unique codes", () => {
    expect(ins.domain.map((d) => d.kode)).toEqual(["KELEMBAGAAN", "SDM", "SARPRAS", "PELAYANAN", "DATA"]);
    for (const d of ins.domain) expect(d.butir.length).toBeGreaterThan(0);
    expect(new Set(butir.map((b) => b.kode)).size).toBe(butir.length);
  });
  it("every item but the free-text ones is scored, with a positive weight", () => {
    for (const b of asSkor) expect(isScored(b), b.id).toBe(b.tipe !== "TEKS");
  });
  it("pilihan options score 0–1, facts are known keys, critical items are never N/A", () => {
    for (const b of butir) {
      for (const o of b.opsi?.opsi ?? []) expect(o.nilai).toBeGreaterThanOrEqual(0), expect(o.nilai).toBeLessThanOrEqual(1);
      if (b.fakta) expect(isFaktaKey(b.fakta), b.kode).toBe(true);
      if (b.kritis) expect(b.bolehNa ?? false, b.kode).toBe(false);
    }
  });
  it("all best answers score 100 and are valid; all worst answers score 0", () => {
    const best = new Map<string, JawabanSkor>();
    const worst = new Map<string, JawabanSkor>();
    for (const b of asSkor) {
      if (b.tipe === "TEKS") continue;
      const top = b.tipe === "SKALA" ? 4 : b.tipe === "ANGKA" ? b.opsi.target! : b.tipe === "PILIHAN" ? 0 : 1;
      const low = b.tipe === "SKALA" ? 1 : b.tipe === "PILIHAN" ? b.opsi.opsi!.length - 1 : 0;
      best.set(b.id, { nilai: top });
      worst.set(b.id, { nilai: low });
      expect(answerError(b, best.get(b.id))).toBeNull();
    }
    const a = ATURAN_AMBANG_SUPERVISI.bawaan;
    expect(scoreVisit(asSkor, best, a)).toMatchObject({ total: { skor: 100 }, kategori: "SIAP", belumDijawab: [] });
    expect(scoreVisit(asSkor, worst, a)).toMatchObject({ total: { skor: 0 }, kategori: "BELUM_SIAP" });
  });
});
