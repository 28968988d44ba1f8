/** The system facts beside an item: their words, and the value "pakai nilai ini" takes over. */
import { describe, expect, it } from "vitest";
import { faktaNilai, listLabel, nilaiDipakai, type FaktaMentah } from "../../../lib/kunjungan/fakta-nilai.ts";
import { FAKTA_KEYS, FAKTA_LABEL_MAX } from "../../../lib/supervisi/fakta.ts";
import { ZDraf } from "../../../lib/kunjungan/schemas.ts";

const posyandu: FaktaMentah = { sasaran: "POSYANDU", kaderAktif: 6, kaderPaketLengkap: 2, posyanduTotal: 1, posyanduBerjadwal: 1, jadwal: { mingguKe: 2, hari: 3 }, kesiapan: [{ skor: 74, kategori: "SIAP_BERSYARAT", kekuranganSarana: ["Timbangan bayi digital: ada 0 dari 1"], kekuranganPrasarana: [] }], tahap: "BERJALAN" };

describe("faktaNilai", () => {
  it("a posyandu: every key, with counts and words", () => {
    const f = faktaNilai(posyandu);
    expect(Object.keys(f).sort()).toEqual([...FAKTA_KEYS].sort());
    expect(f.KADER_AKTIF).toEqual({ nilai: 6, label: "6 kader aktif" });
    expect(f.KADER_PAKET_LENGKAP).toEqual({ nilai: 2, label: "2 kader menuntaskan minimal satu paket" });
    expect(f.SARANA_KURANG).toEqual({ nilai: 1, label: "Kurang: Timbangan bayi digital: ada 0 dari 1" });
    expect(f.PRASARANA_KURANG).toEqual({ nilai: 0, label: "Prasarana lengkap" });
    expect(f.JADWAL_HARI_BUKA).toEqual({ nilai: 1, label: "Jadwal: Rabu minggu kedua setiap bulan" });
    expect(f.TAHAP_PERCONTOHAN).toEqual({ nilai: null, label: "Percontohan ILP, tahap berjalan" });
    expect(f.SKOR_KESIAPAN).toEqual({ nilai: 74, label: "Skor kesiapan 74 (Siap bersyarat)" });
    expect(f.SESI_TERLAKSANA.nilai).toBeNull();
  });
  it("a posyandu with no schedule, no readiness yet, not a pilot", () => {
    const f = faktaNilai({ ...posyandu, jadwal: { mingguKe: null, hari: null }, kesiapan: [], tahap: null });
    expect(f.JADWAL_HARI_BUKA).toEqual({ nilai: 0, label: "Belum ada jadwal hari buka di sistem" });
    expect(f.SARANA_KURANG).toEqual({ nilai: null, label: "Belum ada data kit standar di sistem" });
    expect(f.SKOR_KESIAPAN).toEqual({ nilai: null, label: "Belum ada skor kesiapan" });
    expect(f.TAHAP_PERCONTOHAN.label).toBe("Bukan posyandu percontohan");
  });
  it("a desa: totals over its posyandu", () => {
    const f = faktaNilai({ ...posyandu, sasaran: "DESA", kaderAktif: 23, posyanduTotal: 4, posyanduBerjadwal: 3, jadwal: null, kesiapan: [posyandu.kesiapan[0], { skor: 90, kategori: "SIAP", kekuranganSarana: [], kekuranganPrasarana: ["Toilet"] }] });
    expect(f.KADER_AKTIF.label).toBe("23 kader aktif di 4 posyandu");
    expect(f.JADWAL_HARI_BUKA).toEqual({ nilai: 0, label: "3 dari 4 posyandu punya jadwal hari buka" });
    expect(f.SARANA_KURANG).toEqual({ nilai: 1, label: "1 dari 2 posyandu masih kurang kit standar" });
    expect(f.SKOR_KESIAPAN).toEqual({ nilai: 82, label: "Rata-rata skor kesiapan 82 dari 2 posyandu" });
  });
});

describe("nilaiDipakai", () => {
  it("a count for ANGKA, 1/0 for ya/tidak, nothing for other types or facts without a value", () => {
    expect(nilaiDipakai("ANGKA", { nilai: 6, label: "" })).toBe(6);
    expect(nilaiDipakai("YA_TIDAK", { nilai: 1, label: "" })).toBe(1);
    expect(nilaiDipakai("YA_TIDAK", { nilai: 3, label: "" })).toBeNull();
    expect(nilaiDipakai("PILIHAN", { nilai: 1, label: "" })).toBeNull();
    expect(nilaiDipakai("ANGKA", { nilai: null, label: "" })).toBeNull();
    expect(nilaiDipakai("ANGKA", null)).toBeNull();
  });
});

describe("a long list of gaps stays within the words a draft may carry", () => {
  const items = Array.from({ length: 13 }, (_, i) => `Alat ukur nomor ${i + 1} dengan nama yang panjang: ada 0 dari 1`);
  it("lists what fits and counts the rest", () => {
    const label = listLabel("Kurang: ", items);
    expect(label.length).toBeLessThanOrEqual(FAKTA_LABEL_MAX);
    expect(label).toMatch(/^Kurang: Alat ukur nomor 1 .* dan \d+ lainnya$/);
    const shown = label.split("; ").length;
    expect(label.endsWith(`dan ${13 - shown} lainnya`)).toBe(true);
  });
  it("a short list is written whole, exactly at the limit too", () => {
    expect(listLabel("Kurang: ", ["a", "b"])).toBe("Kurang: a; b");
    const exact = "x".repeat(FAKTA_LABEL_MAX - "Kurang: ".length);
    expect(listLabel("Kurang: ", [exact])).toBe(`Kurang: ${exact}`);
    expect(listLabel("Kurang: ", [`${exact}y`]).length).toBeLessThanOrEqual(FAKTA_LABEL_MAX);
  });
  it("the whole kit missing still makes a fact the draft schema accepts", () => {
    const f = faktaNilai({ ...posyandu, kesiapan: [{ ...posyandu.kesiapan[0], kekuranganSarana: items }] });
    expect(f.SARANA_KURANG.nilai).toBe(13);
    const draf = { tanggal: "2026-11-29", jawaban: [{ butirId: "00000000-0000-4000-8000-000000000001", nilai: 0, teks: null, na: false, catatan: null, fakta: f.SARANA_KURANG }], peserta: [], temuan: [], verifikasi: [] };
    expect(ZDraf.safeParse(draf).success).toBe(true);
  });
});
