/** Kit form choices, labels and field names, zod-free so that client components import them without zod (lib/sarana/schemas.ts re-exports them). */

export const KONDISI = ["BAIK", "RUSAK_RINGAN", "RUSAK_BERAT"] as const;
export const KONDISI_LABEL: Record<(typeof KONDISI)[number], string> = { BAIK: "Baik", RUSAK_RINGAN: "Rusak ringan", RUSAK_BERAT: "Rusak berat" };

/** Suggestions for the source of funds; any other text is accepted. */
export const SUMBER_DANA_SARAN = ["APBDes (Dana Desa)", "DAK", "BOK", "APBD kabupaten", "Swadaya masyarakat", "CSR", "Hibah Kemenkes"] as const;

/** The value fields of one catalogue item in the kit form. */
export type ItemField = "jumlah" | "kondisi" | "kalibrasi" | "sumberDana";

/** The form field name of one item's value. */
export const itemField = (field: ItemField, jenisSaranaId: string) => `${field}.${jenisSaranaId}`;

export const KELOMPOK = ["antropometri", "perkembangan", "skrining", "pencatatan", "kie"] as const;
export const KELOMPOK_LABEL: Record<(typeof KELOMPOK)[number], string> = { antropometri: "Antropometri", perkembangan: "Perkembangan anak", skrining: "Skrining", pencatatan: "Pencatatan", kie: "Media KIE" };
