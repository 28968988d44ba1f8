/** The posyandu day's inputs (forms and URL state), shared by browser and server. No server imports. */
import { z } from "zod";
import { checkbox, isIsoDate, pickId, requestId } from "../forms/zod-helpers.ts";

/** Opening a posyandu day: the posyandu, the date (not in the future), who is on duty. */
export const ZBukaHariBuka = z.object({
  requestId,
  posyanduId: pickId("posyandu"),
  tanggal: z.string({ error: "Isi tanggal hari posyandu." }).trim().refine(isIsoDate, "Tanggal hari posyandu tidak sah (TTTT-BB-HH)."),
  /** Kaders of the posyandu picked (checkboxes). */
  kaderId: z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(z.uuid({ error: "Kader tidak dikenal." })).max(40)),
  /** Other people on duty, one per line ("Nama, peran" or just the name). */
  petugasLain: z.string().trim().max(2000, "Petugas lain paling banyak 2.000 karakter.").optional().default(""),
  /** Set when the user confirmed a date other than the posyandu's scheduled day. */
  bukanJadwal: checkbox,
});
export type BukaHariBukaInput = z.output<typeof ZBukaHariBuka>;

export const ZTutupHariBuka = z.object({ requestId, id: pickId("hari posyandu"), buka: checkbox });

export const ZHariBukaListParams = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  posyanduId: z.uuid().optional().catch(undefined),
  bulan: z.string().regex(/^\d{4}-\d{2}$/).optional().catch(undefined),
  status: z.enum(["buka", "tutup"]).optional().catch(undefined),
  sort: z.enum(["tanggal", "posyandu", "hadir", "dirujuk"]).catch("tanggal"),
  dir: z.enum(["asc", "desc"]).catch("desc"),
  page: z.coerce.number().int().min(1).catch(1),
  size: z.coerce.number().int().refine((n) => [10, 25, 50, 100].includes(n)).catch(25),
});
export type HariBukaListParams = z.output<typeof ZHariBukaListParams>;

/** "Nama, peran" lines → people on duty (peran "Petugas" when not given); blank lines skipped. */
export function parsePetugasLain(text: string): { nama: string; peran: string }[] {
  const out: { nama: string; peran: string }[] = [];
  for (const line of text.split(/\r?\n/)) {
    const [nama, ...rest] = line.split(",");
    const n = nama.trim().replace(/\s+/g, " ").slice(0, 120);
    if (!n) continue;
    out.push({ nama: n, peran: rest.join(",").trim().slice(0, 60) || "Petugas" });
  }
  return out;
}
