/**
 * Follow-up KPIs per puskesmas and for the whole scope, in one SQL statement (percentile_cont for the
 * median), so that a kabupaten with tens of thousands of follow-ups costs the same page. The pure
 * twin is `kpiOf` in lib/supervisi/pemilik.ts: share closed on time = closed no later than the end
 * of the due day in Jakarta / (closed + open past due); median days from the visit to closing.
 */
import "server-only";
import { db } from "../db.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { can } from "../access/permissions.ts";
import { NotFoundError } from "../errors.ts";
import { todayInJakarta, TIME_ZONE } from "../i18n/format.ts";
import { persen, type Kpi } from "../supervisi/pemilik.ts";
import { tindakLanjutScopeSql } from "./sql.ts";
import { Prisma } from "../generated/prisma/client.ts";

export interface KpiBaris extends Kpi {
  puskesmasId: string | null;
  puskesmas: string | null;
}

interface KpiSql { pkid: string | null; nama: string | null; semua: boolean; jumlah: number; selesai: number; terlambat: number; tepat: number; median: number | null }

/**
 * The years of the visits with follow-ups in the viewer's scope, newest first (the page's year
 * choice). One statement that skips from year to year along tindak_lanjut_kpi_idx (kabupaten, visit
 * date, …, desa): per year it reads follow-ups only until the first one in scope, instead of every
 * visit and every follow-up of the kabupaten (Bogor: 34,000 and 57,000; docs/perf-tindak-lanjut.md).
 */
export async function tahunKinerja(viewer: Viewer): Promise<number[]> {
  if (!can(viewer, "supervisi.read")) throw new NotFoundError();
  const first = (from: Prisma.Sql) => Prisma.sql`(SELECT t.kunjungan_tanggal FROM tindak_lanjut t
    WHERE ${tindakLanjutScopeSql(viewer, { desaAsArray: true })} AND t.kunjungan_tanggal >= ${from} ORDER BY t.kunjungan_tanggal LIMIT 1)`;
  const rows = await db.$queryRaw<{ tahun: number }[]>`
    WITH RECURSIVE y(tanggal) AS (
      SELECT ${first(Prisma.sql`'-infinity'::date`)}
      UNION ALL
      SELECT ${first(Prisma.sql`make_date(date_part('year', y.tanggal)::int + 1, 1, 1)`)} FROM y WHERE y.tanggal IS NOT NULL
    )
    SELECT date_part('year', y.tanggal)::int AS tahun FROM y WHERE y.tanggal IS NOT NULL ORDER BY 1 DESC`;
  return rows.map((r) => r.tahun);
}

/**
 * KPIs per puskesmas (rows) and for the scope (total), of the follow-ups from the visits of one year
 * (null: every year); one statement. A year keeps a big kabupaten's page cheap (Bogor: 5 years,
 * 57,000 follow-ups) and is how the Dinkes reviews performance.
 */
export async function kinerjaTindakLanjut(viewer: Viewer, now = new Date(), tahun: number | null = null): Promise<{ total: KpiBaris; perPuskesmas: KpiBaris[] }> {
  if (!can(viewer, "supervisi.read")) throw new NotFoundError();
  const today = todayInJakarta(now);
  const period = tahun === null ? Prisma.empty : Prisma.sql`AND t.kunjungan_tanggal >= ${`${tahun}-01-01`}::date AND t.kunjungan_tanggal < ${`${tahun + 1}-01-01`}::date`;
  const rows = await db.$queryRaw<KpiSql[]>`
    WITH s AS (
      SELECT d.puskesmas_id, t.status, t.batas_waktu, t.kunjungan_tanggal AS tanggal, (t.selesai_at AT TIME ZONE ${TIME_ZONE})::date AS hari_selesai
      FROM tindak_lanjut t JOIN desa d ON d.id = t.desa_id
      WHERE ${tindakLanjutScopeSql(viewer)} ${period}
    ), g AS (
      SELECT s.puskesmas_id, GROUPING(s.puskesmas_id) = 1 AS semua,
           count(*)::int AS jumlah,
           count(*) FILTER (WHERE s.status = 'SELESAI' AND s.hari_selesai IS NOT NULL)::int AS selesai,
           count(*) FILTER (WHERE s.status <> 'SELESAI' AND s.batas_waktu < ${today}::date)::int AS terlambat,
           count(*) FILTER (WHERE s.status = 'SELESAI' AND s.hari_selesai <= s.batas_waktu)::int AS tepat,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY (s.hari_selesai - s.tanggal)) FILTER (WHERE s.status = 'SELESAI' AND s.hari_selesai IS NOT NULL) AS median
      FROM s GROUP BY GROUPING SETS ((s.puskesmas_id), ())
    )
    -- The names joined to the ~55 groups, not to the follow-ups.
    SELECT g.puskesmas_id::text AS pkid, pk.nama::text AS nama, g.semua, g.jumlah, g.selesai, g.terlambat, g.tepat, g.median
    FROM g LEFT JOIN puskesmas pk ON pk.id = g.puskesmas_id
    ORDER BY g.semua DESC, pk.nama NULLS LAST`;
  const toKpi = (r: KpiSql | undefined): KpiBaris => {
    const x = r ?? { pkid: null, nama: null, semua: true, jumlah: 0, selesai: 0, terlambat: 0, tepat: 0, median: null };
    const jatuhTempo = x.selesai + x.terlambat;
    return { puskesmasId: x.pkid, puskesmas: x.nama, jumlah: x.jumlah, selesai: x.selesai, terlambat: x.terlambat, jatuhTempo, tepatWaktu: x.tepat, persenTepatWaktu: persen(x.tepat, jatuhTempo), medianHari: x.median === null ? null : Number(x.median) };
  };
  return { total: toKpi(rows.find((r) => r.semua)), perPuskesmas: rows.filter((r) => !r.semua).map(toKpi) };
}
