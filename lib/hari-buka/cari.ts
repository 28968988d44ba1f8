/**
 * Finding a person on the session screen as the name is typed, on the device (it must work without a
 * signal): the same folding as the server's search (foldNama), then every typed word as a prefix of a
 * word of the name (or of the whole folded name), or close enough by trigram similarity (as pg_trgm scores it) for a misspelling.
 * Pure; the server's search (cariSasaran, pg_trgm on nama_kunci) is the same idea over the database.
 */
import { foldNama } from "../sasaran/nama.ts";

function trigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (const w of s.split(" ").filter(Boolean)) {
    const p = `  ${w} `;
    for (let i = 0; i + 3 <= p.length; i++) out.add(p.slice(i, i + 3));
  }
  return out;
}

/** pg_trgm's similarity: shared trigrams ÷ all distinct trigrams of both. */
export function kemiripan(a: string, b: string): number {
  const x = trigrams(a);
  const y = trigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let same = 0;
  for (const t of x) if (y.has(t)) same++;
  return same / (x.size + y.size - same);
}

export const BATAS_MIRIP = 0.3;

/**
 * The people whose name matches `q`, best first (at most `limit`). Every typed word must match a word
 * of the name: as its prefix, inside the folded name, or close by trigram similarity (a misspelling),
 * as the server's search requires (namaMatchSql): "joko xyz" finds no Joko.
 */
export function cariOrang<T extends { nama: string; namaIbu?: string | null }>(orang: readonly T[], q: string, limit = 20): T[] {
  const kunci = foldNama(q);
  if (!kunci) return [];
  // foldNama drops spaces ("Nur Hayati" = "Nurhayati"): words are folded one by one.
  const kata = [...new Set(q.split(/\s+/).map(foldNama).filter(Boolean))];
  const scored: { o: T; s: number }[] = [];
  for (const o of orang) {
    const nama = foldNama(o.nama);
    const words = o.nama.split(/\s+/).map(foldNama).filter(Boolean);
    const prefix = kata.every((k) => words.some((w) => w.startsWith(k))) || nama.startsWith(kunci);
    const every = prefix || kata.every((k) => nama.includes(k) || (k.length >= 3 && words.some((w) => kemiripan(k, w) >= BATAS_MIRIP)));
    if (!every) continue;
    scored.push({ o, s: (prefix ? 1 : 0) + kemiripan(kunci, nama) });
  }
  return scored.sort((a, b) => b.s - a.s || a.o.nama.localeCompare(b.o.nama, "id")).slice(0, limit).map((x) => x.o);
}
