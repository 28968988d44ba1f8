/**
 * Scoring a supervision visit: each answer to 0–1 by its item's type, the weighted score per domain
 * and in total on 0–100, N/A and unanswered items out of the denominator, a failed critical item
 * capping the category; and the score over the items two instrument versions have in common, so that
 * visits stay comparable when the checklist changes. Pure: used by the visit screen (live, in the
 * browser), by the server on save and submit, by the PDF and by the trend. No zod, no database.
 */
import { KATEGORI_KESIAPAN, kategoriOf, type KategoriKesiapan } from "../kesiapan/kategori.ts";

export type TipeButir = "YA_TIDAK" | "SKALA" | "ANGKA" | "PILIHAN" | "TEKS";

export const LABEL_TIPE: Record<TipeButir, string> = {
  YA_TIDAK: "Ya / tidak",
  SKALA: "Skala 1–4",
  ANGKA: "Angka",
  PILIHAN: "Pilihan",
  TEKS: "Teks",
};

/** PILIHAN: the options with their score 0–1. ANGKA: the target (score = min(value / target, 1)). */
export interface OpsiButir {
  opsi?: { label: string; nilai: number }[];
  target?: number;
}

export interface ButirSkor {
  id: string;
  domainKode: string;
  tipe: TipeButir;
  bobot: number;
  kritis: boolean;
  bolehNa: boolean;
  opsi: OpsiButir;
  /** The item's lineage across versions (lib/supervisi: the first version's item id). */
  garisId?: string;
}

/** nilai by type: YA_TIDAK 1/0, SKALA 1–4, ANGKA the count, PILIHAN the option's index. */
export interface JawabanSkor {
  nilai?: number | null;
  teks?: string | null;
  na?: boolean;
}

export interface AmbangSupervisi {
  siap: number;
  siapBersyarat: number;
  batasKritis: KategoriKesiapan;
  lulusKritis: number;
}

/** Does the item count towards the score at all? TEKS items and items of weight 0 do not. */
export function isScored(b: Pick<ButirSkor, "tipe" | "bobot" | "opsi">): boolean {
  if (b.tipe === "TEKS" || !(b.bobot > 0)) return false;
  if (b.tipe === "ANGKA") return typeof b.opsi.target === "number" && b.opsi.target > 0;
  return true;
}

/** Has the item been answered (N/A counts as answered)? */
export function isAnswered(b: Pick<ButirSkor, "tipe">, j: JawabanSkor | undefined): boolean {
  if (!j) return false;
  if (j.na) return true;
  if (b.tipe === "TEKS") return typeof j.teks === "string" && j.teks.trim() !== "";
  return typeof j.nilai === "number" && Number.isFinite(j.nilai);
}

/**
 * Why an answer does not fit its item, in Bahasa, or null when it does. An unanswered item is
 * not an error here (a draft may be partial); `missingItems` lists those before submitting.
 */
export function answerError(b: ButirSkor, j: JawabanSkor | undefined): string | null {
  if (!j) return null;
  if (j.na) return b.bolehNa ? null : b.kritis ? "Butir kritis ini tidak boleh dijawab \"tidak berlaku\"." : "Butir ini tidak boleh dijawab \"tidak berlaku\".";
  const v = j.nilai;
  if (v === null || v === undefined) return null;
  if (!Number.isFinite(v)) return "Jawaban harus berupa angka.";
  switch (b.tipe) {
    case "YA_TIDAK":
      return v === 0 || v === 1 ? null : "Jawaban harus \"ya\" atau \"tidak\".";
    case "SKALA":
      return Number.isInteger(v) && v >= 1 && v <= 4 ? null : "Jawaban skala harus 1, 2, 3 atau 4.";
    case "ANGKA":
      return v >= 0 ? (v <= 100000 ? null : "Angka terlalu besar.") : "Angka tidak boleh negatif.";
    case "PILIHAN":
      return Number.isInteger(v) && v >= 0 && v < (b.opsi.opsi?.length ?? 0) ? null : "Pilih salah satu pilihan yang tersedia.";
    case "TEKS":
      return "Butir teks dijawab dengan teks, bukan angka.";
  }
}

/** The answer's score in 0–1, or null when it is not scored (TEKS, weight 0, N/A, unanswered, invalid). */
export function answerScore(b: ButirSkor, j: JawabanSkor | undefined): number | null {
  if (!isScored(b) || !j || j.na || !isAnswered(b, j) || answerError(b, j)) return null;
  const v = j.nilai as number;
  switch (b.tipe) {
    case "YA_TIDAK":
      return v;
    case "SKALA":
      return (v - 1) / 3;
    case "ANGKA":
      return Math.min(v / (b.opsi.target as number), 1);
    case "PILIHAN":
      return clamp01(b.opsi.opsi![v].nilai);
    default:
      return null;
  }
}

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

export interface SkorBagian {
  /** 0–100, one decimal; null when no scored item of the part is answered (all N/A or blank). */
  skor: number | null;
  /** Items that count in the denominator (answered, scored, not N/A) and all scored items of the part. */
  dinilai: number;
  total: number;
}

export interface HasilSkor {
  total: SkorBagian;
  domain: Record<string, SkorBagian>;
  /** Critical items whose score is below the pass mark (their ids). */
  kritisGagal: string[];
  /** The category from the total and the thresholds, capped when a critical item failed; null when no score. */
  kategori: KategoriKesiapan | null;
  /** The category the score alone would give (to explain a cap). */
  kategoriTanpaBatas: KategoriKesiapan | null;
  /** Scored items not yet answered, and items whose answer does not fit (their ids). */
  belumDijawab: string[];
  tidakSah: string[];
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** The weighted score: Σ weight × score / Σ weight over the items that count. */
export function scoreVisit(butir: readonly ButirSkor[], jawaban: ReadonlyMap<string, JawabanSkor>, ambang: AmbangSupervisi): HasilSkor {
  const acc = new Map<string, { w: number; ws: number; n: number; total: number }>();
  let w = 0, ws = 0, n = 0, total = 0;
  const kritisGagal: string[] = [];
  const belumDijawab: string[] = [];
  const tidakSah: string[] = [];
  for (const b of butir) {
    const j = jawaban.get(b.id);
    if (answerError(b, j)) tidakSah.push(b.id);
    if (!isScored(b)) continue;
    const d = acc.get(b.domainKode) ?? { w: 0, ws: 0, n: 0, total: 0 };
    acc.set(b.domainKode, d);
    d.total++;
    total++;
    if (!isAnswered(b, j)) {
      belumDijawab.push(b.id);
      continue;
    }
    const s = answerScore(b, j);
    if (s === null) continue;
    d.w += b.bobot;
    d.ws += b.bobot * s;
    d.n++;
    w += b.bobot;
    ws += b.bobot * s;
    n++;
    if (b.kritis && s < ambang.lulusKritis) kritisGagal.push(b.id);
  }
  const part = (x: { w: number; ws: number; n: number; total: number }): SkorBagian => ({ skor: x.w > 0 ? round1((100 * x.ws) / x.w) : null, dinilai: x.n, total: x.total });
  const domain: Record<string, SkorBagian> = {};
  for (const [k, v] of acc) domain[k] = part(v);
  const t = part({ w, ws, n, total });
  const kategoriTanpaBatas = t.skor === null ? null : kategoriOf(t.skor, ambang);
  return { total: t, domain, kritisGagal, kategori: kategoriTanpaBatas && capKategori(kategoriTanpaBatas, kritisGagal.length > 0 ? ambang.batasKritis : null), kategoriTanpaBatas, belumDijawab, tidakSah };
}

/** The lower of a category and a cap (categories ordered SIAP > SIAP_BERSYARAT > BELUM_SIAP). */
export function capKategori(k: KategoriKesiapan, cap: KategoriKesiapan | null): KategoriKesiapan {
  if (!cap) return k;
  return KATEGORI_KESIAPAN.indexOf(k) >= KATEGORI_KESIAPAN.indexOf(cap) ? k : cap;
}

/**
 * Two visits scored on different versions are compared on the items they share: the lineages
 * (`garisId`) present and scored in both versions. Returns those lineages.
 */
export function commonLineages(a: readonly ButirSkor[], b: readonly ButirSkor[]): Set<string> {
  const inB = new Set(b.filter(isScored).map((x) => x.garisId ?? x.id));
  return new Set(a.filter(isScored).map((x) => x.garisId ?? x.id).filter((g) => inB.has(g)));
}

/** The visit's total score over the given lineages only (null when none of them counts). */
export function scoreOnLineages(butir: readonly ButirSkor[], jawaban: ReadonlyMap<string, JawabanSkor>, lineages: ReadonlySet<string>): number | null {
  let w = 0, ws = 0;
  for (const b of butir) {
    if (!lineages.has(b.garisId ?? b.id)) continue;
    const s = answerScore(b, jawaban.get(b.id));
    if (s === null) continue;
    w += b.bobot;
    ws += b.bobot * s;
  }
  return w > 0 ? round1((100 * ws) / w) : null;
}
