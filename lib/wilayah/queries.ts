/**
 * Wilayah reads: the drill-down kabupaten → kecamatan → desa → dusun/posyandu and the puskesmas,
 * each scoped by the viewer, with counts done in SQL (`_count` and groupBy), never by loading rows.
 * A role without wilayah.read (kader), and any record outside scope, answers as not found.
 */
import "server-only";
import { db } from "../db.ts";
import { Prisma } from "../generated/prisma/client.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { can } from "../access/permissions.ts";
import { desaScope, desaScopeSql, dusunScope, kecamatanScope, posyanduScope, puskesmasScope, pustuScope } from "../access/scope.ts";
import { NotFoundError } from "../errors.ts";
import { childrenOf } from "./referensi.ts";
import { toDesaChoices, type DesaChoice } from "./desa-label.ts";
import { isUuid, NO_ID } from "../dal/ids.ts";
import { CHOICE_LIMIT, containsText, escapeLike, startsWithText } from "../dal/search.ts";
import type { TWilayahListParams } from "./schemas.ts";

function assertReader(viewer: Viewer) {
  if (!can(viewer, "wilayah.read")) throw new NotFoundError();
}
function assertId(id: string) {
  if (!isUuid(id)) throw new NotFoundError();
}

export interface Counts { desa: number; dusun: number; posyandu: number; posyanduAktif: number }
const zero = (): Counts => ({ desa: 0, dusun: 0, posyandu: 0, posyanduAktif: 0 });

/**
 * Dusun and posyandu counts of the desa in scope whose `column` is one of `ids`, with each desa's
 * kecamatan and puskesmas for rolling up: one SQL statement. Wilayah readers only (never a kader),
 * so the dusun and posyandu of a desa in scope are all in scope.
 */
async function countsByDesa(viewer: Viewer, column: "id" | "kecamatan_id" | "puskesmas_id", ids: string[]) {
  const rows = ids.length === 0 ? [] : await db.$queryRaw<{ id: string; kecamatanId: string; puskesmasId: string | null; dusun: number; posyandu: number; posyanduAktif: number }[]>`
    SELECT d.id::text AS id, d.kecamatan_id::text AS "kecamatanId", d.puskesmas_id::text AS "puskesmasId",
           (SELECT count(*)::int FROM dusun u WHERE u.desa_id = d.id) AS dusun,
           (SELECT count(*)::int FROM posyandu p WHERE p.desa_id = d.id) AS posyandu,
           (SELECT count(*)::int FROM posyandu p WHERE p.desa_id = d.id AND p.is_active) AS "posyanduAktif"
    FROM desa d
    WHERE ${desaScopeSql(viewer)} AND d.${Prisma.raw(column)} = ANY(${ids}::uuid[])`;
  return rows;
}

type DesaCounts = Awaited<ReturnType<typeof countsByDesa>>[number];

const countsOf = (r: DesaCounts): Counts => ({ desa: 0, dusun: r.dusun, posyandu: r.posyandu, posyanduAktif: r.posyanduAktif });

/** Sums per-desa counts up to a parent (kecamatan or puskesmas). */
function rollUp(rows: DesaCounts[], parentOf: (r: DesaCounts) => string | null) {
  const out = new Map<string, Counts>();
  for (const r of rows) {
    const parent = parentOf(r);
    if (!parent) continue;
    const c = out.get(parent) ?? out.set(parent, zero()).get(parent)!;
    c.desa += 1; c.dusun += r.dusun; c.posyandu += r.posyandu; c.posyanduAktif += r.posyanduAktif;
  }
  return out;
}

const search = (q: string | undefined) => (q ? { OR: [{ nama: containsText(q) }, { kode: startsWithText(q) }] } : {});
const order = (p: Pick<TWilayahListParams, "sort" | "dir">) => (p.sort === "nama" ? [{ nama: p.dir }, { kode: "asc" as const }] : [{ kode: p.dir }]);
const paging = (p: Pick<TWilayahListParams, "page" | "size">) => ({ skip: (p.page - 1) * p.size, take: p.size });

/** Totals of the viewer's area, for the top of /wilayah. */
export async function wilayahSummary(viewer: Viewer) {
  assertReader(viewer);
  const scope = desaScopeSql(viewer);
  const dinkes = viewer.role === "DINKES_ADMIN" || viewer.role === "DINKES";
  // Kecamatan and puskesmas as kecamatanScope/puskesmasScope count them: a Dinkes counts every one
  // of its kabupaten (even one without desa yet), a puskesmas officer its own puskesmas.
  const kecamatan = dinkes
    ? Prisma.sql`(SELECT count(*)::int FROM kecamatan k WHERE k.kabupaten_id = ${viewer.kabupatenId}::uuid)`
    : Prisma.sql`(SELECT count(DISTINCT d.kecamatan_id)::int FROM desa d WHERE ${scope})`;
  const puskesmas = dinkes
    ? Prisma.sql`(SELECT count(*)::int FROM puskesmas pk WHERE pk.kabupaten_id = ${viewer.kabupatenId}::uuid)`
    : viewer.role === "PUSKESMAS"
      ? Prisma.sql`(SELECT count(*)::int FROM puskesmas pk WHERE pk.id = ${viewer.puskesmasId}::uuid AND pk.kabupaten_id = ${viewer.kabupatenId}::uuid)`
      : Prisma.sql`(SELECT count(DISTINCT d.puskesmas_id)::int FROM desa d WHERE ${scope})`;
  const [row] = await db.$queryRaw<{ kecamatan: number; desa: number; dusun: number; posyandu: number; posyanduAktif: number; puskesmas: number }[]>`
    SELECT ${kecamatan} AS kecamatan,
           (SELECT count(*)::int FROM desa d WHERE ${scope}) AS desa,
           (SELECT count(*)::int FROM dusun u JOIN desa d ON d.id = u.desa_id WHERE ${scope}) AS dusun,
           pos.total AS posyandu, pos.aktif AS "posyanduAktif",
           ${puskesmas} AS puskesmas
    FROM (SELECT count(*)::int AS total, (count(*) FILTER (WHERE p.is_active))::int AS aktif FROM posyandu p JOIN desa d ON d.id = p.desa_id WHERE ${scope}) pos`;
  return row;
}

/** The kecamatan of the viewer's area, each with counts of its desa, dusun and posyandu in scope. */
export async function listKecamatan(viewer: Viewer, p: TWilayahListParams) {
  assertReader(viewer);
  const where: Prisma.KecamatanWhereInput = { AND: [kecamatanScope(viewer), search(p.q)] };
  const [total, rows] = await Promise.all([
    db.kecamatan.count({ where }),
    db.kecamatan.findMany({ where, select: { id: true, kode: true, nama: true }, orderBy: order(p), ...paging(p) }),
  ]);
  const counts = rollUp(await countsByDesa(viewer, "kecamatan_id", rows.map((r) => r.id)), (r) => r.kecamatanId);
  return { total, rows: rows.map((r) => ({ ...r, ...(counts.get(r.id) ?? zero()) })) };
}

/** One kecamatan in scope, with its puskesmas (in scope) and totals. */
export async function getKecamatan(viewer: Viewer, id: string) {
  assertReader(viewer);
  assertId(id);
  const row = await db.kecamatan.findFirst({
    where: { AND: [{ id }, kecamatanScope(viewer)] },
    select: {
      id: true, kode: true, nama: true,
      kabupaten: { select: { nama: true } },
      puskesmas: { where: puskesmasScope(viewer), select: { id: true, nama: true, desa: { select: { nama: true } }, _count: { select: { catchment: { where: desaScope(viewer) } } } }, orderBy: { nama: "asc" } },
      _count: { select: { desa: { where: desaScope(viewer) } } },
    },
  });
  if (!row) throw new NotFoundError();
  return row;
}

/**
 * Desa in scope (optionally of one kecamatan), searched, sorted and paged, with their pustu, dusun
 * and posyandu counts: one SQL statement (a window count for the total; the counts and names are
 * read for the page's rows only).
 */
export async function listDesa(viewer: Viewer, p: TWilayahListParams) {
  assertReader(viewer);
  const where: Prisma.Sql[] = [desaScopeSql(viewer)];
  if (p.kecamatanId) where.push(Prisma.sql`d.kecamatan_id = ${p.kecamatanId}::uuid`);
  if (p.q) where.push(Prisma.sql`(d.nama ILIKE ${`%${escapeLike(p.q)}%`} OR d.kode LIKE ${`${escapeLike(p.q)}%`})`);
  const dir = Prisma.raw(p.dir === "desc" ? "DESC" : "ASC");
  const order = p.sort === "nama" ? Prisma.sql`d.nama ${dir}, d.kode ASC` : Prisma.sql`d.kode ${dir}`;
  const filter = Prisma.join(where, " AND ");
  const rows = await db.$queryRaw<{ id: string; kode: string; nama: string; isKelurahan: boolean; kecamatanId: string; kecamatanNama: string; puskesmasId: string | null; puskesmasNama: string | null; pustu: number; dusun: number; posyandu: number; posyanduAktif: number; total: bigint }[]>`
    WITH page AS (
      SELECT d.id, count(*) OVER () AS total, row_number() OVER (ORDER BY ${order}) AS n
      FROM desa d WHERE ${filter}
      ORDER BY ${order} LIMIT ${p.size} OFFSET ${(p.page - 1) * p.size}
    )
    SELECT d.id::text AS id, d.kode, d.nama, d.is_kelurahan AS "isKelurahan",
           k.id::text AS "kecamatanId", k.nama AS "kecamatanNama", pk.id::text AS "puskesmasId", pk.nama::text AS "puskesmasNama",
           (SELECT count(*)::int FROM pustu t WHERE t.desa_id = d.id) AS pustu,
           (SELECT count(*)::int FROM dusun u WHERE u.desa_id = d.id) AS dusun,
           (SELECT count(*)::int FROM posyandu x WHERE x.desa_id = d.id) AS posyandu,
           (SELECT count(*)::int FROM posyandu x WHERE x.desa_id = d.id AND x.is_active) AS "posyanduAktif",
           page.total
    FROM page JOIN desa d ON d.id = page.id JOIN kecamatan k ON k.id = d.kecamatan_id LEFT JOIN puskesmas pk ON pk.id = d.puskesmas_id
    ORDER BY page.n`;
  let total = rows.length ? Number(rows[0].total) : 0;
  if (!rows.length && p.page > 1) {
    // Past the last page the window count has no row to ride on.
    total = (await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM desa d WHERE ${filter}`)[0].n;
  }
  return {
    total,
    rows: rows.map((r) => ({
      id: r.id, kode: r.kode, nama: r.nama, isKelurahan: r.isKelurahan,
      kecamatan: { id: r.kecamatanId, nama: r.kecamatanNama },
      puskesmas: r.puskesmasId === null ? null : { id: r.puskesmasId, nama: r.puskesmasNama! },
      pustu: r.pustu, dusun: r.dusun, posyandu: r.posyandu, posyanduAktif: r.posyanduAktif,
    })),
  };
}
export type DesaListRow = Awaited<ReturnType<typeof listDesa>>["rows"][number];

/** One desa in scope: its dusun, posyandu, pustu, catchment puskesmas and the puskesmas standing in it. */
export async function getDesa(viewer: Viewer, id: string) {
  assertReader(viewer);
  assertId(id);
  const row = await db.desa.findFirst({
    where: { AND: [{ id }, desaScope(viewer)] },
    select: {
      id: true, kode: true, nama: true, isKelurahan: true,
      kecamatan: { select: { id: true, kode: true, nama: true } },
      puskesmas: { select: { id: true, nama: true } },
      dusun: { select: { id: true, nama: true, _count: { select: { posyandu: true } } }, orderBy: { nama: "asc" } },
      posyandu: { where: posyanduScope(viewer), select: { id: true, nama: true, isActive: true, jadwalMingguKe: true, jadwalHari: true, tempat: true, dusun: { select: { nama: true } } }, orderBy: { nama: "asc" } },
      pustu: { where: pustuScope(viewer), select: { id: true, nama: true, puskesmas: { select: { id: true, nama: true } } }, orderBy: { nama: "asc" } },
      lokasiPkm: { where: puskesmasScope(viewer), select: { id: true, nama: true }, orderBy: { nama: "asc" } },
      _count: { select: { users: true } },
    },
  });
  if (!row) throw new NotFoundError();
  return row;
}
export type DesaDetail = Awaited<ReturnType<typeof getDesa>>;

/** Puskesmas in scope with catchment size, pustu and posyandu counts (posyandu by GROUP BY). */
export async function listPuskesmas(viewer: Viewer, p: TWilayahListParams) {
  assertReader(viewer);
  const where: Prisma.PuskesmasWhereInput = { AND: [puskesmasScope(viewer), p.kecamatanId ? { kecamatanId: p.kecamatanId } : {}, search(p.q)] };
  const [total, rows] = await Promise.all([
    db.puskesmas.count({ where }),
    db.puskesmas.findMany({
      where,
      select: { id: true, kode: true, nama: true, kecamatan: { select: { id: true, nama: true } }, desa: { select: { id: true, nama: true } }, _count: { select: { pustu: { where: pustuScope(viewer) } } } },
      orderBy: p.sort === "kode" ? [{ kecamatan: { kode: p.dir } }, { nama: "asc" }] : [{ nama: p.dir }],
      ...paging(p),
    }),
  ]);
  const counts = rollUp(await countsByDesa(viewer, "puskesmas_id", rows.map((r) => r.id)), (r) => r.puskesmasId);
  return { total, rows: rows.map(({ _count, ...r }) => ({ ...r, pustu: _count.pustu, counts: counts.get(r.id) ?? zero() })) };
}

/** One puskesmas in scope: location, catchment desa (in scope) with posyandu counts, pustu. */
export async function getPuskesmas(viewer: Viewer, id: string) {
  assertReader(viewer);
  assertId(id);
  const row = await db.puskesmas.findFirst({
    where: { AND: [{ id }, puskesmasScope(viewer)] },
    select: {
      id: true, kode: true, nama: true, alamat: true, kecamatanId: true, desaId: true,
      kecamatan: { select: { id: true, nama: true } },
      desa: { select: { id: true, nama: true } },
      catchment: { where: desaScope(viewer), select: { id: true, kode: true, nama: true, kecamatan: { select: { nama: true } } }, orderBy: { kode: "asc" } },
      pustu: { where: pustuScope(viewer), select: { id: true, nama: true, desa: { select: { id: true, nama: true } } }, orderBy: { nama: "asc" } },
      _count: { select: { users: true } },
    },
  });
  if (!row) throw new NotFoundError();
  const byDesa = new Map((await countsByDesa(viewer, "puskesmas_id", [id])).map((r) => [r.id, countsOf(r)]));
  return { ...row, catchment: row.catchment.map((d) => ({ ...d, ...(byDesa.get(d.id) ?? zero()) })) };
}
export type PuskesmasDetail = Awaited<ReturnType<typeof getPuskesmas>>;

/** One dusun in scope, with its posyandu. */
export async function getDusun(viewer: Viewer, id: string) {
  assertReader(viewer);
  assertId(id);
  const row = await db.dusun.findFirst({
    where: { AND: [{ id }, dusunScope(viewer)] },
    select: { id: true, nama: true, desaId: true, desa: { select: { id: true, nama: true, kecamatan: { select: { id: true, nama: true } } } }, posyandu: { where: posyanduScope(viewer), select: { id: true, nama: true, isActive: true }, orderBy: { nama: "asc" } } },
  });
  if (!row) throw new NotFoundError();
  return row;
}

/** One pustu in scope. */
export async function getPustu(viewer: Viewer, id: string) {
  assertReader(viewer);
  assertId(id);
  const row = await db.pustu.findFirst({
    where: { AND: [{ id }, pustuScope(viewer)] },
    select: { id: true, nama: true, alamat: true, desaId: true, puskesmasId: true, desa: { select: { id: true, nama: true, kecamatan: { select: { id: true, nama: true } } } }, puskesmas: { select: { id: true, nama: true } } },
  });
  if (!row) throw new NotFoundError();
  return row;
}

/** What a desa picker reads of a desa (see toDesaChoices). */
const desaChoiceSelect = { id: true, nama: true, kode: true, kecamatanId: true, kecamatan: { select: { nama: true } }, puskesmas: { select: { id: true, nama: true } } } satisfies Prisma.DesaSelect;
/** A kecamatan's desa, as choices, in name order. */
const desaChoicesOrder = [{ nama: "asc" }, { kode: "asc" }] satisfies Prisma.DesaOrderByWithRelationInput[];

/**
 * Desa in scope matching what was typed (name, code prefix or kecamatan), at most CHOICE_LIMIT, for
 * the pickers that search as the user types (account, posyandu, pustu and puskesmas forms).
 */
export async function searchDesa(viewer: Viewer, q: string) {
  assertReader(viewer);
  const term = q.trim().slice(0, 100);
  return db.desa.findMany({
    where: { AND: [desaScope(viewer), term ? { OR: [{ nama: containsText(term) }, { kode: startsWithText(term) }, { kecamatan: { nama: containsText(term) } }] } : {}] },
    select: { ...desaChoiceSelect, isKelurahan: true },
    orderBy: [{ kecamatan: { nama: "asc" } }, { nama: "asc" }, { kode: "asc" }],
    take: CHOICE_LIMIT,
  });
}

/** Desa in scope matching what was typed, as the posyandu, pustu and puskesmas forms show them. */
export async function searchDesaChoices(viewer: Viewer, q: string): Promise<DesaChoice[]> {
  return toDesaChoices(await searchDesa(viewer, q));
}

/** Every desa in scope of one kecamatan (a hundred at most in the official list), for the puskesmas form's catchment. */
export async function desaChoicesOfKecamatan(viewer: Viewer, kecamatanId: string): Promise<DesaChoice[]> {
  assertReader(viewer);
  if (!isUuid(kecamatanId)) return [];
  return toDesaChoices(await db.desa.findMany({ where: { AND: [desaScope(viewer), { kecamatanId }] }, select: desaChoiceSelect, orderBy: desaChoicesOrder }));
}

// ---- Choices for the Dinkes admin's forms (master data of the admin's own kabupaten only). ----

function assertManagerRead(viewer: Viewer) {
  if (!can(viewer, "wilayah.manage")) throw new NotFoundError();
}

/** Kecamatan of the official list for the admin's kabupaten that are not in the database yet. */
export async function missingKecamatan(viewer: Viewer) {
  assertManagerRead(viewer);
  const kab = await db.kabupaten.findUniqueOrThrow({ where: { id: viewer.kabupatenId }, select: { kode: true, nama: true } });
  const have = new Set((await db.kecamatan.findMany({ where: { kabupatenId: viewer.kabupatenId }, select: { kode: true } })).map((k) => k.kode));
  return { kabupaten: kab, missing: childrenOf(kab.kode).filter((r) => r.tingkat === "kecamatan" && !have.has(r.kode)).map((r) => ({ kode: r.kode, nama: r.nama })) };
}

/** Desa/kelurahan of the official list for one kecamatan of the admin's kabupaten not in the database yet. */
export async function missingDesa(viewer: Viewer, kecamatanId: string) {
  assertManagerRead(viewer);
  assertId(kecamatanId);
  const kec = await db.kecamatan.findFirst({ where: { AND: [{ id: kecamatanId }, kecamatanScope(viewer)] }, select: { id: true, kode: true, nama: true } });
  if (!kec) throw new NotFoundError();
  const have = new Set((await db.desa.findMany({ where: { kecamatanId: kec.id }, select: { kode: true } })).map((d) => d.kode));
  const missing = childrenOf(kec.kode).filter((r) => (r.tingkat === "desa" || r.tingkat === "kelurahan") && !have.has(r.kode)).map((r) => ({ kode: r.kode, nama: r.nama, isKelurahan: r.tingkat === "kelurahan" }));
  return { kecamatan: kec, missing };
}

/**
 * What the puskesmas form carries with its page: the kecamatan of the admin's kabupaten and, to edit
 * puskesmas `id`, its fields, its catchment and the desa of its kecamatan (the location's choices and
 * the catchment's first list), as choices. Every other desa comes from /wilayah/pilihan when the admin
 * picks a kecamatan or searches, so that a kabupaten's hundreds of desa never travel with the page.
 * One statement.
 */
export async function puskesmasFormOptions(viewer: Viewer, id?: string) {
  assertManagerRead(viewer);
  if (id !== undefined) assertId(id);
  const desa = { where: desaScope(viewer), select: desaChoiceSelect, orderBy: desaChoicesOrder };
  const row = await db.kabupaten.findUniqueOrThrow({
    where: { id: viewer.kabupatenId },
    select: {
      kecamatan: { where: kecamatanScope(viewer), select: { id: true, nama: true }, orderBy: { nama: "asc" } },
      puskesmas: {
        where: { AND: [{ id: id ?? NO_ID }, puskesmasScope(viewer)] },
        select: { id: true, kode: true, nama: true, alamat: true, kecamatanId: true, desaId: true, catchment: desa, kecamatan: { select: { desa } } },
      },
    },
  });
  const p = row.puskesmas[0];
  if (id !== undefined && !p) throw new NotFoundError();
  const puskesmas = p ? { id: p.id, kode: p.kode, nama: p.nama, alamat: p.alamat, kecamatanId: p.kecamatanId, desaId: p.desaId, catchment: toDesaChoices(p.catchment) } : null;
  return { kecamatan: row.kecamatan, desa: p ? toDesaChoices(p.kecamatan.desa) : [], puskesmas };
}

/**
 * What the pustu form carries with its page: the puskesmas of the admin's kabupaten (a few dozen) and
 * the desa already chosen, as a choice (none when `desaId` is not a desa of the kabupaten); other
 * desa are searched on /wilayah/pilihan. One statement.
 */
export async function pustuFormOptions(viewer: Viewer, desaId?: string | null) {
  assertManagerRead(viewer);
  const row = await db.kabupaten.findUniqueOrThrow({
    where: { id: viewer.kabupatenId },
    select: {
      puskesmas: { where: puskesmasScope(viewer), select: { id: true, nama: true }, orderBy: { nama: "asc" } },
      desa: { where: { AND: [{ id: isUuid(desaId) ? desaId : NO_ID }, desaScope(viewer)] }, select: desaChoiceSelect },
    },
  });
  return { puskesmas: row.puskesmas, desa: toDesaChoices(row.desa) };
}
