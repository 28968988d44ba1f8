/** The readiness score: arithmetic with N/A parts, every category threshold, the explanation, roll-up, rules. */
import { describe, expect, it } from "vitest";
import { computeKesiapan, rollUp, trendOf, type KesiapanInput } from "../../../lib/kesiapan/score.ts";
import { ATURAN_AMBANG_KESIAPAN, ATURAN_BOBOT_KESIAPAN, kategoriOf, ZAmbangKesiapan, ZBobotKesiapan } from "../../../lib/kesiapan/aturan.ts";
import { resolveAturan } from "../../../lib/pengaturan/aturan.ts";

const BOBOT = ATURAN_BOBOT_KESIAPAN.bawaan;
const AMBANG = ATURAN_AMBANG_KESIAPAN.bawaan;
const PAKET = [
  { kode: "A", nama: "Pengelolaan Posyandu" },
  { kode: "B", nama: "Bayi dan Balita" },
  { kode: "C", nama: "Ibu Hamil dan Menyusui" },
  { kode: "D", nama: "Usia Sekolah dan Remaja" },
  { kode: "E", nama: "Usia Dewasa dan Lansia" },
];

function full(): KesiapanInput {
  return {
    posyanduId: "p1",
    kaderAktif: 5,
    paket: PAKET.map((p) => ({ ...p, kaderLengkap: 2 })),
    sarana: { cukup: 13, total: 13, kekurangan: [] },
    prasarana: { ada: 5, total: 5, kekurangan: [] },
    jadwal: { ada: true },
    layanan: null,
  };
}

describe("computeKesiapan", () => {
  it("everything met scores 100 with the posyandu-day part left out (not counted as 0)", () => {
    const r = computeKesiapan(full(), BOBOT, AMBANG);
    expect(r.skor).toBe(100);
    expect(r.kategori).toBe("SIAP");
    const layanan = r.bagian.find((b) => b.kode === "layanan")!;
    expect(layanan).toMatchObject({ berlaku: false, poin: 0, poinMaks: 0 });
    // The other weights (90) are re-scaled to 100.
    expect(r.bagian.find((b) => b.kode === "kader")!.poinMaks).toBeCloseTo(20 * (100 / 90), 10);
    expect(r.kekurangan).toEqual([]);
  });

  it("a part that applies and is empty counts 0; the same part not applying is left out", () => {
    const noKit = { ...full(), sarana: { cukup: 0, total: 13, kekurangan: [{ pesan: "Timbangan bayi digital: ada 0 dari 1" }] } };
    // 90 applicable, sarana 25 of it at 0 → 65/90 = 72.2 → 72.
    expect(computeKesiapan(noKit, BOBOT, AMBANG).skor).toBe(72);
    const noCatalogue = { ...full(), sarana: { cukup: 0, total: 0, kekurangan: [] } };
    expect(computeKesiapan(noCatalogue, BOBOT, AMBANG).skor).toBe(100);
  });

  it("each part's share: 3 of 5 kaders, 3 of 5 packages, 9 of 13 kit items, 4 of 5 premises, no schedule", () => {
    const input: KesiapanInput = {
      posyanduId: "p9",
      kaderAktif: 3,
      paket: PAKET.map((p, i) => ({ ...p, kaderLengkap: i < 3 ? 1 : 0 })),
      sarana: { cukup: 9, total: 13, kekurangan: [{ pesan: "Tensimeter digital: 1 rusak berat" }] },
      prasarana: { ada: 4, total: 5, kekurangan: ["Pojok privasi (konseling/menyusui)"] },
      jadwal: { ada: false },
      layanan: { dilayani: 4, total: 5, kurang: ["lansia"] },
    };
    const r = computeKesiapan(input, BOBOT, AMBANG);
    // 20×0.6 + 25×0.6 + 25×9/13 + 10×0.8 + 10×0 + 10×0.8 = 12 + 15 + 17.307… + 8 + 0 + 8 = 60.307… (all 100 apply)
    expect(r.skor).toBe(60);
    expect(r.kategori).toBe("SIAP_BERSYARAT");
    expect(r.kekurangan.map((k) => [k.bagian, k.pesan, k.href])).toEqual([
      ["kader", "Kader aktif: ada 3 dari minimal 5", "/posyandu/p9/kader"],
      ["keterampilan", "Paket Usia Sekolah dan Remaja: belum ada kader yang kompeten di semua keterampilannya", "/posyandu/p9/kader"],
      ["keterampilan", "Paket Usia Dewasa dan Lansia: belum ada kader yang kompeten di semua keterampilannya", "/posyandu/p9/kader"],
      ["sarana", "Tensimeter digital: 1 rusak berat", "/posyandu/p9/sarana"],
      ["prasarana", "Pojok privasi (konseling/menyusui)", "/posyandu/p9/sarana"],
      ["jadwal", "Jadwal hari buka rutin belum diatur", "/posyandu/p9"],
      ["layanan", "Kelompok lansia belum dilayani", "/posyandu/p9"],
    ]);
    // The points shown add up to the score before rounding.
    expect(r.bagian.reduce((s, b) => s + b.poin, 0)).toBeCloseTo(60.3077, 3);
  });

  it("more kaders than the minimum do not give more than the part's weight", () => {
    expect(computeKesiapan({ ...full(), kaderAktif: 12 }, BOBOT, AMBANG).bagian.find((b) => b.kode === "kader")!.capaian).toBe(1);
  });

  it("with no part applying the score is 0, belum siap (no division by zero)", () => {
    const bobot = { ...BOBOT, kader: 0, keterampilan: 0, prasarana: 0, jadwal: 0, sarana: 0, layanan: 100 };
    const r = computeKesiapan(full(), bobot, AMBANG);
    expect(r).toMatchObject({ skor: 0, kategori: "BELUM_SIAP" });
  });

  it("a part with weight 0 lists nothing as missing", () => {
    const r = computeKesiapan({ ...full(), jadwal: { ada: false } }, { ...BOBOT, jadwal: 0, kader: 30 }, AMBANG);
    expect(r.kekurangan).toEqual([]);
    expect(r.skor).toBe(100);
  });

  it("rounds half up at the boundary (x.5 → up)", () => {
    // Only kader applies-weighted: kader 50, jadwal 50; 1 of 2 kaders (min 2) → 25 + 50 = 75; make 79.5:
    const bobot = { kader: 41, keterampilan: 0, sarana: 0, prasarana: 0, jadwal: 59, layanan: 0, kaderAktifMin: 2 };
    const r = computeKesiapan({ ...full(), kaderAktif: 1 }, bobot, AMBANG);
    expect(r.bagian.reduce((s, b) => s + b.poin, 0)).toBeCloseTo(79.5, 10);
    expect(r.skor).toBe(80);
    expect(r.kategori).toBe("SIAP");
  });
});

describe("kategoriOf at every threshold", () => {
  it.each([
    [100, "SIAP"], [80, "SIAP"], [79, "SIAP_BERSYARAT"], [60, "SIAP_BERSYARAT"], [59, "BELUM_SIAP"], [0, "BELUM_SIAP"],
  ] as const)("%i → %s", (skor, kategori) => {
    expect(kategoriOf(skor, AMBANG)).toBe(kategori);
  });

  it("follows thresholds read from settings", () => {
    const ambang = resolveAturan(ATURAN_AMBANG_KESIAPAN, { siap: 90, siapBersyarat: 70 }).nilai;
    expect([kategoriOf(89, ambang), kategoriOf(90, ambang), kategoriOf(69, ambang), kategoriOf(70, ambang)]).toEqual(["SIAP_BERSYARAT", "SIAP", "BELUM_SIAP", "SIAP_BERSYARAT"]);
  });
});

describe("rules as data", () => {
  it("weights that do not add up to 100 are refused in Bahasa", () => {
    const r = ZBobotKesiapan.safeParse({ ...BOBOT, kader: 21 });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0].message).toBe("Jumlah bobot keenam bagian harus 100.");
  });

  it("a negative or fractional weight is refused", () => {
    expect(ZBobotKesiapan.safeParse({ ...BOBOT, kader: -5, keterampilan: 50 }).error!.issues[0].message).toBe("Bobot tidak boleh negatif.");
    expect(ZBobotKesiapan.safeParse({ ...BOBOT, kader: 19.5, keterampilan: 25.5 }).error!.issues[0].message).toBe("Bobot harus bilangan bulat.");
  });

  it("thresholds must keep siap above siap bersyarat", () => {
    expect(ZAmbangKesiapan.safeParse({ siap: 60, siapBersyarat: 60 }).error!.issues[0].message).toMatch(/harus lebih tinggi/);
    expect(ZAmbangKesiapan.safeParse({ siap: 61, siapBersyarat: 60 }).success).toBe(true);
  });

  it("a stored value that no longer fits the rule falls back to the default", () => {
    expect(resolveAturan(ATURAN_BOBOT_KESIAPAN, { kader: 100 })).toEqual({ nilai: BOBOT, diubah: false });
    expect(resolveAturan(ATURAN_BOBOT_KESIAPAN, null)).toEqual({ nilai: BOBOT, diubah: false });
    const custom = { ...BOBOT, kader: 30, keterampilan: 15 };
    expect(resolveAturan(ATURAN_BOBOT_KESIAPAN, custom)).toEqual({ nilai: custom, diubah: true });
  });
});

describe("rollUp and trend", () => {
  it("mean to one decimal and the count per category", () => {
    expect(rollUp([{ skor: 85, kategori: "SIAP" }, { skor: 62, kategori: "SIAP_BERSYARAT" }, { skor: 40, kategori: "BELUM_SIAP" }, { skor: 90, kategori: "SIAP" }])).toEqual({
      jumlah: 4, rataRata: 69.3, perKategori: { SIAP: 2, SIAP_BERSYARAT: 1, BELUM_SIAP: 1 },
    });
  });
  it("an empty area has no mean", () => {
    expect(rollUp([])).toEqual({ jumlah: 0, rataRata: null, perKategori: { SIAP: 0, SIAP_BERSYARAT: 0, BELUM_SIAP: 0 } });
  });
  it("trend", () => {
    expect([trendOf(70, 60), trendOf(60, 70), trendOf(60, 60), trendOf(60, null)]).toEqual(["naik", "turun", "tetap", null]);
  });
});
