/** Small zod building blocks for form fields, with Bahasa Indonesia messages. No server imports. */
import { z } from "zod";
import { checkDecimal, type DecimalField } from "../number/decimal.ts";

/** A required text field, trimmed. */
export const requiredText = (label: string, max = 120) =>
  z.string({ error: `${label} wajib diisi.` }).trim().min(1, `${label} wajib diisi.`).max(max, `${label} paling panjang ${max} karakter.`);

/** An optional text field: empty becomes null. */
export const optionalText = (label: string, max = 250) =>
  z.string().trim().max(max, `${label} paling panjang ${max} karakter.`).optional().transform((v) => (v ? v : null));

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
export const checkbox = z.enum(["on", "true", "1", ""]).optional().transform((v) => v === "on" || v === "true" || v === "1");

/** The one-time token a form carries so that a double submit writes once. */
export const requestId = z.string().max(64).optional();
