/**
 * One person's entry on a posyandu day as the entry screen sends it (JSON), shared by the browser
 * (kept in IndexedDB until the server has it) and the server (POST /api/pemeriksaan). No server
 * imports. Measurements are plain numbers here: whether a value is possible (a weight of 0 or 300 kg)
 * or odd enough to confirm is decided by nilaiPemeriksaan, on the screen and again on the server.
 */
import { z } from "zod";
import { ZSkrining } from "../skrining/schemas.ts";
import { PERKEMBANGAN, type Layanan } from "./layanan.ts";

export { IMUNISASI, PERKEMBANGAN, PERKEMBANGAN_LABEL, type Layanan } from "./layanan.ts";

/** Services given (stored as JSON on the entry; helper D's coverage report reads exactly these keys). */
export const ZLayanan = z.object({
  asiEksklusif: z.boolean().optional(),
  vitaminA: z.boolean().optional(),
  /** Codes of the vaccines given today (IMUNISASI in layanan.ts). */
  imunisasi: z.array(z.string().max(20)).max(20).optional(),
  obatCacing: z.boolean().optional(),
  perkembangan: z.enum(PERKEMBANGAN, { error: "Pilih hasil cek perkembangan." }).optional(),
  ttd: z.boolean().optional(),
  kelasIbuHamil: z.boolean().optional(),
  pmt: z.boolean().optional(),
}) satisfies z.ZodType<Layanan>;

const ukuran = (label: string) =>
  z.number({ error: `${label} harus berupa angka.` }).finite(`${label} harus berupa angka.`).min(0, `${label} tidak boleh negatif.`).max(999, `${label} terlalu besar.`).nullable().optional();
const bulat = (label: string) =>
  z.number({ error: `${label} harus berupa angka.` }).int(`${label} harus bilangan bulat.`).min(0, `${label} tidak boleh negatif.`).max(999, `${label} terlalu besar.`).nullable().optional();

/** The measured fields (Pemeriksaan columns), by name: the screen shows a group's subset (FIELD_KELOMPOK). */
export const UKURAN_FIELDS = ["beratKg", "tinggiCm", "lilaCm", "lingkarKepalaCm", "lingkarPerutCm", "sistolik", "diastolik", "gulaDarah", "hb"] as const;

export const ZPemeriksaanInput = z.object({
  /** Made on the device when the entry is started: a resend upserts the same record. */
  id: z.uuid({ error: "Nomor isian tidak sah. Muat ulang halaman." }),
  hariBukaId: z.uuid({ error: "Hari posyandu tidak dikenal." }),
  sasaranId: z.uuid({ error: "Pilih orang yang hadir." }),
  beratKg: ukuran("Berat badan"),
  tinggiCm: ukuran("Tinggi/panjang badan"),
  caraUkur: z.enum(["TELENTANG", "BERDIRI"], { error: "Pilih cara ukur." }).nullable().optional(),
  lilaCm: ukuran("LiLA"),
  lingkarKepalaCm: ukuran("Lingkar kepala"),
  lingkarPerutCm: ukuran("Lingkar perut"),
  sistolik: bulat("Tekanan darah sistolik"),
  diastolik: bulat("Tekanan darah diastolik"),
  gulaDarah: bulat("Gula darah sewaktu"),
  hb: ukuran("Hb"),
  layanan: ZLayanan.default({}),
  skrining: ZSkrining.default({}),
  diukurOleh: z.enum(["KADER", "NAKES"], { error: "Pilih siapa yang mengukur." }).nullable().optional(),
  catatan: z.string().trim().max(500, "Catatan paling banyak 500 karakter.").nullable().optional(),
  /** Codes of the odd values (konfirmasi) the recorder ticked as checked. */
  dikonfirmasi: z.array(z.string().max(60)).max(30).default([]),
});
export type PemeriksaanInput = z.output<typeof ZPemeriksaanInput>;
export type PemeriksaanKirim = z.input<typeof ZPemeriksaanInput>;
