/**
 * The rule that turns complete skill packages into a kader's level (Purwa / Madya / Utama), as data:
 * a kabupaten's Dinkes admin may change it on /pengaturan/keterampilan. Pure: no database here.
 */
import { z } from "zod";
import { defineAturan } from "../pengaturan/aturan.ts";

import { JUMLAH_PAKET, LEVELS, LEVEL_LABEL, type Level } from "./level-label.ts";
export { JUMLAH_PAKET, LEVELS, LEVEL_LABEL, type Level } from "./level-label.ts";

/** One row per level, lowest first: how many complete packages, and which packages must be among them. */
export type AturanLevel = { level: Level; paketMin: number; paketWajib: string[] }[];


const ZBaris = z.object({
  level: z.enum(LEVELS, { error: "Tingkat harus Purwa, Madya atau Utama." }),
  paketMin: z
    .number({ error: "Jumlah paket minimal harus berupa angka." })
    .int("Jumlah paket minimal harus bilangan bulat.")
    .min(1, "Jumlah paket minimal paling sedikit 1.")
    .max(JUMLAH_PAKET, `Jumlah paket minimal paling banyak ${JUMLAH_PAKET}.`),
  paketWajib: z.array(z.string().regex(/^[A-Z]{1,4}$/, "Kode paket wajib berupa huruf kapital, misalnya A.")).max(JUMLAH_PAKET),
});

export const ZAturanLevel = z
  .array(ZBaris)
  .length(3, "Aturan tingkat harus berisi tepat tiga baris: Purwa, Madya, Utama.")
  .superRefine((rows, ctx) => {
    if (rows.length !== 3) return;
    rows.forEach((r, i) => {
      const label = LEVEL_LABEL[LEVELS[i]];
      if (r.level !== LEVELS[i]) ctx.addIssue({ code: "custom", path: [i, "level"], message: `Baris ${i + 1} harus tingkat ${label}.` });
      if (new Set(r.paketWajib).size !== r.paketWajib.length) ctx.addIssue({ code: "custom", path: [i, "paketWajib"], message: `Paket wajib ${label} tercantum dua kali.` });
      if (r.paketWajib.length > r.paketMin) ctx.addIssue({ code: "custom", path: [i, "paketWajib"], message: `${label}: paket wajib (${r.paketWajib.length}) lebih banyak daripada jumlah paket minimal (${r.paketMin}).` });
      if (i === 0) return;
      const prev = rows[i - 1];
      const prevLabel = LEVEL_LABEL[LEVELS[i - 1]];
      if (r.paketMin <= prev.paketMin) ctx.addIssue({ code: "custom", path: [i, "paketMin"], message: `Jumlah paket ${label} (${r.paketMin}) harus lebih banyak daripada ${prevLabel} (${prev.paketMin}).` });
      // A higher level must ask at least what the lower one asks, so that reaching it means passing the lower too.
      const lost = prev.paketWajib.filter((k) => !r.paketWajib.includes(k));
      if (lost.length) ctx.addIssue({ code: "custom", path: [i, "paketWajib"], message: `Paket wajib ${prevLabel} (${lost.join(", ")}) juga harus wajib untuk ${label}.` });
    });
  });

export const SUMBER_ATURAN_LEVEL =
  "domain.md §1.1, aturan kerja [rekonstruksi]: Purwa = paket Pengelolaan Posyandu + 1 paket sasaran (2 paket); Madya = 3–4 paket; Utama = kelima paket (25 keterampilan). Dasar: Dinkes Tangsel 2024 (2 kelompok kompetensi = Purwa), Dinkes TTS 2025.";

export const ATURAN_LEVEL = defineAturan<AturanLevel>({
  kunci: "kader.level",
  label: "Tingkat kecakapan kader (Purwa, Madya, Utama)",
  schema: ZAturanLevel as z.ZodType<AturanLevel>,
  bawaan: [
    { level: "PURWA", paketMin: 2, paketWajib: ["A"] },
    { level: "MADYA", paketMin: 3, paketWajib: ["A"] },
    { level: "UTAMA", paketMin: 5, paketWajib: ["A"] },
  ],
  sumber: SUMBER_ATURAN_LEVEL,
});
