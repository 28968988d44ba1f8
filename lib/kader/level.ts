/**
 * A kader's level from its skill assessments: the latest result of each skill counts, a package is
 * complete when every current skill of it is KOMPETEN, and the level rule (lib/kader/aturan.ts) turns
 * the complete packages into Purwa / Madya / Utama, with the reason in Bahasa. Pure: no I/O. The
 * readiness score (lib/kesiapan) imports these too.
 */
import { LEVEL_LABEL, type AturanLevel, type Level } from "./aturan.ts";

export type Hasil = "KOMPETEN" | "BELUM_KOMPETEN";

/** The latest result per skill code: by assessment date, then by when it was recorded. */
export function latestResults(assessments: { kode: string; tanggal: Date; createdAt: Date; hasil: Hasil }[]): Map<string, Hasil> {
  const best = new Map<string, { tanggal: number; createdAt: number; hasil: Hasil }>();
  for (const a of assessments) {
    const t = a.tanggal.getTime();
    const c = a.createdAt.getTime();
    const cur = best.get(a.kode);
    if (!cur || t > cur.tanggal || (t === cur.tanggal && c > cur.createdAt)) best.set(a.kode, { tanggal: t, createdAt: c, hasil: a.hasil });
  }
  return new Map([...best].map(([k, v]) => [k, v.hasil]));
}

/**
 * The codes of the packages whose every current skill's latest result is KOMPETEN, in catalogue
 * order. `katalog` holds the current skills only; a package without skills is never complete.
 */
export function paketLengkap(katalog: { kode: string; paketKode: string }[], latest: Map<string, Hasil>): string[] {
  const state = new Map<string, boolean>();
  for (const s of katalog) state.set(s.paketKode, (state.get(s.paketKode) ?? true) && latest.get(s.kode) === "KOMPETEN");
  return [...state].filter(([, ok]) => ok).map(([kode]) => kode);
}

/** "A, B dan C" → names joined as the reason reads. */
function names(kodes: string[], paket: { kode: string; nama: string }[]): string {
  return kodes.map((k) => paket.find((p) => p.kode === k)?.nama ?? k).join(", ");
}

/**
 * The highest level whose rule the complete packages meet (null = "belum"), with the reason:
 * "Madya: 3 dari 5 paket lengkap; kurang paket Usia Sekolah dan Remaja, Usia Dewasa dan Lansia",
 * "Belum: 1 dari 5 paket lengkap; paket Pengelolaan Posyandu wajib untuk Purwa".
 * Only packages of `paket` (the kabupaten's catalogue) count.
 */
export function deriveLevel(lengkap: string[], paket: { kode: string; nama: string }[], aturan: AturanLevel): { level: Level | null; alasan: string } {
  const done = new Set(lengkap.filter((k) => paket.some((p) => p.kode === k)));
  const head = (label: string) => `${label}: ${done.size} dari ${paket.length} paket lengkap`;
  const meets = (r: AturanLevel[number]) => done.size >= r.paketMin && r.paketWajib.every((k) => done.has(k));
  const reached = [...aturan].reverse().find(meets);
  if (reached) {
    const missing = paket.filter((p) => !done.has(p.kode)).map((p) => p.kode);
    return { level: reached.level, alasan: missing.length ? `${head(LEVEL_LABEL[reached.level])}; kurang paket ${names(missing, paket)}` : head(LEVEL_LABEL[reached.level]) };
  }
  const first = aturan[0];
  const label = LEVEL_LABEL[first.level];
  const wajibKurang = first.paketWajib.filter((k) => !done.has(k));
  const parts = [head("Belum")];
  if (wajibKurang.length) parts.push(`paket ${names(wajibKurang, paket)} wajib untuk ${label}`);
  // Completing the required packages may be enough; say how many are needed only when it is not.
  if (done.size + wajibKurang.length < first.paketMin) parts.push(`${label} perlu paling sedikit ${first.paketMin} paket lengkap`);
  return { level: null, alasan: parts.join("; ") };
}
