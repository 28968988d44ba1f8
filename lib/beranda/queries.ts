import "server-only";
import { db } from "../db.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { desaScopeSql, posyanduScope } from "../access/scope.ts";
import { pairsByDate, type JadwalPair } from "../posyandu/jadwal.ts";
import { todayInJakarta } from "../i18n/format.ts";

export const BERANDA_DAYS = 14;
export const BERANDA_PAGE_SIZE = 20;

/**
 * The figures of the viewer's scope for the home page, bounded whatever the size of the area: the
 * area counts in one SQL statement, the posyandu counts and the schedule in one GROUP BY, and the
 * posyandu of one chosen day, one page at a time. Any signed-in role; everything is scoped.
 */
export async function berandaSummary(viewer: Viewer, opts: { tanggal?: string; page?: number } = {}, now = new Date()) {
  const pScope = posyanduScope(viewer);
  const today = todayInJakarta(now);
  const window = pairsByDate(today, BERANDA_DAYS);
  const [area, groups] = await Promise.all([
    viewer.role === "KADER" ? null : areaCounts(viewer),
    db.posyandu.groupBy({ by: ["isActive", "jadwalMingguKe", "jadwalHari"], where: pScope, _count: { _all: true } }),
  ]);

  let posyandu = 0, aktif = 0, tanpaJadwal = 0;
  const activeByPair = new Map<string, number>();
  for (const g of groups) {
    const n = g._count._all;
    posyandu += n;
    if (g.isActive) aktif += n;
    if (g.jadwalMingguKe === null || g.jadwalHari === null) tanpaJadwal += n;
    else if (g.isActive) activeByPair.set(`${g.jadwalMingguKe}-${g.jadwalHari}`, n);
  }
  const days = window
    .map(({ tanggal, pairs }) => ({ tanggal, pairs, count: pairs.reduce((sum, p) => sum + (activeByPair.get(`${p.mingguKe}-${p.hari}`) ?? 0), 0) }))
    .filter((d) => d.count > 0);
  const chosen = days.find((d) => d.tanggal === opts.tanggal) ?? days[0] ?? null;
  const pages = chosen ? Math.max(1, Math.ceil(chosen.count / BERANDA_PAGE_SIZE)) : 1;
  const page = Math.min(Math.max(1, opts.page ?? 1), pages);
  const list = chosen ? await posyanduOfDay(pScope, chosen.pairs, page) : [];

  return {
    kecamatan: area?.kecamatan ?? null,
    desa: area?.desa ?? null,
    dusun: area?.dusun ?? null,
    posyandu,
    aktif,
    tanpaJadwal,
    today,
    until: window.length ? window[window.length - 1].tanggal : today,
    /** Days of the window with at least one active posyandu, and how many. */
    days: days.map(({ tanggal, count }) => ({ tanggal, count })),
    upcomingTotal: days.reduce((sum, d) => sum + d.count, 0),
    /** The chosen day (the first by default) and one page of its posyandu. */
    day: chosen ? { tanggal: chosen.tanggal, count: chosen.count, page, size: BERANDA_PAGE_SIZE, rows: list } : null,
  };
}

async function areaCounts(viewer: Viewer) {
  const scope = desaScopeSql(viewer);
  const [row] = await db.$queryRaw<{ kecamatan: number; desa: number; dusun: number }[]>`
    SELECT (SELECT count(DISTINCT d.kecamatan_id)::int FROM desa d WHERE ${scope}) AS kecamatan,
           (SELECT count(*)::int FROM desa d WHERE ${scope}) AS desa,
           (SELECT count(*)::int FROM dusun u JOIN desa d ON d.id = u.desa_id WHERE ${scope}) AS dusun`;
  return row;
}

function posyanduOfDay(pScope: Prisma.PosyanduWhereInput, pairs: JadwalPair[], page: number) {
  return db.posyandu.findMany({
    where: { AND: [pScope, { isActive: true }, { OR: pairs.map((p) => ({ jadwalMingguKe: p.mingguKe, jadwalHari: p.hari })) }] },
    select: { id: true, nama: true, tempat: true, desa: { select: { nama: true } } },
    orderBy: [{ desa: { nama: "asc" } }, { nama: "asc" }, { id: "asc" }],
    skip: (page - 1) * BERANDA_PAGE_SIZE,
    take: BERANDA_PAGE_SIZE,
  });
}
