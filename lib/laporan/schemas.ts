/** URL state of the reports (parsed in the page and in the download routes). No server imports. */
import { z } from "zod";
import { BULAN_RE, bulanIni } from "./bulan.ts";
import { KELOMPOK_SASARAN } from "../sasaran/kelompok.ts";

const bulan = z.string().regex(BULAN_RE).catch(() => bulanIni());
const id = z.uuid().optional().catch(undefined);
const format = z.enum(["csv", "xlsx"]).catch("csv");

/** SKDN and coverage: the month and where the viewer has drilled to (puskesmas → desa → posyandu). */
export const ZLaporanParams = z.object({ bulan, puskesmasId: id, desaId: id, posyanduId: id });
export type TLaporanParams = z.output<typeof ZLaporanParams>;
export const ZLaporanUnduh = ZLaporanParams.extend({ format });

/**
 * Coverage: also which indicator the per-area breakdown shows (one indicator's numerator, denominator
 * and %, or "semua": every indicator's %). Unset: "semua" for a few areas, the first indicator of the
 * month for many (a kabupaten's ~100 puskesmas × 12 indicators is ~1,200 cells on every view).
 */
export const INDIKATOR_SEMUA = "semua";
export const ZCakupanParams = ZLaporanParams.extend({
  indikator: z.string().regex(/^[a-zA-Z0-9]{1,40}$/).optional().catch(undefined),
});
export type TCakupanParams = z.output<typeof ZCakupanParams>;

/** The SKDN list by name of one posyandu-month: filtered by status ("-" = not weighed). */
export const STATUS_FILTER = ["N", "T", "O", "B", "-"] as const;
export const ZSkdnBalitaParams = z.object({ bulan, posyanduId: id, status: z.enum(STATUS_FILTER).optional().catch(undefined) });
export const ZSkdnBalitaUnduh = ZSkdnBalitaParams.extend({ format });

/** "Belum datang": one posyandu-month, by name, searchable and paged. */
export const ZBelumDatangParams = z.object({
  bulan,
  posyanduId: id,
  q: z.string().trim().max(100).optional().catch(undefined),
  kelompok: z.enum([...KELOMPOK_SASARAN, "HAMIL"]).optional().catch(undefined),
  sort: z.enum(["nama", "terakhir", "kelompok"]).catch("nama"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
  page: z.coerce.number().int().min(1).catch(1),
  size: z.coerce.number().int().refine((n) => [10, 25, 50, 100].includes(n)).catch(25),
});
export type TBelumDatangParams = z.output<typeof ZBelumDatangParams>;
export const ZBelumDatangUnduh = ZBelumDatangParams.extend({ format });
