/** Posyandu form schemas, shared by the forms and the actions. No server imports. */
import { z } from "zod";
import { checkbox, optionalDecimal, optionalId, optionalInt, optionalText, pickId, requestId, requiredText } from "../forms/zod-helpers.ts";

const operasionalShape = {
  tempat: optionalText("Tempat", 250),
  latitude: optionalDecimal("Lintang", -11, 6),
  longitude: optionalDecimal("Bujur", 95, 141),
  jadwalMingguKe: optionalInt("Minggu ke-", 1, 5),
  jadwalHari: optionalInt("Hari", 1, 7),
  isActive: checkbox,
  requestId,
};

function checkPairs<T extends { latitude: number | null; longitude: number | null; jadwalMingguKe: number | null; jadwalHari: number | null }>(v: T, ctx: z.RefinementCtx) {
  if ((v.latitude === null) !== (v.longitude === null)) {
    ctx.addIssue({ code: "custom", path: [v.latitude === null ? "latitude" : "longitude"], message: "Isi lintang dan bujur bersama, atau kosongkan keduanya." });
  }
  if ((v.jadwalMingguKe === null) !== (v.jadwalHari === null)) {
    ctx.addIssue({ code: "custom", path: [v.jadwalHari === null ? "jadwalHari" : "jadwalMingguKe"], message: "Pilih minggu ke- dan hari bersama, atau kosongkan keduanya." });
  }
}

/** What a puskesmas officer may change: place, schedule, active. */
export const ZPosyanduOperasional = z.object(operasionalShape).superRefine(checkPairs);
export type TPosyanduOperasional = z.output<typeof ZPosyanduOperasional>;

/** The whole record, for the Dinkes admin. */
export const ZPosyanduForm = z
  .object({
    nama: requiredText("Nama posyandu"),
    desaId: pickId("desa"),
    dusunId: optionalId("Dusun"),
    ...operasionalShape,
  })
  .superRefine(checkPairs);
export type TPosyanduForm = z.output<typeof ZPosyanduForm>;

export const ZDeleteById = z.object({ id: z.uuid({ error: "Data tidak ditemukan." }) });

/** The list page's URL state. */
export const ZPosyanduListParams = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  kecamatanId: z.uuid().optional().catch(undefined),
  desaId: z.uuid().optional().catch(undefined),
  puskesmasId: z.uuid().optional().catch(undefined),
  aktif: z.enum(["ya", "tidak"]).optional().catch(undefined),
  sort: z.enum(["nama", "desa", "kecamatan", "puskesmas", "jadwal", "status"]).catch("nama"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
  page: z.coerce.number().int().min(1).catch(1),
  size: z.coerce.number().int().refine((n) => [10, 25, 50, 100].includes(n)).catch(25),
});
export type TPosyanduListParams = z.output<typeof ZPosyanduListParams>;
