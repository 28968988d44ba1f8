/** Follow-up (tindak lanjut) list params and the update form, shared by the page, the form and the action. No server imports. */
import { z } from "zod";
import { optionalText, requestId } from "../forms/zod-helpers.ts";
import { ZId } from "../dal/ids.ts";
import { STATUS_TINDAK_LANJUT, TINGKAT_PEMILIK } from "../supervisi/pemilik.ts";

const optionalUuid = z.uuid().optional().catch(undefined);

/** The list's URL state: overdue first, then by due date. */
export const ZTindakLanjutListParams = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  status: z.enum([...STATUS_TINDAK_LANJUT, "TERBUKA"] as const).optional().catch(undefined),
  tingkat: z.enum(TINGKAT_PEMILIK).optional().catch(undefined),
  milik: z.enum(["saya"]).optional().catch(undefined),
  terlambat: z.enum(["ya"]).optional().catch(undefined),
  puskesmas: optionalUuid,
  desa: optionalUuid,
  sort: z.enum(["terlambat", "batas", "situs", "status", "tingkat", "kunjungan"]).catch("terlambat"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
  page: z.coerce.number().int().min(1).catch(1),
  size: z.coerce.number().int().refine((n) => [10, 25, 50, 100].includes(n)).catch(25),
});
export type TTindakLanjutListParams = z.output<typeof ZTindakLanjutListParams>;

/** Updating a follow-up: its new status and the evidence note (required for SELESAI; checked in the DAL with the rights). */
export const ZTindakLanjutUpdate = z.object({
  id: ZId.shape.id,
  status: z.enum(STATUS_TINDAK_LANJUT, { error: "Pilih status." }),
  catatanBukti: optionalText("Catatan bukti", 1000),
  requestId,
});
export type TTindakLanjutUpdate = z.output<typeof ZTindakLanjutUpdate>;
