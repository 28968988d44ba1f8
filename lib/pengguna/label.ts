/** Roles and the scope field each needs, zod-free so that client components import them without zod (lib/pengguna/schemas.ts re-exports them). */

export const ROLES = ["DINKES_ADMIN", "DINKES", "PUSKESMAS", "BIDAN_DESA", "KADER"] as const;
export type TRole = (typeof ROLES)[number];

/** The one scope column each role needs (the DB CHECK app_user_scope_matches_role enforces the same). */
export const SCOPE_FIELD = { DINKES_ADMIN: null, DINKES: null, PUSKESMAS: "puskesmasId", BIDAN_DESA: "desaId", KADER: "posyanduId" } as const satisfies Record<TRole, "puskesmasId" | "desaId" | "posyanduId" | null>;
