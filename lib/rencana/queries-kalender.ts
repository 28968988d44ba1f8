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
/** A month holds at most this many visits on the page (Bogor's busiest month has ~700). */
const KALENDER_MAKS = 3000;

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

/** The visits of one month (YYYY-MM) in scope, by day: one statement. */
export async function kunjunganBulan(viewer: Viewer, bulan: string) {
  assertReader(viewer);
  const { awal, akhir } = monthBounds(bulan);
  const rows = await db.kunjunganSupervisi.findMany({
    where: { AND: [kunjunganScope(viewer), { tanggal: { gte: new Date(`${awal}T00:00:00Z`), lte: new Date(`${akhir}T00:00:00Z`) } }] },
    select: visitSelect,
    orderBy: [{ tanggal: "asc" }, { status: "asc" }, { id: "asc" }],
    take: KALENDER_MAKS,
  });
  const perHari = new Map<string, KunjunganRow[]>();
  for (const r of rows.map(visitRow)) perHari.set(r.tanggal, [...(perHari.get(r.tanggal) ?? []), r]);
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
