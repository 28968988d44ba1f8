/** The result shape every screening questionnaire gives. Pure. */
export interface HasilSkrining {
  skor: number;
  /** Stable code of the category, e.g. "tinggi", "ketergantungan_ringan". */
  kategori: string;
  /** The category in Bahasa, for the screen. */
  label: string;
  rujuk: boolean;
  /** Why it is referred (Bahasa), null when not referred. */
  alasan: string | null;
}

export const PESAN_YA_TIDAK = "Pilih \"ya\" atau \"tidak\".";
