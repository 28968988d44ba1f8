/**
 * The rule that turns a supervision score into a category, as data the kabupaten's Dinkes admin may
 * change (lib/pengaturan). Pure: no database.
 *
 * Sources: the categories and the default thresholds are those of the readiness score
 * (lib/kesiapan/aturan.ts, a reconstruction: no published ILP supervision instrument or cut-off was
 * found, domain.md §4.4). The critical-item cap follows HNQIS (PSI, on DHIS2): a failed critical
 * question makes the assessment "not competent" whatever the score [reconstructed for ILP].
 */
import { z } from "zod";
import { defineAturan } from "../pengaturan/aturan.ts";
import { KATEGORI_KESIAPAN } from "../kesiapan/kategori.ts";
import type { AmbangSupervisi } from "./score.ts";

const ambang = z.number({ error: "Ambang harus berupa angka." }).int("Ambang harus bilangan bulat.").min(1, "Ambang paling kecil 1.").max(100, "Ambang paling besar 100.");

export const ZAmbangSupervisi = z
  .object({
    siap: ambang,
    siapBersyarat: ambang,
    /** The highest category a visit may get when a critical item fails. */
    batasKritis: z.enum(KATEGORI_KESIAPAN, { error: "Pilih kategori batas untuk butir kritis yang gagal." }),
    /** A critical item fails when its score (0–1) is below this. */
    lulusKritis: z.number({ error: "Batas lulus butir kritis harus berupa angka." }).gt(0, "Batas lulus butir kritis harus lebih dari 0.").max(1, "Batas lulus butir kritis paling besar 1."),
  })
  .refine((a) => a.siap > a.siapBersyarat, { message: "Ambang \"siap\" harus lebih tinggi dari ambang \"siap bersyarat\".", path: ["siap"] }) satisfies z.ZodType<AmbangSupervisi>;

export const ATURAN_AMBANG_SUPERVISI = defineAturan<AmbangSupervisi>({
  kunci: "supervisi.ambang",
  label: "Ambang kategori hasil supervisi",
  schema: ZAmbangSupervisi,
  bawaan: { siap: 80, siapBersyarat: 60, batasKritis: "BELUM_SIAP", lulusKritis: 0.5 },
  sumber:
    "Rekonstruksi Pantau ILP: ambang sama dengan skor kesiapan (≥ 80 siap, 60–79 siap bersyarat). Butir kritis yang gagal (skor di bawah 0,5, mis. \"tidak\" atau skala 1–2) membatasi kategori menjadi belum siap, mengikuti HNQIS (PSI).",
});
