/**
 * The rules of the readiness score (kesiapan ILP), as data a kabupaten's Dinkes admin may change on
 * the "Aturan kesiapan" screen. Pure: no database.
 *
 * Sources: Posyandu Aktif (Kemenkes DO 2023, PMK 13/2022): at least 5 kaders, hari buka at least 8
 * times a year; readiness indicators of domain.md §4.2 (kaders trained in the 25 skills, the
 * standard kit, premises for the 5 steps, every life-cycle group served). The weights and the
 * category thresholds are a reconstruction [reconstructed]: no published ILP readiness score was
 * found, so they are a starting point for the kabupaten to correct.
 */
import { z } from "zod";
import { defineAturan } from "../pengaturan/aturan.ts";

export const BAGIAN_KESIAPAN = ["kader", "keterampilan", "sarana", "prasarana", "jadwal", "layanan"] as const;
export type BagianKesiapan = (typeof BAGIAN_KESIAPAN)[number];

export const LABEL_BAGIAN: Record<BagianKesiapan, string> = {
  kader: "Kader aktif",
  keterampilan: "Keterampilan kader (paket)",
  sarana: "Sarana (kit standar)",
  prasarana: "Prasarana 5 langkah",
  jadwal: "Jadwal hari buka",
  layanan: "Layanan siklus hidup",
};

const bobot = z.number({ error: "Bobot harus berupa angka." }).int("Bobot harus bilangan bulat.").min(0, "Bobot tidak boleh negatif.").max(100, "Bobot paling besar 100.");

export const ZBobotKesiapan = z
  .object({
    kader: bobot,
    keterampilan: bobot,
    sarana: bobot,
    prasarana: bobot,
    jadwal: bobot,
    layanan: bobot,
    kaderAktifMin: z.number({ error: "Jumlah kader minimal harus berupa angka." }).int("Jumlah kader minimal harus bilangan bulat.").min(1, "Jumlah kader minimal paling kecil 1.").max(50, "Jumlah kader minimal paling besar 50."),
  })
  .refine((b) => BAGIAN_KESIAPAN.reduce((s, k) => s + b[k], 0) === 100, { message: "Jumlah bobot keenam bagian harus 100.", path: ["kader"] });
export type BobotKesiapan = z.infer<typeof ZBobotKesiapan>;

export const ATURAN_BOBOT_KESIAPAN = defineAturan<BobotKesiapan>({
  kunci: "kesiapan.bobot",
  label: "Bobot bagian skor kesiapan",
  schema: ZBobotKesiapan,
  bawaan: { kader: 20, keterampilan: 25, sarana: 25, prasarana: 10, jadwal: 10, layanan: 10, kaderAktifMin: 5 },
  sumber: "Kader minimal 5: definisi Posyandu Aktif (Kemenkes, DO 2023). Bobot: rekonstruksi Pantau ILP dari indikator kesiapan (domain.md §4.2), untuk disesuaikan Dinkes.",
});

const ambang = z.number({ error: "Ambang harus berupa angka." }).int("Ambang harus bilangan bulat.").min(1, "Ambang paling kecil 1.").max(100, "Ambang paling besar 100.");

export const ZAmbangKesiapan = z
  .object({ siap: ambang, siapBersyarat: ambang })
  .refine((a) => a.siap > a.siapBersyarat, { message: "Ambang \"siap\" harus lebih tinggi dari ambang \"siap bersyarat\".", path: ["siap"] });
export type AmbangKesiapan = z.infer<typeof ZAmbangKesiapan>;

export const ATURAN_AMBANG_KESIAPAN = defineAturan<AmbangKesiapan>({
  kunci: "kesiapan.ambang",
  label: "Ambang kategori kesiapan",
  schema: ZAmbangKesiapan,
  bawaan: { siap: 80, siapBersyarat: 60 },
  sumber: "Rekonstruksi Pantau ILP (tidak ada ambang resmi yang ditemukan); skor ≥ 80 siap, 60–79 siap bersyarat, < 60 belum siap.",
});

export { KATEGORI_KESIAPAN, LABEL_KATEGORI, kategoriOf, type KategoriKesiapan } from "./kategori.ts";
