/**
 * A rule that is data: a key, a schema for its value, the documented default and where that default
 * comes from. Each feature declares its rules next to its logic (lib/kader/aturan.ts,
 * lib/kesiapan/aturan.ts, lib/percontohan/aturan.ts); a kabupaten's Dinkes admin may store its own
 * value (table `pengaturan`), which then applies in that kabupaten only. Pure: no database here.
 */
import type { z } from "zod";

export interface Aturan<T> {
  /** e.g. "kader.level"; unique across the app. */
  kunci: string;
  /** What the rule is, in Bahasa, for the settings screen. */
  label: string;
  schema: z.ZodType<T>;
  bawaan: T;
  /** The source of the default, shown beside it. */
  sumber: string;
}

export function defineAturan<T>(aturan: Aturan<T>): Aturan<T> {
  const parsed = aturan.schema.safeParse(aturan.bawaan);
  if (!parsed.success) throw new Error(`Nilai bawaan aturan ${aturan.kunci} tidak sah: ${parsed.error.message}`);
  return aturan;
}

/**
 * The value that applies: the stored one when it still passes the rule's schema, else the default
 * (a stored value from an older shape of the rule never breaks a page).
 */
export function resolveAturan<T>(aturan: Aturan<T>, stored: unknown): { nilai: T; diubah: boolean } {
  if (stored === undefined || stored === null) return { nilai: aturan.bawaan, diubah: false };
  const parsed = aturan.schema.safeParse(stored);
  return parsed.success ? { nilai: parsed.data, diubah: true } : { nilai: aturan.bawaan, diubah: false };
}
