/** Pilot, roll-out and study-visit form schemas, shared by the forms and the actions. No server imports. */
import { z } from "zod";
import { optionalDate, optionalText, pickId, requestId, requiredDate, requiredInt, requiredText } from "../forms/zod-helpers.ts";
import { ZId } from "../dal/ids.ts";
import { todayInJakarta } from "../i18n/format.ts";
import { TAHAP_URUT } from "./tahap.ts";

/** Later than this many days ahead, a planned study visit is more likely a typo. */
export const STUDI_BANDING_MAKS_HARI_KE_DEPAN = 365;

/** The calendar year a pilot counts in for the per-year rule: of its SK date, else of its start date. */
export function tahunOf(v: { tanggalSk: string | null; tanggalMulai: string | null }): number | null {
  const d = v.tanggalSk ?? v.tanggalMulai;
  return d ? Number(d.slice(0, 4)) : null;
}

const fields = z.object({
  nomorSk: optionalText("Nomor SK", 120),
  tanggalSk: optionalDate("Tanggal SK"),
  angkatan: requiredInt("Angkatan", 1, 50),
  tanggalMulai: optionalDate("Tanggal mulai"),
  tanggalTarget: optionalDate("Tanggal target"),
  catatan: optionalText("Catatan", 1000),
  requestId,
});

type Fields = z.output<typeof fields>;

/** The checks across fields, each on the field the user should fix; every field error shows at once. */
function crossChecks(v: Fields, ctx: z.RefinementCtx) {
  if ((v.nomorSk === null) !== (v.tanggalSk === null)) {
    ctx.addIssue({ code: "custom", path: [v.nomorSk === null ? "nomorSk" : "tanggalSk"], message: "Isi nomor SK dan tanggal SK bersama, atau kosongkan keduanya (SK belum terbit)." });
  }
  if (v.tanggalSk && v.tanggalSk > todayInJakarta()) ctx.addIssue({ code: "custom", path: ["tanggalSk"], message: "Tanggal SK tidak boleh setelah hari ini." });
  if (tahunOf(v) === null) ctx.addIssue({ code: "custom", path: ["tanggalMulai"], message: "Isi tanggal mulai (atau tanggal SK): tahun percontohan diambil dari tanggal itu." });
  if (v.tanggalMulai && v.tanggalTarget && v.tanggalTarget < v.tanggalMulai) ctx.addIssue({ code: "custom", path: ["tanggalTarget"], message: "Tanggal target tidak boleh sebelum tanggal mulai." });
}

/** Designating a posyandu as an ILP pilot. */
export const ZPercontohanForm = fields.extend({ posyanduId: pickId("posyandu") }).superRefine(crossChecks);
export type TPercontohanForm = z.output<typeof ZPercontohanForm>;

/** Editing a pilot's SK details (the posyandu stays). */
export const ZPercontohanUbah = fields.extend({ id: ZId.shape.id }).superRefine(crossChecks);
export type TPercontohanUbah = z.output<typeof ZPercontohanUbah>;
export type TPercontohanFields = Omit<TPercontohanUbah, "id">;

/** Moving the stage of a pilot or of a roll-out target (`id` is the one moved). */
export const ZPindahTahap = z.object({
  id: ZId.shape.id,
  ke: z.enum(TAHAP_URUT, { error: "Pilih tahap tujuan." }),
  tanggal: requiredDate("Tanggal pindah tahap"),
  alasan: optionalText("Alasan", 500),
  requestId,
});
export type TPindahTahap = z.output<typeof ZPindahTahap>;

const replikasiFields = {
  tanggalTarget: optionalDate("Tanggal target"),
  catatan: optionalText("Catatan", 500),
  requestId,
};

/** Adding another posyandu of the pilot's desa as a roll-out target. */
export const ZReplikasiForm = z.object({ percontohanId: ZId.shape.id, posyanduId: pickId("posyandu"), ...replikasiFields });
export type TReplikasiForm = z.output<typeof ZReplikasiForm>;

export const ZReplikasiUbah = z.object({ id: ZId.shape.id, ...replikasiFields });
export type TReplikasiUbah = z.output<typeof ZReplikasiUbah>;

const studiBandingFields = z.object({
  tanggal: requiredDate("Tanggal kunjungan"),
  asal: requiredText("Asal rombongan", 160),
  jumlahPeserta: requiredInt("Jumlah peserta", 1, 500),
  tujuan: optionalText("Tujuan", 500),
  catatan: optionalText("Catatan", 1000),
  requestId,
});

/** A study visit to a pilot (a planned one may be in the future, up to a year ahead). */
export const ZStudiBandingForm = studiBandingFields.extend({ percontohanId: ZId.shape.id });
export type TStudiBandingForm = z.output<typeof ZStudiBandingForm>;

export const ZStudiBandingUbah = studiBandingFields.extend({ id: ZId.shape.id });
export type TStudiBandingUbah = z.output<typeof ZStudiBandingUbah>;
export type TStudiBandingFields = Omit<TStudiBandingUbah, "id">;

const pageSize = z.coerce.number().int().refine((n) => [10, 25, 50, 100].includes(n)).catch(25);
const year = z.coerce.number().int().min(2000).max(2100).optional().catch(undefined);

/** The pilot cohort page's URL state. */
export const ZPercontohanListParams = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  tahap: z.enum(TAHAP_URUT).optional().catch(undefined),
  angkatan: z.coerce.number().int().min(1).max(50).optional().catch(undefined),
  tahun: year,
  sort: z.enum(["posyandu", "desa", "puskesmas", "angkatan", "tahap", "target", "tahun"]).catch("posyandu"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
  page: z.coerce.number().int().min(1).catch(1),
  size: pageSize,
});
export type TPercontohanListParams = z.output<typeof ZPercontohanListParams>;

/** The study-visit list's URL state; newest first by default. */
export const ZStudiBandingListParams = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  tahun: year,
  sort: z.enum(["tanggal", "asal", "peserta", "posyandu"]).catch("tanggal"),
  dir: z.enum(["asc", "desc"]).catch("desc"),
  page: z.coerce.number().int().min(1).catch(1),
  size: pageSize,
});
export type TStudiBandingListParams = z.output<typeof ZStudiBandingListParams>;
