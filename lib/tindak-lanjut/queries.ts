/**
 * Follow-up reads for every role with `supervisi.read`, scoped by `tindakLanjutScope` (a kader: its
 * own posyandu's submitted visits). The list, its filter choices and the beranda card are one SQL
 * statement each, whatever the size of the kabupaten. Outside the scope: NotFoundError, as if absent.
 */
import "server-only";
import { db } from "../db.ts";
import { Prisma } from "../generated/prisma/client.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { can } from "../access/permissions.ts";
import { tindakLanjutScope } from "../access/scope.ts";
import { NotFoundError } from "../errors.ts";
import { isUuid } from "../dal/ids.ts";
import { escapeLike } from "../dal/search.ts";
import { isoDay, todayInJakarta } from "../i18n/format.ts";
import { daysOverdue, mayUpdate, type StatusTindakLanjut, type TingkatPemilik } from "../supervisi/pemilik.ts";
import { ownedSql, tindakLanjutScopeSql, TL_FROM } from "./sql.ts";
import type { TTindakLanjutListParams } from "./schemas.ts";

function assertReader(viewer: Viewer) {
  if (!can(viewer, "supervisi.read")) throw new NotFoundError();
}

const iso = (d: Date | string | null) => (d === null ? null : typeof d === "string" ? d.slice(0, 10) : isoDay(d));

export function whereOf(viewer: Viewer, p: Partial<TTindakLanjutListParams>, today: string): Prisma.Sql {
  const where: Prisma.Sql[] = [tindakLanjutScopeSql(viewer)];
  if (p.q) {
    const like = `%${escapeLike(p.q)}%`;
    where.push(Prisma.sql`(t.masalah ILIKE ${like} OR t.tindakan ILIKE ${like} OR t.pemilik_nama ILIKE ${like} OR d.nama ILIKE ${like} OR p.nama ILIKE ${like})`);
  }
  if (p.status === "TERBUKA") where.push(Prisma.sql`t.status <> 'SELESAI'`);
  else if (p.status) where.push(Prisma.sql`t.status = ${p.status}::"StatusTindakLanjut"`);
  if (p.tingkat) where.push(Prisma.sql`t.tingkat_pemilik = ${p.tingkat}::"TingkatPemilik"`);
  if (p.milik === "saya") where.push(ownedSql(viewer));
  if (p.terlambat === "ya") where.push(Prisma.sql`t.status <> 'SELESAI' AND t.batas_waktu < ${today}::date`);
  if (p.puskesmas) where.push(Prisma.sql`d.puskesmas_id = ${p.puskesmas}::uuid`);
  if (p.desa) where.push(Prisma.sql`t.desa_id = ${p.desa}::uuid`);
  return Prisma.join(where, " AND ");
}

export function orderOf(p: Partial<TTindakLanjutListParams>, today: string): Prisma.Sql {
  const dir = Prisma.raw(p.dir === "desc" ? "DESC" : "ASC");
  const tail = Prisma.sql`t.batas_waktu ASC, t.id ASC`;
  // Overdue first (most days late first), then open by due date, closed last.
  const overdue = Prisma.sql`CASE WHEN t.status <> 'SELESAI' AND t.batas_waktu < ${today}::date THEN 0 WHEN t.status <> 'SELESAI' THEN 1 ELSE 2 END`;
  switch (p.sort) {
    case "batas": return Prisma.sql`t.batas_waktu ${dir}, t.id ASC`;
    case "situs": return Prisma.sql`d.nama ${dir}, p.nama ${dir} NULLS FIRST, ${tail}`;
    case "status": return Prisma.sql`t.status ${dir}, ${tail}`;
    case "tingkat": return Prisma.sql`t.tingkat_pemilik ${dir}, ${tail}`;
    case "kunjungan": return Prisma.sql`k.tanggal ${dir}, ${tail}`;
    default: return p.dir === "desc" ? Prisma.sql`${overdue} DESC, t.batas_waktu DESC, t.id ASC` : Prisma.sql`${overdue} ASC, ${tail}`;
  }
}

interface RowSql {
  id: string; masalah: string; tindakan: string; tingkat_pemilik: TingkatPemilik; pemilik_nama: string; pemilik_user_id: string | null;
  batas_waktu: Date; status: StatusTindakLanjut; catatan_bukti: string | null; selesai_at: Date | null;
  kunjungan_id: string; kunjungan_tanggal: Date; desa_id: string; posyandu_id: string | null; posyandu_nama: string | null; desa_nama: string; kecamatan_nama: string;
  puskesmas_id: string | null; puskesmas_nama: string | null; kabupaten_id: string; total?: bigint;
}

/** The row's columns and joins; exported for the reference test of the page-first list (tests/integration/list-sql-reference.test.ts). */
export const SELECT_ROW = Prisma.sql`t.id::text AS id, t.masalah, t.tindakan, t.tingkat_pemilik, t.pemilik_nama, t.pemilik_user_id::text AS pemilik_user_id, t.batas_waktu, t.status, t.catatan_bukti, t.selesai_at,
  k.id::text AS kunjungan_id, k.tanggal AS kunjungan_tanggal, t.desa_id::text AS desa_id, t.posyandu_id::text AS posyandu_id, p.nama::text AS posyandu_nama, d.nama AS desa_nama, kc.nama AS kecamatan_nama,
  d.puskesmas_id::text AS puskesmas_id, pk.nama::text AS puskesmas_nama, t.kabupaten_id::text AS kabupaten_id`;
export const JOINS = Prisma.sql`${TL_FROM} JOIN kecamatan kc ON kc.id = d.kecamatan_id LEFT JOIN posyandu p ON p.id = t.posyandu_id LEFT JOIN puskesmas pk ON pk.id = d.puskesmas_id`;

function toRow(viewer: Viewer, r: RowSql, now: Date) {
  const batasWaktu = iso(r.batas_waktu)!;
  const own = { kabupatenId: r.kabupaten_id, tingkatPemilik: r.tingkat_pemilik, pemilikUserId: r.pemilik_user_id, desaId: r.desa_id, posyanduId: r.posyandu_id, puskesmasId: r.puskesmas_id };
  const w = mayUpdate(viewer, own);
  return {
    id: r.id, masalah: r.masalah, tindakan: r.tindakan, tingkatPemilik: r.tingkat_pemilik, pemilikNama: r.pemilik_nama, batasWaktu, status: r.status, catatanBukti: r.catatan_bukti,
    selesaiAt: r.selesai_at, kunjunganId: r.kunjungan_id, kunjunganTanggal: iso(r.kunjungan_tanggal)!,
    situs: r.posyandu_nama ? `Posyandu ${r.posyandu_nama}` : `Desa ${r.desa_nama}`, desa: r.desa_nama, kecamatan: r.kecamatan_nama, puskesmas: r.puskesmas_nama,
    hariTerlambat: daysOverdue(batasWaktu, r.status, now),
    /** What the viewer may do (the DAL asks the same rule again). */
    wewenang: w.boleh && r.status !== "SELESAI" ? w.mode : null,
  };
}
export type TindakLanjutRow = ReturnType<typeof toRow>;

/**
 * One page of follow-ups: ranked first on the narrow columns the filter and the order need (ids, status,
 * due date; the names only when searching or sorting by site), then the texts and names read for the
 * page's rows alone. Ranking the wide rows of a big kabupaten (57,000 follow-ups in Bogor) spilled
 * the window count to disk: 308 → 92 ms there (docs/bench-supervisi.md).
 */
function pageSql(viewer: Viewer, p: Partial<TTindakLanjutListParams>, today: string, limit: number, offset: number): Prisma.Sql {
  const where = whereOf(viewer, p, today);
  const order = orderOf(p, today);
  const names = p.q || p.sort === "situs" ? Prisma.sql`LEFT JOIN posyandu p ON p.id = t.posyandu_id` : Prisma.empty;
  return Prisma.sql`
    SELECT ${SELECT_ROW}, r.total
    FROM (SELECT t.id, count(*) OVER () AS total ${TL_FROM} ${names} WHERE ${where} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}) r
    JOIN tindak_lanjut t ON t.id = r.id JOIN kunjungan_supervisi k ON k.id = t.kunjungan_id JOIN desa d ON d.id = k.desa_id
    JOIN kecamatan kc ON kc.id = d.kecamatan_id LEFT JOIN posyandu p ON p.id = t.posyandu_id LEFT JOIN puskesmas pk ON pk.id = d.puskesmas_id
    ORDER BY ${order}`;
}

/** The follow-ups in the viewer's scope, filtered, sorted and paged in SQL: one statement. */
export async function listTindakLanjut(viewer: Viewer, p: TTindakLanjutListParams, now = new Date()) {
  assertReader(viewer);
  const today = todayInJakarta(now);
  const rows = await db.$queryRaw<RowSql[]>(pageSql(viewer, p, today, p.size, (p.page - 1) * p.size));
  let total = rows.length ? Number(rows[0].total) : 0;
  if (rows.length === 0 && p.page > 1) {
    const [c] = await db.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total ${JOINS} WHERE ${whereOf(viewer, p, today)}`;
    total = Number(c.total);
  }
  return { total, rows: rows.map((r) => toRow(viewer, r, now)) };
}

/** Every follow-up of the list's filters in the list's order, in batches (the CSV/XLSX download). */
export async function* exportTindakLanjut(viewer: Viewer, p: TTindakLanjutListParams, now = new Date()) {
  assertReader(viewer);
  const today = todayInJakarta(now);
  const size = 2000;
  for (let offset = 0; ; offset += size) {
    const rows = await db.$queryRaw<RowSql[]>(pageSql(viewer, p, today, size, offset));
    if (rows.length) yield rows.map((r) => toRow(viewer, r, now));
    if (rows.length < size) return;
  }
}

/**
 * The filter choices (puskesmas and desa with follow-ups in scope) and the overdue count: one statement.
 * Counted per desa first, so that the names are read once per desa, not once per follow-up.
 */
export async function tindakLanjutPilihan(viewer: Viewer, now = new Date()) {
  assertReader(viewer);
  const today = todayInJakarta(now);
  const [row] = await db.$queryRaw<{ puskesmas: { id: string; nama: string }[] | null; desa: { id: string; nama: string }[] | null; terlambat: number | null; terbuka: number | null }[]>`
    WITH s AS MATERIALIZED (
      SELECT d.id AS desa_id, count(*) FILTER (WHERE t.status <> 'SELESAI' AND t.batas_waktu < ${today}::date) AS terlambat, count(*) FILTER (WHERE t.status <> 'SELESAI') AS terbuka
      ${TL_FROM} WHERE ${tindakLanjutScopeSql(viewer)} GROUP BY d.id
    )
    SELECT (SELECT json_agg(json_build_object('id', x.id, 'nama', x.nama) ORDER BY x.nama) FROM (SELECT DISTINCT pk.id::text AS id, pk.nama::text AS nama FROM s JOIN desa d ON d.id = s.desa_id JOIN puskesmas pk ON pk.id = d.puskesmas_id) x) AS puskesmas,
           (SELECT json_agg(json_build_object('id', d.id::text, 'nama', d.nama) ORDER BY d.nama) FROM s JOIN desa d ON d.id = s.desa_id) AS desa,
           (SELECT sum(s.terlambat)::int FROM s) AS terlambat,
           (SELECT sum(s.terbuka)::int FROM s) AS terbuka`;
  return { puskesmas: row.puskesmas ?? [], desa: row.desa ?? [], terlambat: row.terlambat ?? 0, terbuka: row.terbuka ?? 0 };
}

/** One follow-up in the viewer's scope, with what the viewer may do to it; NotFoundError outside. */
export async function getTindakLanjut(viewer: Viewer, id: string, now = new Date()) {
  assertReader(viewer);
  if (!isUuid(id)) throw new NotFoundError();
  const rows = await db.$queryRaw<(RowSql & { verifikasi: { hasil: string; catatan: string | null; tanggal: string }[] | null })[]>`
    SELECT ${SELECT_ROW},
      (SELECT json_agg(json_build_object('hasil', v.hasil, 'catatan', v.catatan, 'tanggal', to_char(vk.tanggal, 'YYYY-MM-DD')) ORDER BY vk.tanggal)
         FROM verifikasi_tindak_lanjut v JOIN kunjungan_supervisi vk ON vk.id = v.kunjungan_id WHERE v.tindak_lanjut_id = t.id) AS verifikasi
    ${JOINS} WHERE t.id = ${id}::uuid AND ${tindakLanjutScopeSql(viewer)}`;
  if (!rows[0]) throw new NotFoundError();
  return { ...toRow(viewer, rows[0], now), verifikasi: rows[0].verifikasi ?? [] };
}

export const BERANDA_TL_LIMIT = 5;

/**
 * The beranda's card: the viewer's own open follow-ups (overdue first, at most 5) and how many it
 * owns, and for a puskesmas or the Dinkes the overdue count in its area. One statement.
 */
export async function berandaTindakLanjut(viewer: Viewer, now = new Date()) {
  if (!can(viewer, "supervisi.read")) return null;
  const today = todayInJakarta(now);
  const [row] = await db.$queryRaw<{ rows: RowSql[] | null; milik: number; terlambat_wilayah: number }[]>`
    WITH s AS (SELECT ${SELECT_ROW}, ${ownedSql(viewer)} AS milik ${JOINS} WHERE ${tindakLanjutScopeSql(viewer)} AND t.status <> 'SELESAI')
    SELECT (SELECT json_agg(x) FROM (SELECT * FROM s WHERE s.milik ORDER BY (s.batas_waktu < ${today}::date) DESC, s.batas_waktu ASC, s.id LIMIT ${BERANDA_TL_LIMIT}) x) AS rows,
           (SELECT count(*)::int FROM s WHERE s.milik) AS milik,
           (SELECT count(*)::int FROM s WHERE s.batas_waktu < ${today}::date) AS terlambat_wilayah`;
  const area = viewer.role === "PUSKESMAS" || viewer.role === "DINKES" || viewer.role === "DINKES_ADMIN";
  return {
    rows: (row.rows ?? []).map((r) => toRow(viewer, { ...r, selesai_at: r.selesai_at ? new Date(r.selesai_at) : null }, now)),
    milik: row.milik,
    terlambatWilayah: area ? row.terlambat_wilayah : null,
  };
}

/** The prisma where of one follow-up in scope (for the DAL's writes). */
export const tindakLanjutInScope = (viewer: Viewer, id: string): Prisma.TindakLanjutWhereInput => ({ AND: [{ id }, tindakLanjutScope(viewer)] });
