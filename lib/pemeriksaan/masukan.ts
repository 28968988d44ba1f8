/**
 * From what the entry screen sends to what nilaiPemeriksaan evaluates, and back: one pure module used
 * by the screen (feedback while typing, offline too) and by the server (the authoritative evaluation
 * before storing), so both judge an entry the same way. No server imports.
 */
import { FIELD_KELOMPOK, nilaiPemeriksaan, type HitungGizi, type NilaiInput, type Penilaian, type Riwayat } from "./nilai.ts";
import { kelompokPada, umurBulanPada, type Kelompok } from "../sasaran/kelompok.ts";
import type { Ambang } from "../ambang/nilai.ts";
import type { PemeriksaanInput } from "./schemas.ts";

export interface OrangPadaHari {
  jenisKelamin: "L" | "P";
  /** YYYY-MM-DD */
  tanggalLahir: string;
  statusIbu: "HAMIL" | "NIFAS" | "MENYUSUI" | null;
}

/** The person's group and age on the session date, and the fields the screen shows for them. */
export function kelompokHari(orang: OrangPadaHari, tanggal: string): { kelompok: Kelompok; umurBulan: number; fields: readonly string[] } {
  const kelompok = kelompokPada(orang.tanggalLahir, tanggal);
  const umurBulan = umurBulanPada(orang.tanggalLahir, tanggal);
  const fields = orang.statusIbu === "HAMIL" ? FIELD_KELOMPOK.HAMIL : FIELD_KELOMPOK[kelompok];
  return { kelompok, umurBulan, fields };
}

type Ukuran = Pick<PemeriksaanInput, "beratKg" | "tinggiCm" | "caraUkur" | "lilaCm" | "lingkarKepalaCm" | "lingkarPerutCm" | "sistolik" | "diastolik" | "gulaDarah" | "hb" | "skrining">;

export function nilaiInputDari(orang: OrangPadaHari, tanggal: string, u: Partial<Ukuran>): NilaiInput {
  const { kelompok, umurBulan } = kelompokHari(orang, tanggal);
  return {
    kelompok, umurBulan, jenisKelamin: orang.jenisKelamin, tanggalLahir: orang.tanggalLahir, tanggal, statusIbu: orang.statusIbu,
    beratKg: u.beratKg ?? null, tinggiCm: u.tinggiCm ?? null, caraUkur: u.caraUkur ?? null, lilaCm: u.lilaCm ?? null,
    lingkarKepalaCm: u.lingkarKepalaCm ?? null, lingkarPerutCm: u.lingkarPerutCm ?? null, sistolik: u.sistolik ?? null, diastolik: u.diastolik ?? null,
    gulaDarah: u.gulaDarah ?? null, hb: u.hb ?? null, skrining: u.skrining ?? {},
  };
}

export function nilaiEntri(orang: OrangPadaHari, tanggal: string, u: Partial<Ukuran>, riwayat: Riwayat, ambang: Ambang, hitungGizi: HitungGizi | null): Penilaian {
  return nilaiPemeriksaan(nilaiInputDari(orang, tanggal, u), riwayat, ambang, hitungGizi);
}

export const KONFIRMASI_PESAN = "Periksa lagi nilai ini, lalu centang \"Sudah diperiksa\" bila memang benar.";

/**
 * Why an entry may not be saved yet, per field: refused values (galat), and odd values (konfirmasi)
 * whose code the recorder has not ticked. Empty when it may be saved.
 */
export function alasanTolak(p: Penilaian, dikonfirmasi: readonly string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [field, pesan] of Object.entries(p.galat)) (out[field] ??= []).push(pesan);
  const ok = new Set(dikonfirmasi);
  for (const k of p.konfirmasi) if (!ok.has(k.kode)) (out[k.field] ??= []).push(`${k.pesan} ${KONFIRMASI_PESAN}`);
  return out;
}
