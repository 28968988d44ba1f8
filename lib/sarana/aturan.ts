/**
 * The kit's rule that is data: how long a calibration holds. The Dinkes admin may change it for its
 * kabupaten (/pengaturan/sarana); the default and its source show beside it.
 */
import { z } from "zod";
import { defineAturan } from "../pengaturan/aturan.ts";

export interface AturanSarana {
  /** An item that needs calibration counts as sufficient only when calibrated within this many months. */
  kalibrasiBulan: number;
}

export const ZAturanSarana = z.object({
  kalibrasiBulan: z
    .number({ error: "Batas kalibrasi harus berupa angka bulan." })
    .int("Batas kalibrasi harus bilangan bulat (bulan).")
    .min(1, "Batas kalibrasi paling sedikit 1 bulan.")
    .max(60, "Batas kalibrasi paling lama 60 bulan."),
});

export const ATURAN_SARANA = defineAturan<AturanSarana>({
  kunci: "sarana.kalibrasi",
  label: "Batas umur kalibrasi alat ukur (bulan)",
  schema: ZAturanSarana,
  bawaan: { kalibrasiBulan: 12 },
  sumber:
    "Rekonstruksi: kalibrasi alat ukur posyandu menjadi tanggung jawab puskesmas/pustu (domain.md §4.3); KMK HK.01.07/MENKES/51/2022 mensyaratkan alat antropometri ber-SNI dan terkalibrasi, tetapi jarak kalibrasinya tidak ditemukan dalam sumber. 12 bulan adalah kebiasaan kalibrasi berkala alat ukur; sesuaikan dengan kebijakan kabupaten.",
});
