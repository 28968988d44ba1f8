/**
 * The one reader of decimals typed by people: forms, imports, the growth calculator and batch
 * files. Pure, no server imports (the browser reads the forms' schemas too).
 *
 * Rules:
 * - trimmed; empty text is `null` (the field was left empty);
 * - an optional sign (`+`, `-` or the typographic minus `−`), digits, and one decimal separator,
 *   comma (Indonesian) or dot: "12,5", "12.5", ",5" and "12," are all read;
 * - thousands separators only in the unambiguous form, where both separators appear and the
 *   first one groups digits by three: "1.234,5" and "1,234.5" are 1234.5. A single kind of
 *   separator is always the decimal one ("1.234" is 1,234), so a repeated one ("1.2.3") is refused;
 * - nothing else: no hexadecimal (`0x5`), binary or octal, no exponent (`1e3`), no `Infinity`,
 *   no `NaN`, no `_` or space inside the number, no unit. `Number()` would take several of these.
 */

const PLAIN = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;
const GROUPED_DOT = /^[+-]?\d{1,3}(?:\.\d{3})+,\d*$/;
const GROUPED_COMMA = /^[+-]?\d{1,3}(?:,\d{3})+\.\d*$/;

/** The number in `raw`; null when it is empty; undefined when it is not a decimal (see the rules above). */
export function parseDecimal(raw: string): number | null | undefined {
  const t = raw.trim().replace(/^\u2212/, "-");
  if (t === "") return null;
  if (PLAIN.test(t)) return Number(t.replace(",", "."));
  if (GROUPED_DOT.test(t)) return Number(t.replace(/\./g, "").replace(",", "."));
  if (GROUPED_COMMA.test(t)) return Number(t.replace(/,/g, ""));
  return undefined;
}

export interface DecimalField {
  /** The field's name in messages, e.g. "Lintang". */
  label: string;
  min?: number;
  max?: number;
  /** `min` itself is refused (a weight of 0 kg). */
  minExclusive?: boolean;
  /** Messages for this field instead of the general ones; each gets the trimmed text. */
  messages?: {
    notNumber?: (text: string) => string;
    tooSmall?: (text: string) => string;
    tooLarge?: (text: string) => string;
  };
}

export type DecimalCheck = { ok: true; value: number | null } | { ok: false; message: string };

/** Parses and checks the field's limits; messages in Bahasa ("Lintang harus antara -11 dan 6."). */
export function checkDecimal(raw: string | undefined, field: DecimalField): DecimalCheck {
  const text = (raw ?? "").trim();
  const value = parseDecimal(text);
  if (value === null) return { ok: true, value: null };
  const range = () => (field.min !== undefined && field.max !== undefined ? `${field.label} harus antara ${field.min} dan ${field.max}.` : undefined);
  if (value === undefined) return { ok: false, message: field.messages?.notNumber?.(text) ?? `${field.label} harus berupa angka.` };
  if (field.min !== undefined && (value < field.min || (field.minExclusive && value === field.min))) {
    return { ok: false, message: field.messages?.tooSmall?.(text) ?? range() ?? `${field.label} harus ${field.minExclusive ? "lebih dari" : "paling kecil"} ${field.min}.` };
  }
  if (field.max !== undefined && value > field.max) {
    return { ok: false, message: field.messages?.tooLarge?.(text) ?? range() ?? `${field.label} paling besar ${field.max}.` };
  }
  return { ok: true, value };
}
