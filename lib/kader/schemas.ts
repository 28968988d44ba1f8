/** Kader registry and assessment form schemas, shared by the forms and the actions. No server imports. */
import { z } from "zod";
import { checkbox, optionalDate, optionalId, optionalText, pickId, requestId, requiredDate, requiredText, zBaca } from "../forms/zod-helpers.ts";
import { bacaTelepon } from "../forms/cek.ts";
import { bacaNik } from "./nik.ts";

import { HASIL, JABATAN, LEVEL_FILTER, METODE, PENDIDIKAN } from "./label.ts";

// Choices and labels live in the zod-free ./label.ts (client components import them from there).
export { HASIL, HASIL_LABEL, JABATAN, JABATAN_LABEL, JENIS_KELAMIN_LABEL, LEVEL_FILTER, METODE, METODE_LABEL, PENDIDIKAN } from "./label.ts";

/** A NIK typed in a form (spaces and dots people type between groups are dropped); empty becomes null. */
export const optionalNik = zBaca(bacaNik);

/** An Indonesian phone number: 08… or +628…, 10–15 digits; spaces and dashes dropped; empty becomes null. */
export const optionalTelepon = zBaca(bacaTelepon);

const thisYear = () => Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta", year: "numeric" }).format(new Date()));

const tahunMulai = z
  .string()
  .optional()
  .transform((v, ctx) => {
    if (!v || !v.trim()) return null;
    const n = Number(v.trim());
    if (!Number.isInteger(n) || n < 1970 || n > thisYear()) {
      ctx.addIssue({ code: "custom", message: `Tahun mulai harus antara 1970 dan ${thisYear()}.` });
      return z.NEVER;
    }
    return n;
  });

/** The kader form (create and edit). On edit, an empty NIK keeps the stored one unless the viewer sees NIK in full. */
export const ZKaderForm = z.object({
  nama: requiredText("Nama kader"),
  nik: optionalNik,
  jenisKelamin: z.enum(["P", "L"], { error: "Pilih jenis kelamin." }),
  tanggalLahir: optionalDate("Tanggal lahir"),
  telepon: optionalTelepon,
  pendidikan: z.union([z.literal(""), z.enum(PENDIDIKAN, { error: "Pilih pendidikan dari daftar." })]).optional().transform((v) => v || null),
  jabatan: z.enum(JABATAN, { error: "Pilih jabatan." }),
  tahunMulai,
  isActive: checkbox,
  userId: optionalId("Akun kader"),
  requestId,
});
export type TKaderForm = z.output<typeof ZKaderForm>;

/** A new kader of a posyandu (the posyandu id is checked against the viewer's scope in the DAL). */
export const ZKaderCreate = ZKaderForm.extend({ posyanduId: pickId("posyandu") });
export type TKaderCreate = z.output<typeof ZKaderCreate>;

/** What a kader may change on its own record: the phone number only. */
export const ZTeleponSendiri = z.object({ telepon: optionalTelepon, requestId });
export type TTeleponSendiri = z.output<typeof ZTeleponSendiri>;

/**
 * One screen of assessments for one kader: one date and method for all, and per skill a result
 * (`hasil_<keterampilanId>`: empty = not assessed this time) and a note (`catatan_<keterampilanId>`).
 */
export const ZPenilaianForm = z
  .looseObject({
    kaderId: pickId("kader"),
    tanggal: requiredDate("Tanggal penilaian"),
    metode: z.enum(METODE, { error: "Pilih metode penilaian." }),
    requestId,
  })
  .transform((v, ctx) => {
    const items: { keterampilanId: string; hasil: (typeof HASIL)[number]; catatan: string | null }[] = [];
    for (const [key, value] of Object.entries(v)) {
      const m = /^hasil_(.+)$/.exec(key);
      if (!m || value === "" || value === undefined) continue;
      const id = z.uuid().safeParse(m[1]);
      const hasil = z.enum(HASIL).safeParse(value);
      if (!id.success || !hasil.success) {
        ctx.addIssue({ code: "custom", path: ["hasil"], message: "Hasil penilaian tidak sah; pilih Kompeten atau Belum kompeten." });
        return z.NEVER;
      }
      const note = optionalText("Catatan", 500).safeParse(v[`catatan_${m[1]}`] ?? "");
      if (!note.success) {
        ctx.addIssue({ code: "custom", path: [`catatan_${m[1]}`], message: note.error.issues[0].message });
        return z.NEVER;
      }
      items.push({ keterampilanId: id.data, hasil: hasil.data, catatan: note.data });
    }
    if (items.length === 0) {
      ctx.addIssue({ code: "custom", path: ["hasil"], message: "Pilih hasil paling sedikit satu keterampilan." });
      return z.NEVER;
    }
    return { kaderId: v.kaderId, tanggal: v.tanggal, metode: v.metode, requestId: v.requestId, items };
  });
export type TPenilaianForm = z.output<typeof ZPenilaianForm>;


/** The kader lists' URL state (all kaders in scope, or one posyandu's). */
export const ZKaderListParams = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  kecamatanId: z.uuid().optional().catch(undefined),
  desaId: z.uuid().optional().catch(undefined),
  posyanduId: z.uuid().optional().catch(undefined),
  level: z.enum(LEVEL_FILTER).optional().catch(undefined),
  aktif: z.enum(["ya", "tidak"]).optional().catch(undefined),
  sort: z.enum(["nama", "posyandu", "jabatan", "level", "tahunMulai"]).catch("nama"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
  page: z.coerce.number().int().min(1).catch(1),
  size: z.coerce.number().int().refine((n) => [10, 25, 50, 100].includes(n)).catch(25),
});
export type TKaderListParams = z.output<typeof ZKaderListParams>;
