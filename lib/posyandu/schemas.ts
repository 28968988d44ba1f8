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

type Pairs = { latitude: number | null; longitude: number | null; jadwalMingguKe: number | null; jadwalHari: number | null };

/** Runs a pair check only when both fields parsed, so that every field error shows at once. */
const whenValid = (fields: string[]) => ({ when: (p: { issues: { path?: PropertyKey[] }[] }) => p.issues.every((i) => !fields.includes(String(i.path?.[0]))) });

function withPairChecks<T extends z.ZodType<Pairs>>(schema: T) {
  return schema
    .refine((v) => (v.latitude === null) === (v.longitude === null), { path: ["longitude"], message: "Isi lintang dan bujur bersama, atau kosongkan keduanya.", ...whenValid(["latitude", "longitude"]) })
    .refine((v) => (v.jadwalMingguKe === null) === (v.jadwalHari === null), { path: ["jadwalHari"], message: "Pilih minggu ke- dan hari bersama, atau kosongkan keduanya.", ...whenValid(["jadwalMingguKe", "jadwalHari"]) });
}

/** What a puskesmas officer may change: place, schedule, active. */
export const ZPosyanduOperasional = withPairChecks(z.object(operasionalShape));
export type TPosyanduOperasional = z.output<typeof ZPosyanduOperasional>;

/** The whole record, for the Dinkes admin. */
export const ZPosyanduForm = withPairChecks(
  z.object({
    nama: requiredText("Nama posyandu"),
    desaId: pickId("desa"),
    dusunId: optionalId("Dusun"),
    ...operasionalShape,
  }),
);
export type TPosyanduForm = z.output<typeof ZPosyanduForm>;

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
