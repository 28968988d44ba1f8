/** The reports' pure pieces: the report month, the drill-down levels and roll-up, coverage arithmetic, birth-date bands, CSV cells. */
import { describe, expect, it } from "vitest";
import { bulanDari, geserBulan, BULAN_RE } from "../../../lib/laporan/bulan.ts";
import { jejak, kelompokkan, kunciBaris, paramsTurun, tingkatBaris, TANPA_PUSKESMAS, type PosyanduLetak } from "../../../lib/laporan/wilayah.ts";
import { INDIKATOR_CAKUPAN, WILAYAH_SEMUA_MAKS, berlakuBulan, jumlahCakupan, persenCakupan, pilihIndikator, type KodeIndikator, type NilaiCakupan } from "../../../lib/laporan/cakupan-indikator.ts";
import { lahirPalingAkhir } from "../../../lib/laporan/kelompok-sql.ts";
import { angkaTitik, SKDN_CSV_HEADER, skdnCsvCells } from "../../../lib/laporan/skdn-csv.ts";
import { persen, persenCsv } from "../../../lib/laporan/format.ts";
import { umurBulanPada } from "../../../lib/sasaran/kelompok.ts";
import { addDays } from "../../../lib/posyandu/jadwal.ts";

describe("bulan", () => {
  it("month ranges at the edges: February of a leap year, December into the next year", () => {
    expect(bulanDari("2024-02")).toMatchObject({ awal: "2024-02-01", akhir: "2024-02-29", akhirEksklusif: "2024-03-01", label: "Februari 2024", tahun: 2024, bulan: 2 });
    expect(bulanDari("2023-02").akhir).toBe("2023-02-28");
    expect(bulanDari("2024-12")).toMatchObject({ akhir: "2024-12-31", akhirEksklusif: "2025-01-01", label: "Desember 2024" });
    expect(() => bulanDari("2024-13")).toThrow();
    expect(BULAN_RE.test("2024-00")).toBe(false);
    expect(geserBulan("2024-01", -1)).toBe("2023-12");
    expect(geserBulan("2024-12", 1)).toBe("2025-01");
    expect(geserBulan("2024-05", -17)).toBe("2022-12");
  });
});

const row = (o: Partial<PosyanduLetak> & { posyanduId: string }): PosyanduLetak => ({ posyandu: o.posyanduId, desaId: "d1", desa: "Klorogan", puskesmasId: "p1", puskesmas: "Puskesmas Geger", ...o });

describe("wilayah: levels, roll-up, the way back", () => {
  it("the level of the rows follows the role and the drill params", () => {
    expect(tingkatBaris({ role: "DINKES_ADMIN" }, {})).toBe("puskesmas");
    expect(tingkatBaris({ role: "DINKES" }, { puskesmasId: "x" })).toBe("desa");
    expect(tingkatBaris({ role: "DINKES" }, { desaId: "x" })).toBe("posyandu");
    expect(tingkatBaris({ role: "PUSKESMAS" }, {})).toBe("desa");
    expect(tingkatBaris({ role: "BIDAN_DESA" }, {})).toBe("posyandu");
    expect(tingkatBaris({ role: "KADER" }, {})).toBe("posyandu");
    expect(tingkatBaris({ role: "PUSKESMAS" }, { posyanduId: "x" })).toBe("posyandu");
  });
  it("groups and sums per area, sorted by name; a desa without puskesmas is its own group, not drillable", () => {
    const rows = [row({ posyanduId: "a", desaId: "d2", desa: "Kaibon" }), row({ posyanduId: "b" }), row({ posyanduId: "c" }), row({ posyanduId: "z", desaId: "d9", desa: "Sumber", puskesmasId: null, puskesmas: null })];
    const byDesa = kelompokkan("desa", rows, (rs) => rs.length);
    expect(byDesa.map((g) => [g.nama, g.baris, g.jumlahPosyandu])).toEqual([["Desa Kaibon", 1, 1], ["Desa Klorogan", 2, 2], ["Desa Sumber", 1, 1]]);
    const byPkm = kelompokkan("puskesmas", rows, (rs) => rs.map((r) => r.posyanduId).join(""));
    expect(byPkm.map((g) => [g.id, g.baris])).toEqual([[TANPA_PUSKESMAS, "z"], ["p1", "abc"]]);
    expect(paramsTurun("puskesmas", TANPA_PUSKESMAS)).toBeNull();
    expect(paramsTurun("puskesmas", "p1")).toEqual({ puskesmasId: "p1" });
    expect(paramsTurun("desa", "d1")).toEqual({ desaId: "d1" });
    expect(paramsTurun("posyandu", "a")).toEqual({ posyanduId: "a" });
    expect(kunciBaris("posyandu", rows[1])).toEqual({ id: "b", nama: "Posyandu b" });
  });
  it("the way back up starts at the viewer's area and stops at the viewer's level", () => {
    const r = row({ posyanduId: "m1", posyandu: "Melati 1" });
    expect(jejak({ role: "DINKES", areaLabel: "Kabupaten Madiun" }, { posyanduId: "m1" }, r).map((t) => t.label)).toEqual(["Kabupaten Madiun", "Puskesmas Geger", "Desa Klorogan", "Posyandu Melati 1"]);
    expect(jejak({ role: "PUSKESMAS", areaLabel: "Puskesmas Geger" }, { desaId: "d1" }, r).map((t) => t.label)).toEqual(["Puskesmas Geger", "Desa Klorogan"]);
    expect(jejak({ role: "BIDAN_DESA", areaLabel: "Desa Klorogan" }, { posyanduId: "m1" }, r).map((t) => t.params)).toEqual([{}, { posyanduId: "m1" }]);
    expect(jejak({ role: "KADER", areaLabel: "Posyandu Melati 1" }, {}, r)).toHaveLength(1);
    expect(jejak({ role: "DINKES", areaLabel: "Kabupaten Madiun" }, { puskesmasId: "p1" }, undefined)).toHaveLength(1);
  });
});

describe("cakupan arithmetic", () => {
  it("percent with one decimal, null without a denominator; vitamin A only in February and August", () => {
    expect(persenCakupan({ pembilang: 2, penyebut: 3 })).toBe(66.7);
    expect(persenCakupan({ pembilang: 0, penyebut: 0 })).toBeNull();
    expect(persenCakupan({ pembilang: 5, penyebut: 5 })).toBe(100);
    const vitA = INDIKATOR_CAKUPAN.find((i) => i.kode === "vitaminABalita")!;
    expect([1, 2, 3, 7, 8, 9].map((m) => berlakuBulan(vitA, m))).toEqual([false, true, false, false, true, false]);
    expect(berlakuBulan(INDIKATOR_CAKUPAN.find((i) => i.kode === "tdLansia")!, 5)).toBe(true);
    expect(persen(83.33)).toBe("83,3%");
    expect(persen(null)).toBe("–");
    expect(persenCsv(83.33)).toBe("83.3");
    expect(persenCsv(null)).toBe("");
  });
  it("the per-area breakdown: every indicator for a few areas, the month's first indicator for many, what was asked when it applies", () => {
    expect(pilihIndikator(undefined, 5, WILAYAH_SEMUA_MAKS)).toBe("semua");
    expect(pilihIndikator(undefined, 5, WILAYAH_SEMUA_MAKS + 1)).toBe("asiEksklusif");
    expect(pilihIndikator(undefined, 8, 101)).toBe("vitaminABayi");
    expect(pilihIndikator("tdLansia", 5, 101)).toBe("tdLansia");
    expect(pilihIndikator("tdLansia", 5, 3)).toBe("tdLansia");
    expect(pilihIndikator("semua", 5, 101)).toBe("semua");
    // Vitamin A asked for in May (not its month) or an unknown code: the default.
    expect(pilihIndikator("vitaminABalita", 5, 101)).toBe("asiEksklusif");
    expect(pilihIndikator("bukanKode", 5, 4)).toBe("semua");
  });
  it("roll-up adds numerators and denominators, never percentages", () => {
    const one = (p: number, q: number) => Object.fromEntries(INDIKATOR_CAKUPAN.map((i) => [i.kode, { pembilang: p, penyebut: q }])) as Record<KodeIndikator, NilaiCakupan>;
    const t = jumlahCakupan([one(1, 2), one(3, 10)]);
    expect(t.tdLansia).toEqual({ pembilang: 4, penyebut: 12 });
    expect(persenCakupan(t.tdLansia)).toBe(33.3);
    expect(jumlahCakupan([]).puma40).toEqual({ pembilang: 0, penyebut: 0 });
    expect(new Set(INDIKATOR_CAKUPAN.map((i) => i.kode)).size).toBe(INDIKATOR_CAKUPAN.length);
    for (const i of INDIKATOR_CAKUPAN) expect(i.sumber.length).toBeGreaterThan(10);
  });
});

describe("lahirPalingAkhir: the birth-date edge of an age band", () => {
  it("is the latest birth date with at least N completed months, for month ends, leap days and mid-month days", () => {
    for (const t of ["2024-05-31", "2024-02-29", "2024-03-01", "2023-12-31", "2024-06-15", "2025-02-28"]) {
      for (const n of [0, 1, 6, 11, 12, 59, 60, 72, 144, 228, 480, 720]) {
        const edge = lahirPalingAkhir(t, n);
        expect(umurBulanPada(edge, t), `${t} ${n}`).toBeGreaterThanOrEqual(n);
        expect(umurBulanPada(addDays(edge, 1), t), `${t} ${n}`).toBeLessThan(n);
      }
    }
    expect(lahirPalingAkhir("2024-05-31", 0)).toBe("2024-05-31");
    expect(lahirPalingAkhir("2024-05-31", 60)).toBe("2019-05-31");
  });
});

describe("SKDN CSV cells", () => {
  it("exactly the issue's columns; dates as TTTT-BB-HH, decimals with a dot, empty when not weighed", () => {
    expect(SKDN_CSV_HEADER.join(",")).toBe("nama,jenis_kelamin,tanggal_lahir,tanggal_timbang,umur_bulan,berat_kg,berat_bulan_lalu_kg,kbm_g,status");
    const base = { sasaranId: "x", nama: "Aisyah Putri", jenisKelamin: "P" as const, tanggalLahir: "2023-01-15", duaT: false, bgm: false };
    expect(skdnCsvCells({ ...base, tanggalTimbang: "2024-05-14", umurBulan: 15, beratKg: 9.5, beratLaluKg: 9.3, kbmG: 200, status: "N" })).toEqual(["Aisyah Putri", "P", "2023-01-15", "2024-05-14", "15", "9.5", "9.3", "200", "N"]);
    expect(skdnCsvCells({ ...base, tanggalTimbang: "2024-05-14", umurBulan: 15, beratKg: 10, beratLaluKg: null, kbmG: null, status: "O" })).toEqual(["Aisyah Putri", "P", "2023-01-15", "2024-05-14", "15", "10", "", "", "O"]);
    expect(skdnCsvCells({ ...base, tanggalTimbang: null, umurBulan: 16, beratKg: null, beratLaluKg: null, kbmG: null, status: null })).toEqual(["Aisyah Putri", "P", "2023-01-15", "", "16", "", "", "", ""]);
    expect(angkaTitik(12.25)).toBe("12.25");
    expect(angkaTitik(null)).toBe("");
  });
});
