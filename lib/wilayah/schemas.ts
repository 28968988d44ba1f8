/** Wilayah form and list schemas, shared by the forms and the actions. No server imports. */
import { z } from "zod";
import { checkbox, optionalText, pickId, requestId, requiredText } from "../forms/zod-helpers.ts";

// Labels and choices live in the zod-free ./label.ts (client components import them from there).
export { BEDA_RESMI_LABEL } from "./label.ts";

// The same patterns as referensi.ts (which reads a file, so it cannot be bundled for the browser);
// the DAL checks again with referensi.ts's own KODE_DESA_RE and the official list itself.
const KODE_KECAMATAN_RE = /^\d{2}\.\d{2}\.\d{2}$/;
const KODE_DESA_RE = /^\d{2}\.\d{2}\.\d{2}\.[123]\d{3}$/;

/** The list pages' URL state: search, sort and paging, all done in SQL. */
export const ZWilayahListParams = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  kecamatanId: z.uuid().optional().catch(undefined),
  sort: z.enum(["kode", "nama"]).catch("kode"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
  page: z.coerce.number().int().min(1).catch(1),
  size: z.coerce.number().int().refine((n) => [10, 25, 50, 100].includes(n)).catch(25),
});
export type TWilayahListParams = z.output<typeof ZWilayahListParams>;


const id = z.uuid({ error: "Data tidak ditemukan." });

/** A kecamatan picked from the official list; the name comes from the list, never from the browser. */
export const ZKecamatanCreate = z.object({
  kode: z.string({ error: "Pilih kecamatan dari daftar resmi." }).trim().regex(KODE_KECAMATAN_RE, "Pilih kecamatan dari daftar resmi (kode seperti 35.19.03)."),
  requestId,
});
export type TKecamatanCreate = z.output<typeof ZKecamatanCreate>;

/** A desa/kelurahan picked from the official list of one kecamatan. */
export const ZDesaCreate = z.object({
  kecamatanId: pickId("kecamatan"),
  kode: z.string({ error: "Pilih desa dari daftar resmi." }).trim().regex(KODE_DESA_RE, "Pilih desa dari daftar resmi (kode seperti 35.19.03.2002)."),
  requestId,
});
export type TDesaCreate = z.output<typeof ZDesaCreate>;

/** Correcting the name of a kecamatan or desa: the code is fixed. */

/** A new name for a kecamatan or desa; `bedaResmi` confirms a name that differs from the official list. */
export const ZRename = z.object({ id, nama: requiredText("Nama"), bedaResmi: checkbox });
export type TRename = z.output<typeof ZRename>;

export const ZDusunCreate = z.object({ desaId: pickId("desa"), nama: requiredText("Nama dusun"), requestId });
export type TDusunCreate = z.output<typeof ZDusunCreate>;
export const ZDusunUpdate = z.object({ id, nama: requiredText("Nama dusun") });
export type TDusunUpdate = z.output<typeof ZDusunUpdate>;

/** A checkbox group: nothing ticked, one, or many; duplicates dropped. */
const idList = (label: string) =>
  z.preprocess(
    (v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.uuid({ error: `${label} tidak sah.` })).max(500).transform((ids) => [...new Set(ids)]),
  );

export const ZPuskesmasForm = z.object({
  nama: requiredText("Nama puskesmas"),
  kode: z
    .string()
    .trim()
    .max(20, "Kode Kemenkes paling panjang 20 karakter.")
    .regex(/^[0-9A-Za-z.-]*$/, "Kode Kemenkes hanya berisi angka, huruf, titik, atau tanda hubung.")
    .optional()
    .transform((v) => (v ? v : null)),
  kecamatanId: pickId("kecamatan"),
  desaId: pickId("desa lokasi"),
  alamat: optionalText("Alamat", 250),
  catchment: idList("Desa wilayah kerja"),
  /** Ticking a desa that is already in another puskesmas's catchment moves it; this box says so. */
  pindahkan: checkbox,
  requestId,
});
export type TPuskesmasForm = z.output<typeof ZPuskesmasForm>;
export const ZPuskesmasUpdate = ZPuskesmasForm.extend({ id });

export const ZPustuForm = z.object({
  nama: requiredText("Nama pustu"),
  desaId: pickId("desa"),
  puskesmasId: pickId("puskesmas"),
  alamat: optionalText("Alamat", 250),
  requestId,
});
export type TPustuForm = z.output<typeof ZPustuForm>;
export const ZPustuUpdate = ZPustuForm.extend({ id });
