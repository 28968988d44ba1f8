/** Supervision plan and planned-visit form schemas, and the URL state of their pages. No server imports. */
import { z } from "zod";
import { isIsoDate, optionalId, optionalText, pickId, requestId, requiredDate, requiredInt, requiredText } from "../forms/zod-helpers.ts";
import { ZId } from "../dal/ids.ts";

/** A team of more than this is more likely a slip than a plan. */
export const TIM_MAKS = 20;

const rencanaFields = z.object({
  nama: requiredText("Nama rencana", 200),
  tahun: requiredInt("Tahun", 2020, 2100),
  triwulan: requiredInt("Triwulan", 1, 4),
  instrumenId: pickId("instrumen bawaan"),
  catatan: optionalText("Catatan", 1000),
  requestId,
});

/** A new plan: its level and puskesmas come from the planner's role, never from the form. */
export const ZRencanaForm = rencanaFields;
export type TRencanaForm = z.output<typeof ZRencanaForm>;

export const ZRencanaUbah = rencanaFields.extend({ id: ZId.shape.id });
export type TRencanaUbah = z.output<typeof ZRencanaUbah>;

/** A repeated form key (checkbox group, rows of inputs) as a list: absent → [], one → [it]. */
const list = z.union([z.string(), z.array(z.string())]).optional().transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]));

export interface AnggotaLuar { nama: string; peran: string; instansi: string | null }

/**
 * The team as the form sends it: users picked (`timUserId`, repeated) and members from outside typed
 * as rows (`luarNama`/`luarPeran`/`luarInstansi`, repeated in step). Blank rows are dropped; a row
 * with a name needs a role and the other way round. Every problem is reported on `tim`.
 */
const teamFields = {
  timUserId: list,
  luarNama: list,
  luarPeran: list,
  luarInstansi: list,
};

type TeamRaw = { timUserId: string[]; luarNama: string[]; luarPeran: string[]; luarInstansi: string[] };

function parseTeam<T extends TeamRaw>(v: T, ctx: z.RefinementCtx): Omit<T, keyof TeamRaw> & { timUserId: string[]; luar: AnggotaLuar[] } {
  const problems: string[] = [];
  const userIds = [...new Set(v.timUserId.filter((x) => x !== ""))];
  if (userIds.some((x) => !z.uuid().safeParse(x).success)) problems.push("Anggota tim yang dipilih tidak sah; pilih lagi dari daftar.");
  const clean = (s: string | undefined, label: string, max: number, row: number) => {
    const t = (s ?? "").normalize("NFC").replace(/[\u0000-\u001F\u007F-\u009F\u200B-\u200D\u2060\uFEFF\u00AD]/g, " ").trim();
    if (t.length > max) problems.push(`Anggota luar ke-${row}: ${label} paling panjang ${max} karakter.`);
    return t;
  };
  const luar: AnggotaLuar[] = [];
  const rows = Math.max(v.luarNama.length, v.luarPeran.length, v.luarInstansi.length);
  for (let i = 0; i < rows; i++) {
    const nama = clean(v.luarNama[i], "nama", 120, i + 1);
    const peran = clean(v.luarPeran[i], "peran", 80, i + 1);
    const instansi = clean(v.luarInstansi[i], "instansi", 160, i + 1);
    if (!nama && !peran && !instansi) continue;
    if (!nama) problems.push(`Anggota luar ke-${i + 1}: nama wajib diisi.`);
    if (!peran) problems.push(`Anggota luar ke-${i + 1}${nama ? ` (${nama})` : ""}: peran wajib diisi, misalnya Promkes atau Kesmas Dinkes.`);
    luar.push({ nama, peran, instansi: instansi || null });
  }
  if (userIds.length + luar.length === 0) problems.push("Pilih paling sedikit satu anggota tim.");
  if (userIds.length + luar.length > TIM_MAKS) problems.push(`Tim paling banyak ${TIM_MAKS} orang.`);
  for (const message of problems) ctx.addIssue({ code: "custom", path: ["tim"], message });
  const { timUserId: _u, luarNama: _n, luarPeran: _p, luarInstansi: _i, ...rest } = v;
  void _u; void _n; void _p; void _i;
  return { ...(rest as Omit<T, keyof TeamRaw>), timUserId: userIds, luar };
}

/** A visit added to a plan: a posyandu or a desa (by the instrument's sasaran), the date, the team. */
export const ZKunjunganRencanaForm = z
  .object({
    rencanaId: ZId.shape.id,
    posyanduId: optionalId("Posyandu"),
    desaId: optionalId("Desa"),
    instrumenId: optionalId("Instrumen"),
    tanggal: requiredDate("Tanggal kunjungan"),
    requestId,
    ...teamFields,
  })
  .transform(parseTeam);
export type TKunjunganRencanaForm = z.output<typeof ZKunjunganRencanaForm>;

/** Rescheduling a planned visit and changing its team, in one form. */
export const ZKunjunganUbah = z
  .object({ id: ZId.shape.id, tanggal: requiredDate("Tanggal kunjungan"), requestId, ...teamFields })
  .transform(parseTeam);
export type TKunjunganUbah = z.output<typeof ZKunjunganUbah>;

/** Cancelling a planned visit: the reason is kept on the visit. */
export const ZKunjunganBatal = z.object({ id: ZId.shape.id, alasanBatal: requiredText("Alasan pembatalan", 500) });
export type TKunjunganBatal = z.output<typeof ZKunjunganBatal>;

const pageSize = z.coerce.number().int().refine((n) => [10, 25, 50, 100].includes(n)).catch(25);
const q = z.string().trim().max(100).optional().catch(undefined);
const page = z.coerce.number().int().min(1).catch(1);

/** The plan list's URL state. */
export const ZRencanaListParams = z.object({
  q,
  tahun: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  triwulan: z.coerce.number().int().min(1).max(4).optional().catch(undefined),
  tingkat: z.enum(["KABUPATEN", "PUSKESMAS"]).optional().catch(undefined),
  sort: z.enum(["periode", "nama", "tingkat", "dibuat"]).catch("periode"),
  dir: z.enum(["asc", "desc"]).catch("desc"),
  page,
  size: pageSize,
});
export type TRencanaListParams = z.output<typeof ZRencanaListParams>;

/** A plan page's URL state: which page of its visits, and what was just saved. */
export const ZRencanaDetailParams = z.object({ page, disimpan: z.string().max(20).optional().catch(undefined) });

export const STATUS_KUNJUNGAN = ["DIRENCANAKAN", "BERLANGSUNG", "SELESAI", "BATAL"] as const;
export type StatusKunjungan = (typeof STATUS_KUNJUNGAN)[number];

/** /supervisi: the month (?bulan=2025-03), the view, and the list view's filters. */
export function ZSupervisiParams(bulanIni: string) {
  return z.object({
    bulan: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/).refine((b) => Number(b.slice(0, 4)) >= 2000 && Number(b.slice(0, 4)) <= 2100).catch(bulanIni),
    tampilan: z.enum(["kalender", "daftar"]).catch("kalender"),
    q,
    status: z.enum(STATUS_KUNJUNGAN).optional().catch(undefined),
    /** The list view narrowed to one day (from a crowded calendar day). */
    tanggal: z.string().refine(isIsoDate).optional().catch(undefined),
    sort: z.enum(["tanggal", "lokasi", "status"]).catch("tanggal"),
    dir: z.enum(["asc", "desc"]).catch("desc"),
    page,
    size: pageSize,
  });
}
export type TSupervisiParams = z.output<ReturnType<typeof ZSupervisiParams>>;

/** The unvisited/suggested sites page. */
export const ZSaranParams = z.object({
  q,
  hanya: z.enum(["saran", "semua"]).catch("semua"),
  rencana: z.uuid().optional().catch(undefined),
  page,
  size: pageSize,
});
export type TSaranParams = z.output<typeof ZSaranParams>;
