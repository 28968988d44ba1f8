/** Small zod building blocks for form fields, with Bahasa Indonesia messages. No server imports. */
import { z } from "zod";
import { checkDecimal, type DecimalField } from "../number/decimal.ts";
import { CONTROL, bacaTanggal, cleanLine, type Baca } from "./cek.ts";

export { cleanLine, isIsoDate } from "./cek.ts";

// Any message a schema does not word itself (a forged value, a wrong type) is still in Bahasa.
z.config(z.locales.id());

/** A zod field from a reader of one optional text (lib/forms/cek.ts): the browser checks with the same reader. */
export const zBaca = <T>(baca: Baca<T>) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      const r = baca(v);
      if (r.ok) return r.value;
      ctx.addIssue({ code: "custom", message: r.message });
      return z.NEVER;
    });

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

/** An optional date from a date input, kept as YYYY-MM-DD (no time zone involved); empty becomes null. */
export const optionalDate = (label: string) => zBaca(bacaTanggal(label, false));

/** A required date from a date input, as YYYY-MM-DD. */
export const requiredDate = (label: string) => zBaca(bacaTanggal(label, true) as Baca<string>);

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
