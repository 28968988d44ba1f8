/** Forms of the skill catalogue and the level rule (Dinkes admin). No server imports. */
import { z } from "zod";
import { checkbox, pickId, requestId, requiredText } from "../forms/zod-helpers.ts";
import { LEVELS, ZAturanLevel, type AturanLevel } from "./aturan.ts";
import { aturanField } from "./label.ts";

const nama = requiredText("Uraian keterampilan", 300);

/** New wording of a current skill: stored as its next version, the old one retired. */
export const ZKeterampilanUbah = z.object({ id: z.uuid({ error: "Data tidak ditemukan." }), nama, rekonstruksi: checkbox, requestId });
export type TKeterampilanUbah = z.output<typeof ZKeterampilanUbah>;

/** A skill added to a package; its code is unique in the kabupaten's catalogue. */
export const ZKeterampilanBaru = z.object({
  paketId: pickId("paket"),
  kode: z
    .string({ error: "Kode wajib diisi." })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{1,4}[0-9]{1,3}$/, "Kode berupa huruf paket lalu nomor, misalnya B8."),
  nama,
  rekonstruksi: checkbox,
  requestId,
});
export type TKeterampilanBaru = z.output<typeof ZKeterampilanBaru>;

/** Field names of the rule form: one row per level. */
export { aturanField } from "./label.ts";

/**
 * The level rule as the form sends it (`PURWA_paketMin`, `PURWA_paketWajib` repeated, …), checked by
 * the rule's own schema, each message put on the field it is about.
 */
export const ZAturanLevelForm = z
  .looseObject({ requestId })
  .transform((v): AturanLevel =>
    LEVELS.map((level) => {
      const min = v[aturanField(level, "paketMin")];
      const wajib = v[aturanField(level, "paketWajib")];
      return { level, paketMin: typeof min === "string" && min.trim() !== "" ? Number(min) : NaN, paketWajib: (Array.isArray(wajib) ? wajib : wajib ? [wajib] : []).map(String) };
    }),
  )
  .superRefine((rows, ctx) => {
    const r = ZAturanLevel.safeParse(rows);
    if (r.success) return;
    for (const issue of r.error.issues) {
      const [i, part] = issue.path as [number | undefined, string | undefined];
      const field = typeof i === "number" && (part === "paketMin" || part === "paketWajib") ? aturanField(LEVELS[i], part) : typeof i === "number" ? aturanField(LEVELS[i], "paketMin") : "aturan";
      ctx.addIssue({ code: "custom", path: [field], message: issue.message });
    }
  });
