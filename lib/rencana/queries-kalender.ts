/**
 * The supervision home (/supervisi): a month's visits for the calendar, the year's planned vs done
 * per month, and the list view. Every role with `supervisi.read`, scoped by kunjunganScope (a kader:
 * its posyandu's submitted visits only). At most three statements per view.
 */
import "server-only";
import { db } from "../db.ts";
import { Prisma } from "../generated/prisma/client.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { can } from "../access/permissions.ts";
import { kunjunganScope, kunjunganScopeSql } from "../access/scope.ts";
import { NotFoundError } from "../errors.ts";
import { containsText } from "../dal/search.ts";
import { isoDay } from "../i18n/format.ts";
import { monthBounds } from "../supervisi/jadwal-kunjungan.ts";
import type { TSupervisiParams } from "./schemas.ts";

function assertReader(viewer: Viewer) {
  if (!can(viewer, "supervisi.read")) throw new NotFoundError();
}

/** A month's cell shows this many visits a day; the rest are counted and linked to the list. */
export const KALENDER_PER_HARI = 4;

const visitSelect = {
  id: true, tanggal: true, status: true, sasaran: true,
  posyandu: { select: { nama: true } }, desa: { select: { nama: true } },
  rencana: { select: { id: true, nama: true } },
} satisfies Prisma.KunjunganSupervisiSelect;

const visitRow = (k: Prisma.KunjunganSupervisiGetPayload<{ select: typeof visitSelect }>) => ({
  id: k.id, tanggal: isoDay(k.tanggal), status: k.status,
  lokasi: k.posyandu ? `Posyandu ${k.posyandu.nama}` : `Desa ${k.desa.nama}`,
  desa: k.desa.nama, rencana: k.rencana,
});
export type KunjunganRow = ReturnType<typeof visitRow>;

/** A calendar day: how many visits, and the first KALENDER_PER_HARI of them (by status, then id). */
export interface HariKalender { total: number; rows: KunjunganRow[] }

/**
 * The visits of one month (YYYY-MM) in scope, by day: each day's count and only the visits its cell
 * shows, one statement. A big kabupaten's month (Bogor: ~570 visits) no longer ships every visit
 * to the page: the rest of a day is a link to that day's list.
 */
export async function kunjunganBulan(viewer: Viewer, bulan: string): Promise<Map<string, HariKalender>> {
  assertReader(viewer);
  const { awal, akhir } = monthBounds(bulan);
  const rows = await db.$queryRaw<{ id: string; tanggal: string; status: KunjunganRow["status"]; posyandu_nama: string | null; desa_nama: string; rencana_id: string | null; rencana_nama: string | null; total: number }[]>`
    SELECT x.id, x.tanggal, x.status, p.posyandu_nama, x.desa_nama, r.rencana_id, r.rencana_nama, x.total FROM (
      SELECT k.id::text AS id, to_char(k.tanggal, 'YYYY-MM-DD') AS tanggal, k.status, k.posyandu_id, k.rencana_id, d.nama AS desa_nama,
             row_number() OVER (PARTITION BY k.tanggal ORDER BY k.status, k.id) AS n, (count(*) OVER (PARTITION BY k.tanggal))::int AS total
      FROM kunjungan_supervisi k JOIN desa d ON d.id = k.desa_id
      WHERE ${kunjunganScopeSql(viewer)} AND k.tanggal >= ${awal}::date AND k.tanggal <= ${akhir}::date
    ) x
    LEFT JOIN LATERAL (SELECT p.nama::text AS posyandu_nama FROM posyandu p WHERE p.id = x.posyandu_id) p ON true
    LEFT JOIN LATERAL (SELECT r.id::text AS rencana_id, r.nama AS rencana_nama FROM rencana_supervisi r WHERE r.id = x.rencana_id) r ON true
    WHERE x.n <= ${KALENDER_PER_HARI}
    ORDER BY x.tanggal, x.n`;
  const perHari = new Map<string, HariKalender>();
  for (const r of rows) {
    const row: KunjunganRow = {
      id: r.id, tanggal: r.tanggal, status: r.status, lokasi: r.posyandu_nama ? `Posyandu ${r.posyandu_nama}` : `Desa ${r.desa_nama}`, desa: r.desa_nama,
      rencana: r.rencana_id ? { id: r.rencana_id, nama: r.rencana_nama! } : null,
    };
    const day = perHari.get(r.tanggal) ?? { total: r.total, rows: [] };
    day.rows.push(row);
    perHari.set(r.tanggal, day);
  }
  return perHari;
}

export interface RekapBulan { bulan: number; rencana: number; selesai: number; batal: number }

/**
 * Planned vs done per month of a year, in scope: planned = every visit not cancelled (done ones
 * included), done = submitted (SELESAI). Aggregated in SQL: one statement.
 */
export async function rekapTahun(viewer: Viewer, tahun: number): Promise<RekapBulan[]> {
  assertReader(viewer);
  const rows = await db.$queryRaw<{ bulan: number; rencana: number; selesai: number; batal: number }[]>`
    SELECT extract(month FROM k.tanggal)::int AS bulan,
           count(*) FILTER (WHERE k.status <> 'BATAL')::int AS rencana,
           count(*) FILTER (WHERE k.status = 'SELESAI')::int AS selesai,
           count(*) FILTER (WHERE k.status = 'BATAL')::int AS batal
    FROM kunjungan_supervisi k JOIN desa d ON d.id = k.desa_id
    WHERE ${kunjunganScopeSql(viewer)} AND k.tanggal >= ${`${tahun}-01-01`}::date AND k.tanggal <= ${`${tahun}-12-31`}::date
    GROUP BY 1 ORDER BY 1`;
  const byMonth = new Map(rows.map((r) => [r.bulan, r]));
  return Array.from({ length: 12 }, (_, i) => byMonth.get(i + 1) ?? { bulan: i + 1, rencana: 0, selesai: 0, batal: 0 });
}

/** The list view: every visit in scope, searched (site, desa, plan), filtered by status, sorted and paged in SQL: two statements. */
export async function listKunjungan(viewer: Viewer, p: TSupervisiParams) {
  assertReader(viewer);
  const where: Prisma.KunjunganSupervisiWhereInput = {
    AND: [
      kunjunganScope(viewer),
      p.q ? { OR: [{ posyandu: { nama: containsText(p.q) } }, { desa: { nama: containsText(p.q) } }, { rencana: { nama: containsText(p.q) } }] } : {},
      p.status ? { status: p.status } : {},
      p.tanggal ? { tanggal: new Date(`${p.tanggal}T00:00:00Z`) } : {},
    ],
  };
  const orderBy: Prisma.KunjunganSupervisiOrderByWithRelationInput[] =
    p.sort === "lokasi" ? [{ desa: { nama: p.dir } }, { posyandu: { nama: p.dir } }, { tanggal: "desc" }] :
    p.sort === "status" ? [{ status: p.dir }, { tanggal: "desc" }] :
    [{ tanggal: p.dir }];
  const [rows, total] = await Promise.all([
    db.kunjunganSupervisi.findMany({ where, select: visitSelect, orderBy: [...orderBy, { id: "asc" }], skip: (p.page - 1) * p.size, take: p.size }),
    db.kunjunganSupervisi.count({ where }),
  ]);
  return { total, rows: rows.map(visitRow) };
}
