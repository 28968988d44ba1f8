/**
 * The KBM (kenaikan berat badan minimal) tables. Source: domain-posyandu-day.md §1.2 (Buku KIA 2023
 * KMS row "KBM (g)": 800 900 800 600 500 400 300 200 [confirmed values]; the months merged into the
 * 300 and 200 cells are [uncertain]). Only months 7 and 11 differ between the variants:
 * - A (default): 6 = 400; 7–10 = 300; 11–60 = 200 [secondary: two independent copies of the Buku KIA row];
 * - B: 6–7 = 400; 8–11 = 300; 12–60 = 200 [secondary: older, Permenkes 155/2010-era KMS layout].
 * Month 0 has no KBM (nothing to compare with). Pure.
 */
import type { TabelKbm } from "../penimbangan/naik.ts";

export const VARIAN_KBM = ["A", "B"] as const;
export type VarianKbm = (typeof VARIAN_KBM)[number];

const AWAL = [
  { dariBulan: 1, sampaiBulan: 1, gram: 800 },
  { dariBulan: 2, sampaiBulan: 2, gram: 900 },
  { dariBulan: 3, sampaiBulan: 3, gram: 800 },
  { dariBulan: 4, sampaiBulan: 4, gram: 600 },
  { dariBulan: 5, sampaiBulan: 5, gram: 500 },
] as const;

export const TABEL_KBM: Record<VarianKbm, TabelKbm> = {
  A: [...AWAL, { dariBulan: 6, sampaiBulan: 6, gram: 400 }, { dariBulan: 7, sampaiBulan: 10, gram: 300 }, { dariBulan: 11, sampaiBulan: 60, gram: 200 }],
  B: [...AWAL, { dariBulan: 6, sampaiBulan: 7, gram: 400 }, { dariBulan: 8, sampaiBulan: 11, gram: 300 }, { dariBulan: 12, sampaiBulan: 60, gram: 200 }],
};

export const VARIAN_KBM_LABEL: Record<VarianKbm, string> = {
  A: "Varian A (Buku KIA 2023): 7–10 bulan 300 g, 11 bulan ke atas 200 g",
  B: "Varian B (KMS lama): 6–7 bulan 400 g, 8–11 bulan 300 g, 12 bulan ke atas 200 g",
};
