/** The kader levels and their labels, with no rule machinery (zod): safe for browser components. */
export const LEVELS = ["PURWA", "MADYA", "UTAMA"] as const;
export type Level = (typeof LEVELS)[number];

export const LEVEL_LABEL: Record<Level, string> = { PURWA: "Purwa", MADYA: "Madya", UTAMA: "Utama" };

/** The number of packages in the shipped catalogue (domain.md §1.1: 5 packages, confirmed). */
export const JUMLAH_PAKET = 5;
