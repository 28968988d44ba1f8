import { describe, expect, it } from "vitest";
import { z } from "zod";
import { randomUUID } from "node:crypto";
import { ZAturanSaranaForm, ZJenisSaranaForm, ZSaranaForm, itemField } from "../../../lib/sarana/schemas.ts";
import { todayInJakarta } from "../../../lib/i18n/format.ts";

const posyanduId = randomUUID();
const a = randomUUID();
const b = randomUUID();

function errorsOf(input: Record<string, string>) {
  const r = ZSaranaForm.safeParse({ posyanduId, ...input });
  return r.success ? null : z.flattenError(r.error).fieldErrors as Record<string, string[]>;
}

const tomorrow = () => {
  const d = new Date(`${todayInJakarta()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

describe("ZSaranaForm", () => {
  it("groups the fields of each item; empty count is 0, kondisi defaults to baik", () => {
    const r = ZSaranaForm.parse({ posyanduId, [itemField("jumlah", a)]: "2", [itemField("kondisi", a)]: "RUSAK_RINGAN", [itemField("kalibrasi", a)]: "2024-05-01", [itemField("sumberDana", a)]: " APBDes ", [itemField("jumlah", b)]: "", air: "on", catatan: "" });
    expect(r.items).toEqual([
      { jenisSaranaId: a, jumlah: 2, kondisi: "RUSAK_RINGAN", kalibrasiTerakhir: "2024-05-01", sumberDana: "APBDes" },
      { jenisSaranaId: b, jumlah: 0, kondisi: "BAIK", kalibrasiTerakhir: null, sumberDana: null },
    ]);
    expect(r.prasarana).toEqual({ ruangCukup: false, tempatDuduk: false, pojokPrivasi: false, air: true, toilet: false, catatan: null });
  });
  it("refuses a count below 0, with a comma, or not a number, each on its own field", () => {
    expect(errorsOf({ [itemField("jumlah", a)]: "-1" })).toEqual({ [itemField("jumlah", a)]: ["Jumlah tidak boleh kurang dari 0."] });
    expect(errorsOf({ [itemField("jumlah", a)]: "1,5", [itemField("jumlah", b)]: "dua" })).toEqual({
      [itemField("jumlah", a)]: ["Jumlah harus bilangan bulat (tanpa koma)."],
      [itemField("jumlah", b)]: ['Jumlah "dua" bukan angka; isi bilangan bulat 0 atau lebih.'],
    });
    expect(errorsOf({ [itemField("jumlah", a)]: "1000" })).toEqual({ [itemField("jumlah", a)]: ["Jumlah paling banyak 999."] });
  });
  it("refuses a calibration date after today (WIB), an impossible date, and one before 1990; today is fine", () => {
    expect(errorsOf({ [itemField("kalibrasi", a)]: tomorrow() })).toEqual({ [itemField("kalibrasi", a)]: ["Tanggal kalibrasi tidak boleh sesudah hari ini."] });
    expect(errorsOf({ [itemField("kalibrasi", a)]: "2024-02-30" })).toEqual({ [itemField("kalibrasi", a)]: ["Tanggal kalibrasi tidak sah."] });
    expect(errorsOf({ [itemField("kalibrasi", a)]: "1989-12-31" })).toEqual({ [itemField("kalibrasi", a)]: ["Tanggal kalibrasi terlalu lama; periksa tahunnya."] });
    expect(errorsOf({ [itemField("kalibrasi", a)]: todayInJakarta() })).toBeNull();
  });
  it("refuses a forged kondisi and ignores keys that are not item fields", () => {
    expect(errorsOf({ [itemField("kondisi", a)]: "HILANG" })).toEqual({ [itemField("kondisi", a)]: ["Pilih kondisi: baik, rusak ringan, atau rusak berat."] });
    expect(ZSaranaForm.parse({ posyanduId, "jumlah.bukan-uuid": "5", jumlah: "3" }).items).toEqual([]);
  });
  it("needs a posyandu id", () => {
    expect(ZSaranaForm.safeParse({ posyanduId: "x" }).success).toBe(false);
  });
});

describe("ZJenisSaranaForm and ZAturanSaranaForm", () => {
  it("reads a catalogue item and refuses a negative or fractional required count", () => {
    expect(ZJenisSaranaForm.parse({ nama: "Timbangan gantung (dacin)", kelompok: "antropometri", jumlahWajib: "0", perluKalibrasi: "on" })).toMatchObject({ jumlahWajib: 0, perluKalibrasi: true, rekonstruksi: false, spesifikasi: null });
    const r = ZJenisSaranaForm.safeParse({ nama: "", kelompok: "lain", jumlahWajib: "-1" });
    expect(r.success).toBe(false);
    expect(Object.keys(z.flattenError(r.error!).fieldErrors).sort()).toEqual(["jumlahWajib", "kelompok", "nama"]);
    expect(z.flattenError(ZJenisSaranaForm.safeParse({ nama: "X", kelompok: "kie", jumlahWajib: "1,5" }).error!).fieldErrors.jumlahWajib).toEqual(["Jumlah wajib per posyandu harus bilangan bulat."]);
  });
  it("reads the calibration limit in months, 1–60", () => {
    expect(ZAturanSaranaForm.parse({ kalibrasiBulan: "24" })).toEqual({ kalibrasiBulan: 24 });
    expect(ZAturanSaranaForm.safeParse({ kalibrasiBulan: "0" }).success).toBe(false);
    expect(ZAturanSaranaForm.safeParse({ kalibrasiBulan: "61" }).success).toBe(false);
  });
});
