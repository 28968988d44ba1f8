import "server-only";
import { db } from "../db.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { can } from "../access/permissions.ts";
import { desaScope, desaScopeSql, posyanduScope, posyanduScopeSql, puskesmasScope, userScope } from "../access/scope.ts";
import { isUuid } from "../dal/ids.ts";
import { containsText } from "../dal/search.ts";
import { NotFoundError } from "../errors.ts";
import type { TPenggunaListParams } from "./schemas.ts";

/** Only the Dinkes admin manages accounts; to anyone else the users simply are not there. */
function assertManager(viewer: Viewer) {
  if (!can(viewer, "user.manage")) throw new NotFoundError();
}

// Never the password hash (the client omits it globally; this select does not ask for it either).
export const penggunaRowSelect = {
  id: true,
  username: true,
  nama: true,
  role: true,
  isActive: true,
  lockedUntil: true,
  mustChangePassword: true,
  lastLoginAt: true,
  kabupaten: { select: { nama: true } },
  puskesmas: { select: { id: true, nama: true } },
  desa: { select: { id: true, nama: true, kecamatan: { select: { nama: true } } } },
  posyandu: { select: { id: true, nama: true, desa: { select: { nama: true } } } },
} satisfies Prisma.UserSelect;
export type PenggunaRow = Prisma.UserGetPayload<{ select: typeof penggunaRowSelect }>;

/** "Puskesmas Geger", "Desa Klorogan (Kec. Geger)", "Posyandu Melati 1 (Desa Klorogan)", or the kabupaten. */
export function wilayahLabel(u: Pick<PenggunaRow, "role" | "kabupaten" | "puskesmas" | "desa" | "posyandu">): string {
  if (u.role === "PUSKESMAS" && u.puskesmas) return u.puskesmas.nama;
  if (u.role === "BIDAN_DESA" && u.desa) return `Desa ${u.desa.nama} (Kec. ${u.desa.kecamatan.nama})`;
  if (u.role === "KADER" && u.posyandu) return `Posyandu ${u.posyandu.nama} (Desa ${u.posyandu.desa.nama})`;
  return u.kabupaten.nama;
}

function listWhere(viewer: Viewer, p: Partial<TPenggunaListParams>): Prisma.UserWhereInput {
  const and: Prisma.UserWhereInput[] = [userScope(viewer)];
  if (p.q) and.push({ OR: [{ username: containsText(p.q) }, { nama: containsText(p.q) }] });
  if (p.role) and.push({ role: p.role });
  if (p.aktif) and.push({ isActive: p.aktif === "ya" });
  return { AND: and };
}

function listOrder(p: Pick<TPenggunaListParams, "sort" | "dir">): Prisma.UserOrderByWithRelationInput[] {
  const dir = p.dir;
  const byUsername: Prisma.UserOrderByWithRelationInput[] = [{ username: "asc" }];
  switch (p.sort) {
    case "nama": return [{ nama: dir }, ...byUsername];
    case "role": return [{ role: dir }, ...byUsername];
    case "status": return [{ isActive: dir }, ...byUsername];
    case "login": return [{ lastLoginAt: { sort: dir, nulls: "last" } }, ...byUsername];
    default: return [{ username: dir }];
  }
}

/** Accounts of the admin's kabupaten, filtered, sorted and paged in SQL. Dinkes admin only. */
export async function listPengguna(viewer: Viewer, p: TPenggunaListParams) {
  assertManager(viewer);
  const where = listWhere(viewer, p);
  const [total, rows] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({ where, select: penggunaRowSelect, orderBy: listOrder(p), skip: (p.page - 1) * p.size, take: p.size }),
  ]);
  return { total, rows };
}

export const penggunaDetailSelect = {
  ...penggunaRowSelect,
  failedLoginCount: true,
  sessionVersion: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.UserSelect;

/** One account of the admin's kabupaten; otherwise NotFoundError, as if it did not exist. */
export async function getPengguna(viewer: Viewer, id: string) {
  assertManager(viewer);
  if (!isUuid(id)) throw new NotFoundError();
  const row = await db.user.findFirst({ where: { AND: [{ id }, userScope(viewer)] }, select: penggunaDetailSelect });
  if (!row) throw new NotFoundError();
  return row;
}
export type PenggunaDetail = Awaited<ReturnType<typeof getPengguna>>;

/** The scope choices for a new account, all within the admin's kabupaten. */
export async function penggunaScopeOptions(viewer: Viewer) {
  assertManager(viewer);
  const [puskesmas, desa, posyandu] = await Promise.all([
    db.puskesmas.findMany({ where: puskesmasScope(viewer), select: { id: true, nama: true, kecamatan: { select: { nama: true } } }, orderBy: { nama: "asc" } }),
    db.desa.findMany({ where: desaScope(viewer), select: { id: true, nama: true, kode: true, isKelurahan: true, kecamatan: { select: { nama: true } } }, orderBy: [{ kecamatan: { nama: "asc" } }, { nama: "asc" }] }),
    db.posyandu.findMany({ where: posyanduScope(viewer), select: { id: true, nama: true, isActive: true, desa: { select: { nama: true, kecamatan: { select: { nama: true } } } } }, orderBy: [{ desa: { kecamatan: { nama: "asc" } } }, { desa: { nama: "asc" } }, { nama: "asc" }] }),
  ]);
  return {
    puskesmas: puskesmas.map((p) => ({ id: p.id, label: p.nama, group: `Kec. ${p.kecamatan.nama}` })),
    desa: desa.map((d) => ({ id: d.id, label: `${d.isKelurahan ? "Kelurahan" : "Desa"} ${d.nama} (${d.kode})`, group: `Kec. ${d.kecamatan.nama}` })),
    posyandu: posyandu.map((p) => ({ id: p.id, label: `Posyandu ${p.nama}${p.isActive ? "" : " (tidak aktif)"}`, group: `Desa ${p.desa.nama}, Kec. ${p.desa.kecamatan.nama}` })),
  };
}
export type PenggunaScopeOptions = Awaited<ReturnType<typeof penggunaScopeOptions>>;

/**
 * Names of the puskesmas, desa and posyandu that an account's history mentions by id, so that the
 * trail reads "Posyandu Mawar 2" rather than an id. Only names within the admin's kabupaten.
 */
export async function scopeNamesInHistory(viewer: Viewer, entries: { before: unknown; after: unknown }[]): Promise<Map<string, string>> {
  assertManager(viewer);
  const ids = { puskesmasId: new Set<string>(), desaId: new Set<string>(), posyanduId: new Set<string>() };
  for (const e of entries) {
    for (const side of [e.before, e.after]) {
      const values = (side ?? {}) as Record<string, unknown>;
      for (const field of Object.keys(ids) as (keyof typeof ids)[]) {
        const v = values[field];
        if (typeof v === "string") ids[field].add(v);
      }
    }
  }
  const valid = (set: Set<string>) => [...set].filter(isUuid);
  const [puskesmasIds, desaIds, posyanduIds] = [valid(ids.puskesmasId), valid(ids.desaId), valid(ids.posyanduId)];
  if (puskesmasIds.length + desaIds.length + posyanduIds.length === 0) return new Map();
  // One statement for the three kinds; each with the same scope as the Prisma reads (admin: its kabupaten).
  const rows = await db.$queryRaw<{ id: string; label: string }[]>`
    SELECT pk.id::text AS id, pk.nama::text AS label FROM puskesmas pk
      WHERE pk.id = ANY(${puskesmasIds}::uuid[]) AND pk.kabupaten_id = ${viewer.kabupatenId}::uuid
    UNION ALL
    SELECT d.id::text, CASE WHEN d.is_kelurahan THEN 'Kelurahan ' ELSE 'Desa ' END || d.nama FROM desa d
      WHERE d.id = ANY(${desaIds}::uuid[]) AND ${desaScopeSql(viewer)}
    UNION ALL
    SELECT p.id::text, 'Posyandu ' || p.nama || ' (Desa ' || d.nama || ')' FROM posyandu p JOIN desa d ON d.id = p.desa_id
      WHERE p.id = ANY(${posyanduIds}::uuid[]) AND ${posyanduScopeSql(viewer)}`;
  return new Map(rows.map((r) => [r.id, r.label] as const));
}
