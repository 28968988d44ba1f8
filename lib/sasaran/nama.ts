/**
 * Names of the people a posyandu serves, folded for tolerant search and duplicate checks. The same
 * person is written "Moehammad Djoko", "Muhammad Joko" or "MUHAMAD  JOKO" by different kaders:
 * folding maps those to one key (stored in sasaran.nama_kunci; a trigram index then forgives the
 * remaining typos). Pure: safe in client components.
 */
import { maskNik as maskNikKader } from "../kader/nik.ts";

/**
 * Old and variant spellings, applied in this order to the lower-cased letters (no spaces):
 * - Van Ophuijsen / Soewandi spellings: oe→u, dj→j, tj→c, sj→sy, nj→ny, ch→kh; then the old "j"
 *   for "y" (Jusuf = Yusuf) makes every j a y (so Djoko = Joko = Yoko: one key, harmless for search);
 * - variants of Arabic-origin names: kh→h (Khairul = Hairul), dh→d (Ramadhan = Ramadan), th→t,
 *   ph→f, sh→sy, q→k, v→f, x→ks, z kept;
 * - doubled letters once (Muhammad = Muhamad, Anna = Ana), also across words once joined.
 * Applied word by word.
 */
const SPELLINGS: [RegExp, string][] = [
  [/oe/g, "u"],
  [/dj/g, "j"],
  [/tj/g, "c"],
  [/sj/g, "sy"],
  [/nj/g, "ny"],
  [/ch/g, "kh"],
  [/j/g, "y"],
  [/kh/g, "h"],
  [/dh/g, "d"],
  [/th/g, "t"],
  [/ph/g, "f"],
  [/sh/g, "sy"],
  [/q/g, "k"],
  [/v/g, "f"],
  [/x/g, "ks"],
  [/([a-z])\1+/g, "$1"],
];

/**
 * The search key of a name: lower case, accents dropped, anything but letters dropped (spaces too,
 * so "Nur Hayati" = "Nurhayati"), old and variant spellings mapped to one form. "" for a name with
 * no letters. At most 120 characters (the column's size).
 */
export function foldNama(nama: string): string {
  const words = nama.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().split(/[^a-z]+/);
  // Word by word, so that letters meeting across a space are never read as one spelling
  // ("Muhamad Joko": the d and j are not the old "dj").
  return words
    .map((w) => {
      for (const [re, to] of SPELLINGS) w = w.replace(re, to);
      return w;
    })
    .join("")
    .replace(/([a-z])\1+/g, "$1")
    .slice(0, 120);
}

/** "3519012345670001" → "3519••••••••0001": what every list and page shows (the same mask as for kaders). */
export function maskNik(nik: string | null | undefined): string | null {
  return maskNikKader(nik);
}
