/**
 * The official list of areas (Kepmendagri 300.2.2-2138/2025), shipped in prisma/data. Loaded once,
 * on first use, into maps by code. Used to add a kabupaten, and to check codes in forms and imports.
 */
import fs from "node:fs";
import path from "node:path";

export type Tingkat = "provinsi" | "kabupaten" | "kota" | "kecamatan" | "desa" | "kelurahan";

export interface WilayahRef {
  kode: string;
  nama: string;
  tingkat: Tingkat;
}

let cache: Map<string, WilayahRef> | null = null;

export function referensiPath(): string {
  return process.env.WILAYAH_REFERENSI_CSV || path.join(process.cwd(), "prisma", "data", "kemendagri-2025.csv");
}

export function loadReferensi(): Map<string, WilayahRef> {
  if (cache) return cache;
  const text = fs.readFileSync(/*turbopackIgnore: true*/ referensiPath(), "utf8");
  const map = new Map<string, WilayahRef>();
  const lines = text.split(/\r?\n/);
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const first = line.indexOf(",");
    const last = line.lastIndexOf(",");
    const kode = line.slice(0, first);
    let nama = line.slice(first + 1, last);
    if (nama.startsWith('"') && nama.endsWith('"')) nama = nama.slice(1, -1).replace(/""/g, '"');
    map.set(kode, { kode, nama, tingkat: line.slice(last + 1).trim() as Tingkat });
  }
  cache = map;
  return map;
}

export function findReferensi(kode: string): WilayahRef | undefined {
  return loadReferensi().get(kode.trim());
}

let childrenCache: Map<string, WilayahRef[]> | null = null;

/** Direct children of a code in the official list (e.g. the kecamatan of "35.19"), sorted by code. */
export function childrenOf(kode: string): WilayahRef[] {
  if (!childrenCache) {
    // One pass over the list, so that walking the whole country stays fast.
    const byParent = new Map<string, WilayahRef[]>();
    for (const ref of loadReferensi().values()) {
      const dot = ref.kode.lastIndexOf(".");
      if (dot < 0) continue;
      const parent = ref.kode.slice(0, dot);
      const list = byParent.get(parent);
      if (list) list.push(ref);
      else byParent.set(parent, [ref]);
    }
    for (const list of byParent.values()) list.sort((a, b) => a.kode.localeCompare(b.kode));
    childrenCache = byParent;
  }
  return [...(childrenCache.get(kode.trim()) ?? [])];
}

/** Every kabupaten and kota of the official list, by code. */
export function allKabupatenReferensi(): WilayahRef[] {
  return [...loadReferensi().values()].filter((r) => r.tingkat === "kabupaten" || r.tingkat === "kota").sort((a, b) => a.kode.localeCompare(b.kode));
}

/** Village part: 1xxx kelurahan, 2xxx desa, 3xxx desa adat (Kemendagri; the 2025 list has all three). */
export const KODE_DESA_RE = /^\d{2}\.\d{2}\.\d{2}\.[123]\d{3}$/;
export const KODE_KECAMATAN_RE = /^\d{2}\.\d{2}\.\d{2}$/;
export const KODE_KABUPATEN_RE = /^\d{2}\.\d{2}$/;

/** Kelurahan: village part 1xxx. Desa (2xxx) and desa adat (3xxx) are not. */
export function isKelurahanKode(kode: string): boolean {
  return kode.length === 13 && kode[9] === "1";
}

/** The official name of a desa/kelurahan code (Kemendagri 2025), or undefined. */
export function officialDesaNama(kode: string): string | undefined {
  const ref = findReferensi(kode);
  return ref && (ref.tingkat === "desa" || ref.tingkat === "kelurahan") ? ref.nama : undefined;
}
