/** User-management (Pengguna) form schemas, shared by the forms and the actions. No server imports. */
import { z } from "zod";
import type { ActionState } from "../actions/action-state.ts";
import { requestId, requiredText } from "../forms/zod-helpers.ts";
import { isUuid } from "../dal/ids.ts";
import { ROLES, SCOPE_FIELD, type TRole } from "./label.ts";

// Labels and choices live in the zod-free ./label.ts (client components import them from there).
export { ROLES, SCOPE_FIELD, type TRole } from "./label.ts";



export const USERNAME_RE = /^[a-z0-9._-]{3,60}$/;

/** Lowercase, 3–60 characters: letters, digits, dot, dash, underscore. Typed capitals are lowered. */
export const ZUsername = z
  .string({ error: "Nama pengguna wajib diisi." })
  .trim()
  .toLowerCase()
  .superRefine((v, ctx) => {
    // One message at a time, the most useful first.
    const message = !v ? "Nama pengguna wajib diisi."
      : v.length < 3 ? "Nama pengguna paling sedikit 3 karakter."
      : v.length > 60 ? "Nama pengguna paling panjang 60 karakter."
      : !USERNAME_RE.test(v) ? "Nama pengguna hanya boleh berisi huruf kecil, angka, titik (.), tanda hubung (-), dan garis bawah (_), tanpa spasi."
      : null;
    if (message) ctx.addIssue({ code: "custom", message });
  });

const scopeId = z.string().trim().optional();

const SCOPE_MESSAGE = { puskesmasId: "Pilih puskesmas.", desaId: "Pilih desa.", posyanduId: "Pilih posyandu." } as const;

/** Runs the scope check whenever the role parsed, so that every field error shows at once. */
const whenRoleValid = { when: (p: { issues: { path?: PropertyKey[] }[] }) => p.issues.every((i) => String(i.path?.[0]) !== "role") };

type ScopeInput = { role: TRole; puskesmasId?: string; desaId?: string; posyanduId?: string };

/** The role decides which one scope id is required (every field error shows at once). */
function requireScopeOfRole<T extends ScopeInput>(schema: z.ZodType<T>) {
  return schema
    .refine((v) => SCOPE_FIELD[v.role] !== "puskesmasId" || isUuid(v.puskesmasId), { path: ["puskesmasId"], message: SCOPE_MESSAGE.puskesmasId, ...whenRoleValid })
    .refine((v) => SCOPE_FIELD[v.role] !== "desaId" || isUuid(v.desaId), { path: ["desaId"], message: SCOPE_MESSAGE.desaId, ...whenRoleValid })
    .refine((v) => SCOPE_FIELD[v.role] !== "posyanduId" || isUuid(v.posyanduId), { path: ["posyanduId"], message: SCOPE_MESSAGE.posyanduId, ...whenRoleValid });
}

/** The one scope id the role needs; the others are dropped (null). */
function scopeOf(v: ScopeInput) {
  const field = SCOPE_FIELD[v.role];
  return {
    puskesmasId: field === "puskesmasId" ? v.puskesmasId! : null,
    desaId: field === "desaId" ? v.desaId! : null,
    posyanduId: field === "posyanduId" ? v.posyanduId! : null,
  };
}

/** New account: username, name, role and the one scope the role needs. */
export const ZPenggunaCreate = requireScopeOfRole(
  z.object({
    username: ZUsername,
    nama: requiredText("Nama lengkap", 120),
    role: z.enum(ROLES, { error: "Pilih peran." }),
    puskesmasId: scopeId,
    desaId: scopeId,
    posyanduId: scopeId,
    requestId,
  }),
).transform((v) => ({ username: v.username, nama: v.nama, role: v.role, ...scopeOf(v), requestId: v.requestId }));
export type TPenggunaCreate = z.output<typeof ZPenggunaCreate>;

/** An account's name, role and scope (the username stays: it is how the person signs in). */
export const ZPenggunaUpdate = requireScopeOfRole(
  z.object({
    id: z.uuid({ error: "Data tidak ditemukan." }),
    nama: requiredText("Nama lengkap", 120),
    role: z.enum(ROLES, { error: "Pilih peran." }),
    puskesmasId: scopeId,
    desaId: scopeId,
    posyanduId: scopeId,
  }),
).transform((v) => ({ id: v.id, nama: v.nama, role: v.role, ...scopeOf(v) }));
export type TPenggunaUpdate = z.output<typeof ZPenggunaUpdate>;

/** The list page's URL state. */
export const ZPenggunaListParams = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  role: z.enum(ROLES).optional().catch(undefined),
  aktif: z.enum(["ya", "tidak"]).optional().catch(undefined),
  sort: z.enum(["username", "nama", "role", "status", "login"]).catch("username"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
  page: z.coerce.number().int().min(1).catch(1),
  size: z.coerce.number().int().refine((n) => [10, 25, 50, 100].includes(n)).catch(25),
});
export type TPenggunaListParams = z.output<typeof ZPenggunaListParams>;

/**
 * What the create and reset actions answer: on success, the one-time password, shown once and never
 * stored anywhere but as a hash. It travels in its own field, never in `values`.
 */
export interface PenggunaPasswordState extends ActionState {
  oneTime?: { id: string; username: string; nama: string; password: string };
}
