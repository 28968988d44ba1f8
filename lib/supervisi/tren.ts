/**
 * The supervision trend: a site's submitted visits over time, marking the visits scored on another
 * instrument version than the latest one, and a puskesmas's mean score per quarter. When the series
 * spans versions, the comparable score is the score over the items (lineages) every version in the
 * series shares (lib/supervisi/score.ts commonLineages/scoreOnLineages; the SQL in
 * lib/instrumen/tren-queries.ts computes the same from the stored per-answer scores). Pure.
 */
import { commonLineages, isScored, type ButirSkor } from "./score.ts";

export interface TitikTren {
  id: string;
  /** YYYY-MM-DD */
  tanggal: string;
  instrumenId: string;
  versi: number;
  skor: number | null;
  skorDomain: Record<string, number | null>;
  kategori: string | null;
  /** The score over the items all versions of the series share (null when the series has one version). */
  skorSebanding: number | null;
}

/** The version the series is read against: the one of the latest visit. */
export function referenceVersion<T extends { tanggal: string; instrumenId: string; versi: number }>(visits: readonly T[]): T | null {
  let ref: T | null = null;
  for (const v of visits) if (!ref || v.tanggal > ref.tanggal || (v.tanggal === ref.tanggal && v.versi > ref.versi)) ref = v;
  return ref;
}

/** Does the series compare across versions (more than one instrument version among its visits)? */
export function spansVersions(visits: readonly { instrumenId: string }[]): boolean {
  return new Set(visits.map((v) => v.instrumenId)).size > 1;
}

/** The visits scored on another version than the reference one (marked on the chart and in the table). */
export function otherVersion(visits: readonly { instrumenId: string; tanggal: string; versi: number; id: string }[]): Set<string> {
  const ref = referenceVersion(visits);
  return new Set(ref ? visits.filter((v) => v.instrumenId !== ref.instrumenId).map((v) => v.id) : []);
}

/** The lineages scored in every one of the versions (what a series spanning versions is compared on). */
export function lineagesSharedByAll(versions: readonly (readonly ButirSkor[])[]): Set<string> {
  if (versions.length === 0) return new Set();
  let shared = new Set(versions[0].filter(isScored).map((b) => b.garisId ?? b.id));
  for (const v of versions.slice(1)) shared = commonLineages(v.filter((b) => shared.has(b.garisId ?? b.id)), v);
  return shared;
}

/** "2025-T3" for a date: the calendar quarter a visit counts in (plans are per quarter too). */
export function triwulanOf(iso: string): string {
  const m = Number(iso.slice(5, 7));
  return `${iso.slice(0, 4)}-T${Math.floor((m - 1) / 3) + 1}`;
}

/** "Triwulan 3 2025" */
export function triwulanLabel(key: string): string {
  const [y, q] = key.split("-T");
  return `Triwulan ${q} ${y}`;
}

/** The quarters from the first to the last key, gaps included (a quarter without visits is shown empty). */
export function triwulanRange(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, q] = first.split("-T").map(Number);
  const [ly, lq] = last.split("-T").map(Number);
  while (y < ly || (y === ly && q <= lq)) {
    out.push(`${y}-T${q}`);
    q++;
    if (q > 4) {
      q = 1;
      y++;
    }
    if (out.length > 400) break;
  }
  return out;
}

/** The mean of the known values, to one decimal, or null when there is none. */
export function mean1(values: readonly (number | null)[]): number | null {
  const xs = values.filter((x): x is number => typeof x === "number" && Number.isFinite(x));
  return xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10 : null;
}

/** A change between two scores in words for the table ("naik 4,5", "turun 2", "tetap"). */
export function perubahan(prev: number | null, now: number | null): string | null {
  if (prev === null || now === null) return null;
  const d = Math.round((now - prev) * 10) / 10;
  if (d === 0) return "tetap";
  return `${d > 0 ? "naik" : "turun"} ${Math.abs(d).toLocaleString("id-ID")}`;
}
