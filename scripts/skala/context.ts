/**
 * What the steps of `npm run demo:skala` share: the transaction, a seeded random stream per step, the
 * areas read back once, what earlier steps made, and a fast multi-row insert.
 */
import { randomUUID } from "node:crypto";
import type { DbTx } from "../../lib/prisma-client.ts";
import { prng } from "../gen-children.ts";

export interface SkalaDesa { id: string; kode: string; nama: string; isKelurahan: boolean; kecamatanId: string; kabupatenId: string; puskesmasId: string | null }
export interface SkalaKecamatan { id: string; kode: string; nama: string; kabupatenId: string; desa: SkalaDesa[] }
export interface SkalaPuskesmas { id: string; nama: string; kabupatenId: string; kecamatanId: string; desaIds: string[] }
export interface SkalaPosyandu { id: string; nama: string; desaId: string }

export interface SkalaContext {
  tx: DbTx;
  seed: number;
  /** This step's own random stream: adding a step does not change what the others make. */
  rand: () => number;
  log: (line: string) => void;
  /** Filled by the wilayah step, in code order. */
  kabupaten: Map<string, { id: string; kode: string; nama: string }>;
  kecamatan: SkalaKecamatan[];
  desa: SkalaDesa[];
  /** Filled by later steps. */
  puskesmas: SkalaPuskesmas[];
  dusunByDesa: Map<string, { id: string; nama: string }[]>;
  posyanduByDesa: Map<string, SkalaPosyandu[]>;
  /** The password hash every generated account shares (computed once: argon2 is slow on purpose). */
  passwordHash: string;
}

/** A step: one function that adds one kind of data and returns a line for the summary. */
export interface SkalaStep {
  name: string;
  run(ctx: SkalaContext): Promise<string>;
}

/** The seeded stream of a step: mulberry32 (scripts/gen-children.ts) on the seed mixed with the step name. */
export function streamFor(seed: number, name: string): () => number {
  let h = seed >>> 0;
  for (const ch of name) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return prng(h);
}

export const int = (rand: () => number, min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
export const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)];
export function shuffled<T>(rand: () => number, list: readonly T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
export const newId = () => randomUUID();

export { insertRows } from "../../lib/provisioning/bulk-insert.ts";
