/** Sasaran (people a posyandu serves) form schemas, shared by the forms and the server. No server imports. */
import { z } from "zod";
import { checkbox, optionalDate, optionalId, optionalText, pickId, requestId, requiredDate, requiredText, zBaca } from "../forms/zod-helpers.ts";
import { todayInJakarta } from "../i18n/format.ts";
import { optionalNik, optionalTelepon } from "../kader/schemas.ts";
import { PESAN_TANGGAL_LAHIR_NANTI, STATUS_IBU, bacaNoKk, bacaRtRw } from "./cek.ts";

// Labels and pure helpers live in the zod-free ./cek.ts (client components import them from there).
export { JENIS_KELAMIN_LABEL, STATUS_IBU, STATUS_IBU_LABEL, hplDariHpht, type StatusIbuKode } from "./cek.ts";

/** A Kartu Keluarga number: 16 digits (spaces and dots people type dropped); empty becomes null. */
export const optionalNoKk = zBaca(bacaNoKk);

/** RT or RW: 1–3 digits ("003" and "3" are the same RT: kept as typed without leading zeros). */
const rtRw = (label: string) => zBaca(bacaRtRw(label));

/** A birth date: a real date, not after today (Jakarta), not before 1900. */
export const tanggalLahir = requiredDate("Tanggal lahir").refine((v) => v <= todayInJakarta(), PESAN_TANGGAL_LAHIR_NANTI);

/** The person's own fields (create and edit). */
export const ZSasaranFields = z.object({
  nama: requiredText("Nama"),
  nik: optionalNik,
  jenisKelamin: z.enum(["P", "L"], { error: "Pilih jenis kelamin." }),
  tanggalLahir,
  dusunId: optionalId("Dusun"),
  alamat: optionalText("Alamat", 250),
  rt: rtRw("RT"),
  rw: rtRw("RW"),
  telepon: optionalTelepon,
  namaIbu: optionalText("Nama ibu", 120),
  namaSuami: optionalText("Nama suami", 120),
  noKk: optionalNoKk,
});

/**
 * A new person (the contract other features use too: the posyandu-day screen registers people with
 * it). `id` is made on the device: creating twice with the same id returns the same person, never a
 * second one. `abaikanMirip` is the explicit tick to save although a person with the same folded
 * name and birth date is already registered at the posyandu.
 */
export const ZSasaranInput = ZSasaranFields.extend({
  posyanduId: pickId("posyandu"),
  id: z.union([z.literal(""), z.uuid({ error: "Data tidak sah lagi. Muat ulang halaman, lalu isi kembali." })]).optional().transform((v) => v || undefined),
  abaikanMirip: checkbox,
});
export type SasaranInput = z.output<typeof ZSasaranInput>;
/** What a caller may pass (the form's raw strings); `SasaranInput` is what the server works with. */
export type SasaranInputRaw = z.input<typeof ZSasaranInput>;

/** Editing a person: the same fields; an empty NIK keeps the stored one for whoever does not see it in full. */
export const ZSasaranUbah = ZSasaranFields.extend({ id: pickId("sasaran"), requestId });
export type TSasaranUbah = z.output<typeof ZSasaranUbah>;

/** Deactivating a person who moved away or died. */
export const ALASAN_NONAKTIF = ["PINDAH", "MENINGGAL", "LAINNYA"] as const;
export const ALASAN_NONAKTIF_LABEL: Record<(typeof ALASAN_NONAKTIF)[number], string> = { PINDAH: "Pindah", MENINGGAL: "Meninggal", LAINNYA: "Lainnya" };
export const ZSasaranNonaktif = z.object({
  id: pickId("sasaran"),
  alasan: z.enum(ALASAN_NONAKTIF, { error: "Pilih alasan." }),
});

/** A status period: HAMIL needs HPHT (HPL defaults to HPHT + 280 days); NIFAS and MENYUSUI only a start. */
export const ZStatusBaru = z
  .object({
    sasaranId: pickId("sasaran"),
    status: z.enum(STATUS_IBU, { error: "Pilih status." }),
    mulai: optionalDate("Tanggal mulai"),
    hpht: optionalDate("HPHT"),
    hpl: optionalDate("HPL"),
    hamilKe: z
      .string()
      .optional()
      .transform((v, ctx) => {
        const s = (v ?? "").trim();
        if (!s) return null;
        const n = Number(s);
        if (!Number.isInteger(n) || n < 1 || n > 20) {
          ctx.addIssue({ code: "custom", message: "Kehamilan ke- harus 1–20." });
          return z.NEVER;
        }
        return n;
      }),
    requestId,
  })
  .superRefine((v, ctx) => {
    const today = todayInJakarta();
    if (v.status === "HAMIL") {
      if (!v.hpht) ctx.addIssue({ code: "custom", path: ["hpht"], message: "HPHT wajib diisi untuk status hamil." });
      else if (v.hpht > today) ctx.addIssue({ code: "custom", path: ["hpht"], message: "HPHT tidak boleh setelah hari ini." });
      if (v.hpht && v.hpl && v.hpl <= v.hpht) ctx.addIssue({ code: "custom", path: ["hpl"], message: "HPL harus setelah HPHT." });
    } else if (!v.mulai) ctx.addIssue({ code: "custom", path: ["mulai"], message: "Tanggal mulai wajib diisi." });
    if (v.mulai && v.mulai > today) ctx.addIssue({ code: "custom", path: ["mulai"], message: "Tanggal mulai tidak boleh setelah hari ini." });
  });
export type TStatusBaru = z.output<typeof ZStatusBaru>;

export const ZStatusSelesai = z.object({
  id: pickId("status"),
  selesai: requiredDate("Tanggal selesai").refine((v) => v <= todayInJakarta(), "Tanggal selesai tidak boleh setelah hari ini."),
});
export type TStatusSelesai = z.output<typeof ZStatusSelesai>;

/** The /sasaran list's URL state. `kelompok` is the life-cycle group on today's date. */
export const ZSasaranListParams = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  posyanduId: z.uuid().optional().catch(undefined),
  kelompok: z.string().max(30).optional().catch(undefined),
  status: z.enum(STATUS_IBU).optional().catch(undefined),
  aktif: z.enum(["ya", "tidak"]).catch("ya"),
  /** None: by name, or best match first when searching. */
  sort: z.enum(["nama", "tanggalLahir", "posyandu"]).optional().catch(undefined),
  dir: z.enum(["asc", "desc"]).catch("asc"),
  page: z.coerce.number().int().min(1).catch(1),
  size: z.coerce.number().int().refine((n) => [10, 25, 50, 100].includes(n)).catch(25),
});
export type TSasaranListParams = z.output<typeof ZSasaranListParams>;

/** Merging two records: `a` is the page's person, `b` the duplicate picked; `simpan` says which is kept. */
export const ZGabung = z
  .object({
    a: pickId("sasaran"),
    b: pickId("data ganda"),
    simpan: z.enum(["a", "b"], { error: "Pilih data yang disimpan." }),
    yakin: checkbox,
  })
  .superRefine((v, ctx) => {
    if (!v.yakin) ctx.addIssue({ code: "custom", path: ["yakin"], message: "Centang bahwa keduanya memang orang yang sama." });
  })
  .transform((v) => ({ tetapId: v.simpan === "a" ? v.a : v.b, gandaId: v.simpan === "a" ? v.b : v.a }));

/** The groups a posyandu sets an annual target (S) for: the six age groups and pregnant women. */
export const KELOMPOK_TARGET = ["BAYI", "BALITA", "APRAS", "USIA_SEKOLAH_REMAJA", "DEWASA", "LANSIA", "HAMIL"] as const;
export type KelompokTarget = (typeof KELOMPOK_TARGET)[number];

const jumlahTarget = z
  .string()
  .optional()
  .transform((v, ctx) => {
    const s = (v ?? "").trim().replace(/\./g, "");
    if (!s) return null;
    if (!/^\d{1,6}$/.test(s) || Number(s) > 100_000) {
      ctx.addIssue({ code: "custom", message: "Target harus bilangan bulat 0–100.000." });
      return z.NEVER;
    }
    return Number(s);
  });

/** One posyandu's targets for one year: `jumlah_<KELOMPOK>`; empty = no target set for that group. */
export const ZTargetForm = z.object({
  posyanduId: pickId("posyandu"),
  tahun: z.coerce.number({ error: "Tahun tidak sah." }).int("Tahun tidak sah.").min(2000, "Tahun paling awal 2000.").max(2100, "Tahun paling akhir 2100."),
  ...Object.fromEntries(KELOMPOK_TARGET.map((k) => [`jumlah_${k}`, jumlahTarget])) as Record<`jumlah_${KelompokTarget}`, typeof jumlahTarget>,
});
export type TTargetForm = z.output<typeof ZTargetForm>;
