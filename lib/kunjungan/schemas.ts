/**
 * The visit's inputs, shared by the browser (the conduct screen validates a finding before keeping
 * it) and the server (the draft sync, the submit and the correction parse the same JSON). No server
 * imports.
 */
import { z } from "zod";
import { optionalText, pickId, requiredDate, requiredText } from "../forms/zod-helpers.ts";
import { FAKTA_LABEL_MAX } from "../supervisi/fakta.ts";
import { HASIL_VERIFIKASI, TINGKAT_PEMILIK } from "./cek.ts";

// Choices, labels and the device's finding check live in the zod-free ./cek.ts (the visit screen imports them from there).
export { HASIL_VERIFIKASI, LABEL_HASIL_VERIFIKASI, LABEL_STATUS_KUNJUNGAN, PERAN_PESERTA, LABEL_TINGKAT_PEMILIK, TINGKAT_PEMILIK, temuanErrors } from "./cek.ts";

const nullableText = (label: string, max: number) => z.union([z.null(), optionalText(label, max)]).transform((v) => v ?? null);
const nullableId = (label: string) => z.union([z.null(), z.literal(""), z.uuid({ error: `${label} tidak sah.` })]).transform((v) => v || null);

/** One answer as the device keeps it; whether it fits its item is checked against the item (score.ts answerError). */
export const ZJawaban = z.object({
  butirId: z.uuid({ error: "Butir tidak dikenal." }),
  nilai: z.number({ error: "Jawaban harus berupa angka." }).finite("Jawaban harus berupa angka.").nullable(),
  teks: nullableText("Jawaban", 1000),
  na: z.boolean({ error: "Isian \"tidak berlaku\" tidak sah." }),
  catatan: nullableText("Catatan", 1000),
  /** The system fact as shown beside the item. */
  fakta: z.object({ nilai: z.number().finite().nullable(), label: z.string().max(FAKTA_LABEL_MAX) }).nullable(),
});

/** One attendee (or team member): a user of the kabupaten picked, or a name typed. */
export const ZPeserta = z.object({
  id: z.uuid({ error: "Peserta tidak dikenal." }),
  userId: nullableId("Pengguna"),
  nama: requiredText("Nama peserta", 120),
  peran: requiredText("Peran peserta", 80),
  instansi: nullableText("Instansi", 160),
  hadir: z.boolean(),
});

/** A finding and its follow-up. The due date is checked against the visit date by `temuanErrors`; the device checks with CEK_TEMUAN (./cek.ts). */
export const ZTemuan = z.object({
  id: z.uuid({ error: "Temuan tidak dikenal." }),
  butirId: nullableId("Butir"),
  masalah: requiredText("Masalah", 1000),
  tindakan: requiredText("Tindakan", 1000),
  tingkatPemilik: z.enum(TINGKAT_PEMILIK, { error: "Pilih tingkat penanggung jawab." }),
  pemilikUserId: nullableId("Penanggung jawab"),
  pemilikNama: requiredText("Nama penanggung jawab", 120),
  batasWaktu: requiredDate("Batas waktu"),
});
export type TTemuan = z.output<typeof ZTemuan>;

export const ZVerifikasi = z.object({
  tindakLanjutId: z.uuid({ error: "Tindak lanjut tidak dikenal." }),
  hasil: z.enum(HASIL_VERIFIKASI, { error: "Pilih hasil verifikasi: selesai, sebagian, atau belum." }),
  catatan: nullableText("Catatan verifikasi", 1000),
});

/** What the conduct screen sends: the whole draft as the device holds it (small: one visit). */
export const ZDraf = z.object({
  tanggal: requiredDate("Tanggal kunjungan"),
  jawaban: z.array(ZJawaban).max(500),
  peserta: z.array(ZPeserta).max(200),
  temuan: z.array(ZTemuan).max(200),
  verifikasi: z.array(ZVerifikasi).max(200),
});
export type TDraf = z.output<typeof ZDraf>;
export type TDrafInput = z.input<typeof ZDraf>;

export const ZKoreksi = ZDraf.extend({ alasan: requiredText("Alasan koreksi", 500).refine((v) => v.length >= 5, "Alasan koreksi terlalu singkat: tulis apa yang dikoreksi dan mengapa.") });
export type TKoreksi = z.output<typeof ZKoreksi>;

/** Starting an ad hoc visit: the id is made with the form (the device), so that sending it twice makes one visit. */
export const ZKunjunganBaru = z
  .object({
    id: z.uuid({ error: "Formulir ini tidak sah lagi. Muat ulang halaman." }),
    sasaran: z.enum(["POSYANDU", "DESA"], { error: "Pilih sasaran: posyandu atau desa." }),
    posyanduId: nullableId("Posyandu").optional().transform((v) => v ?? null),
    desaId: nullableId("Desa").optional().transform((v) => v ?? null),
    tanggal: requiredDate("Tanggal kunjungan"),
    instrumenId: pickId("instrumen"),
  })
  .superRefine((v, ctx) => {
    if (v.sasaran === "POSYANDU" && !v.posyanduId) ctx.addIssue({ code: "custom", path: ["posyanduId"], message: "Pilih posyandu yang dikunjungi." });
    if (v.sasaran === "DESA" && !v.desaId) ctx.addIssue({ code: "custom", path: ["desaId"], message: "Pilih desa yang dikunjungi." });
  });
export type TKunjunganBaru = z.output<typeof ZKunjunganBaru>;
