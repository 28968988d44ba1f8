/**
 * Kit completeness of every posyandu in the viewer's scope, for the scope-wide list (/sarana) and
 * its CSV. Filtered, sorted (most gaps first by default) and paged in SQL: the rule of
 * `kitStatus` (lib/sarana/gaps.ts) written once more as SQL over all posyandu of the scope, because
 * a page of the worst posyandu needs every posyandu's count. The calibration limit is the same day
 * `kitStatus` computes (`kalibrasiBatas`), passed in; tests/integration/sarana-scope.test.ts proves
 * the SQL and `kitStatus` agree for every demo posyandu.
 */
import "server-only";
import { db } from "../db.ts";
import { Prisma } from "../generated/prisma/client.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { posyanduScopeSql } from "../access/scope.ts";
import { escapeLike } from "../dal/search.ts";
import { todayInJakarta } from "../i18n/format.ts";
import { readAturan } from "../pengaturan/queries.ts";
import { ATURAN_SARANA } from "./aturan.ts";
import { kalibrasiBatas } from "./gaps.ts";
import type { TKelengkapanParams } from "./schemas.ts";

export interface KelengkapanRow {
  id: string;
  nama: string;
  desa: string;
  dusun: string | null;
  kecamatan: string;
  /** Items with a required count that are sufficient, of how many. */
  cukup: number;
  total: number;
  /** Names of the items that are not, in catalogue order. */
  kurang: string[];
  /** Premises had, of 5. */
  prasarana: number;
}

export interface ItemTerbanyakKurang { nama: string; posyandu: number }

interface SqlRow { id: string; nama: string; desa: string; dusun: string | null; kecamatan: string; cukup: number; total: number; kurang: string[] | null; prasarana: number; n: bigint; posyandu_total: bigint; terbanyak: ItemTerbanyakKurang[] | null }

async function query(viewer: Viewer, p: Partial<TKelengkapanParams>, limit: number, offset: number, withSummary: boolean, today: Date) {
  const aturan = await readAturan(viewer, ATURAN_SARANA);
  const batas = kalibrasiBatas(todayInJakarta(today), aturan.nilai.kalibrasiBulan);
  const where: Prisma.Sql[] = [posyanduScopeSql(viewer)];
  if (p.q) {
    const like = `%${escapeLike(p.q)}%`;
    where.push(Prisma.sql`(p.nama ILIKE ${like} OR d.nama ILIKE ${like})`);
  }
  if (p.kecamatanId) where.push(Prisma.sql`d.kecamatan_id = ${p.kecamatanId}::uuid`);
  if (p.desaId) where.push(Prisma.sql`p.desa_id = ${p.desaId}::uuid`);
  const dir = Prisma.raw(p.dir === "asc" ? "ASC" : "DESC");
  const order = (t: string) => {
    const x = Prisma.raw(t);
    return p.sort === "nama" ? Prisma.sql`${x}.nama ${dir}, ${x}.desa ASC, ${x}.id` : p.sort === "desa" ? Prisma.sql`${x}.desa ${dir}, ${x}.nama ASC, ${x}.id` : Prisma.sql`(${x}.total - ${x}.cukup) ${dir}, ${x}.prasarana ${Prisma.raw(p.dir === "asc" ? "DESC" : "ASC")}, ${x}.nama ASC, ${x}.id`;
  };
  // A holding that counts as sufficient: usable (not rusak berat), calibrated in time where needed, enough units.
  const sufficient = Prisma.sql`s.kondisi <> 'RUSAK_BERAT' AND (NOT j.perlu_kalibrasi OR s.kalibrasi_terakhir >= ${batas}::date) AND s.jumlah >= j.jumlah_wajib`;
  // Every posyandu of the scope is counted from its sufficient holdings only (the catalogue is the
  // kabupaten's, so "total" is the same for all of them); the names and the list of missing items are
  // joined for the page's rows only, after sorting. Building every (posyandu × catalogue item) line
  // and the names of all posyandu first cost 3× as much on the scale data (Bogor: 1,752 × 13).
  const rows = await db.$queryRaw<SqlRow[]>`
    WITH scoped AS MATERIALIZED (
      SELECT p.id, p.nama::text AS nama, d.nama::text AS desa, p.desa_id, p.dusun_id
      FROM posyandu p JOIN desa d ON d.id = p.desa_id
      WHERE ${Prisma.join(where, " AND ")}
    ), katalog AS MATERIALIZED (
      SELECT j.id, j.nama::text AS nama, j.urutan, j.jumlah_wajib, j.perlu_kalibrasi
      FROM jenis_sarana j WHERE j.kabupaten_id = ${viewer.kabupatenId}::uuid AND j.is_active AND j.jumlah_wajib > 0
    ), cukup AS MATERIALIZED (
      SELECT s.posyandu_id, s.jenis_sarana_id
      FROM scoped sc JOIN sarana_posyandu s ON s.posyandu_id = sc.id JOIN katalog j ON j.id = s.jenis_sarana_id
      WHERE ${sufficient}
    ), x AS (
      SELECT sc.id, sc.nama, sc.desa, sc.desa_id, sc.dusun_id, COALESCE(c.cukup, 0) AS cukup, (SELECT count(*) FROM katalog)::int AS total,
             (COALESCE(pr.ruang_cukup::int, 0) + COALESCE(pr.tempat_duduk::int, 0) + COALESCE(pr.pojok_privasi::int, 0) + COALESCE(pr.air::int, 0) + COALESCE(pr.toilet::int, 0))::int AS prasarana
      FROM scoped sc
      LEFT JOIN (SELECT posyandu_id, count(*)::int AS cukup FROM cukup GROUP BY posyandu_id) c ON c.posyandu_id = sc.id
      LEFT JOIN prasarana_posyandu pr ON pr.posyandu_id = sc.id
    ), page AS (
      SELECT x.*, count(*) OVER () AS n FROM x
      ORDER BY ${order("x")}
      LIMIT ${limit} OFFSET ${offset}
    )
    SELECT page.id::text AS id, page.nama, page.desa, u.nama::text AS dusun, k.nama::text AS kecamatan, page.cukup, page.total, page.prasarana, page.n,
           (SELECT array_agg(j.nama ORDER BY j.urutan, j.nama) FROM katalog j LEFT JOIN sarana_posyandu s ON s.posyandu_id = page.id AND s.jenis_sarana_id = j.id
             WHERE NOT COALESCE(${sufficient}, false)) AS kurang,
           ${withSummary ? Prisma.sql`(SELECT count(*) FROM scoped)` : Prisma.sql`0`} AS posyandu_total,
           ${withSummary
             ? Prisma.sql`(SELECT json_agg(t ORDER BY t.posyandu DESC, t.urutan) FROM (
                 SELECT j.nama, min(j.urutan) AS urutan, sum((SELECT count(*) FROM scoped) - COALESCE(c.n, 0))::int AS posyandu
                 FROM katalog j LEFT JOIN (SELECT jenis_sarana_id, count(*) AS n FROM cukup GROUP BY jenis_sarana_id) c ON c.jenis_sarana_id = j.id
                 GROUP BY j.nama HAVING sum((SELECT count(*) FROM scoped) - COALESCE(c.n, 0)) > 0) t)`
             : Prisma.sql`NULL`} AS terbanyak
    FROM page JOIN desa d ON d.id = page.desa_id JOIN kecamatan k ON k.id = d.kecamatan_id LEFT JOIN dusun u ON u.id = page.dusun_id
    ORDER BY ${order("page")}`;
  return { rows, aturan: aturan.nilai };
}

const toRow = (r: SqlRow): KelengkapanRow => ({ id: r.id, nama: r.nama, desa: r.desa, dusun: r.dusun, kecamatan: r.kecamatan, cukup: r.cukup, total: r.total, kurang: r.kurang ?? [], prasarana: r.prasarana });

/**
 * A page of the scope's posyandu with their kit completeness, the total matching, and the items
 * missing most often across the filtered posyandu. Any role with kesiapan.read (a kader: its own).
 */
export async function listKelengkapan(viewer: Viewer, p: TKelengkapanParams, today = new Date()) {
  const { rows, aturan } = await query(viewer, p, p.size, (p.page - 1) * p.size, true, today);
  const first = rows[0];
  return {
    rows: rows.map(toRow),
    total: first ? Number(first.n) : 0,
    // Past the last page there is no row to carry the summary: the page links back.
    terbanyakKurang: (first?.terbanyak ?? []).map(({ nama, posyandu }) => ({ nama, posyandu })),
    posyanduTotal: first ? Number(first.posyandu_total) : 0,
    aturan,
  };
}

export const EXPORT_BATCH = 2_000;
export const EXPORT_LIMIT = 50_000;

/** The filtered list for the CSV download, batch by batch in the page's order. */
export async function* exportKelengkapan(viewer: Viewer, p: TKelengkapanParams, limit = EXPORT_LIMIT, batch = EXPORT_BATCH, today = new Date()): AsyncGenerator<KelengkapanRow[]> {
  for (let offset = 0; offset < limit; offset += batch) {
    const { rows } = await query(viewer, p, Math.min(batch, limit - offset), offset, false, today);
    if (rows.length) yield rows.map(toRow);
    if (rows.length < batch) return;
  }
}
