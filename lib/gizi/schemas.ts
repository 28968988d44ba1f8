/**
 * The growth calculator's form, shared by the page (which reads it from the URL) and its tests.
 * Field names are the Bahasa names the kader sees in the address bar: jk, tgl_lahir, tgl_ukur, bb,
 * tb, cara, lk, lila, edema. Pure: no server imports.
 */
import { z } from "zod";
import { decimalText } from "../forms/zod-helpers.ts";
import type { GrowthInput, IndexKey, ValidationIssue } from "../pertumbuhan/index.ts";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function validIsoDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const [y, m, d] = s.split("-").map(Number);
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

const dateField = (label: string) =>
  z
    .string({ error: `${label} wajib diisi.` })
    .trim()
    .min(1, `${label} wajib diisi.`)
    .refine(validIsoDate, `${label} tidak valid.`);

/** A measurement in a unit: empty is null; a comma is a decimal separator; 0 or less is refused. */
const measurement = (label: string, unit: string, max: number) =>
  decimalText({
    label,
    min: 0,
    minExclusive: true,
    max,
    messages: {
      notNumber: () => `${label} harus berupa angka, misalnya 8,5.`,
      tooSmall: () => `${label} harus lebih dari 0 ${unit}.`,
      tooLarge: (text) => `${label} ${text} ${unit} tidak masuk akal (paling besar ${max} ${unit}). Periksa lagi.`,
    },
  });

export const ZKalkulatorForm = z
  .object({
    jk: z.enum(["1", "2"], { error: "Pilih jenis kelamin." }),
    tgl_lahir: dateField("Tanggal lahir"),
    tgl_ukur: dateField("Tanggal pengukuran"),
    bb: measurement("Berat badan", "kg", 200),
    tb: measurement("Panjang/tinggi badan", "cm", 250),
    cara: z.enum(["", "l", "h"], { error: "Pilih cara ukur." }).optional().transform((v) => (v ? v : null)),
    lk: measurement("Lingkar kepala", "cm", 80),
    lila: measurement("LiLA", "cm", 60),
    edema: z.enum(["ya", "on", ""]).optional().transform((v) => v === "ya" || v === "on"),
  })
  .superRefine((v, ctx) => {
    if (v.bb === null && v.tb === null) {
      ctx.addIssue({ code: "custom", path: ["bb"], message: "Isi berat badan atau panjang/tinggi badan (atau keduanya)." });
    }
  });

export type TKalkulatorForm = z.output<typeof ZKalkulatorForm>;
export type KalkulatorField = keyof z.input<typeof ZKalkulatorForm>;

export const KALKULATOR_FIELDS: readonly KalkulatorField[] = ["jk", "tgl_lahir", "tgl_ukur", "bb", "tb", "cara", "lk", "lila", "edema"];

/** The form's values to the library's input. */
export function toGrowthInput(v: TKalkulatorForm): GrowthInput {
  return {
    sex: v.jk === "1" ? 1 : 2,
    birthDate: v.tgl_lahir,
    visitDate: v.tgl_ukur,
    weightKg: v.bb,
    lengthHeightCm: v.tb,
    measure: v.cara,
    headCm: v.lk,
    muacCm: v.lila,
    oedema: v.edema,
  };
}

/** Which form field a library message belongs next to. */
export const FIELD_OF_ISSUE: Record<ValidationIssue["field"], KalkulatorField> = {
  sex: "jk",
  birthDate: "tgl_lahir",
  visitDate: "tgl_ukur",
  ageDays: "tgl_lahir",
  ageMonths: "tgl_lahir",
  age: "tgl_lahir",
  weightKg: "bb",
  lengthHeightCm: "tb",
  measure: "cara",
  headCm: "lk",
  muacCm: "lila",
  oedema: "edema",
};

/** The index whose chart is shown: `indeks` in the URL. */
export const ZIndeks = z.enum(["bbu", "tbu", "bbtb", "imtu", "lku", "lilau"]).optional().catch(undefined) as z.ZodType<IndexKey | undefined>;

/** The URL's search params as single strings (the first of repeated keys). */
export function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) {
    const s = Array.isArray(v) ? v[0] : v;
    if (typeof s === "string") out[k] = s;
  }
  return out;
}
