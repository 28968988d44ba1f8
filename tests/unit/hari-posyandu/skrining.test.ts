import { describe, expect, it } from "vitest";
import {
  AKS_BUTIR,
  AKS_MAKS,
  SRQ_BUTIR,
  kategoriAks,
  kategoriMerokok,
  skorAks,
  skorPhq4,
  skorPuma,
  skorSkilas,
  skorSrq,
  type JawabanAks,
  type JawabanPuma,
} from "../../../lib/skrining/index.ts";
import { ZSkrining } from "../../../lib/skrining/schemas.ts";
import { AMBANG_BAWAAN } from "../../../lib/ambang/index.ts";

const tidak: JawabanPuma = { merokok: "TIDAK", napasPendek: false, dahak: false, batuk: false, spirometri: false };

describe("PUMA", () => {
  it("scores sex, age and smoking from the table", () => {
    expect(skorPuma(tidak, { jenisKelamin: "P", umurTahun: 49 }, 6).skor).toBe(0);
    expect(skorPuma(tidak, { jenisKelamin: "L", umurTahun: 50 }, 6).skor).toBe(2);
    expect(skorPuma(tidak, { jenisKelamin: "L", umurTahun: 59 }, 6).skor).toBe(2);
    expect(skorPuma(tidak, { jenisKelamin: "L", umurTahun: 60 }, 6).skor).toBe(3);
    expect(skorPuma({ ...tidak, merokok: "KURANG_20" }, { jenisKelamin: "P", umurTahun: 40 }, 6).skor).toBe(0);
    expect(skorPuma({ ...tidak, merokok: "ANTARA_20_30" }, { jenisKelamin: "P", umurTahun: 40 }, 6).skor).toBe(1);
    expect(skorPuma({ ...tidak, merokok: "LEBIH_30" }, { jenisKelamin: "P", umurTahun: 40 }, 6).skor).toBe(2);
    const semua: JawabanPuma = { merokok: "LEBIH_30", napasPendek: true, dahak: true, batuk: true, spirometri: true };
    expect(skorPuma(semua, { jenisKelamin: "L", umurTahun: 70 }, 6).skor).toBe(9);
  });
  it("the cut-off edge: 5 low, 6 refer (≥ 6); with the '> 6' setting (7) 6 is low", () => {
    const lima: JawabanPuma = { merokok: "ANTARA_20_30", napasPendek: true, dahak: true, batuk: false, spirometri: false }; // L 1 + 60+ 2 … below
    const r5 = skorPuma(lima, { jenisKelamin: "L", umurTahun: 55 }, 6); // 1 + 1 + 1 + 1 + 1 = 5
    expect(r5).toMatchObject({ skor: 5, rujuk: false, kategori: "rendah" });
    const r6 = skorPuma({ ...lima, batuk: true }, { jenisKelamin: "L", umurTahun: 55 }, 6);
    expect(r6).toMatchObject({ skor: 6, rujuk: true, kategori: "tinggi" });
    expect(r6.alasan).toMatch(/Skor PUMA 6/);
    expect(skorPuma({ ...lima, batuk: true }, { jenisKelamin: "L", umurTahun: 55 }, 7).rujuk).toBe(false);
  });
  it("pack-years: under 1 a day or under 20 packs in a lifetime is 'Tidak'", () => {
    expect(kategoriMerokok(30, 0.5)).toBe("TIDAK");
    expect(kategoriMerokok(0.1, 10)).toBe("TIDAK"); // 18 packs
    expect(kategoriMerokok(10, 20)).toBe("KURANG_20"); // 10 pack-years
    expect(kategoriMerokok(20, 20)).toBe("ANTARA_20_30"); // 20
    expect(kategoriMerokok(30, 20)).toBe("ANTARA_20_30"); // 30
    expect(kategoriMerokok(31, 20)).toBe("LEBIH_30");
  });
});

describe("SKILAS", () => {
  const aturan = AMBANG_BAWAAN.skilas;
  it("no answers and no LiLA: nothing positive", () => {
    expect(skorSkilas({}, null, aturan)).toMatchObject({ skor: 0, rujuk: false, positif: [] });
  });
  it("each domain's positive answer", () => {
    const p = (j: Parameters<typeof skorSkilas>[0], lila: number | null = null) => skorSkilas(j, lila, aturan).positif;
    expect(p({ orientasiWaktu: true, orientasiTempat: true, ingatTigaKata: true })).toEqual([]);
    expect(p({ ingatTigaKata: false })).toEqual(["kognitif"]);
    expect(p({ orientasiTempat: false })).toEqual(["kognitif"]);
    expect(p({ berdiriKursi14Detik: true })).toEqual([]);
    expect(p({ berdiriKursi14Detik: false })).toEqual(["mobilitas"]);
    expect(p({ nafsuMakanHilang: true })).toEqual(["malnutrisi"]);
    expect(p({}, 21)).toEqual([]);
    expect(p({}, 20.9)).toEqual(["malnutrisi"]);
    expect(p({ gangguanMata: true })).toEqual(["penglihatan"]);
    expect(p({ gangguanMata: false, tesMelihat: true })).toEqual([]);
    expect(p({ gangguanMata: false, tesMelihat: false })).toEqual(["penglihatan"]);
    expect(p({ tesBisik: "DENGAR" })).toEqual([]);
    expect(p({ tesBisik: "TIDAK_DENGAR" })).toEqual(["pendengaran"]);
    expect(p({ tesBisik: "TIDAK_BISA" })).toEqual(["pendengaran"]);
    expect(p({ sedih: false, kurangMinat: true })).toEqual(["depresi"]);
  });
  it("one positive domain refers (default); the minimum is a setting", () => {
    const j = { berdiriKursi14Detik: false, sedih: true };
    expect(skorSkilas(j, null, aturan)).toMatchObject({ skor: 2, rujuk: true, kategori: "positif" });
    expect(skorSkilas({ sedih: true }, null, aturan).rujuk).toBe(true);
    expect(skorSkilas({ sedih: true }, null, { ...aturan, rujukMinimalDomain: 2 }).rujuk).toBe(false);
    expect(skorSkilas(j, null, aturan).alasan).toMatch(/keterbatasan mobilisasi, gejala depresi/);
  });
});

describe("AKS (modified Barthel)", () => {
  const mandiri = Object.fromEntries(AKS_BUTIR.map((b) => [b.kode, b.opsi.length - 1])) as JawabanAks;
  it("maximum is 20", () => {
    expect(AKS_MAKS).toBe(20);
    expect(skorAks(mandiri, AMBANG_BAWAAN.aks)).toMatchObject({ skor: 20, kategori: "mandiri", rujuk: false });
  });
  it("band edges: 20 / 19 / 12 / 11 / 9 / 8 / 5 / 4 / 0", () => {
    const b = AMBANG_BAWAAN.aks;
    expect([20, 19, 12, 11, 9, 8, 5, 4, 0].map((s) => kategoriAks(s, b))).toEqual([
      "mandiri",
      "ketergantungan_ringan",
      "ketergantungan_ringan",
      "ketergantungan_sedang",
      "ketergantungan_sedang",
      "ketergantungan_berat",
      "ketergantungan_berat",
      "ketergantungan_total",
      "ketergantungan_total",
    ]);
  });
  it("any dependency refers", () => {
    const r = skorAks({ ...mandiri, mandi: 0 }, AMBANG_BAWAAN.aks);
    expect(r).toMatchObject({ skor: 19, kategori: "ketergantungan_ringan", rujuk: true });
  });
  it("the schema refuses an out-of-range item with its name", () => {
    const e = ZSkrining.safeParse({ aks: { ...mandiri, mandi: 2 } });
    expect(e.success).toBe(false);
    expect(e.error!.issues[0].message).toMatch(/^Mandi: nilai paling besar 1/);
  });
});

describe("SRQ-20", () => {
  const jawab = (ya: number[]) => ({ jawaban: SRQ_BUTIR.map((_, i) => ya.includes(i + 1)) });
  it("has 20 items; the score counts 'ya'", () => {
    expect(SRQ_BUTIR).toHaveLength(20);
    expect(SRQ_BUTIR[16]).toMatch(/mengakhiri hidup/);
    expect(skorSrq(jawab([]), 6)).toMatchObject({ skor: 0, rujuk: false, kategori: "normal" });
  });
  it("5 normal, 6 refer (≥ 6)", () => {
    expect(skorSrq(jawab([1, 2, 3, 4, 5]), 6)).toMatchObject({ skor: 5, rujuk: false });
    expect(skorSrq(jawab([1, 2, 3, 4, 5, 6]), 6)).toMatchObject({ skor: 6, rujuk: true, kategori: "abnormal" });
  });
  it("item 17 alone refers, urgently, whatever the score", () => {
    const r = skorSrq(jawab([17]), 6);
    expect(r).toMatchObject({ skor: 1, rujuk: true, kategori: "butir17" });
    expect(r.alasan).toMatch(/SEGERA/);
  });
  it("the schema wants all 20 answers", () => {
    expect(ZSkrining.safeParse({ srq: { jawaban: [true, false] } }).error!.issues[0].message).toBe("SRQ-20: semua 20 butir harus dijawab.");
  });
});

describe("PHQ-4-type screen", () => {
  it("refers when either group reaches 3", () => {
    expect(skorPhq4({ jawaban: [1, 1, 1, 1] }, 3)).toMatchObject({ skor: 4, rujuk: false, depresi: 2, cemas: 2 });
    expect(skorPhq4({ jawaban: [2, 1, 0, 0] }, 3)).toMatchObject({ rujuk: true, depresi: 3 });
    expect(skorPhq4({ jawaban: [0, 0, 0, 3] }, 3)).toMatchObject({ rujuk: true, cemas: 3 });
  });
});

describe("ZSkrining", () => {
  it("accepts an empty object and a full one", () => {
    expect(ZSkrining.safeParse({}).success).toBe(true);
    const full = {
      puma: tidak,
      skilas: { sedih: false, tesBisik: "DENGAR" },
      aks: Object.fromEntries(AKS_BUTIR.map((b) => [b.kode, 0])),
      srq: { jawaban: Array(20).fill(false) },
      phq4: { jawaban: [0, 0, 0, 0] },
    };
    expect(ZSkrining.safeParse(full).success).toBe(true);
  });
  it("names the field in Bahasa", () => {
    const e = ZSkrining.safeParse({ puma: { ...tidak, batuk: "ya" } });
    expect(e.error!.issues[0].message).toBe('Batuk: pilih "ya" atau "tidak".');
  });
});
