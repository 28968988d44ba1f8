/** Readiness list URL state and the rules forms. No server imports. */
import { z } from "zod";
import { KATEGORI_KESIAPAN, ZAmbangKesiapan, ZBobotKesiapan } from "./aturan.ts";
import { requestId } from "../forms/zod-helpers.ts";
import { ZBatasPercontohan } from "../percontohan/aturan.ts";

export const ZKesiapanListParams = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  kecamatanId: z.uuid().optional().catch(undefined),
  desaId: z.uuid().optional().catch(undefined),
  kategori: z.enum([...KATEGORI_KESIAPAN, "BELUM_DIHITUNG"]).optional().catch(undefined),
  // Ranked: lowest score first (what needs help), or highest, or by name.
  sort: z.enum(["skor", "nama", "desa", "tren"]).catch("skor"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
  page: z.coerce.number().int().min(1).catch(1),
  size: z.coerce.number().int().refine((n) => [10, 25, 50, 100].includes(n)).catch(25),
});
export type TKesiapanListParams = z.output<typeof ZKesiapanListParams>;

const int = (label: string) => z.coerce.number({ error: `${label} harus berupa angka.` });

/** The weights form: six whole numbers that add up to 100, and the minimum of active kaders. */
export const ZBobotForm = z
  .object({
    kader: int("Bobot kader aktif"),
    keterampilan: int("Bobot keterampilan"),
    sarana: int("Bobot sarana"),
    prasarana: int("Bobot prasarana"),
    jadwal: int("Bobot jadwal"),
    layanan: int("Bobot layanan"),
    kaderAktifMin: int("Jumlah kader minimal"),
    requestId: requestId.optional(),
  })
  .transform(({ requestId: _r, ...rest }) => rest)
  .pipe(ZBobotKesiapan);

export const ZAmbangForm = z
  .object({ siap: int("Ambang siap"), siapBersyarat: int("Ambang siap bersyarat"), requestId: requestId.optional() })
  .transform(({ requestId: _r, ...rest }) => rest)
  .pipe(ZAmbangKesiapan);

export const ZBatasForm = z
  .object({ posyanduPerDesa: int("Posyandu percontohan per desa"), desaPerPuskesmas: int("Desa percontohan per puskesmas"), requestId: requestId.optional() })
  .transform(({ requestId: _r, ...rest }) => rest)
  .pipe(ZBatasPercontohan);
