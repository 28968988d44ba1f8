/** Wilayah form labels, zod-free so that client components import them without zod (lib/wilayah/schemas.ts re-exports them). */

/** The box a user ticks to keep a name that differs from the official list. */
export const BEDA_RESMI_LABEL = "Tetap simpan nama yang berbeda dari daftar resmi";
