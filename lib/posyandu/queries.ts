import "server-only";
import { db } from "../db.ts";
import { Prisma } from "../generated/prisma/client.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { desaScope, desaScopeSql, dusunScope, posyanduScope, posyanduScopeSql } from "../access/scope.ts";
import { NotFoundError } from "../errors.ts";
import { NO_ID, isUuid } from "../dal/ids.ts";
import { escapeLike } from "../dal/search.ts";
import type { TPosyanduListParams } from "./schemas.ts";
import { withDesaLabels } from "../wilayah/desa-label.ts";

const posyanduRowSelect = {
  id: true,
  nama: true,
  tempat: true,
  isActive: true,
  jadwalMingguKe: true,
  jadwalHari: true,
  dusun: { select: { nama: true } },
  desa: { select: { id: true, nama: true, kode: true, kecamatan: { select: { nama: true } }, puskesmas: { select: { nama: true } } } },
} satisfies Prisma.PosyanduSelect;

/**
 * The list's filter, sort and scope as SQL: one statement gives a page and the total (a window
 * count), and the names shown beside each row (dusun, kecamatan, puskesmas) are joined for that page
 * only. Prisma's relation queries joined them for every posyandu of the scope before sorting.
 */
function listSql(viewer: Viewer, p: Partial<TPosyanduListParams>) {
  const where: Prisma.Sql[] = [posyanduScopeSql(viewer)];
  if (p.q) {
    const like = `%${escapeLike(p.q)}%`;
    where.push(Prisma.sql`(p.nama ILIKE ${like} OR p.tempat ILIKE ${like} OR u.nama ILIKE ${like} OR d.nama ILIKE ${like})`);
  }
  if (p.kecamatanId) where.push(Prisma.sql`d.kecamatan_id = ${p.kecamatanId}::uuid`);
  if (p.desaId) where.push(Prisma.sql`p.desa_id = ${p.desaId}::uuid`);
  if (p.puskesmasId) where.push(Prisma.sql`d.puskesmas_id = ${p.puskesmasId}::uuid`);
  if (p.aktif) where.push(Prisma.sql`p.is_active = ${p.aktif === "ya"}`);
  const dir = Prisma.raw(p.dir === "desc" ? "DESC" : "ASC");
  const byName = Prisma.sql`p.nama ASC, p.id ASC`;
  const order = (() => {
    switch (p.sort) {
      case "desa": return Prisma.sql`d.nama ${dir}, ${byName}`;
      case "kecamatan": return Prisma.sql`k.nama ${dir}, d.nama ASC, ${byName}`;
      case "puskesmas": return Prisma.sql`pk.nama ${dir}, d.nama ASC, ${byName}`;
      case "jadwal": return Prisma.sql`p.jadwal_minggu_ke ${dir} NULLS LAST, p.jadwal_hari ${dir} NULLS LAST, ${byName}`;
      case "status": return Prisma.sql`p.is_active ${dir}, ${byName}`;
      default: return Prisma.sql`p.nama ${dir}, d.nama ASC, p.id ASC`;
    }
  })();
  // Only the joins the filter or the sort needs run over the whole scope.
  const joins = Prisma.join(
    [
      p.q ? Prisma.sql`LEFT JOIN dusun u ON u.id = p.dusun_id` : Prisma.empty,
      p.sort === "kecamatan" ? Prisma.sql`JOIN kecamatan k ON k.id = d.kecamatan_id` : Prisma.empty,
      p.sort === "puskesmas" ? Prisma.sql`LEFT JOIN puskesmas pk ON pk.id = d.puskesmas_id` : Prisma.empty,
    ],
    " ",
  );
  return { from: Prisma.sql`FROM posyandu p JOIN desa d ON d.id = p.desa_id ${joins} WHERE ${Prisma.join(where, " AND ")}`, order };
}

interface ListSqlRow {
  id: string; nama: string; tempat: string | null; is_active: boolean; jadwal_minggu_ke: number | null; jadwal_hari: number | null;
  latitude: Prisma.Decimal | null; longitude: Prisma.Decimal | null;
  desa_id: string; desa_nama: string; desa_kode: string; dusun_nama: string | null; kecamatan_nama: string; kecamatan_kode: string; puskesmas_nama: string | null;
  total: bigint;
}

async function queryList(viewer: Viewer, p: Partial<TPosyanduListParams>, limit: number, offset: number) {
  const { from, order } = listSql(viewer, p);
  const rows = await db.$queryRaw<ListSqlRow[]>`
    WITH page AS (
      SELECT p.id, count(*) OVER () AS total, row_number() OVER (ORDER BY ${order}) AS n
      ${from}
      ORDER BY ${order}
      LIMIT ${limit} OFFSET ${offset}
    )
    SELECT p.id::text AS id, p.nama::text AS nama, p.tempat, p.is_active, p.jadwal_minggu_ke, p.jadwal_hari, p.latitude, p.longitude,
           d.id::text AS desa_id, d.nama AS desa_nama, d.kode AS desa_kode, u.nama::text AS dusun_nama,
           k.nama AS kecamatan_nama, k.kode AS kecamatan_kode, pk.nama::text AS puskesmas_nama, page.total
    FROM page
    JOIN posyandu p ON p.id = page.id
    JOIN desa d ON d.id = p.desa_id
    JOIN kecamatan k ON k.id = d.kecamatan_id
    LEFT JOIN dusun u ON u.id = p.dusun_id
    LEFT JOIN puskesmas pk ON pk.id = d.puskesmas_id
    ORDER BY page.n`;
  return rows.map((r) => ({
    row: {
      id: r.id, nama: r.nama, tempat: r.tempat, isActive: r.is_active, jadwalMingguKe: r.jadwal_minggu_ke, jadwalHari: r.jadwal_hari,
      latitude: r.latitude, longitude: r.longitude,
      dusun: r.dusun_nama === null ? null : { nama: r.dusun_nama },
      desa: { id: r.desa_id, nama: r.desa_nama, kode: r.desa_kode, kecamatan: { nama: r.kecamatan_nama, kode: r.kecamatan_kode }, puskesmas: r.puskesmas_nama === null ? null : { nama: r.puskesmas_nama } },
    },
    total: Number(r.total),
  }));
}
export type PosyanduRow = Awaited<ReturnType<typeof queryList>>[number]["row"];

/** Posyandu in the viewer's scope, filtered, sorted and paged in SQL: one statement. Any signed-in role. */
export async function listPosyandu(viewer: Viewer, p: TPosyanduListParams): Promise<{ total: number; rows: PosyanduRow[] }> {
  const result = await queryList(viewer, p, p.size, (p.page - 1) * p.size);
  if (result.length > 0) return { total: result[0].total, rows: result.map((r) => r.row) };
  // Past the last page (or nothing matches) the window count has no row to ride on: count alone.
  if (p.page === 1) return { total: 0, rows: [] };
  const { from } = listSql(viewer, p);
  const [{ total }] = await db.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total ${from}`;
  return { total: Number(total), rows: [] };
}

export const EXPORT_BATCH = 2_000;
export const EXPORT_LIMIT = 50_000;

/**
 * The filtered list for the CSV download, batch by batch in the list's order (same scope, filter
 * and sort as the page), up to `limit` rows so that a response stays bounded.
 */
export async function* exportPosyandu(viewer: Viewer, p: TPosyanduListParams, limit = EXPORT_LIMIT, batch = EXPORT_BATCH): AsyncGenerator<PosyanduRow[]> {
  for (let offset = 0; offset < limit; offset += batch) {
    const rows = (await queryList(viewer, p, Math.min(batch, limit - offset), offset)).map((r) => r.row);
    if (rows.length) yield rows;
    if (rows.length < batch) return;
  }
}

export const posyanduDetailSelect = {
  ...posyanduRowSelect,
  desaId: true,
  dusunId: true,
  latitude: true,
  longitude: true,
  createdAt: true,
  updatedAt: true,
  desa: { select: { id: true, nama: true, kode: true, isKelurahan: true, kecamatan: { select: { id: true, nama: true } }, puskesmas: { select: { id: true, nama: true } }, pustu: { select: { nama: true } } } },
} satisfies Prisma.PosyanduSelect;

/** One posyandu, if the viewer may see it; otherwise NotFoundError, as if it did not exist. */
export async function getPosyandu(viewer: Viewer, id: string) {
  if (!isUuid(id)) throw new NotFoundError();
  const row = await db.posyandu.findFirst({ where: { AND: [{ id }, posyanduScope(viewer)] }, select: posyanduDetailSelect });
  if (!row) throw new NotFoundError();
  return { ...row, latitude: row.latitude?.toNumber() ?? null, longitude: row.longitude?.toNumber() ?? null };
}
export type PosyanduDetail = Awaited<ReturnType<typeof getPosyandu>>;

/**
 * The list filter's choices, within scope and bounded: the kecamatan and puskesmas of the area, and
 * the desa of one chosen kecamatan only (a kabupaten has hundreds of desa; a kecamatan a few dozen).
 * One SQL statement.
 */
export async function posyanduListFilterOptions(viewer: Viewer, kecamatanId?: string) {
  const scope = desaScopeSql(viewer);
  const [row] = await db.$queryRaw<{ kecamatan: { id: string; nama: string }[] | null; puskesmas: { id: string; nama: string }[] | null; desa: { id: string; nama: string; kode: string; kecamatanId: string }[] | null }[]>`
    SELECT
      (SELECT json_agg(x ORDER BY x.nama) FROM (SELECT DISTINCT k.id, k.nama FROM desa d JOIN kecamatan k ON k.id = d.kecamatan_id WHERE ${scope}) x) AS kecamatan,
      (SELECT json_agg(x ORDER BY x.nama) FROM (SELECT DISTINCT pk.id, pk.nama::text AS nama FROM desa d JOIN puskesmas pk ON pk.id = d.puskesmas_id WHERE ${scope}) x) AS puskesmas,
      (SELECT json_agg(x ORDER BY x.nama, x.kode) FROM (SELECT d.id, d.nama, d.kode, d.kecamatan_id AS "kecamatanId" FROM desa d WHERE ${scope} AND d.kecamatan_id = ${isUuid(kecamatanId) ? kecamatanId : NO_ID}::uuid) x) AS desa`;
  return { kecamatan: row.kecamatan ?? [], puskesmas: row.puskesmas ?? [], desa: withDesaLabels(row.desa ?? []) };
}

/** One desa in scope as a form choice (the one already chosen), or null. */
export async function desaChoice(viewer: Viewer, id: string | null | undefined) {
  if (!isUuid(id)) return null;
  const d = await db.desa.findFirst({ where: { AND: [{ id }, desaScope(viewer)] }, select: { id: true, nama: true, kode: true, kecamatan: { select: { nama: true } }, dusun: { select: { id: true, nama: true }, orderBy: { nama: "asc" } } } });
  return d ? { id: d.id, label: `${d.nama} — Kec. ${d.kecamatan.nama}`, group: `Kec. ${d.kecamatan.nama}`, dusun: d.dusun } : null;
}

/** The dusun of one desa in scope, for the posyandu form (a desa has a handful). */
export async function dusunOptions(viewer: Viewer, desaId: string) {
  if (!isUuid(desaId)) return [];
  return db.dusun.findMany({ where: { AND: [dusunScope(viewer), { desaId }] }, select: { id: true, nama: true }, orderBy: { nama: "asc" } });
}

/** A posyandu's id and name, if the viewer may see it (for pages about one posyandu). */
export async function getPosyanduName(viewer: Viewer, id: string) {
  if (!isUuid(id)) throw new NotFoundError();
  const row = await db.posyandu.findFirst({ where: { AND: [{ id }, posyanduScope(viewer)] }, select: { id: true, nama: true } });
  if (!row) throw new NotFoundError();
  return row;
}
