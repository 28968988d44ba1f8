/** The rules as data and every classifier at its edges (both sides). */
import { describe, expect, it } from "vitest";
import {
  AMBANG_ATURAN,
  AMBANG_BAWAAN,
  AMBANG_GRUP,
  ATURAN_GIZI,
  ATURAN_KBM,
  ATURAN_PUMA,
  TABEL_KBM,
  hitungImt,
  kelasGds,
  kelasHb,
  kelasImtDewasa,
  kelasLingkarPerut,
  kelasTdAnak,
  kelasTdDewasa,
  kelompokHb,
  resolveAmbang,
} from "../../../lib/ambang/index.ts";
import { CATEGORY_RULES } from "../../../lib/pertumbuhan/categories.ts";

const A = AMBANG_BAWAAN;

describe("the rules", () => {
  it("every rule has a unique ambang.* key (≤ 60 chars), a label, a source and a default that passes its schema", () => {
    const keys = AMBANG_ATURAN.map((a) => a.kunci);
    expect(new Set(keys).size).toBe(keys.length);
    for (const a of AMBANG_ATURAN) {
      expect(a.kunci).toMatch(/^ambang\.[a-zA-Z]+$/);
      expect(a.kunci.length).toBeLessThanOrEqual(60);
      expect(a.label.length).toBeGreaterThan(5);
      expect(a.sumber.length).toBeGreaterThan(40);
      expect(a.schema.safeParse(a.bawaan).success, a.kunci).toBe(true);
    }
    expect(AMBANG_GRUP.map((g) => g.kode)).toEqual(["anak", "ibu_hamil", "remaja", "dewasa_lansia", "kuesioner", "plausibilitas"]);
  });
  it("uncertain values are settings with the documented default", () => {
    expect(A.kbmVarian).toBe("A");
    expect(A.kbm).toBe(TABEL_KBM.A);
    expect(A.puma.rujukMulai).toBe(6);
    expect(A.jiwa.instrumen).toBe("SRQ20");
    expect(A.kms.merahZ).toBe(-3);
    expect(A.imtSkema).toBe("ASIA_PASIFIK");
    expect(A.gizi).toBe(CATEGORY_RULES);
  });
  it("resolveAmbang falls back per rule: a valid stored value applies, an invalid one does not spoil the others", () => {
    const r = resolveAmbang({ "ambang.kbm": { varian: "B" }, "ambang.puma": { rujukMulai: 42 }, "ambang.kek": { lilaCm: 23 }, "ambang.tak.dikenal": 1 });
    expect(r.kbmVarian).toBe("B");
    expect(r.kbm).toBe(TABEL_KBM.B);
    expect(r.puma.rujukMulai).toBe(6);
    expect(r.kek.lilaCm).toBe(23);
    expect(r.tdDewasa).toEqual(A.tdDewasa);
  });
  it("schemas answer in Bahasa naming the value", () => {
    const e = ATURAN_PUMA.schema.safeParse({ rujukMulai: 12 });
    expect(e.success).toBe(false);
    expect(e.error!.issues[0].message).toBe("Skor PUMA batas rujuk paling besar 9.");
    expect(ATURAN_KBM.schema.safeParse({ varian: "C" }).error!.issues[0].message).toMatch(/varian tabel KBM/);
  });
  it("the gizi table refuses a gap between categories", () => {
    const rows = CATEGORY_RULES.map((r) => ({ ...r }));
    rows[1] = { ...rows[1], min: -3.5 };
    const e = ATURAN_GIZI.schema.safeParse(rows);
    expect(e.success).toBe(false);
    expect(e.error!.issues[0].message).toMatch(/batas bawah harus sama/);
  });
});

describe("blood pressure, adults (ILP)", () => {
  const k = (s: number, d: number) => kelasTdDewasa(s, d, A.tdDewasa);
  it("class edges, systolic and diastolic", () => {
    expect(k(119, 79).kelas).toBe("OPTIMAL");
    expect(k(120, 79).kelas).toBe("NORMAL");
    expect(k(119, 80).kelas).toBe("NORMAL");
    expect(k(129, 84).kelas).toBe("NORMAL");
    expect(k(130, 70).kelas).toBe("NORMAL_TINGGI");
    expect(k(110, 85).kelas).toBe("NORMAL_TINGGI");
    expect(k(139, 89)).toMatchObject({ kelas: "NORMAL_TINGGI", rujuk: false, tingkat: "waspada" });
    expect(k(140, 80)).toMatchObject({ kelas: "HT1", rujuk: true, sistolikTerisolasi: true });
    expect(k(130, 90)).toMatchObject({ kelas: "HT1", rujuk: true, sistolikTerisolasi: false });
    expect(k(159, 99).kelas).toBe("HT1");
    expect(k(160, 100)).toMatchObject({ kelas: "HT2", label: "Hipertensi derajat 2" });
    expect(k(179, 109).kelas).toBe("HT2");
    expect(k(180, 95).kelas).toBe("HT3");
    expect(k(150, 110).kelas).toBe("HT3");
  });
  it("the referral class is a setting", () => {
    expect(kelasTdDewasa(135, 85, { ...A.tdDewasa, rujukMulai: "NORMAL_TINGGI" }).rujuk).toBe(true);
  });
});

describe("blood pressure, children (AAP 2017 in the ILP)", () => {
  const k = (s: number, d: number, umur: number, jk: "L" | "P") => kelasTdAnak(s, d, umur, jk, A.tdAnak);
  it("no class under 7", () => expect(k(130, 90, 6, "L")).toBeNull());
  it("7–12: at or above the table value → refer", () => {
    expect(k(105, 67, 7, "L")?.rujuk).toBe(false);
    expect(k(106, 60, 7, "L")?.rujuk).toBe(true);
    expect(k(100, 68, 7, "P")?.rujuk).toBe(true);
    expect(k(107, 70, 9, "L")?.rujuk).toBe(true);
    expect(k(107, 70, 9, "P")?.rujuk).toBe(false); // girls 108/71
    expect(k(113, 74, 12, "P")?.rujuk).toBe(false);
    expect(k(114, 74, 12, "P")?.rujuk).toBe(true);
  });
  it("13 and over: normal, meningkat, stage 1, stage 2", () => {
    expect(k(119, 79, 13, "L")?.kode).toBe("td_anak.normal");
    expect(k(120, 79, 13, "L")).toMatchObject({ kode: "td_anak.meningkat", rujuk: false });
    expect(k(129, 79, 15, "P")?.kode).toBe("td_anak.meningkat");
    expect(k(130, 70, 15, "P")).toMatchObject({ kode: "td_anak.ht1", rujuk: true });
    expect(k(118, 80, 15, "P")?.kode).toBe("td_anak.ht1");
    expect(k(139, 89, 15, "P")?.kode).toBe("td_anak.ht1");
    expect(k(140, 70, 17, "L")?.kode).toBe("td_anak.ht2");
    expect(k(120, 90, 17, "L")?.kode).toBe("td_anak.ht2");
  });
});

describe("IMT", () => {
  it("computes kg/m² to one decimal", () => {
    expect(hitungImt(70, 170)).toBe(24.2);
    expect(hitungImt(50, 160)).toBe(19.5);
  });
  it("Asia-Pacific edges", () => {
    const k = (x: number) => kelasImtDewasa(x, "ASIA_PASIFIK").kode;
    expect(k(18.4)).toBe("imt.kurus");
    expect(k(18.5)).toBe("imt.normal");
    expect(k(22.9)).toBe("imt.normal");
    expect(k(22.95)).toBe("imt.lebih"); // rounds to 23.0
    expect(k(23)).toBe("imt.lebih");
    expect(k(24.9)).toBe("imt.lebih");
    expect(k(25)).toBe("imt.obesitas1");
    expect(k(29.9)).toBe("imt.obesitas1");
    expect(k(30)).toBe("imt.obesitas2");
  });
  it("Depkes/P2PTM edges", () => {
    const k = (x: number) => kelasImtDewasa(x, "DEPKES").kode;
    expect(k(16.9)).toBe("imt.kurus_berat");
    expect(k(17)).toBe("imt.kurus_ringan");
    expect(k(18.4)).toBe("imt.kurus_ringan");
    expect(k(18.5)).toBe("imt.normal");
    expect(k(25)).toBe("imt.normal");
    expect(k(25.1)).toBe("imt.gemuk");
    expect(k(27)).toBe("imt.gemuk");
    expect(k(27.1)).toBe("imt.obesitas");
  });
});

describe("waist, Hb, GDS", () => {
  it("lingkar perut: above 90 (men) / 80 (women)", () => {
    expect(kelasLingkarPerut(90, "L", A.lingkarPerut).kode).toBe("lp.normal");
    expect(kelasLingkarPerut(90.1, "L", A.lingkarPerut).kode).toBe("lp.obesitas_sentral");
    expect(kelasLingkarPerut(80, "P", A.lingkarPerut).kode).toBe("lp.normal");
    expect(kelasLingkarPerut(80.1, "P", A.lingkarPerut).kode).toBe("lp.obesitas_sentral");
  });
  it("Hb group by age, sex and pregnancy", () => {
    expect(kelompokHb(5, "L", false)).toBeNull();
    expect(kelompokHb(6, "L", false)).toBe("ANAK_6_59_BULAN");
    expect(kelompokHb(59, "L", false)).toBe("ANAK_6_59_BULAN");
    expect(kelompokHb(60, "L", false)).toBe("ANAK_5_11_TAHUN");
    expect(kelompokHb(143, "P", false)).toBe("ANAK_5_11_TAHUN");
    expect(kelompokHb(144, "P", false)).toBe("ANAK_12_14_TAHUN");
    expect(kelompokHb(180, "P", false)).toBe("PEREMPUAN");
    expect(kelompokHb(180, "L", false)).toBe("LAKI_LAKI");
    expect(kelompokHb(240, "P", true)).toBe("HAMIL");
  });
  it("anemia thresholds (WHO 2011) at each edge", () => {
    const k = (hb: number, g: Parameters<typeof kelasHb>[1]) => kelasHb(hb, g, A.hb).kode;
    expect(k(11, "HAMIL")).toBe("anemia.tidak");
    expect(k(10.9, "HAMIL")).toBe("anemia.ringan");
    expect(k(10, "HAMIL")).toBe("anemia.ringan");
    expect(k(9.9, "HAMIL")).toBe("anemia.sedang");
    expect(k(7, "HAMIL")).toBe("anemia.sedang");
    expect(k(6.9, "HAMIL")).toBe("anemia.berat");
    expect(k(12, "PEREMPUAN")).toBe("anemia.tidak");
    expect(k(11.9, "PEREMPUAN")).toBe("anemia.ringan");
    expect(k(13, "LAKI_LAKI")).toBe("anemia.tidak");
    expect(k(12.9, "LAKI_LAKI")).toBe("anemia.ringan");
    expect(k(11.5, "ANAK_5_11_TAHUN")).toBe("anemia.tidak");
    expect(k(11.4, "ANAK_5_11_TAHUN")).toBe("anemia.ringan");
    expect(k(11.9, "ANAK_12_14_TAHUN")).toBe("anemia.ringan");
    expect(k(10.9, "ANAK_6_59_BULAN")).toBe("anemia.ringan");
    expect(kelasHb(10.9, "HAMIL", A.hb).rujuk).toBe(true);
    expect(kelasHb(10.9, "HAMIL", { ...A.hb, rujukMulai: "SEDANG" }).rujuk).toBe(false);
  });
  it("GDS classes", () => {
    const k = (g: number) => kelasGds(g, A.gds);
    expect(k(99).kode).toBe("gds.normal");
    expect(k(100).kode).toBe("gds.periksa_ulang");
    expect(k(139).kode).toBe("gds.periksa_ulang");
    expect(k(140)).toMatchObject({ kode: "gds.prediabetes", rujuk: false });
    expect(k(199).kode).toBe("gds.prediabetes");
    expect(k(200)).toMatchObject({ kode: "gds.diabetes", rujuk: true });
  });
});
