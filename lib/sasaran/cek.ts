/**
 * The person's form without zod: labels, the readers of the sasaran-only fields (KK, RT/RW) that
 * lib/sasaran/schemas.ts builds its zod fields from, and the check the posyandu-day screen runs on
 * the device before it queues a person registered offline ("daftarkan orang baru"). The server parses
 * the same form with ZSasaranInput; tests/unit/cek-browser.test.ts holds the two to the same verdicts
 * and messages. Pure (lib/forms/cek.ts).
 */
import { bacaTelepon, centang, dariBaca, dengan, id, idOpsional, salahSatu, tanggalWajib, teksOpsional, teksWajib, type Baca, type Bentuk } from "../forms/cek.ts";
import { bacaNik } from "../kader/nik.ts";
import { todayInJakarta } from "../i18n/format.ts";

export const JENIS_KELAMIN_LABEL = { P: "Perempuan", L: "Laki-laki" } as const;
export const STATUS_IBU = ["HAMIL", "NIFAS", "MENYUSUI"] as const;
export type StatusIbuKode = (typeof STATUS_IBU)[number];
export const STATUS_IBU_LABEL: Record<StatusIbuKode, string> = { HAMIL: "Hamil", NIFAS: "Nifas", MENYUSUI: "Menyusui" };

/** HPL suggested from HPHT: Naegele's rule, HPHT + 280 days. Dates as YYYY-MM-DD. */
export function hplDariHpht(hpht: string): string {
  const d = new Date(`${hpht}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 280);
  return d.toISOString().slice(0, 10);
}

/** A Kartu Keluarga number: 16 digits (spaces and dots people type dropped); empty becomes null. */
export const bacaNoKk: Baca<string | null> = (v) => {
  const s = (v ?? "").replace(/[\s.-]/g, "");
  if (!s) return { ok: true, value: null };
  if (!/^\d{16}$/.test(s)) return { ok: false, message: "Nomor KK harus 16 angka." };
  return { ok: true, value: s };
};

/** RT or RW: 1–3 digits ("003" and "3" are the same RT: kept as typed without leading zeros). */
export const bacaRtRw = (label: string): Baca<string | null> => (v) => {
  const s = (v ?? "").trim();
  if (!s) return { ok: true, value: null };
  if (!/^\d{1,3}$/.test(s)) return { ok: false, message: `${label} harus angka 1–3 digit, misalnya 003.` };
  return { ok: true, value: String(Number(s)).padStart(3, "0") };
};

export const PESAN_TANGGAL_LAHIR_NANTI = "Tanggal lahir tidak boleh setelah hari ini.";

/** The fields of ZSasaranInput (a new person at a posyandu), checked on the device. */
export const CEK_SASARAN_BARU = {
  nama: teksWajib("Nama"),
  nik: dariBaca(bacaNik),
  jenisKelamin: salahSatu(["P", "L"], "Pilih jenis kelamin."),
  tanggalLahir: dengan(tanggalWajib("Tanggal lahir"), (v) => v <= todayInJakarta(), PESAN_TANGGAL_LAHIR_NANTI),
  dusunId: idOpsional("Dusun tidak sah."),
  alamat: teksOpsional("Alamat", 250),
  rt: dariBaca(bacaRtRw("RT")),
  rw: dariBaca(bacaRtRw("RW")),
  telepon: dariBaca(bacaTelepon),
  namaIbu: teksOpsional("Nama ibu", 120),
  namaSuami: teksOpsional("Nama suami", 120),
  noKk: dariBaca(bacaNoKk),
  posyanduId: id("Pilih posyandu."),
  id: (v: unknown) => (v === undefined || v === "" ? { ok: true as const, value: undefined } : id("Data tidak sah lagi. Muat ulang halaman, lalu isi kembali.")(v)),
  abaikanMirip: centang,
} satisfies Bentuk;
