/**
 * The visit screen's choices and labels, and the finding check it runs on the device before keeping a
 * finding in the draft, without zod (the screen works offline and must stay light). The server parses
 * the same finding with ZTemuan (./schemas.ts); tests/unit/cek-browser.test.ts holds the two to the
 * same verdicts and messages. Pure (lib/forms/cek.ts).
 */
import { id, idAtauKosong, salahSatu, tanggalWajib, teksWajib, type Bentuk } from "../forms/cek.ts";

/** The roles an attendee may have, as the field names them (domain.md §4; the Demak visit of 6 Feb 2024). */
export const PERAN_PESERTA = [
  "Ketua Pustu", "Kader", "Perangkat desa", "Kepala desa", "Dokter", "Bidan", "Perawat", "Promkes", "Gizi", "Kesling", "Kesmas Dinkes", "KIA Dinkes", "Tokoh masyarakat", "Lainnya",
] as const;

export const TINGKAT_PEMILIK = ["KADER", "PUSKESMAS", "DESA", "DINKES"] as const;
export const LABEL_TINGKAT_PEMILIK: Record<(typeof TINGKAT_PEMILIK)[number], string> = { KADER: "Kader", PUSKESMAS: "Puskesmas", DESA: "Desa", DINKES: "Dinkes" };

export const HASIL_VERIFIKASI = ["SELESAI", "SEBAGIAN", "BELUM"] as const;
export const LABEL_HASIL_VERIFIKASI: Record<(typeof HASIL_VERIFIKASI)[number], string> = { SELESAI: "Selesai", SEBAGIAN: "Sebagian", BELUM: "Belum" };

export const LABEL_STATUS_KUNJUNGAN = { DIRENCANAKAN: "Direncanakan", BERLANGSUNG: "Sedang diisi", SELESAI: "Selesai (terkirim)", BATAL: "Batal" } as const;

/** The fields of ZTemuan (a finding and its follow-up), checked on the device. */
export const CEK_TEMUAN = {
  id: id("Temuan tidak dikenal."),
  butirId: idAtauKosong("Butir tidak sah."),
  masalah: teksWajib("Masalah", 1000),
  tindakan: teksWajib("Tindakan", 1000),
  tingkatPemilik: salahSatu(TINGKAT_PEMILIK, "Pilih tingkat penanggung jawab."),
  pemilikUserId: idAtauKosong("Penanggung jawab tidak sah."),
  pemilikNama: teksWajib("Nama penanggung jawab", 120),
  batasWaktu: tanggalWajib("Batas waktu"),
} satisfies Bentuk;

/** Field errors of a finding that the schema cannot see: the due date against the visit date. */
export function temuanErrors(t: { batasWaktu: string }, tanggalKunjungan: string): Record<string, string[]> {
  if (t.batasWaktu < tanggalKunjungan) return { batasWaktu: ["Batas waktu tidak boleh sebelum tanggal kunjungan."] };
  return {};
}
