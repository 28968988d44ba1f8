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
import { isUuid, NO_ID } from "../dal/ids.ts";
import { escapeLike } from "../dal/search.ts";
import { isoDay, todayInJakarta } from "../i18n/format.ts";
import { daysOverdue, mayUpdate, type StatusTindakLanjut, type TingkatPemilik } from "../supervisi/pemilik.ts";
import { inPuskesmasSql, OPEN_SQL, ownedSql, tindakLanjutScopeSql, TL_FROM } from "./sql.ts";
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
  if (p.status === "TERBUKA") where.push(OPEN_SQL);
  else if (p.status) where.push(Prisma.sql`t.status = ${p.status}::"StatusTindakLanjut"`);
  if (p.tingkat) where.push(Prisma.sql`t.tingkat_pemilik = ${p.tingkat}::"TingkatPemilik"`);
  if (p.milik === "saya") where.push(ownedSql(viewer));
  if (p.terlambat === "ya") where.push(Prisma.sql`${OPEN_SQL} AND t.batas_waktu < ${today}::date`);
  if (p.puskesmas) where.push(inPuskesmasSql(p.puskesmas));
  // A desa left in the URL after another puskesmas was picked (the form keeps both) is dropped, not
  // an empty list: the desa choice lists only the chosen puskesmas's desa.
  if (p.desa && p.puskesmas) where.push(Prisma.sql`(t.desa_id = ${p.desa}::uuid OR NOT EXISTS (SELECT 1 FROM desa dx WHERE dx.id = ${p.desa}::uuid AND dx.puskesmas_id = ${p.puskesmas}::uuid))`);
  else if (p.desa) where.push(Prisma.sql`t.desa_id = ${p.desa}::uuid`);
  return Prisma.join(where, " AND ");
}

/**
 * The default order, overdue first (most days late first), then open by due date, closed last, is
 * "open before closed, then by due date": an open follow-up is overdue exactly when its due date is
 * before today, so among open ones the due date alone puts the overdue first. Written so, it needs
 * no date and each half is an index range (tests/integration/tindak-lanjut-pilihan.test.ts checks it
 * against the CASE of overdue / open / closed).
 */
export function orderOf(p: Partial<TTindakLanjutListParams>, _today?: string): Prisma.Sql {
  const dir = Prisma.raw(p.dir === "desc" ? "DESC" : "ASC");
  const tail = Prisma.sql`t.batas_waktu ASC, t.id ASC`;
  switch (p.sort) {
    case "batas": return Prisma.sql`t.batas_waktu ${dir}, t.id ASC`;
    case "situs": return Prisma.sql`d.nama ${dir}, p.nama ${dir} NULLS FIRST, ${tail}`;
    case "status": return Prisma.sql`t.status ${dir}, ${tail}`;
    case "tingkat": return Prisma.sql`t.tingkat_pemilik ${dir}, ${tail}`;
    case "kunjungan": return Prisma.sql`k.tanggal ${dir}, ${tail}`;
    default: return Prisma.sql`(t.status = 'SELESAI') ${dir}, t.batas_waktu ${dir}, t.id ASC`;
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
 * One page of follow-ups and the count of all that match, in one statement: the page is ranked on the
 * follow-up's own columns (joined to the desa and posyandu only when searching or sorting by site, to
 * the visit only when sorting by visit date), then the texts and names are read for the page's rows
 * alone. In the default order the open and the closed follow-ups are ranked apart, each by due date,
 * so that each half is read from an index and stops after the page (tindak_lanjut_terbuka_idx and
 * (kabupaten_id, status, batas_waktu)). Before (docs/perf-tindak-lanjut.md): every follow-up of the
 * kabupaten was joined with its visit and desa, counted by a window and sorted, 57,000 rows in Bogor.
 */
function pageSql(viewer: Viewer, p: Partial<TTindakLanjutListParams>, today: string, limit: number, offset: number, withTotal = true): Prisma.Sql {
  const where = whereOf(viewer, p, today);
  const order = orderOf(p, today);
  const names = p.q || p.sort === "situs" ? Prisma.sql`JOIN desa d ON d.id = t.desa_id LEFT JOIN posyandu p ON p.id = t.posyandu_id` : Prisma.empty;
  const visit = p.sort === "kunjungan" ? Prisma.sql`JOIN kunjungan_supervisi k ON k.id = t.kunjungan_id` : Prisma.empty;
  const from = Prisma.sql`FROM tindak_lanjut t ${names} ${visit}`;
  let ranked: Prisma.Sql;
  if (p.sort === undefined || p.sort === "terlambat") {
    const dir = Prisma.raw(p.dir === "desc" ? "DESC" : "ASC");
    const half = (open: boolean) => Prisma.sql`(SELECT t.id, t.batas_waktu, ${!open} AS selesai ${from} WHERE ${where} AND ${open ? OPEN_SQL : Prisma.sql`t.status = 'SELESAI'`} ORDER BY t.batas_waktu ${dir}, t.id ASC LIMIT ${limit + offset})`;
    ranked = Prisma.sql`SELECT h.id FROM (${half(true)} UNION ALL ${half(false)}) h ORDER BY h.selesai ${dir}, h.batas_waktu ${dir}, h.id ASC LIMIT ${limit} OFFSET ${offset}`;
  } else {
    ranked = Prisma.sql`SELECT t.id ${from} WHERE ${where} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`;
  }
  const countFrom = p.q ? Prisma.sql`FROM tindak_lanjut t JOIN desa d ON d.id = t.desa_id LEFT JOIN posyandu p ON p.id = t.posyandu_id` : Prisma.sql`FROM tindak_lanjut t`;
  return Prisma.sql`
    SELECT ${SELECT_ROW}, ${withTotal ? Prisma.sql`(SELECT count(*) ${countFrom} WHERE ${where})` : Prisma.sql`NULL`} AS total
    FROM (${ranked}) r
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
    const rows = await db.$queryRaw<RowSql[]>(pageSql(viewer, p, today, size, offset, false));
    if (rows.length) yield rows.map((r) => toRow(viewer, r, now));
    if (rows.length < size) return;
  }
}

export interface PilihanTindakLanjut {
  /** The puskesmas with follow-ups in scope (a Dinkes: of its kabupaten; others: none to choose). */
  puskesmas: { id: string; nama: string }[];
  /**
   * The desa with follow-ups in scope of one puskesmas: the chosen one (or the chosen desa's) for a
   * Dinkes, its own for a puskesmas officer; none when no puskesmas is chosen or it is outside the scope.
   */
  desa: { id: string; nama: string }[];
  /** The puskesmas whose desa are listed (chosen, or the chosen desa's), null when none. */
  puskesmasDesa: string | null;
  terlambat: number;
  terbuka: number;
}

/**
 * The filter choices and the open and overdue counts, in one statement that reads no follow-up
 * beyond the open ones: the puskesmas from the wilayah tables with one index probe each for "has a
 * follow-up", the desa of one puskesmas only (not the ~430 desa of a kabupaten as options), the
 * counts from tindak_lanjut_terbuka_idx. Before (docs/perf-tindak-lanjut.md) every follow-up of the
 * kabupaten was grouped by desa for this.
 */
export async function tindakLanjutPilihan(viewer: Viewer, p: Partial<Pick<TTindakLanjutListParams, "puskesmas" | "desa">> = {}, now = new Date()): Promise<PilihanTindakLanjut> {
  assertReader(viewer);
  const today = todayInJakarta(now);
  const scope = tindakLanjutScopeSql(viewer);
  const dinkes = viewer.role === "DINKES" || viewer.role === "DINKES_ADMIN";
  // Whose desa to list: a Dinkes picks a puskesmas (or a desa, whose puskesmas then counts as picked);
  // a puskesmas officer has its own; a bidan desa or a kader has one desa, nothing to pick.
  const pkSql = dinkes
    ? p.puskesmas ? Prisma.sql`${p.puskesmas}::uuid` : p.desa ? Prisma.sql`(SELECT dd.puskesmas_id FROM desa dd WHERE dd.id = ${p.desa}::uuid)` : Prisma.sql`NULL::uuid`
    : viewer.role === "PUSKESMAS" ? Prisma.sql`${viewer.puskesmasId ?? NO_ID}::uuid` : Prisma.sql`NULL::uuid`;
  const hasTl = Prisma.sql`EXISTS (SELECT 1 FROM tindak_lanjut t WHERE t.desa_id = d.id AND ${scope})`;
  const [row] = await db.$queryRaw<{ puskesmas: { id: string; nama: string }[] | null; desa: { id: string; nama: string }[] | null; pk: string | null; terlambat: number; terbuka: number }[]>`
    WITH pk AS (SELECT ${pkSql} AS id)
    SELECT ${dinkes
      ? Prisma.sql`(SELECT json_agg(json_build_object('id', x.id::text, 'nama', x.nama::text) ORDER BY x.nama) FROM puskesmas x
           WHERE x.kabupaten_id = ${viewer.kabupatenId}::uuid AND EXISTS (SELECT 1 FROM desa d WHERE d.puskesmas_id = x.id AND ${hasTl}))`
      : Prisma.sql`NULL::json`} AS puskesmas,
      (SELECT json_agg(json_build_object('id', d.id::text, 'nama', d.nama) ORDER BY d.nama) FROM desa d, pk
         WHERE d.puskesmas_id = pk.id AND d.kabupaten_id = ${viewer.kabupatenId}::uuid AND ${hasTl}) AS desa,
      (SELECT pk.id::text FROM pk JOIN puskesmas x ON x.id = pk.id AND x.kabupaten_id = ${viewer.kabupatenId}::uuid) AS pk,
      (SELECT count(*)::int FROM tindak_lanjut t WHERE ${scope} AND ${OPEN_SQL} AND t.batas_waktu < ${today}::date) AS terlambat,
      (SELECT count(*)::int FROM tindak_lanjut t WHERE ${scope} AND ${OPEN_SQL}) AS terbuka`;
  const desa = row.desa ?? [];
  return { puskesmas: row.puskesmas ?? [], desa, puskesmasDesa: desa.length ? row.pk : null, terlambat: row.terlambat, terbuka: row.terbuka };
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
