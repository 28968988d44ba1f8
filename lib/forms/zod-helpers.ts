/** Small zod building blocks for form fields, with Bahasa Indonesia messages. No server imports. */
import { z } from "zod";
import { checkDecimal, type DecimalField } from "../number/decimal.ts";

// Any message a schema does not word itself (a forged value, a wrong type) is still in Bahasa.
z.config(z.locales.id());

/** Characters nobody types on purpose and nobody can see: zero-width space/joiners, word joiner, BOM, soft hyphen. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** Control characters (NUL, tab, line breaks, escape …): a one-line text never holds them. */
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;

/** One line of text as people mean it: Unicode NFC, invisible characters dropped, trimmed. */
export function cleanLine(value: string): string {
  return value.normalize("NFC").replace(INVISIBLE, "").trim();
}

const line = (label: string, max: number) =>
  z
    .string({ error: `${label} wajib diisi.` })
    .transform(cleanLine)
    .pipe(
      z
        .string()
        .max(max, `${label} paling panjang ${max} karakter.`)
        .refine((v) => !CONTROL.test(v), `${label} berisi karakter yang tidak dapat dipakai (misalnya tab, baris baru, atau karakter kontrol).`),
    );

/** A required one-line text field, cleaned (see `cleanLine`); made only of invisible characters is empty. */
export const requiredText = (label: string, max = 120) =>
  line(label, max).refine((v) => v.length > 0, `${label} wajib diisi.`);

/** An optional one-line text field, cleaned: empty becomes null. */
export const optionalText = (label: string, max = 250) =>
  line(label, max).optional().transform((v) => (v ? v : null));

/** A uuid picked from a list. */
export const pickId = (label: string) => z.uuid({ error: `Pilih ${label}.` });

/** An optional uuid: empty becomes null. */
export const optionalId = (label: string) =>
  z.union([z.literal(""), z.uuid({ error: `${label} tidak sah.` })]).optional().transform((v) => v || null);

/**
 * An optional decimal with per-field limits and messages (see lib/number/decimal.ts for what is read:
 * comma or dot, no hex, exponent or Infinity). Empty becomes null.
 */
export const decimalText = (field: DecimalField) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      const checked = checkDecimal(v, field);
      if (checked.ok) return checked.value;
      ctx.addIssue({ code: "custom", message: checked.message });
      return z.NEVER;
    });

/** An optional decimal in a range; accepts a comma as decimal separator. */
export const optionalDecimal = (label: string, min: number, max: number) => decimalText({ label, min, max });

/** An optional whole number from a select; empty becomes null. */
export const optionalInt = (label: string, min: number, max: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === "") return null;
      const n = Number(v);
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: "custom", message: `${label} tidak sah.` });
        return z.NEVER;
      }
      return n;
    });

/** A checkbox: present ("on") is true. */
export const checkbox = z.enum(["on", "true", "1", ""], { error: "Nilai centang tidak sah." }).optional().transform((v) => v === "on" || v === "true" || v === "1");

/**
 * The one-time token (a uuid made with the page) a form carries so that a double submit writes once.
 * Anything else, an empty string included, would be stored as a real key and is refused.
 */
export const requestId = z.uuid({ error: "Formulir ini tidak sah lagi. Muat ulang halaman, lalu isi kembali." }).optional();

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date written YYYY-MM-DD (what a date input sends), in years 1900–2100. */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const [y, m, d] = value.split("-").map(Number);
  const dt = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && y <= 2100 && dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** An optional date from a date input, kept as YYYY-MM-DD (no time zone involved); empty becomes null. */
export const optionalDate = (label: string) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      const s = v?.trim() ?? "";
      if (!s) return null;
      if (!isIsoDate(s)) {
        ctx.addIssue({ code: "custom", message: `${label} tidak sah; pilih tanggal dari kalender.` });
        return z.NEVER;
      }
      return s;
    });

/** A required date from a date input, as YYYY-MM-DD. */
export const requiredDate = (label: string) =>
  optionalDate(label).transform((v, ctx) => {
    if (v === null) {
      ctx.addIssue({ code: "custom", message: `${label} wajib diisi.` });
      return z.NEVER;
    }
    return v;
  });

/** A required whole number typed as text, in a range. */
export const requiredInt = (label: string, min: number, max: number) =>
  z
    .string({ error: `${label} wajib diisi.` })
    .transform((v, ctx) => {
      const s = v.trim();
      if (!s) {
        ctx.addIssue({ code: "custom", message: `${label} wajib diisi.` });
        return z.NEVER;
      }
      const n = /^-?\d+$/.test(s) ? Number(s) : NaN;
      if (!Number.isSafeInteger(n)) {
        ctx.addIssue({ code: "custom", message: `${label} harus bilangan bulat, misalnya ${min}.` });
        return z.NEVER;
      }
      if (n < min || n > max) {
        ctx.addIssue({ code: "custom", message: `${label} harus antara ${min} dan ${max}.` });
        return z.NEVER;
      }
      return n;
    });
