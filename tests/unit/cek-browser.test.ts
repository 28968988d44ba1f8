/**
 * The browser's zod-free form checks (lib/forms/cek.ts) against the server's zod schemas: the same
 * cases fed to both must give the same verdict, the same value and the same Bahasa messages per field.
 * A screen may then refuse an input on the device (offline, before it is queued) exactly as the server
 * would, without shipping zod. Add a feature's cases here when it gets a browser check.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { cekBentuk, type Bentuk } from "../../lib/forms/cek.ts";
import { CEK_SASARAN_BARU } from "../../lib/sasaran/cek.ts";
import { ZSasaranInput } from "../../lib/sasaran/schemas.ts";
import { CEK_TEMUAN } from "../../lib/kunjungan/cek.ts";
import { ZTemuan } from "../../lib/kunjungan/schemas.ts";
import { todayInJakarta } from "../../lib/i18n/format.ts";

function sameVerdict(bentuk: Bentuk, schema: z.ZodType, raw: Record<string, unknown>) {
  const server = schema.safeParse(raw);
  const browser = cekBentuk(bentuk, raw);
  expect(browser.ok, JSON.stringify(raw)).toBe(server.success);
  if (server.success && browser.ok) expect(browser.value).toEqual(server.data);
  if (!server.success && !browser.ok) expect(browser.fieldErrors).toEqual(z.flattenError(server.error).fieldErrors);
  return browser;
}

const POSYANDU = "0b6f1c9e-8a3d-4c2e-9f1a-2b3c4d5e6f70";
const DUSUN = "1c7a2d0f-9b4e-4d3f-8a2b-3c4d5e6f7a81";
const ID = "2d8b3e1a-0c5f-4e4a-9b3c-4d5e6f7a8b92";

const besok = (() => {
  const d = new Date(`${todayInJakarta()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
})();

/** What the "daftarkan orang baru" form sends (FormData: strings), plus what the screen adds. */
const orang = (patch: Record<string, unknown> = {}) => ({
  nama: "Siti Aminah", nik: "", jenisKelamin: "P", tanggalLahir: "2023-04-05", dusunId: "", alamat: "", rt: "", rw: "", telepon: "", namaIbu: "", namaSuami: "", noKk: "",
  posyanduId: POSYANDU, id: ID, ...patch,
});

describe("the new person's check on the posyandu-day screen = ZSasaranInput", () => {
  const cases: [string, Record<string, unknown>][] = [
    ["a plain valid person", orang()],
    ["every optional field filled and normalised", orang({ nik: "3519 0145 0323 0001", dusunId: DUSUN, alamat: "  Jl. Melati\u200B 3 ", rt: "3", rw: "012", telepon: "0812-3456-7890", namaIbu: "Wati", namaSuami: "Budi", noKk: "3519.0101.0101.0001", abaikanMirip: "on" })],
    ["a name of spaces and invisible characters only", orang({ nama: " \u200B\u00AD " })],
    ["a missing name", orang({ nama: undefined })],
    ["a name too long", orang({ nama: "a".repeat(121) })],
    ["a name with a tab", orang({ nama: "Siti\tAminah" })],
    ["a name too long and with a line break", orang({ nama: `${"a".repeat(130)}\nb` })],
    ["a NIK of 15 digits", orang({ nik: "351901450323000" })],
    ["a NIK with an impossible province", orang({ nik: "9919014503230001" })],
    ["a NIK with day 35", orang({ nik: "3519013503230001" })],
    ["a NIK with month 13", orang({ nik: "3519014513230001" })],
    ["no sex chosen", orang({ jenisKelamin: "" })],
    ["a forged sex", orang({ jenisKelamin: "X" })],
    ["no birth date", orang({ tanggalLahir: "" })],
    ["a birth date that is not a date", orang({ tanggalLahir: "2023-02-30" })],
    ["a birth date before 1900", orang({ tanggalLahir: "1899-12-31" })],
    ["a birth date tomorrow", orang({ tanggalLahir: besok })],
    ["a birth date today", orang({ tanggalLahir: todayInJakarta() })],
    ["a forged dusun", orang({ dusunId: "dusun-1" })],
    ["an address too long", orang({ alamat: "x".repeat(251) })],
    ["an RT of letters", orang({ rt: "A1" })],
    ["an RW of four digits", orang({ rw: "1234" })],
    ["a phone number that is not Indonesian", orang({ telepon: "12345" })],
    ["a phone number +62", orang({ telepon: "+62 812 3456 7890" })],
    ["a mother's name too long", orang({ namaIbu: "i".repeat(121) })],
    ["a KK of 15 digits", orang({ noKk: "351901010101000" })],
    ["a forged posyandu", orang({ posyanduId: "bukan-uuid" })],
    ["an empty id", orang({ id: "" })],
    ["a forged id", orang({ id: "123" })],
    ["a forged tick", orang({ abaikanMirip: "ya" })],
    ["optional fields missing altogether", { nama: "Siti", jenisKelamin: "L", tanggalLahir: "2000-01-01", posyanduId: POSYANDU }],
    ["several fields wrong at once", orang({ nama: "", jenisKelamin: "", tanggalLahir: "kemarin", rt: "x", telepon: "1", noKk: "1" })],
  ];
  for (const [name, raw] of cases) it(name, () => sameVerdict(CEK_SASARAN_BARU, ZSasaranInput, raw));

  it("the cases do reach both verdicts (so the comparison above can fail)", () => {
    expect(cekBentuk(CEK_SASARAN_BARU, orang()).ok).toBe(true);
    const bad = cekBentuk(CEK_SASARAN_BARU, orang({ nik: "1", tanggalLahir: besok }));
    expect(bad).toEqual({ ok: false, fieldErrors: { nik: ["NIK harus 16 angka."], tanggalLahir: ["Tanggal lahir tidak boleh setelah hari ini."] } });
  });
});

/** A finding as the visit screen's form holds it (a draft object, not FormData). */
const temuan = (patch: Record<string, unknown> = {}) => ({
  id: ID, butirId: null, masalah: "Timbangan rusak", tindakan: "Ajukan timbangan baru", tingkatPemilik: "PUSKESMAS", pemilikUserId: null, pemilikNama: "Bidan Sari", batasWaktu: "2026-12-31", ...patch,
});

describe("the finding check on the visit screen = ZTemuan", () => {
  const cases: [string, Record<string, unknown>][] = [
    ["a valid finding", temuan()],
    ["linked to an item and a user", temuan({ butirId: DUSUN, pemilikUserId: POSYANDU })],
    ["empty links", temuan({ butirId: "", pemilikUserId: "" })],
    ["a problem and action trimmed", temuan({ masalah: "  Timbangan rusak  ", tindakan: "\u200BGanti " })],
    ["no problem", temuan({ masalah: "" })],
    ["a problem of spaces", temuan({ masalah: "   " })],
    ["an action too long", temuan({ tindakan: "t".repeat(1001) })],
    ["an action with a line break", temuan({ tindakan: "satu\ndua" })],
    ["no owner's name", temuan({ pemilikNama: "" })],
    ["an owner's name too long", temuan({ pemilikNama: "n".repeat(121) })],
    ["a forged owner level", temuan({ tingkatPemilik: "RT" })],
    ["a forged owner user", temuan({ pemilikUserId: "u1" })],
    ["a forged item", temuan({ butirId: "b1" })],
    ["no due date", temuan({ batasWaktu: "" })],
    ["a due date that is not a date", temuan({ batasWaktu: "31-12-2026" })],
    ["a forged id", temuan({ id: "" })],
    ["links missing altogether", temuan({ butirId: undefined, pemilikUserId: undefined })],
    ["a due date missing altogether", temuan({ batasWaktu: undefined })],
    ["everything missing", temuan({ masalah: "", tindakan: "", pemilikNama: "", batasWaktu: "" })],
  ];
  for (const [name, raw] of cases) it(name, () => sameVerdict(CEK_TEMUAN, ZTemuan, raw));

  it("the cases do reach both verdicts (so the comparison above can fail)", () => {
    expect(cekBentuk(CEK_TEMUAN, temuan()).ok).toBe(true);
    expect(cekBentuk(CEK_TEMUAN, temuan({ masalah: " " }))).toEqual({ ok: false, fieldErrors: { masalah: ["Masalah wajib diisi."] } });
  });
});
