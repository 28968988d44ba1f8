import "server-only";
import { db } from "../db.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { can } from "../access/permissions.ts";
import { desaScope, desaScopeSql, posyanduScope, posyanduScopeSql, puskesmasScope, userScope } from "../access/scope.ts";
import { NO_ID, isUuid } from "../dal/ids.ts";
import { CHOICE_LIMIT, containsText } from "../dal/search.ts";
import { NotFoundError } from "../errors.ts";
import type { TPenggunaListParams } from "./schemas.ts";
import { searchDesa } from "../wilayah/queries.ts";

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

export interface ScopeChoice { id: string; label: string; group: string }
export type ScopeChoiceKind = "desa" | "posyandu";

/** How a desa and a posyandu read in the account form's pickers. */
const desaChoiceSelect = { id: true, nama: true, kode: true, isKelurahan: true, kecamatan: { select: { nama: true } } } satisfies Prisma.DesaSelect;
const posyanduChoiceSelect = { id: true, nama: true, isActive: true, desa: { select: { nama: true, kecamatan: { select: { nama: true } } } } } satisfies Prisma.PosyanduSelect;
const desaChoice = (d: Prisma.DesaGetPayload<{ select: typeof desaChoiceSelect }>): ScopeChoice => ({ id: d.id, label: `${d.isKelurahan ? "Kelurahan" : "Desa"} ${d.nama} (${d.kode})`, group: `Kec. ${d.kecamatan.nama}` });
const posyanduChoice = (p: Prisma.PosyanduGetPayload<{ select: typeof posyanduChoiceSelect }>): ScopeChoice => ({ id: p.id, label: `Posyandu ${p.nama}${p.isActive ? "" : " (tidak aktif)"}`, group: `Desa ${p.desa.nama}, Kec. ${p.desa.kecamatan.nama}` });

/**
 * Desa or posyandu of the admin's kabupaten matching what was typed (name or code; for a posyandu
 * also its desa), at most CHOICE_LIMIT: the account form searches them as the admin types instead of
 * receiving the hundreds of a big kabupaten with the page.
 */
export async function searchScopeChoices(viewer: Viewer, kind: ScopeChoiceKind, q: string): Promise<ScopeChoice[]> {
  assertManager(viewer);
  const term = q.trim().slice(0, 100);
  if (kind === "desa") return (await searchDesa(viewer, term)).map(desaChoice);
  const rows = await db.posyandu.findMany({
    where: { AND: [posyanduScope(viewer), term ? { OR: [{ nama: containsText(term) }, { desa: { nama: containsText(term) } }] } : {}] },
    select: posyanduChoiceSelect,
    orderBy: [{ desa: { kecamatan: { nama: "asc" } } }, { desa: { nama: "asc" } }, { nama: "asc" }],
    take: CHOICE_LIMIT,
  });
  return rows.map(posyanduChoice);
}

/**
 * The account form's choices that come with the page: every puskesmas of the kabupaten (a few
 * dozen), whether it has any posyandu, and the desa and posyandu already chosen (their labels), so
 * that an edit form shows them before anything is searched. One statement.
 */
export async function penggunaScopeOptions(viewer: Viewer, chosen: { desaId?: string | null; posyanduId?: string | null } = {}) {
  assertManager(viewer);
  const row = await db.kabupaten.findUniqueOrThrow({
    where: { id: viewer.kabupatenId },
    select: {
      puskesmas: { where: puskesmasScope(viewer), select: { id: true, nama: true, kecamatan: { select: { nama: true } } }, orderBy: { nama: "asc" } },
      desa: { where: { AND: [desaScope(viewer), { id: isUuid(chosen.desaId) ? chosen.desaId : NO_ID }] }, select: desaChoiceSelect },
      _count: { select: { desa: { where: { AND: [desaScope(viewer), { posyandu: { some: {} } }] } } } },
    },
  });
  const posyandu = isUuid(chosen.posyanduId) ? await db.posyandu.findFirst({ where: { AND: [{ id: chosen.posyanduId }, posyanduScope(viewer)] }, select: posyanduChoiceSelect }) : null;
  return {
    puskesmas: row.puskesmas.map((p) => ({ id: p.id, label: p.nama, group: `Kec. ${p.kecamatan.nama}` })),
    desa: row.desa.map(desaChoice),
    posyandu: posyandu ? [posyanduChoice(posyandu)] : [],
    hasPosyandu: row._count.desa > 0,
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
