/**
 * The facts from the system an instrument item may pre-fill ("fakta dari sistem"): the keys an item's
 * `fakta` column may hold, with their label and what they count. The values are loaded per site by
 * the visit screen (lib/supervisi/fakta-load.ts) and shown beside the item for the supervisor to
 * confirm or correct. Pure: no database.
 */
export const FAKTA_KEYS = ["KADER_AKTIF", "KADER_PAKET_LENGKAP", "SARANA_KURANG", "PRASARANA_KURANG", "JADWAL_HARI_BUKA", "TAHAP_PERCONTOHAN", "SKOR_KESIAPAN", "SESI_TERLAKSANA"] as const;
export type FaktaKey = (typeof FAKTA_KEYS)[number];

export const LABEL_FAKTA: Record<FaktaKey, string> = {
  KADER_AKTIF: "Jumlah kader aktif (registri kader)",
  KADER_PAKET_LENGKAP: "Kader aktif yang menuntaskan minimal satu paket keterampilan",
  SARANA_KURANG: "Kekurangan kit standar (inventaris sarana)",
  PRASARANA_KURANG: "Kekurangan prasarana 5 langkah",
  JADWAL_HARI_BUKA: "Jadwal hari buka posyandu",
  TAHAP_PERCONTOHAN: "Tahap percontohan ILP",
  SKOR_KESIAPAN: "Skor kesiapan ILP terakhir",
  SESI_TERLAKSANA: "Hari buka terlaksana dalam 3 bulan terakhir",
};

/** The longest words of a fact: they travel with every draft the device sends. */
export const FAKTA_LABEL_MAX = 300;

/** A fact as shown beside an item: a value the answer can take over (a count or ya/tidak), and its words. */
export interface NilaiFakta {
  /** For ANGKA items a count, for YA_TIDAK 1/0; null when the fact has no value to take over. */
  nilai: number | null;
  /** e.g. "6 kader aktif", "Kurang: Timbangan bayi digital (ada 0 dari 1)", "Belum ada data hari buka". */
  label: string;
}

export function isFaktaKey(x: unknown): x is FaktaKey {
  return typeof x === "string" && (FAKTA_KEYS as readonly string[]).includes(x);
}
