/** nilaiPemeriksaan per group, with the real WHO computation passed in. */
import { describe, expect, it } from "vitest";
import { nilaiPemeriksaan, FIELD_KELOMPOK, fieldUntuk, type NilaiInput, type Riwayat } from "../../../lib/pemeriksaan/nilai.ts";
import { AMBANG_BAWAAN, resolveAmbang } from "../../../lib/ambang/index.ts";
import { computeGrowth } from "../../../lib/pertumbuhan/compute.ts";
import { KELOMPOK_SASARAN, kelompokPada, umurBulanPada } from "../../../lib/sasaran/kelompok.ts";
import { SRQ_BUTIR } from "../../../lib/skrining/srq.ts";

const TANGGAL = "2024-06-15";
function orang(tanggalLahir: string, jenisKelamin: "L" | "P", extra: Partial<NilaiInput> = {}): NilaiInput {
  return { kelompok: kelompokPada(tanggalLahir, TANGGAL), umurBulan: umurBulanPada(tanggalLahir, TANGGAL), jenisKelamin, tanggalLahir, tanggal: TANGGAL, statusIbu: null, ...extra };
}
const tanpaRiwayat: Riwayat = { timbangan: [] };
const nilai = (i: NilaiInput, r: Riwayat = tanpaRiwayat, a = AMBANG_BAWAAN) => nilaiPemeriksaan(i, r, a, computeGrowth);
const kode = (p: ReturnType<typeof nilai>) => p.temuan.map((t) => t.kode);

describe("refused values (galat) name the field", () => {
  it("weight 0 and 300 kg", () => {
    for (const beratKg of [0, 300]) {
      const p = nilai(orang("2022-06-01", "L", { beratKg }));
      expect(p.galat.beratKg).toMatch(/^Berat badan /);
      expect(p.naik).toBeNull();
      expect(p.z.bbu).toBeNull();
    }
    expect(nilai(orang("2022-06-01", "L", { beratKg: 0 })).galat.beratKg).toBe("Berat badan 0 kg tidak mungkin: isi antara 0,5 dan 250 kg.");
  });
  it("height 5 cm; limits are inclusive", () => {
    expect(nilai(orang("2022-06-01", "L", { tinggiCm: 5 })).galat.tinggiCm).toMatch(/^Panjang\/tinggi badan 5 cm/);
    expect(nilai(orang("2022-06-01", "L", { tinggiCm: 30 })).galat.tinggiCm).toBeUndefined();
    expect(nilai(orang("2022-06-01", "L", { beratKg: 0.5 })).galat.beratKg).toBeUndefined();
    expect(nilai(orang("1960-01-01", "L", { beratKg: 250 })).galat.beratKg).toBeUndefined();
    expect(nilai(orang("1960-01-01", "L", { beratKg: 250.1 })).galat.beratKg).toBeDefined();
  });
  it("blood pressure: both numbers, diastolic below systolic", () => {
    expect(nilai(orang("1960-01-01", "L", { sistolik: 150 })).galat.diastolik).toMatch(/diastolik wajib diisi/);
    expect(nilai(orang("1960-01-01", "L", { sistolik: 80, diastolik: 90 })).galat.diastolik).toMatch(/lebih kecil dari sistolik/);
    expect(nilai(orang("1960-01-01", "L", { sistolik: 80, diastolik: 90 })).temuan).toEqual([]);
  });
  it("a birth after the session date", () => {
    const p = nilaiPemeriksaan({ ...orang("2022-06-01", "L"), tanggalLahir: "2024-07-01", beratKg: 10 }, tanpaRiwayat, AMBANG_BAWAAN, computeGrowth);
    expect(p.galat.tanggalLahir).toMatch(/Tanggal lahir sesudah/);
    expect(p.naik).toBeNull();
  });
  it("NaN is refused as not a number", () => {
    expect(nilai(orang("2022-06-01", "L", { beratKg: Number.NaN })).galat.beratKg).toBe("Berat badan harus berupa angka.");
  });
});

describe("balita", () => {
  it("a WHO flag asks to confirm", () => {
    const p = nilai(orang("2023-06-01", "L", { beratKg: 30 })); // 12 months, BB/U z > 5
    expect(p.z.bbu).toBeGreaterThan(5);
    expect(p.konfirmasi.map((k) => [k.kode, k.field])).toContainEqual(["who.bbu", "beratKg"]);
    expect(p.konfirmasi[0].pesan).toMatch(/di luar batas wajar WHO/);
    const off = resolveAmbang({ "ambang.plausibilitas": { whoFlag: false, perubahanBeratBalitaKg: 1.5, tinggiSusutCm: 1 } });
    expect(nilai(orang("2023-06-01", "L", { beratKg: 30 }), tanpaRiwayat, off).konfirmasi).toEqual([]);
  });
  it("N with the numbers: 'Naik 250 g (minimal 200 g)'", () => {
    const p = nilai(orang("2022-06-01", "P", { beratKg: 10.25, tinggiCm: 85, caraUkur: "BERDIRI" }), { timbangan: [{ tanggal: "2024-05-15", beratKg: 10, naik: "N" }] });
    expect(p.naik).toMatchObject({ naik: "N", kbmG: 200, selisihG: 250 });
    expect(p.ringkasan).toContain("Naik 250 g (minimal 200 g)");
    expect(p.hasil.gizi).toBeDefined();
    expect(p.dirujuk).toBe(false);
  });
  it("T refers at the first T by default, only at 2T with the other setting; 2T always refers", () => {
    const r: Riwayat = { timbangan: [{ tanggal: "2024-05-15", beratKg: 10, naik: "N" }] };
    const p = nilai(orang("2022-06-01", "P", { beratKg: 10.1 }), r);
    expect(p.ringkasan).toContain("Tidak naik: naik 100 g (minimal 200 g)");
    expect(p.temuan.find((t) => t.kode === "naik.T")?.rujuk).toBe(true);
    const duaTSetting = resolveAmbang({ "ambang.kms": { merahZ: -3, oranyeZ: 1, rujukPada: "DUA_T" } });
    expect(nilai(orang("2022-06-01", "P", { beratKg: 10.1 }), r, duaTSetting).temuan.find((t) => t.kode === "naik.T")?.rujuk).toBe(false);
    const r2: Riwayat = { timbangan: [{ tanggal: "2024-05-15", beratKg: 10, naik: "T" }] };
    const p2 = nilai(orang("2022-06-01", "P", { beratKg: 9.9 }), r2, duaTSetting);
    expect(p2.naik).toMatchObject({ naik: "T", duaT: true, selisihG: -100 });
    expect(p2.temuan.find((t) => t.kode === "naik.2T")).toMatchObject({ rujuk: true, tingkat: "bahaya" });
    expect(p2.ringkasan.some((l) => l.startsWith("Tidak naik: turun 100 g"))).toBe(true);
  });
  it("BGM below −3 SD BB/U, refers", () => {
    const p = nilai(orang("2022-06-01", "L", { beratKg: 8 })); // 24 months
    expect(p.z.bbu!).toBeLessThan(-3);
    expect(p.bgm).toBe(true);
    expect(kode(p)).toContain("bgm");
    expect(kode(p)).not.toContain("gizi.bbu.sangat_kurang");
    expect(p.dirujuk).toBe(true);
  });
  it("above the orange line (BB/U > +1) refers", () => {
    const p = nilai(orang("2022-06-01", "L", { beratKg: 15 }));
    expect(p.z.bbu!).toBeGreaterThan(1);
    expect(p.temuan.find((t) => t.kode === "kms.oranye")?.rujuk).toBe(true);
  });
  it("weight change over 1.5 kg since last month asks to confirm; 1.5 exactly does not", () => {
    const r: Riwayat = { timbangan: [{ tanggal: "2024-05-15", beratKg: 10, naik: "N" }] };
    expect(nilai(orang("2022-06-01", "L", { beratKg: 11.6 }), r).konfirmasi.map((k) => k.kode)).toContain("berat.berubah");
    expect(nilai(orang("2022-06-01", "L", { beratKg: 11.5 }), r).konfirmasi.map((k) => k.kode)).not.toContain("berat.berubah");
    expect(nilai(orang("2022-06-01", "L", { beratKg: 8.4 }), r).konfirmasi.map((k) => k.kode)).toContain("berat.berubah");
  });
  it("a height that shrank more than 1 cm asks to confirm", () => {
    const r = (cm: number): Riwayat => ({ timbangan: [], tinggiTerakhir: { tanggal: "2024-05-15", cm } });
    expect(nilai(orang("2022-06-01", "L", { tinggiCm: 85 }), r(86.1)).konfirmasi.map((k) => k.field)).toEqual(["tinggiCm"]);
    expect(nilai(orang("2022-06-01", "L", { tinggiCm: 85 }), r(86)).konfirmasi).toEqual([]);
  });
  it("offline (no WHO function): no z-scores, a line saying they come later, N/T still computed", () => {
    const p = nilaiPemeriksaan(orang("2022-06-01", "P", { beratKg: 10.25 }), { timbangan: [{ tanggal: "2024-05-15", beratKg: 10, naik: "N" }] }, AMBANG_BAWAAN, null);
    expect(p.z).toEqual({ bbu: null, tbu: null, bbtb: null, imtu: null });
    expect(p.ringkasan[0]).toMatch(/dihitung setelah data terkirim/);
    expect(p.naik?.naik).toBe("N");
  });
  it("stunting refers (tbu.pendek / sangat pendek)", () => {
    const p = nilai(orang("2022-06-01", "L", { beratKg: 11, tinggiCm: 78, caraUkur: "BERDIRI" }));
    expect(kode(p).some((k) => k.startsWith("gizi.tbu."))).toBe(true);
    expect(p.temuan.find((t) => t.kode.startsWith("gizi.tbu."))?.rujuk).toBe(true);
  });
  it("results are JSON-safe", () => {
    const p = nilai(orang("2022-06-01", "L", { beratKg: 8, tinggiCm: 80, caraUkur: "BERDIRI", lilaCm: 12, lingkarKepalaCm: 46 }), { timbangan: [{ tanggal: "2024-05-15", beratKg: 8.1, naik: "T" }] });
    expect(JSON.parse(JSON.stringify(p.hasil))).toEqual(p.hasil);
    expect(JSON.parse(JSON.stringify(p.temuan))).toEqual(p.temuan);
  });
});

describe("ibu hamil", () => {
  const bumil = (x: Partial<NilaiInput>) => orang("1998-03-10", "P", { statusIbu: "HAMIL", ...x });
  it("LiLA 23.4 → KEK, refer; 23.5 → not KEK", () => {
    const p = nilai(bumil({ lilaCm: 23.4 }));
    expect(p.temuan.find((t) => t.kode === "kek")).toMatchObject({ rujuk: true, tingkat: "bahaya" });
    expect(p.dirujuk).toBe(true);
    expect(p.hasil.kek).toBe(true);
    const q = nilai(bumil({ lilaCm: 23.5 }));
    expect(q.hasil.kek).toBe(false);
    expect(q.dirujuk).toBe(false);
  });
  it("Hb 10.9 → anemia (pregnant < 11), refer; BP 140/90 → hypertension, refer", () => {
    const p = nilai(bumil({ hb: 10.9, sistolik: 140, diastolik: 90 }));
    expect(kode(p)).toEqual(expect.arrayContaining(["anemia.ringan", "td.ht1"]));
    expect(p.dirujuk).toBe(true);
    expect(nilai(bumil({ hb: 11 })).temuan).toEqual([]);
  });
  it("no IMT class and no waist class in pregnancy", () => {
    const p = nilai(bumil({ beratKg: 90, tinggiCm: 150, lingkarPerutCm: 110 }));
    expect(p.hasil.imt).toBeUndefined();
    expect(p.hasil.lingkarPerut).toBeUndefined();
  });
});

describe("remaja", () => {
  it("15-year-old girl: BP 130/80 → stage 1 (AAP), refer; Hb 11.9 → mild anemia; IMT/U from WHO 2007", () => {
    const p = nilai(orang("2009-01-10", "P", { sistolik: 130, diastolik: 80, hb: 11.9, beratKg: 48, tinggiCm: 155 }));
    expect(p.hasil.tekananDarah).toMatchObject({ kode: "td_anak.ht1", rujuk: true });
    expect(kode(p)).toContain("anemia.ringan");
    expect(p.z.imtu).not.toBeNull();
    expect(p.imt).toBe(20);
  });
  it("9-year-old boy: 107/70 is at the table value → refer", () => {
    const p = nilai(orang("2015-01-10", "L", { sistolik: 107, diastolik: 70 }));
    expect(p.hasil.tekananDarah).toMatchObject({ kode: "td_anak.tinggi", rujuk: true });
  });
});

describe("dewasa & lansia", () => {
  it("lansia BP 160/100 → grade 2, refer, with a line for the screen", () => {
    const p = nilai(orang("1955-02-01", "L", { sistolik: 160, diastolik: 100 }));
    expect(p.temuan.find((t) => t.kode === "td.ht2")?.rujuk).toBe(true);
    expect(p.ringkasan).toContain("Tekanan darah 160/100 mmHg: hipertensi derajat 2");
    expect(p.dirujuk).toBe(true);
  });
  it("lansia 139/89 → normal-high: monthly monitoring, no referral", () => {
    const p = nilai(orang("1955-02-01", "L", { sistolik: 139, diastolik: 89 }));
    expect(p.temuan).toEqual([{ kode: "td.normal_tinggi", label: "Tekanan darah 139/89: normal tinggi", rujuk: false, tingkat: "waspada" }]);
    expect(p.dirujuk).toBe(false);
  });
  it("adult IMT by the chosen scheme, waist, GDS", () => {
    const i = orang("1980-05-05", "P", { beratKg: 65, tinggiCm: 160, lingkarPerutCm: 81, gulaDarah: 200 });
    const p = nilai(i);
    expect(p.imt).toBe(25.4);
    expect(p.hasil.imt).toMatchObject({ kode: "imt.obesitas1", skema: "ASIA_PASIFIK" });
    expect(kode(p)).toEqual(expect.arrayContaining(["imt.obesitas1", "lp.obesitas_sentral", "gds.diabetes"]));
    expect(p.temuan.find((t) => t.kode === "gds.diabetes")?.rujuk).toBe(true);
    const depkes = resolveAmbang({ "ambang.imt": { skema: "DEPKES" } });
    expect(nilai(i, tanpaRiwayat, depkes).hasil.imt).toMatchObject({ kode: "imt.gemuk", skema: "DEPKES" });
    expect(nilai({ ...i, gulaDarah: 199 }).temuan.find((t) => t.kode.startsWith("gds."))).toMatchObject({ kode: "gds.prediabetes", rujuk: false });
  });
  it("PUMA 6 refers; SRQ item 17 refers urgently", () => {
    const p = nilai(
      orang("1960-01-01", "L", {
        skrining: {
          puma: { merokok: "ANTARA_20_30", napasPendek: true, dahak: true, batuk: false, spirometri: false },
          srq: { jawaban: SRQ_BUTIR.map((_, i) => i === 16) },
        },
      }),
    );
    expect(p.hasil.puma).toMatchObject({ skor: 6, rujuk: true });
    expect(p.temuan.find((t) => t.kode === "srq.butir17")).toMatchObject({ rujuk: true, tingkat: "bahaya" });
  });
  it("lansia LiLA under 21: a malnutrition sign on its own, or inside SKILAS when SKILAS was asked", () => {
    const sendiri = nilai(orang("1950-01-01", "P", { lilaCm: 20.9 }));
    expect(sendiri.temuan.find((t) => t.kode === "lansia.lila")?.rujuk).toBe(true);
    expect(nilai(orang("1950-01-01", "P", { lilaCm: 21 })).temuan).toEqual([]);
    const skilas = nilai(orang("1950-01-01", "P", { lilaCm: 20.9, skrining: { skilas: { sedih: false } } }));
    expect(kode(skilas)).toEqual(["skilas.positif"]);
    expect(skilas.hasil.skilas).toMatchObject({ positif: ["malnutrisi"] });
  });
  it("AKS below 20 refers", () => {
    const p = nilai(orang("1950-01-01", "P", { skrining: { aks: { bab: 2, bak: 2, membersihkanDiri: 1, toilet: 2, makan: 2, berpindah: 3, berjalan: 2, berpakaian: 2, tangga: 1, mandi: 1 } } }));
    expect(p.hasil.aks).toMatchObject({ skor: 18, kategori: "ketergantungan_ringan" });
    expect(p.dirujuk).toBe(true);
  });
  it("no child growth work for adults", () => {
    const p = nilai(orang("1980-05-05", "P", { beratKg: 60 }));
    expect(p.naik).toBeNull();
    expect(p.hasil.gizi).toBeUndefined();
  });
});

describe("FIELD_KELOMPOK", () => {
  it("covers every group and pregnancy, with the group's key measurements", () => {
    for (const k of KELOMPOK_SASARAN) expect(FIELD_KELOMPOK[k].length).toBeGreaterThan(3);
    expect(FIELD_KELOMPOK.BAYI).toEqual(expect.arrayContaining(["beratKg", "tinggiCm", "caraUkur", "lilaCm", "lingkarKepalaCm"]));
    expect(FIELD_KELOMPOK.LANSIA).toEqual(expect.arrayContaining(["sistolik", "gulaDarah", "skrining.puma", "skrining.skilas", "skrining.aks"]));
    expect(fieldUntuk("DEWASA", "HAMIL")).toBe(FIELD_KELOMPOK.HAMIL);
    expect(FIELD_KELOMPOK.HAMIL).toContain("lilaCm");
    expect(FIELD_KELOMPOK.HAMIL).not.toContain("tinggiCm");
  });
});

describe("the thresholds travel to the phone as JSON", () => {
  it("a JSON copy of the thresholds gives the same evaluation (the category table is then a copy)", () => {
    const copy = JSON.parse(JSON.stringify(AMBANG_BAWAAN));
    expect(copy.gizi).not.toBe(AMBANG_BAWAAN.gizi);
    const inputs: [NilaiInput, Riwayat][] = [
      [orang("2022-06-01", "L", { beratKg: 8, tinggiCm: 80, caraUkur: "BERDIRI", lilaCm: 12, lingkarKepalaCm: 46 }), { timbangan: [{ tanggal: "2024-05-15", beratKg: 8.1, naik: "T" }] }],
      [orang("2009-01-10", "P", { sistolik: 130, diastolik: 80, hb: 11.9, beratKg: 70, tinggiCm: 155 }), tanpaRiwayat],
      [orang("1955-02-01", "L", { sistolik: 160, diastolik: 100, beratKg: 80, tinggiCm: 165, lingkarPerutCm: 95, gulaDarah: 250 }), tanpaRiwayat],
    ];
    for (const [i, r] of inputs) expect(nilai(i, r, copy)).toEqual(nilai(i, r));
  });
});

describe("KMS lines at their edges (a stand-in WHO function gives exact z-scores)", () => {
  const stub = (bbu: number, flag = false) => (): import("../../../lib/pertumbuhan/types.ts").GrowthResult => {
    const none = { z: null, flag: false, status: "missing" as const };
    return {
      sex: 1, ageDays: 730, ageMonths: 24, reference: "WHO2006", measure: null, measureDiscarded: false, lengthHeightCm: null, lengthHeightCorrectionCm: 0, bmi: null, errors: [], warnings: [],
      indices: { bbu: { z: bbu, flag, status: "ok" }, tbu: none, bbtb: none, imtu: none, lku: none, lilau: none },
    };
  };
  const balita = orang("2022-06-01", "L", { beratKg: 10 });
  it("BGM below −3 only: −3.00 is not BGM (kurang, refer), −3.01 is", () => {
    const at = nilaiPemeriksaan(balita, tanpaRiwayat, AMBANG_BAWAAN, stub(-3));
    expect(at.bgm).toBe(false);
    expect(kode(at)).toEqual(["gizi.bbu.kurang"]);
    const below = nilaiPemeriksaan(balita, tanpaRiwayat, AMBANG_BAWAAN, stub(-3.01));
    expect(below.bgm).toBe(true);
    expect(kode(below)).toEqual(["bgm"]);
  });
  it("above the orange line only above +1: +1.00 is normal, +1.01 refers", () => {
    expect(nilaiPemeriksaan(balita, tanpaRiwayat, AMBANG_BAWAAN, stub(1)).temuan).toEqual([]);
    expect(kode(nilaiPemeriksaan(balita, tanpaRiwayat, AMBANG_BAWAAN, stub(1.01)))).toEqual(["kms.oranye"]);
  });
  it("the red line is a setting", () => {
    const a = resolveAmbang({ "ambang.kms": { merahZ: -2, oranyeZ: 1, rujukPada: "T" } });
    expect(nilaiPemeriksaan(balita, tanpaRiwayat, a, stub(-2.5)).bgm).toBe(true);
  });
});
