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

/** Is `s` a real calendar day written YYYY-MM-DD (what a date input sends)? */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

/** A required date from a date input, kept as YYYY-MM-DD (compare it with todayInJakarta()). */
export const requiredDate = (label: string) =>
  z.string({ error: `${label} wajib diisi.` }).trim().refine((v) => v.length > 0, `${label} wajib diisi.`).refine((v) => v.length === 0 || isIsoDate(v), `${label} tidak sah; pilih tanggal dari kalender.`);

/** An optional date from a date input, YYYY-MM-DD; empty becomes null. */
export const optionalDate = (label: string) =>
  z.string().trim().optional().transform((v, ctx) => {
    if (!v) return null;
    if (!isIsoDate(v)) {
      ctx.addIssue({ code: "custom", message: `${label} tidak sah; pilih tanggal dari kalender.` });
      return z.NEVER;
    }
    return v;
  });
