/**
 * Kit and catalogue form schemas, shared by the forms and the actions. No server imports.
 *
 * The kit form has one group of fields per catalogue item, named `<field>.<jenisSaranaId>`
 * (`jumlah.…`, `kondisi.…`, `kalibrasi.…`, `sumberDana.…`), so that every refused value gets its
 * message on its own field and the form can name the item beside it.
 */
import { z } from "zod";
import { checkbox, cleanLine, isIsoDate, optionalText, requestId, requiredText } from "../forms/zod-helpers.ts";
import { todayInJakarta } from "../i18n/format.ts";
import { ZAturanSarana } from "./aturan.ts";
import { PRASARANA_FIELDS } from "./gaps.ts";
import { KELOMPOK, KONDISI, type ItemField } from "./label.ts";

// Labels and choices live in the zod-free ./label.ts (client components import them from there).
export { KELOMPOK, KELOMPOK_LABEL, KONDISI, KONDISI_LABEL, SUMBER_DANA_SARAN, itemField, type ItemField } from "./label.ts";



export const JUMLAH_MAX = 999;
/** No posyandu kit was calibrated before this day; an earlier date is a typing slip. */
export const KALIBRASI_MIN = "1990-01-01";


/** A count as typed: empty is 0 (not held); a minus sign, a comma or a letter is refused. */
const jumlahField = z
  .string()
  .optional()
  .transform((v, ctx) => {
    const text = cleanLine(v ?? "");
    if (text === "") return 0;
    if (/^-\s*\d/.test(text)) {
      ctx.addIssue({ code: "custom", message: "Jumlah tidak boleh kurang dari 0." });
      return z.NEVER;
    }
    if (!/^\d+$/.test(text)) {
      ctx.addIssue({ code: "custom", message: /^\d+[.,]\d+$/.test(text) ? "Jumlah harus bilangan bulat (tanpa koma)." : `Jumlah "${text}" bukan angka; isi bilangan bulat 0 atau lebih.` });
      return z.NEVER;
    }
    const n = Number(text);
    if (n > JUMLAH_MAX) {
      ctx.addIssue({ code: "custom", message: `Jumlah paling banyak ${JUMLAH_MAX}.` });
      return z.NEVER;
    }
    return n;
  });

const kondisiField = z.enum(KONDISI, { error: "Pilih kondisi: baik, rusak ringan, atau rusak berat." }).optional().transform((v) => v ?? "BAIK");

/** The last calibration day, YYYY-MM-DD: empty is none; not after today (WIB), not before 1990. */
const kalibrasiField = z
  .string()
  .optional()
  .transform((v, ctx) => {
    const text = (v ?? "").trim();
    if (text === "") return null;
    if (!isIsoDate(text)) {
      ctx.addIssue({ code: "custom", message: "Tanggal kalibrasi tidak sah." });
      return z.NEVER;
    }
    if (text > todayInJakarta()) {
      ctx.addIssue({ code: "custom", message: "Tanggal kalibrasi tidak boleh sesudah hari ini." });
      return z.NEVER;
    }
    if (text < KALIBRASI_MIN) {
      ctx.addIssue({ code: "custom", message: "Tanggal kalibrasi terlalu lama; periksa tahunnya." });
      return z.NEVER;
    }
    return text;
  });

const ITEM_FIELDS = { jumlah: jumlahField, kondisi: kondisiField, kalibrasi: kalibrasiField, sumberDana: optionalText("Sumber dana", 80) } as const;
ITEM_FIELDS satisfies Record<ItemField, unknown>;
const ITEM_KEY = /^(jumlah|kondisi|kalibrasi|sumberDana)\.([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;


export interface TSaranaItemInput {
  jenisSaranaId: string;
  jumlah: number;
  kondisi: (typeof KONDISI)[number];
  /** YYYY-MM-DD or null. */
  kalibrasiTerakhir: string | null;
  sumberDana: string | null;
}

const prasaranaShape = Object.fromEntries(PRASARANA_FIELDS.map((f) => [f.key, checkbox])) as Record<(typeof PRASARANA_FIELDS)[number]["key"], typeof checkbox>;

/** The kit and premises of one posyandu, saved at once. */
export const ZSaranaForm = z
  .looseObject({
    posyanduId: z.uuid({ error: "Data tidak ditemukan." }),
    requestId,
    ...prasaranaShape,
    catatan: optionalText("Catatan prasarana", 500),
  })
  .transform((raw, ctx) => {
    const items = new Map<string, Partial<TSaranaItemInput>>();
    for (const [key, value] of Object.entries(raw)) {
      const m = ITEM_KEY.exec(key);
      if (!m) continue;
      const field = m[1] as ItemField;
      const id = m[2].toLowerCase();
      const parsed = ITEM_FIELDS[field].safeParse(typeof value === "string" ? value : undefined);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", message: issue.message, path: [key] });
        continue;
      }
      const item = items.get(id) ?? { jenisSaranaId: id };
      if (field === "kalibrasi") item.kalibrasiTerakhir = parsed.data as string | null;
      else Object.assign(item, { [field]: parsed.data });
      items.set(id, item);
    }
    const prasarana = Object.fromEntries(PRASARANA_FIELDS.map((f) => [f.key, raw[f.key] as boolean])) as Record<(typeof PRASARANA_FIELDS)[number]["key"], boolean>;
    return {
      posyanduId: raw.posyanduId,
      requestId: raw.requestId,
      prasarana: { ...prasarana, catatan: raw.catatan },
      // An item the form did not send is left as it is; a field it did not send takes its empty value.
      items: [...items.values()].map((i): TSaranaItemInput => ({ jenisSaranaId: i.jenisSaranaId!, jumlah: i.jumlah ?? 0, kondisi: i.kondisi ?? "BAIK", kalibrasiTerakhir: i.kalibrasiTerakhir ?? null, sumberDana: i.sumberDana ?? null })),
    };
  });
export type TSaranaForm = z.output<typeof ZSaranaForm>;


/** A whole number typed in a field, with the field's own words. */
const wholeNumber = (label: string, min: number, max: number) =>
  z
    .string({ error: `${label} wajib diisi.` })
    .transform((v, ctx) => {
      const text = cleanLine(v);
      if (!/^-?\d+$/.test(text)) {
        ctx.addIssue({ code: "custom", message: text === "" ? `${label} wajib diisi.` : `${label} harus bilangan bulat.` });
        return z.NEVER;
      }
      const n = Number(text);
      if (n < min || n > max) {
        ctx.addIssue({ code: "custom", message: `${label} harus antara ${min} dan ${max}.` });
        return z.NEVER;
      }
      return n;
    });

/** One catalogue item, as the Dinkes admin adds or corrects it. */
export const ZJenisSaranaForm = z.object({
  nama: requiredText("Nama alat", 160),
  kelompok: z.enum(KELOMPOK, { error: "Pilih kelompok." }),
  jumlahWajib: wholeNumber("Jumlah wajib per posyandu", 0, 99),
  spesifikasi: optionalText("Spesifikasi", 500),
  perluKalibrasi: checkbox,
  rekonstruksi: checkbox,
  requestId,
});
export type TJenisSaranaForm = z.output<typeof ZJenisSaranaForm>;

export const ZJenisSaranaUpdate = ZJenisSaranaForm.extend({ id: z.uuid({ error: "Data tidak ditemukan." }) });
export type TJenisSaranaUpdate = z.output<typeof ZJenisSaranaUpdate>;

/** The calibration rule as the settings form sends it. */
export const ZAturanSaranaForm = z.object({
  kalibrasiBulan: wholeNumber("Batas kalibrasi", 1, 60).pipe(ZAturanSarana.shape.kalibrasiBulan),
});

/** The scope-wide list's URL state. */
export const ZKelengkapanParams = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  kecamatanId: z.uuid().optional().catch(undefined),
  desaId: z.uuid().optional().catch(undefined),
  sort: z.enum(["kurang", "nama", "desa"]).catch("kurang"),
  dir: z.enum(["asc", "desc"]).catch("desc"),
  page: z.coerce.number().int().min(1).catch(1),
  size: z.coerce.number().int().refine((n) => [10, 25, 50, 100].includes(n)).catch(25),
});
export type TKelengkapanParams = z.output<typeof ZKelengkapanParams>;
