/** The readiness categories, their labels and the threshold rule: no zod, safe for browser components. */
export interface AmbangKesiapan { siap: number; siapBersyarat: number }

export const KATEGORI_KESIAPAN = ["SIAP", "SIAP_BERSYARAT", "BELUM_SIAP"] as const;
export type KategoriKesiapan = (typeof KATEGORI_KESIAPAN)[number];

export const LABEL_KATEGORI: Record<KategoriKesiapan, string> = { SIAP: "Siap", SIAP_BERSYARAT: "Siap bersyarat", BELUM_SIAP: "Belum siap" };

/** Score ≥ siap → SIAP; ≥ siapBersyarat → SIAP_BERSYARAT; else BELUM_SIAP. */
export function kategoriOf(skor: number, ambang: AmbangKesiapan): KategoriKesiapan {
  if (skor >= ambang.siap) return "SIAP";
  if (skor >= ambang.siapBersyarat) return "SIAP_BERSYARAT";
  return "BELUM_SIAP";
}
