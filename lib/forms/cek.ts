/**
 * Checking a form in the browser without zod: the one way for screens that must refuse an input on the
 * device (offline, before it is queued) and whose page must stay light (zod alone is ~67 kB gzip).
 * The server still parses with the feature's zod schema (lib/<feature>/schemas.ts); a feature's
 * browser check is a `Bentuk` built from the field checks below, and a unit test feeds the same
 * cases to both and expects the same verdicts and the same Bahasa messages per field
 * (tests/unit/cek-browser.test.ts). The text and date rules themselves live here once and zod-helpers
 * uses them too. Pure, no imports.
 */

/** Characters nobody types on purpose and nobody can see: zero-width space/joiners, word joiner, BOM, soft hyphen. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** Control characters (NUL, tab, line breaks, escape …): a one-line text never holds them. */
export const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;

/** One line of text as people mean it: Unicode NFC, invisible characters dropped, trimmed. */
export function cleanLine(value: string): string {
  return value.normalize("NFC").replace(INVISIBLE, "").trim();
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date written YYYY-MM-DD (what a date input sends), in years 1900–2100. */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const [y, m, d] = value.split("-").map(Number);
  const dt = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && y <= 2100 && dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** The uuid shape zod's `z.uuid()` accepts (RFC 9562: version 1–8, variant 8–b; nil and max). */
const UUID = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;

/** A field's verdict: its value as the server would store it, or every message, in Bahasa. */
export type Hasil<T> = { ok: true; value: T } | { ok: false; pesan: string[] };
/** A field check: takes what the form holds (text from a form, or a draft's value). */
export type Cek<T> = (v: unknown) => Hasil<T>;

/** zod's own message (Indonesian locale, zod-helpers) where a schema words none, e.g. a union none of whose options fits. */
const PESAN_UMUM = "Input tidak valid";

const ok = <T>(value: T): Hasil<T> => ({ ok: true, value });
const gagal = (...pesan: string[]): Hasil<never> => ({ ok: false, pesan });

/** A reader of one optional text field (a form's string or nothing): the pattern of the custom zod fields. */
export type Baca<T> = (v: string | undefined) => { ok: true; value: T } | { ok: false; message: string };

/** A `Baca` as a field check (anything but text or nothing is refused with `bukanTeks`). */
export function dariBaca<T>(baca: Baca<T>, bukanTeks = "Isian tidak sah."): Cek<T> {
  return (v) => {
    if (v !== undefined && typeof v !== "string") return gagal(bukanTeks);
    const r = baca(v);
    return r.ok ? ok(r.value) : gagal(r.message);
  };
}

function baris(label: string, max: number, v: string): Hasil<string> {
  const s = cleanLine(v);
  const pesan: string[] = [];
  if (s.length > max) pesan.push(`${label} paling panjang ${max} karakter.`);
  if (CONTROL.test(s)) pesan.push(`${label} berisi karakter yang tidak dapat dipakai (misalnya tab, baris baru, atau karakter kontrol).`);
  return pesan.length ? gagal(...pesan) : ok(s);
}

/** = zod-helpers `requiredText`. */
export const teksWajib = (label: string, max = 120): Cek<string> => (v) => {
  if (typeof v !== "string") return gagal(`${label} wajib diisi.`);
  const r = baris(label, max, v);
  if (r.ok && !r.value) return gagal(`${label} wajib diisi.`);
  return r;
};

/** = zod-helpers `optionalText`: empty becomes null. */
export const teksOpsional = (label: string, max = 250): Cek<string | null> => (v) => {
  if (v === undefined) return ok(null);
  if (typeof v !== "string") return gagal(`${label} wajib diisi.`);
  const r = baris(label, max, v);
  return r.ok ? ok(r.value || null) : r;
};

/** = zod-helpers `optionalDate` (`wajib` false) and `requiredDate` (`wajib` true). */
export const bacaTanggal = (label: string, wajib: boolean): Baca<string | null> => (v) => {
  const s = v?.trim() ?? "";
  if (!s) return wajib ? { ok: false, message: `${label} wajib diisi.` } : { ok: true, value: null };
  if (!isIsoDate(s)) return { ok: false, message: `${label} tidak sah; pilih tanggal dari kalender.` };
  return { ok: true, value: s };
};

/** An Indonesian phone number: 08… or +628…, 10–15 digits; spaces and dashes dropped; empty becomes null. */
export const bacaTelepon: Baca<string | null> = (v) => {
  const s = (v ?? "").replace(/[\s-]/g, "");
  if (!s) return { ok: true, value: null };
  if (!/^(\+62|62|0)8\d{8,12}$/.test(s)) return { ok: false, message: "Nomor telepon tidak sah; contoh: 081234567890." };
  return { ok: true, value: s };
};

/** = zod-helpers `requiredDate`. */
export const tanggalWajib = (label: string): Cek<string> => dariBaca(bacaTanggal(label, true) as Baca<string>);

/** = `z.uuid({ error: pesan })`. */
export const id = (pesan: string): Cek<string> => (v) => (typeof v === "string" && UUID.test(v) ? ok(v) : gagal(pesan));

/** = zod-helpers `optionalId`: missing or "" becomes null. */
export const idOpsional = (pesan: string): Cek<string | null> => (v) => (v === undefined || v === "" ? ok(null) : id(pesan)(v));

/** null, "" or a uuid (a draft's optional link): empty becomes null; a missing key is refused as zod's union refuses it. */
export const idAtauKosong = (pesan: string): Cek<string | null> => (v) => (v === null || v === "" ? ok(null) : v === undefined ? gagal(PESAN_UMUM) : id(pesan)(v));

/** = `z.enum(values, { error: pesan })`. */
export const salahSatu = <const T extends readonly string[]>(values: T, pesan: string): Cek<T[number]> => (v) =>
  typeof v === "string" && (values as readonly string[]).includes(v) ? ok(v as T[number]) : gagal(pesan);

/** = zod-helpers `checkbox`: present ("on") is true. */
export const centang: Cek<boolean> = (v) => {
  if (v === undefined) return ok(false);
  if (v === "on" || v === "true" || v === "1" || v === "") return ok(v !== "");
  return gagal("Nilai centang tidak sah.");
};

/** A check with one more condition on its value (= zod `.refine`). */
export const dengan = <T>(cek: Cek<T>, syarat: (v: T) => boolean, pesan: string): Cek<T> => (v) => {
  const r = cek(v);
  return r.ok && !syarat(r.value) ? gagal(pesan) : r;
};

export type Bentuk = Record<string, Cek<unknown>>;
export type NilaiBentuk<B extends Bentuk> = { [K in keyof B]: B[K] extends Cek<infer T> ? T : never };

/** Every field of a form checked: the values, or the messages per field (the shape of `z.flattenError(…).fieldErrors`). */
export function cekBentuk<B extends Bentuk>(bentuk: B, raw: Readonly<Record<string, unknown>>): { ok: true; value: NilaiBentuk<B> } | { ok: false; fieldErrors: Record<string, string[]> } {
  const value: Record<string, unknown> = {};
  const fieldErrors: Record<string, string[]> = {};
  for (const [k, cek] of Object.entries(bentuk)) {
    const r = cek(raw[k]);
    if (r.ok) value[k] = r.value;
    else fieldErrors[k] = r.pesan;
  }
  return Object.keys(fieldErrors).length ? { ok: false, fieldErrors } : { ok: true, value: value as NilaiBentuk<B> };
}
