/** Instrument forms (new instrument, domain, item with its mapping), the list's URL state, the trend's. No server imports. */
import { z } from "zod";
import { checkbox, optionalText, pickId, requestId, requiredText } from "../forms/zod-helpers.ts";
import { parseDecimal } from "../number/decimal.ts";
import { FAKTA_KEYS } from "../supervisi/fakta.ts";
import { butirErrors, parseOpsiText } from "../supervisi/versi.ts";
import type { OpsiButir } from "../supervisi/score.ts";
import { ZAmbangSupervisi } from "../supervisi/aturan.ts";

export const TIPE_BUTIR = ["YA_TIDAK", "SKALA", "ANGKA", "PILIHAN", "TEKS"] as const;
export const SASARAN = ["POSYANDU", "DESA"] as const;
export const LABEL_SASARAN: Record<(typeof SASARAN)[number], string> = { POSYANDU: "Posyandu", DESA: "Desa / Pustu" };
export const LABEL_STATUS = { DRAF: "Draf", TERBIT: "Terbit", ARSIP: "Arsip" } as const;

/** Codes as people write them on paper: letters, digits and dashes ("ILP-POSYANDU", "SDM-01"), kept upper case. */
const kode = (label: string) =>
  requiredText(label, 40)
    .transform((v) => v.toUpperCase())
    .refine((v) => /^[A-Z0-9][A-Z0-9._-]*$/.test(v), `${label} hanya huruf, angka, titik, garis bawah dan tanda hubung (mis. SDM-01).`);

export const ZInstrumenBaru = z.object({
  kode: kode("Kode instrumen"),
  nama: requiredText("Nama instrumen", 200),
  sasaran: z.enum(SASARAN, { error: "Pilih sasaran instrumen." }),
  keterangan: optionalText("Keterangan", 1000),
  requestId,
});
export type TInstrumenBaru = z.output<typeof ZInstrumenBaru>;

/** Drafting the next version of a published one. */
export const ZDrafBaru = z.object({ id: z.uuid({ error: "Data tidak ditemukan." }), requestId });

export const ZDomainForm = z.object({
  instrumenId: z.uuid({ error: "Data tidak ditemukan." }),
  id: z.union([z.literal(""), z.uuid({ error: "Data tidak ditemukan." })]).optional().transform((v) => v || null),
  kode: kode("Kode domain"),
  nama: requiredText("Nama domain", 120),
  requestId,
});
export type TDomainForm = z.output<typeof ZDomainForm>;

/** A decimal typed with comma or dot; empty or unreadable becomes NaN (the item rules name the field). */
const number = z.string().optional().transform((v) => {
  const n = parseDecimal(v ?? "");
  return n === null || n === undefined ? NaN : n;
});

/** The weight and options an item's typed fields make (a text item carries weight 0), or the message for the options field. */
function settingsOf(v: { tipe: string; bobot: number; opsiText: string; target: number }): { bobot: number; opsi: OpsiButir; opsiError?: string } {
  const bobot = v.tipe === "TEKS" ? 0 : v.bobot;
  if (v.tipe === "ANGKA") return { bobot, opsi: { target: v.target } };
  if (v.tipe !== "PILIHAN") return { bobot, opsi: {} };
  const parsed = parseOpsiText(v.opsiText);
  return parsed.ok ? { bobot, opsi: { opsi: parsed.opsi } } : { bobot, opsi: {}, opsiError: parsed.pesan };
}

/**
 * An item of a draft: its settings (checked with the same rules the publish check uses, each on its
 * field, together with every other field's message) and its mapping: "" = new in this version,
 * else an item of the previous version.
 */
export const ZButirForm = z
  .object({
    instrumenId: z.uuid({ error: "Data tidak ditemukan." }),
    id: z.union([z.literal(""), z.uuid({ error: "Data tidak ditemukan." })]).optional().transform((v) => v || null),
    domainId: pickId("domain"),
    kode: kode("Kode butir"),
    pertanyaan: requiredText("Pertanyaan", 500),
    tipe: z.enum(TIPE_BUTIR, { error: "Pilih tipe butir." }),
    bobot: number,
    kritis: checkbox,
    bolehNa: checkbox,
    standar: optionalText("Standar", 500),
    fakta: z.union([z.literal(""), z.enum(FAKTA_KEYS, { error: "Fakta sistem tidak dikenal." })]).optional().transform((v) => v || null),
    opsiText: z.string().max(4000, "Pilihan terlalu panjang.").optional().transform((v) => v ?? ""),
    target: number,
    petaDariId: z.union([z.literal(""), z.uuid({ error: "Pilih butir versi sebelumnya atau \"baru\"." })]).optional().transform((v) => v || null),
    requestId,
  })
  .superRefine(
    (v, ctx) => {
      if (!(TIPE_BUTIR as readonly string[]).includes(v.tipe)) return;
      const s = settingsOf(v);
      if (s.opsiError) ctx.addIssue({ code: "custom", path: ["opsiText"], message: s.opsiError });
      for (const [field, message] of Object.entries(butirErrors({ tipe: v.tipe, bobot: s.bobot, opsi: s.opsi }))) {
        if (field === "opsi" && s.opsiError) continue;
        ctx.addIssue({ code: "custom", path: [field === "opsi" ? "opsiText" : field], message });
      }
    },
    // Also when another field was refused: every field's message shows at once.
    { when: (payload) => typeof payload.value === "object" && payload.value !== null },
  )
  .transform(({ opsiText, target, ...rest }) => {
    const { bobot, opsi } = settingsOf({ tipe: rest.tipe, bobot: rest.bobot, opsiText, target });
    return { ...rest, bobot, opsi };
  });
export type TButirForm = z.output<typeof ZButirForm>;

export const ZGeser = z.object({ id: z.uuid({ error: "Data tidak ditemukan." }), arah: z.enum(["naik", "turun"], { error: "Arah tidak sah." }) });

export const ZInstrumenListParams = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  sort: z.enum(["kode", "nama", "sasaran"]).catch("kode"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
  page: z.coerce.number().int().min(1).catch(1),
  size: z.coerce.number().int().refine((n) => [10, 25, 50].includes(n)).catch(25),
});
export type TInstrumenListParams = z.output<typeof ZInstrumenListParams>;

export const ZTrenParams = z.object({
  posyandu: z.uuid().optional().catch(undefined),
  desa: z.uuid().optional().catch(undefined),
  puskesmas: z.uuid().optional().catch(undefined),
});
export type TTrenParams = z.output<typeof ZTrenParams>;

const num = (label: string) => z.string({ error: `${label} wajib diisi.` }).transform((v, ctx) => {
  const n = parseDecimal(v);
  if (n === null || n === undefined) {
    ctx.addIssue({ code: "custom", message: n === null ? `${label} wajib diisi.` : `${label} harus berupa angka.` });
    return z.NEVER;
  }
  return n;
});

/** The supervision threshold form: the rule's own schema decides (lib/supervisi/aturan.ts). */
export const ZAmbangSupervisiForm = z
  .object({ siap: num("Ambang siap"), siapBersyarat: num("Ambang siap bersyarat"), batasKritis: z.string().optional(), lulusKritis: num("Batas lulus butir kritis"), requestId })
  .transform(({ requestId: _r, ...rest }) => rest)
  .pipe(ZAmbangSupervisi);
