import { describe, expect, it } from "vitest";
import { hitungKalkulator, chartFor, formatZId } from "../../../lib/gizi/kalkulator.ts";
import { ZKalkulatorForm } from "../../../lib/gizi/schemas.ts";
import { umurKalender, umurText } from "../../../lib/gizi/umur.ts";
import { computeGrowth, PESAN } from "../../../lib/pertumbuhan/index.ts";
import { lmsRow } from "../../../lib/pertumbuhan/lms.ts";

const TODAY = "2026-11-22";
const base = { jk: "1", tgl_lahir: "2025-11-22", tgl_ukur: "2026-11-22", bb: "9,6" };

function errorsOf(values: Record<string, string>) {
  const out = hitungKalkulator(values, TODAY);
  if (out.state !== "salah") throw new Error(`expected refusal, got ${out.state}`);
  return out.fieldErrors;
}

describe("kalkulator status gizi: input yang tidak mungkin ditolak dengan pesan", () => {
  it("a first visit with no input is neither an error nor a result", () => {
    expect(hitungKalkulator({}, TODAY).state).toBe("kosong");
  });

  it("no sex", () => {
    expect(errorsOf({ ...base, jk: "" }).jk).toEqual(["Pilih jenis kelamin."]);
  });

  it("a date of birth after the measurement", () => {
    expect(errorsOf({ ...base, tgl_lahir: "2026-11-23", tgl_ukur: "2026-11-20" }).tgl_lahir).toEqual(["Tanggal lahir sesudah tanggal pengukuran."]);
  });

  it("every problem at once: a weight of 0 and a birth after the measurement", () => {
    const e = errorsOf({ ...base, bb: "0", tgl_lahir: "2026-11-21", tgl_ukur: "2026-11-20" });
    expect(e.bb).toEqual(["Berat badan harus lebih dari 0 kg."]);
    expect(e.tgl_lahir).toEqual(["Tanggal lahir sesudah tanggal pengukuran."]);
  });

  it("a measurement in the future", () => {
    expect(errorsOf({ ...base, tgl_ukur: "2026-11-23" }).tgl_ukur).toEqual(["Tanggal pengukuran tidak boleh sesudah hari ini."]);
  });

  it("a date that does not exist", () => {
    expect(errorsOf({ ...base, tgl_lahir: "2025-02-30" }).tgl_lahir).toEqual(["Tanggal lahir tidak valid."]);
  });

  it("a weight of 0, a negative length, letters", () => {
    const e = errorsOf({ ...base, bb: "0", tb: "-3", lk: "abc" });
    expect(e.bb).toEqual(["Berat badan harus lebih dari 0 kg."]);
    expect(e.tb).toEqual(["Panjang/tinggi badan harus lebih dari 0 cm."]);
    expect(e.lk).toEqual(["Lingkar kepala harus berupa angka, misalnya 8,5."]);
  });

  it("an age past 19 years", () => {
    expect(errorsOf({ ...base, tgl_lahir: "2006-01-01" }).tgl_lahir).toEqual([PESAN.ageOver19]);
  });

  it("neither weight nor length", () => {
    expect(errorsOf({ ...base, bb: "" }).bb).toEqual(["Isi berat badan atau panjang/tinggi badan (atau keduanya)."]);
  });

  it("a weight no child has", () => {
    expect(errorsOf({ ...base, bb: "950" }).bb?.[0]).toMatch(/tidak masuk akal/);
  });

  it("a length outside the weight-for-length table gets a reason, not a number", () => {
    const out = hitungKalkulator({ ...base, tb: "40", cara: "l" }, TODAY);
    expect(out.state).toBe("hasil");
    if (out.state !== "hasil") return;
    expect(out.result.indices.bbtb.z).toBeNull();
    expect(out.result.indices.bbtb.reason).toBe(PESAN.wflOutOfRange(40, 0));
  });
});

describe("kalkulator status gizi: hasil", () => {
  it("accepts a decimal comma and passes every field to the library", () => {
    const v = ZKalkulatorForm.parse({ ...base, tb: "75,5", cara: "l", lk: "46,1", lila: "14,2", edema: "ya" });
    expect(v).toMatchObject({ bb: 9.6, tb: 75.5, cara: "l", lk: 46.1, lila: 14.2, edema: true });
  });

  it("a boy of 365 days at the WHO median weight is at z = 0,00, berat badan normal", () => {
    const m = lmsRow("weianthro", 1, 365)!.m;
    const out = hitungKalkulator({ ...base, bb: String(m) }, TODAY);
    expect(out.state).toBe("hasil");
    if (out.state !== "hasil") return;
    expect(out.result.ageDays).toBe(365);
    expect(out.result.indices.bbu.z).toBe(0);
    expect(out.result.indices.bbu.category?.label).toBe("Berat badan normal");
    expect(out.chartIndices).toEqual(["bbu"]);
  });

  it("gives the library's numbers for a full measurement, and the chart of the chosen index", () => {
    const values = { jk: "2", tgl_lahir: "2024-05-10", tgl_ukur: "2026-11-20", bb: "10,1", tb: "84,0", cara: "h", lk: "46", lila: "13,1" };
    const out = hitungKalkulator(values, TODAY, "bbtb");
    expect(out.state).toBe("hasil");
    if (out.state !== "hasil") return;
    const direct = computeGrowth({ sex: 2, birthDate: "2024-05-10", visitDate: "2026-11-20", weightKg: 10.1, lengthHeightCm: 84, measure: "h", headCm: 46, muacCm: 13.1 });
    for (const k of ["bbu", "tbu", "bbtb", "imtu", "lku", "lilau"] as const) {
      expect(out.result.indices[k].z).toBe(direct.indices[k].z);
      expect(out.result.indices[k].z).not.toBeNull();
    }
    expect(out.chart?.index).toBe("bbtb");
    expect(out.chart?.xLabel).toBe("Tinggi badan (cm)");
    expect(out.chart?.point).toEqual({ x: 84, y: 10.1 });
    expect(out.chart?.curves[0].x).toBe(65);
    expect(out.chart?.curves.at(-1)?.x).toBe(120);
  });

  it("the age chart puts the child at its age in months and the corrected length", () => {
    const out = hitungKalkulator({ jk: "1", tgl_lahir: "2025-11-22", tgl_ukur: "2026-11-22", tb: "75", cara: "h" }, TODAY);
    if (out.state !== "hasil") throw new Error(out.state);
    const chart = chartFor("tbu", out.input, out.result)!;
    expect(out.result.lengthHeightCm).toBe(75.7);
    expect(chart.point).toEqual({ x: Math.round((365 / 30.4375) * 100) / 100, y: 75.7 });
    expect(chart.curves.length).toBeGreaterThan(200);
    const median = chart.curves.find((c) => c.x >= 12)!.sd["0"];
    expect(median).toBeGreaterThan(74);
    expect(median).toBeLessThan(77);
  });

  it("an index not asked for in the URL falls back to the first computed one", () => {
    const out = hitungKalkulator(base, TODAY, "lku");
    if (out.state !== "hasil") throw new Error(out.state);
    expect(out.chart?.index).toBe("bbu");
  });

  it("formats z-scores the Indonesian way with a true minus sign", () => {
    expect(formatZId(-1.234)).toBe("−1,23");
    expect(formatZId(0.5)).toBe("+0,50");
    expect(formatZId(0)).toBe("0,00");
  });
});

describe("umur dalam kata", () => {
  it("counts calendar months and leftover days", () => {
    expect(umurText("2024-01-31", "2024-03-01")).toBe("1 bulan 1 hari");
    expect(umurText("2023-05-10", "2026-11-20")).toBe("3 tahun 6 bulan 10 hari");
    expect(umurText("2026-11-20", "2026-11-20")).toBe("0 hari");
    // A leap-day child turns one on 28 February (the day is clamped to the end of the month).
    expect(umurText("2024-02-29", "2025-02-28")).toBe("1 tahun");
    expect(umurText("2024-02-29", "2025-02-27")).toBe("11 bulan 29 hari");
    expect(umurKalender("2026-11-21", "2026-11-20")).toBeNull();
  });
});
