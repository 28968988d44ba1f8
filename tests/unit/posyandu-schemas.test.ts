import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ZPosyanduForm, ZPosyanduOperasional, ZPosyanduListParams } from "../../lib/posyandu/schemas.ts";

const DESA = "6f1c1b7e-8c3a-4b8e-9a55-0d5b1a2c3d4e";
const errors = (r: { success: boolean; error?: z.ZodError }) => (r.success ? {} : z.flattenError(r.error!).fieldErrors);

describe("posyandu form schema", () => {
  it("reports every field error at once, in Bahasa", () => {
    const r = ZPosyanduForm.safeParse({ nama: " ", desaId: "", jadwalMingguKe: "2", latitude: "abc" });
    expect(errors(r)).toEqual({
      nama: ["Nama posyandu wajib diisi."],
      desaId: ["Pilih desa."],
      latitude: ["Lintang harus berupa angka."],
      jadwalHari: ["Pilih minggu ke- dan hari bersama, atau kosongkan keduanya."],
    });
  });
  it("accepts a decimal comma, empty optionals and a missing checkbox (unchecked)", () => {
    const r = ZPosyanduForm.parse({ nama: " Melati 3 ", desaId: DESA, dusunId: "", tempat: "", latitude: "-7,6745", longitude: "111,5712", jadwalMingguKe: "5", jadwalHari: "7" });
    expect(r).toMatchObject({ nama: "Melati 3", dusunId: null, tempat: null, latitude: -7.6745, longitude: 111.5712, jadwalMingguKe: 5, jadwalHari: 7, isActive: false });
  });
  it("refuses coordinates outside Indonesia and a day 8", () => {
    const r = ZPosyanduOperasional.safeParse({ latitude: "52,1", longitude: "4,3", jadwalMingguKe: "1", jadwalHari: "8", isActive: "on" });
    expect(errors(r)).toMatchObject({ latitude: ["Lintang harus antara -11 dan 6."], longitude: ["Bujur harus antara 95 dan 141."], jadwalHari: ["Hari tidak sah."] });
  });
  it("refuses hexadecimal, exponent and infinite coordinates instead of reading 0x5 as 5", () => {
    for (const latitude of ["0x5", "5e0", "Infinity", "-Infinity", "0b1", "1_0"]) {
      expect((errors(ZPosyanduOperasional.safeParse({ latitude, longitude: "111,5", isActive: "on" })) as Record<string, string[]>).latitude).toEqual(["Lintang harus berupa angka."]);
    }
  });
  it("list params fall back to safe defaults on junk", () => {
    expect(ZPosyanduListParams.parse({ sort: "drop table", dir: "x", page: "-4", size: "1000", desaId: "nope" })).toEqual({ sort: "nama", dir: "asc", page: 1, size: 25, desaId: undefined, q: undefined, kecamatanId: undefined, puskesmasId: undefined, aktif: undefined });
  });
});
