/** Kader form choices and labels, zod-free so that client components import them without zod (lib/kader/schemas.ts re-exports them). */
export const JABATAN = ["KETUA", "SEKRETARIS", "BENDAHARA", "ANGGOTA"] as const;
export const JABATAN_LABEL: Record<(typeof JABATAN)[number], string> = { KETUA: "Ketua", SEKRETARIS: "Sekretaris", BENDAHARA: "Bendahara", ANGGOTA: "Anggota" };
export const JENIS_KELAMIN_LABEL = { P: "Perempuan", L: "Laki-laki" } as const;
export const PENDIDIKAN = ["Tidak sekolah", "SD", "SMP", "SMA/SMK", "D1/D2/D3", "D4/S1", "S2/S3"] as const;
export const METODE = ["OBSERVASI", "TES_TERTULIS", "PRAKTIK"] as const;
export const METODE_LABEL: Record<(typeof METODE)[number], string> = { OBSERVASI: "Observasi", TES_TERTULIS: "Tes tertulis", PRAKTIK: "Praktik" };
export const HASIL = ["KOMPETEN", "BELUM_KOMPETEN"] as const;
export const HASIL_LABEL: Record<(typeof HASIL)[number], string> = { KOMPETEN: "Kompeten", BELUM_KOMPETEN: "Belum kompeten" };
export const LEVEL_FILTER = ["UTAMA", "MADYA", "PURWA", "BELUM"] as const;

/** The level rule form's field name of one level's part (lib/kader/schemas-katalog.ts). */
export const aturanField = (level: string, part: "paketMin" | "paketWajib") => `${level}_${part}`;
