import { describe, expect, it } from "vitest";
import { kalibrasiBatas, kitStatus, premisesStatus, type KitHolding, type KitItem } from "../../../lib/sarana/gaps.ts";
import { ATURAN_SARANA } from "../../../lib/sarana/aturan.ts";

const aturan = ATURAN_SARANA.bawaan;
const TODAY = new Date("2025-06-15T03:00:00Z"); // 10:00 WIB, 15 June 2025

const timbangan: KitItem = { id: "t", kode: "timbangan-bayi", nama: "Timbangan bayi digital", jumlahWajib: 1, perluKalibrasi: true };
const tensi: KitItem = { id: "s", kode: "tensimeter", nama: "Tensimeter digital", jumlahWajib: 1, perluKalibrasi: true };
const lila: KitItem = { id: "l", kode: "pita-lila", nama: "Pita LiLA", jumlahWajib: 2, perluKalibrasi: false };
const gluko: KitItem = { id: "g", kode: "glukometer", nama: "Glukometer", jumlahWajib: 0, perluKalibrasi: true };

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const hold = (jenisSaranaId: string, jumlah: number, kondisi: KitHolding["kondisi"] = "BAIK", kalibrasi: string | null = null): KitHolding => ({ jenisSaranaId, jumlah, kondisi, kalibrasiTerakhir: kalibrasi ? day(kalibrasi) : null });

describe("kitStatus: counts", () => {
  it("nothing held: every required item is a gap, worded 'ada 0 dari N'", () => {
    const s = kitStatus([timbangan, lila], [], TODAY, aturan);
    expect(s).toMatchObject({ cukup: 0, total: 2 });
    expect(s.kekurangan.map((k) => k.pesan)).toEqual(["Timbangan bayi digital: ada 0 dari 1", "Pita LiLA: ada 0 dari 2"]);
    expect(s.items[1]).toEqual({ kode: "pita-lila", nama: "Pita LiLA", wajib: 2, ada: 0, layak: 0, cukup: false, catatan: [] });
  });
  it("one below the required count is a gap; exactly the count and more are sufficient", () => {
    expect(kitStatus([lila], [hold("l", 1)], TODAY, aturan).kekurangan.map((k) => k.pesan)).toEqual(["Pita LiLA: ada 1 dari 2"]);
    expect(kitStatus([lila], [hold("l", 2)], TODAY, aturan)).toMatchObject({ cukup: 1, total: 1, kekurangan: [] });
    expect(kitStatus([lila], [hold("l", 5)], TODAY, aturan).items[0]).toMatchObject({ ada: 5, layak: 5, cukup: true });
  });
  it("a holding of another item or of 0 units counts nothing", () => {
    expect(kitStatus([lila], [hold("x", 9), hold("l", 0, "RUSAK_BERAT")], TODAY, aturan).items[0]).toMatchObject({ ada: 0, layak: 0, cukup: false, catatan: [] });
  });
  it("holdings of the same item add up", () => {
    expect(kitStatus([lila], [hold("l", 1), hold("l", 1, "RUSAK_RINGAN")], TODAY, aturan).items[0]).toMatchObject({ ada: 2, layak: 2, cukup: true });
  });
});

describe("kitStatus: condition", () => {
  it("rusak ringan still counts as usable, with a note", () => {
    const s = kitStatus([lila], [hold("l", 2, "RUSAK_RINGAN")], TODAY, aturan);
    expect(s.items[0]).toMatchObject({ ada: 2, layak: 2, cukup: true, catatan: ["2 rusak ringan (masih dapat dipakai)"] });
  });
  it("rusak berat counts 0: held but not usable, worded as broken", () => {
    const s = kitStatus([tensi], [hold("s", 1, "RUSAK_BERAT", "2025-01-10")], TODAY, aturan);
    expect(s.items[0]).toMatchObject({ ada: 1, layak: 0, cukup: false, catatan: ["1 rusak berat (tidak dihitung)"] });
    expect(s.kekurangan).toEqual([{ kode: "tensimeter", nama: "Tensimeter digital", pesan: "Tensimeter digital: 1 rusak berat (layak pakai 0 dari 1)" }]);
  });
  it("one broken beside enough good ones is no gap", () => {
    expect(kitStatus([lila], [hold("l", 2), hold("l", 1, "RUSAK_BERAT")], TODAY, aturan)).toMatchObject({ cukup: 1, kekurangan: [] });
  });
});

describe("kitStatus: calibration", () => {
  it("the default limit is 12 months", () => {
    expect(aturan.kalibrasiBulan).toBe(12);
  });
  it("calibrated exactly 12 months ago still holds; one day earlier does not", () => {
    expect(kitStatus([timbangan], [hold("t", 1, "BAIK", "2024-06-15")], TODAY, aturan)).toMatchObject({ cukup: 1, kekurangan: [] });
    const stale = kitStatus([timbangan], [hold("t", 1, "BAIK", "2024-06-14")], TODAY, aturan);
    expect(stale.cukup).toBe(0);
    expect(stale.items[0]).toMatchObject({ ada: 1, layak: 1, cukup: false, catatan: ["kalibrasi terakhir 14 Juni 2024, lebih dari 12 bulan lalu"] });
    expect(stale.kekurangan[0].pesan).toBe("Timbangan bayi digital: belum dikalibrasi sejak 14 Juni 2024");
  });
  it("never calibrated is a gap", () => {
    const s = kitStatus([timbangan], [hold("t", 1)], TODAY, aturan);
    expect(s.kekurangan[0].pesan).toBe("Timbangan bayi digital: belum pernah dikalibrasi");
    expect(s.items[0].catatan).toEqual(["belum pernah dikalibrasi"]);
  });
  it("the limit is the kabupaten's rule: 24 months lets a 2-year-old calibration hold to the day", () => {
    expect(kitStatus([timbangan], [hold("t", 1, "BAIK", "2023-06-15")], TODAY, { kalibrasiBulan: 24 })).toMatchObject({ cukup: 1 });
    expect(kitStatus([timbangan], [hold("t", 1, "BAIK", "2023-06-14")], TODAY, { kalibrasiBulan: 24 })).toMatchObject({ cukup: 0 });
  });
  it("today is the Jakarta day: 20:00 UTC on 14 June is already 15 June in WIB", () => {
    const lateUtc = new Date("2025-06-14T20:00:00Z");
    expect(kitStatus([timbangan], [hold("t", 1, "BAIK", "2024-06-14")], lateUtc, aturan).cukup).toBe(0);
    expect(kitStatus([timbangan], [hold("t", 1, "BAIK", "2024-06-14")], new Date("2025-06-14T16:59:00Z"), aturan).cukup).toBe(1);
  });
  it("items without calibration ignore the date", () => {
    expect(kitStatus([lila], [hold("l", 2, "BAIK", "2001-01-01")], TODAY, aturan).cukup).toBe(1);
  });
  it("short and uncalibrated: both reasons in one message", () => {
    const two = { ...timbangan, jumlahWajib: 2 };
    expect(kitStatus([two], [hold("t", 1, "BAIK", "2022-03-01")], TODAY, aturan).kekurangan[0].pesan).toBe("Timbangan bayi digital: ada 1 dari 2; belum dikalibrasi sejak 1 Maret 2022");
  });
  it("a broken unit's calibration does not matter", () => {
    const s = kitStatus([tensi], [hold("s", 1, "BAIK", "2025-05-01"), hold("s", 1, "RUSAK_BERAT")], TODAY, aturan);
    expect(s).toMatchObject({ cukup: 1, kekurangan: [] });
  });
});

describe("kitStatus: items with required count 0", () => {
  it("are listed but counted in neither cukup nor total, and never a gap", () => {
    const none = kitStatus([gluko, lila], [], TODAY, aturan);
    expect(none).toMatchObject({ cukup: 0, total: 1 });
    expect(none.kekurangan.map((k) => k.kode)).toEqual(["pita-lila"]);
    expect(none.items[0]).toMatchObject({ kode: "glukometer", wajib: 0, ada: 0, cukup: true });
    const held = kitStatus([gluko], [hold("g", 1, "RUSAK_BERAT")], TODAY, aturan);
    expect(held).toMatchObject({ cukup: 0, total: 0, kekurangan: [] });
    expect(held.items[0]).toMatchObject({ ada: 1, layak: 0 });
  });
  it("an empty catalogue is 0 of 0", () => {
    expect(kitStatus([], [hold("t", 1)], TODAY, aturan)).toEqual({ items: [], cukup: 0, total: 0, kekurangan: [] });
  });
});

describe("kalibrasiBatas: months back, clamped like PostgreSQL", () => {
  it.each([
    ["2025-06-15", 12, "2024-06-15"],
    ["2025-05-31", 3, "2025-02-28"],
    ["2024-05-31", 3, "2024-02-29"],
    ["2025-03-31", 1, "2025-02-28"],
    ["2025-01-15", 1, "2024-12-15"],
    ["2025-01-31", 13, "2023-12-31"],
    ["2024-02-29", 12, "2023-02-28"],
  ] as const)("%s − %i months = %s", (today, months, expected) => {
    expect(kalibrasiBatas(today, months)).toBe(expected);
  });
});

describe("premisesStatus", () => {
  const all = { ruangCukup: true, tempatDuduk: true, pojokPrivasi: true, air: true, toilet: true };
  it("nothing recorded: none of 5, every label missing", () => {
    expect(premisesStatus(null)).toEqual({ ada: 0, total: 5, kekurangan: ["Ruang cukup untuk 5 langkah", "Tempat duduk", "Pojok privasi (konseling/menyusui)", "Air bersih", "Toilet"] });
  });
  it("all five", () => {
    expect(premisesStatus(all)).toEqual({ ada: 5, total: 5, kekurangan: [] });
  });
  it("no privacy corner and no toilet", () => {
    expect(premisesStatus({ ...all, pojokPrivasi: false, toilet: false })).toEqual({ ada: 3, total: 5, kekurangan: ["Pojok privasi (konseling/menyusui)", "Toilet"] });
  });
});

describe("ATURAN_SARANA", () => {
  it("refuses a limit that is not a whole number of 1–60 months", () => {
    for (const bad of [0, 61, 1.5, -3]) expect(ATURAN_SARANA.schema.safeParse({ kalibrasiBulan: bad }).success).toBe(false);
    for (const good of [1, 12, 60]) expect(ATURAN_SARANA.schema.safeParse({ kalibrasiBulan: good }).success).toBe(true);
  });
  it("names its source", () => {
    expect(ATURAN_SARANA.sumber).toMatch(/KMK HK\.01\.07\/MENKES\/51\/2022/);
  });
});
