/** Every switch and range edge of WHO's method (anthro 1.1.0 / anthroplus 1.1.0). */
import { describe, expect, it } from "vitest";
import { computeGrowth, validateGrowthInput, type GrowthInput, type Measure } from "../../../lib/pertumbuhan/index.ts";

const r2 = (x: number): number => Math.round(x * 100) / 100;

describe("day 730 / 731: length below 731 days, height from 731 days", () => {
  // lenanthro.txt: 1	730	1	87.8018	0.03479	L
  //                1	731	1	87.1303	0.03508	H
  const run = (ageDays: number, measure: Measure) =>
    computeGrowth({ sex: 1, ageDays, lengthHeightCm: 85, measure, weightKg: 11 });

  it("730 days lying: no correction, length row, weight-for-length", () => {
    const r = run(730, "l");
    expect(r.lengthHeightCm).toBe(85);
    expect(r.lengthHeightCorrectionCm).toBe(0);
    expect(r.indices.tbu.z).toBe(r2((85 / 87.8018 - 1) / 0.03479));
    expect(r.indices.bbtb.table).toBe("wflanthro");
  });
  it("730 days standing: +0.7 cm", () => {
    const r = run(730, "h");
    expect(r.lengthHeightCm).toBe(85 + 0.7);
    expect(r.lengthHeightCorrectionCm).toBe(0.7);
    expect(r.indices.tbu.z).toBe(r2((85.7 / 87.8018 - 1) / 0.03479));
    expect(r.indices.bbtb.table).toBe("wflanthro");
  });
  it("731 days standing: no correction, height row, weight-for-height", () => {
    const r = run(731, "h");
    expect(r.lengthHeightCm).toBe(85);
    expect(r.indices.tbu.z).toBe(r2((85 / 87.1303 - 1) / 0.03508));
    expect(r.indices.tbu.z).toBe(-0.7);
    expect(r.indices.bbtb.table).toBe("wfhanthro");
  });
  it("731 days lying: −0.7 cm", () => {
    const r = run(731, "l");
    expect(r.lengthHeightCm).toBe(85 - 0.7);
    expect(r.lengthHeightCorrectionCm).toBe(-0.7);
    expect(r.indices.tbu.z).toBe(r2((84.3 / 87.1303 - 1) / 0.03508));
    expect(r.indices.bbtb.table).toBe("wfhanthro");
  });
  it("730.5 days rounds up to day 731 (anthro round_up), 730.4 stays 730", () => {
    expect(run(730.5, "l").ageDays).toBe(731);
    expect(run(730.5, "l").lengthHeightCm).toBe(84.3);
    expect(run(730.4, "h").ageDays).toBe(730);
    expect(run(730.4, "h").lengthHeightCm).toBe(85.7);
  });
  it("measure not recorded: no correction, the table follows the age", () => {
    const a = computeGrowth({ sex: 1, ageDays: 730, lengthHeightCm: 85, weightKg: 11 });
    const b = computeGrowth({ sex: 1, ageDays: 731, lengthHeightCm: 85, weightKg: 11 });
    expect([a.lengthHeightCm, b.lengthHeightCm]).toEqual([85, 85]);
    expect([a.indices.bbtb.table, b.indices.bbtb.table]).toEqual(["wflanthro", "wfhanthro"]);
  });
  it("dates: 2022-01-01 to 2024-01-01 is 730 days, to 2024-01-02 is 731", () => {
    expect(computeGrowth({ sex: 1, birthDate: "2022-01-01", visitDate: "2024-01-01" }).ageDays).toBe(730);
    expect(computeGrowth({ sex: 1, birthDate: "2022-01-01", visitDate: "2024-01-02" }).ageDays).toBe(731);
  });
});

describe("standing measure under 9 months", () => {
  it("273 days (8.97 months) standing: measure dropped, no correction, warning", () => {
    const r = computeGrowth({ sex: 1, ageDays: 273, lengthHeightCm: 68, measure: "h" });
    expect(r.measureDiscarded).toBe(true);
    expect(r.lengthHeightCm).toBe(68);
    expect(validateGrowthInput({ sex: 1, ageDays: 273, lengthHeightCm: 68, measure: "h" }).warnings[0].field).toBe("measure");
  });
  it("274 days (9.002 months) standing: +0.7", () => {
    const r = computeGrowth({ sex: 1, ageDays: 274, lengthHeightCm: 68, measure: "h" });
    expect(r.measureDiscarded).toBe(false);
    expect(r.lengthHeightCm).toBe(68.7);
  });
});

describe("weight-for-length 45–110 cm and weight-for-height 65–120 cm, after correction", () => {
  const wfl = (lengthHeightCm: number, ageDays = 100, measure: Measure = "l") =>
    computeGrowth({ sex: 2, ageDays, weightKg: 8, lengthHeightCm, measure }).indices.bbtb;

  it("44.9 cm: not computed, with the reason", () => {
    const r = wfl(44.9);
    expect(r.z).toBeNull();
    expect(r.status).toBe("out_of_range");
    expect(r.reason).toBe("Panjang badan 44,9 cm di luar tabel BB/PB (45–110 cm).");
  });
  it("45 cm: computed", () => {
    expect(wfl(45).z).not.toBeNull();
    expect(wfl(45).table).toBe("wflanthro");
  });
  it("110 cm: computed; 110.1 cm: not", () => {
    expect(wfl(110, 700).z).not.toBeNull();
    expect(wfl(110.1, 700).z).toBeNull();
  });
  it("109.5 cm measured standing at 700 days becomes 110.2 cm: out of the table", () => {
    const r = wfl(109.5, 700, "h");
    expect(r.z).toBeNull();
    expect(r.reason).toBe("Panjang badan 110,2 cm (setelah koreksi +0,7 cm) di luar tabel BB/PB (45–110 cm).");
    expect(wfl(109.3, 700, "h").z).not.toBeNull(); // 110.0
  });
  it("44.3 cm standing at 300 days becomes 45.0: in the table", () => {
    expect(wfl(44.3, 300, "h").z).not.toBeNull();
  });
  it("from 731 days: 64.9 cm not computed, 65 and 120 computed, 120.1 not", () => {
    expect(wfl(64.9, 800, "h").z).toBeNull();
    expect(wfl(64.9, 800, "h").reason).toBe("Tinggi badan 64,9 cm di luar tabel BB/TB (65–120 cm).");
    expect(wfl(65, 800, "h").z).not.toBeNull();
    expect(wfl(120, 800, "h").z).not.toBeNull();
    expect(wfl(120.1, 800, "h").z).toBeNull();
  });
  it("120.7 cm lying at 800 days becomes 120.0: computed", () => {
    expect(wfl(120.7, 800, "l").z).not.toBeNull();
    expect(wfl(120.8, 800, "l").z).toBeNull();
  });
  it("length outside the table is a validation warning, not an error", () => {
    const v = validateGrowthInput({ sex: 2, ageDays: 100, weightKg: 8, lengthHeightCm: 44.9, measure: "l" });
    expect(v.errors).toEqual([]);
    expect(v.warnings.map((w) => w.message)).toContain("Panjang badan 44,9 cm di luar tabel BB/PB (45–110 cm).");
  });
  it("without an age: by the measure, or by 87 cm when the measure is unknown (anthro)", () => {
    const noAge = (lengthHeightCm: number, measure?: Measure) =>
      computeGrowth({ sex: 1, weightKg: 12, lengthHeightCm, measure }).indices.bbtb;
    expect(noAge(86.9).table).toBe("wflanthro");
    expect(noAge(87).table).toBe("wfhanthro");
    expect(noAge(90, "l").table).toBe("wflanthro");
    expect(noAge(80, "h").table).toBe("wfhanthro");
    expect(noAge(80, "h").z).not.toBeNull();
    // age-based indices need the age
    expect(computeGrowth({ sex: 1, weightKg: 12, lengthHeightCm: 80 }).indices.bbu.reason).toBe("Umur tidak diketahui.");
  });
});

describe("month 60 / 61: WHO 2006 standards to < 60 months, WHO 2007 reference from 60 months", () => {
  const input = (ageDays: number): GrowthInput => ({
    sex: 1,
    ageDays,
    weightKg: 18.5,
    lengthHeightCm: 110,
    measure: "h",
    headCm: 50.7,
    muacCm: 16.5,
  });
  it("1826 days (59.99 months): everything from the 2006 standards", () => {
    const r = computeGrowth(input(1826));
    expect(r.reference).toBe("WHO2006");
    expect(r.indices.tbu.table).toBe("lenanthro");
    // lenanthro.txt: 1	1826	1	109.9593	0.04214	H
    expect(r.indices.tbu.z).toBe(r2((110 / 109.9593 - 1) / 0.04214));
    expect(r.indices.bbtb.z).not.toBeNull();
    expect(r.indices.lku.z).not.toBeNull();
    expect(r.indices.lilau.z).not.toBeNull();
  });
  it("1827 days (60.02 months): weight, height and BMI from the 2007 reference; the others empty", () => {
    const r = computeGrowth(input(1827));
    expect(r.reference).toBe("WHO2007");
    expect(r.indices.tbu.table).toBe("hfawho2007");
    // hfawho2007.txt: 1	60	1	109.7265	0.04156 ; 1	61	1	110.2647	0.04164
    const w = 1827 / 30.4375 - 60;
    const M = 109.7265 + w * (110.2647 - 109.7265);
    const S = 0.04156 + w * (0.04164 - 0.04156);
    expect(r.indices.tbu.z).toBe(r2((110 / M - 1) / S));
    expect(r.indices.bbu.table).toBe("wfawho2007");
    expect(r.indices.imtu.table).toBe("bfawho2007");
    expect(r.indices.bbtb).toMatchObject({ z: null, status: "out_of_range", reason: "BB/PB dan BB/TB hanya untuk umur 0–60 bulan." });
    expect(r.indices.lku).toMatchObject({ z: null, reason: "LK/U hanya untuk umur 0–60 bulan." });
    expect(r.indices.lilau.z).toBeNull();
  });
  it("the 2007 reference uses the height as given (no 0.7 cm correction)", () => {
    const lying = computeGrowth({ ...input(1900), measure: "l" });
    const standing = computeGrowth({ ...input(1900), measure: "h" });
    expect(lying.lengthHeightCm).toBe(110);
    expect(lying.indices.tbu.z).toBe(standing.indices.tbu.z);
    expect(lying.warnings.map((w) => w.field)).toContain("measure");
  });
});

describe("2007 age limits", () => {
  it("weight-for-age to < 121 months (121 in the table repeats 120)", () => {
    const bbu = (ageMonths: number) => computeGrowth({ sex: 2, ageMonths, weightKg: 30 }).indices.bbu;
    expect(bbu(120).z).not.toBeNull();
    expect(bbu(120.9).z).toBe(bbu(120).z);
    expect(bbu(121).z).toBeNull();
    expect(bbu(121).reason).toBe("BB/U hanya sampai umur 10 tahun (< 121 bulan, WHO 2007); gunakan IMT/U.");
  });
  it("height- and BMI-for-age to < 229 months; 229 months and above is an error", () => {
    const at = (ageMonths: number) => computeGrowth({ sex: 1, ageMonths, weightKg: 60, lengthHeightCm: 170 });
    expect(at(228.9).indices.tbu.z).not.toBeNull();
    expect(at(228.9).indices.imtu.z).not.toBeNull();
    const old = at(229);
    expect(old.reference).toBeNull();
    expect(old.indices.tbu.z).toBeNull();
    expect(old.indices.tbu.reason).toBe("Umur 19 tahun atau lebih (≥ 229 bulan): di luar rujukan WHO.");
    expect(old.errors.map((e) => e.message)).toContain("Umur 19 tahun atau lebih (≥ 229 bulan): di luar rujukan WHO.");
  });
});

describe("arm circumference-for-age from day 91", () => {
  it("90 days: not computed; 91 days: computed (acanthro 1 91: 0.3933 13.4779 0.07474)", () => {
    const a = computeGrowth({ sex: 1, ageDays: 90, muacCm: 13.4 }).indices.lilau;
    expect(a.z).toBeNull();
    expect(a.reason).toBe("LiLA/U baru dihitung mulai umur 3 bulan (91 hari).");
    const b = computeGrowth({ sex: 1, ageDays: 91, muacCm: 13.4 }).indices.lilau;
    expect(b.z).toBe(r2(((13.4 / 13.4779) ** 0.3933 - 1) / (0.3933 * 0.07474)));
  });
  it("is restricted beyond ±3 SD (anthro uses compute_zscore_adjusted for zac)", () => {
    const [L, M, S] = [0.3933, 13.4779, 0.07474];
    const sd3neg = M * (1 + L * S * -3) ** (1 / L);
    const sd2neg = M * (1 + L * S * -2) ** (1 / L);
    const plain = ((9 / M) ** L - 1) / (L * S);
    expect(plain).toBeLessThan(-3);
    const z = computeGrowth({ sex: 1, ageDays: 91, muacCm: 9 }).indices.lilau.z;
    expect(z).toBe(r2(-3 + (9 - sd3neg) / (sd2neg - sd3neg)));
    expect(z).not.toBe(r2(plain));
  });
});

describe("head circumference-for-age is not restricted", () => {
  it("boy 91 days, 45 cm (hcanthro 1 91: 1 40.5008 0.02918): plain z far above +3", () => {
    const z = computeGrowth({ sex: 1, ageDays: 91, headCm: 45 }).indices.lku;
    expect(z.z).toBe(r2((45 / 40.5008 - 1) / 0.02918));
    expect(z.z).toBe(3.81);
    expect(z.category?.label).toBe("Makrosefali");
  });
});

describe("oedema", () => {
  it("no weight-for-age, weight-for-length nor BMI-for-age; length and head still computed", () => {
    const r = computeGrowth({ sex: 1, ageDays: 400, weightKg: 9, lengthHeightCm: 75, measure: "l", headCm: 46, muacCm: 14, oedema: true });
    for (const k of ["bbu", "bbtb", "imtu"] as const) {
      expect(r.indices[k]).toMatchObject({ z: null, flag: false, status: "out_of_range", reason: "Tidak dihitung karena ada edema." });
    }
    expect(r.indices.tbu.z).not.toBeNull();
    expect(r.indices.lku.z).not.toBeNull();
    expect(r.indices.lilau.z).not.toBeNull();
  });
});

describe("missing and impossible input", () => {
  it("missing measurements are 'missing', not errors", () => {
    const r = computeGrowth({ sex: 2, ageDays: 400 });
    for (const k of ["bbu", "tbu", "bbtb", "imtu", "lku", "lilau"] as const) expect(r.indices[k].status).toBe("missing");
    expect(r.errors).toEqual([]);
  });
  it("missing sex: nothing computed, error message", () => {
    const r = computeGrowth({ ageDays: 400, weightKg: 9 });
    expect(r.indices.bbu).toMatchObject({ z: null, status: "invalid", reason: "Jenis kelamin tidak diketahui." });
    expect(validateGrowthInput({ ageDays: 400, weightKg: 9 }).errors).toEqual([
      { field: "sex", message: "Jenis kelamin wajib diisi (laki-laki atau perempuan)." },
    ]);
  });
  it("date of birth after the measurement date", () => {
    const v = validateGrowthInput({ sex: 1, birthDate: "2024-05-01", visitDate: "2024-04-01", weightKg: 8 });
    expect(v.errors).toEqual([{ field: "birthDate", message: "Tanggal lahir sesudah tanggal pengukuran." }]);
    expect(computeGrowth({ sex: 1, birthDate: "2024-05-01", visitDate: "2024-04-01", weightKg: 8 }).indices.bbu.z).toBeNull();
  });
  it("impossible dates and negative ages", () => {
    expect(validateGrowthInput({ sex: 1, birthDate: "2023-02-29", visitDate: "2024-01-01" }).errors[0].message).toBe(
      "Tanggal lahir tidak valid (format TTTT-BB-HH).",
    );
    expect(validateGrowthInput({ sex: 1, ageDays: -1 }).errors[0].message).toBe("Umur tidak boleh negatif.");
    expect(validateGrowthInput({ sex: 1 }).errors[0].field).toBe("age");
  });
  it("weight and length must be > 0", () => {
    const v = validateGrowthInput({ sex: 1, ageDays: 100, weightKg: 0, lengthHeightCm: -3 });
    expect(v.errors.map((e) => e.message)).toEqual(["Berat badan harus lebih dari 0 kg.", "Panjang/tinggi badan harus lebih dari 0 cm."]);
  });
  it("a leap-year age from dates: 2023-01-10 to 2024-03-05 is 420 days", () => {
    const r = computeGrowth({ sex: 1, birthDate: "2023-01-10", visitDate: "2024-03-05" });
    expect(r.ageDays).toBe(420);
    expect(r.ageMonths).toBe(420 / 30.4375);
  });
  it("ageDays wins over the dates; ageMonths is used when nothing else is given", () => {
    expect(computeGrowth({ sex: 1, ageDays: 100, birthDate: "2023-01-10", visitDate: "2024-03-05" }).ageDays).toBe(100);
    expect(computeGrowth({ sex: 1, ageMonths: 10 }).ageDays).toBe(304); // 304.375 -> 304
  });
});

describe("WHO plausibility flags apply to the rounded z", () => {
  // Find weights whose rounded BB/U z is exactly 5.00 and 5.01 (boy, 365 days).
  const zOf = (w: number) => computeGrowth({ sex: 1, ageDays: 365, weightKg: w }).indices.bbu;
  let at500: number | null = null;
  let at501: number | null = null;
  for (let w = 15; w < 20 && (at500 === null || at501 === null); w = Math.round((w + 0.001) * 1000) / 1000) {
    const z = zOf(w).z;
    if (z === 5 && at500 === null) at500 = w;
    if (z === 5.01 && at501 === null) at501 = w;
  }
  it("BB/U: z = 5.00 not flagged, 5.01 flagged", () => {
    expect(at500).not.toBeNull();
    expect(at501).not.toBeNull();
    expect(zOf(at500 as number).flag).toBe(false);
    expect(zOf(at501 as number).flag).toBe(true);
  });
  it("BB/U low limit is −6, PB/U ±6, others ±5", () => {
    expect(computeGrowth({ sex: 1, ageDays: 365, weightKg: 4.5 }).indices.bbu.z).toBeLessThan(-5);
    const low = computeGrowth({ sex: 1, ageDays: 365, weightKg: 4.5 }).indices.bbu;
    expect(low.flag).toBe((low.z as number) < -6);
  });
});
