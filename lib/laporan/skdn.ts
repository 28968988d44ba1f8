/**
 * SKDN per posyandu per month, computed live in one SQL statement (no nightly batch) and rolled up
 * to desa, puskesmas and kabupaten in JS.
 *
 * Definitions (shown on the page, README "Laporan posyandu"):
 * - S: the posyandu's annual target of balita (TargetSasaran BAYI + BALITA of the month's year); a
 *   posyandu without a target counts its registered balita (K) instead, and the page says so.
 * - K: registered live balita (not merged, active) aged 0–59 months on the month's last day.
 * - D: balita (0–59 months on the day) weighed that month (distinct people).
 * - N, T, O, B, 2T, BGM: the stored results of the month's entries (computed at entry under the
 *   rules then in force; domain-posyandu-day.md §1.3). D = N + T + O + B is checked per row.
 *
 * Built for a big kabupaten (Bogor: ~1,700 posyandu, 2.3 M entries): D to BGM come from the
 * per-posyandu-month summary kept live by triggers in the same transaction as every entry write
 * (ringkasan-sql.ts), one row per posyandu; K is counted live from registered people on
 * (kabupaten_id, posyandu_id, tanggal_lahir). docs/laporan-explain.md has the plan.
 */
import "server-only";
import { db } from "../db.ts";
import { Prisma } from "../generated/prisma/client.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { desaScope, posyanduScope, posyanduScopeSql, puskesmasScope, sasaranScopeSql } from "../access/scope.ts";
import { NotFoundError } from "../errors.ts";
import { jumlahSkdn, type BarisSkdn } from "./skdn-hitung.ts";
import { umurAntaraSql } from "./kelompok-sql.ts";
import { bulanDari, type Bulan } from "./bulan.ts";
import type { TLaporanParams } from "./schemas.ts";
import { kelompokkan, tingkatBaris, type PosyanduLetak, type TingkatBaris } from "./wilayah.ts";

export interface SkdnPosyandu extends PosyanduLetak, BarisSkdn {
  /** True when S is the registered count because the posyandu has no annual target. */
  sDariK: boolean;
}

export interface SkdnLaporan {
  bulan: Bulan;
  tingkat: TingkatBaris;
  baris: { id: string; nama: string; baris: BarisSkdn & { sDariK: number }; jumlahPosyandu: number }[];
  total: BarisSkdn & { sDariK: number };
  /** The posyandu rows under the report (for the way back up and the by-name level). */
  posyandu: SkdnPosyandu[];
}

interface Row {
  posyandu_id: string; posyandu: string; desa_id: string; desa: string; puskesmas_id: string | null; puskesmas: string | null;
  s: number | null; k: number; d: number; n: number; t: number; o: number; b: number; dua_t: number; bgm: number;
}

/** The drill filter on a posyandu row `p` / desa row `d`. */
export function drillSql(p: Pick<TLaporanParams, "puskesmasId" | "desaId" | "posyanduId">): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (p.puskesmasId) parts.push(Prisma.sql`d.puskesmas_id = ${p.puskesmasId}::uuid`);
  if (p.desaId) parts.push(Prisma.sql`d.id = ${p.desaId}::uuid`);
  if (p.posyanduId) parts.push(Prisma.sql`p.id = ${p.posyanduId}::uuid`);
  return parts.length ? Prisma.sql`AND ${Prisma.join(parts, " AND ")}` : Prisma.empty;
}

/** The posyandu of the scope and drill (active, or with entries that month), with where they sit. */
export function posyanduCte(viewer: Viewer, p: Pick<TLaporanParams, "puskesmasId" | "desaId" | "posyanduId">): Prisma.Sql {
  return Prisma.sql`pos AS (
    SELECT p.id, p.nama, p.is_active, d.id AS desa_id, d.nama AS desa, d.puskesmas_id, pk.nama AS puskesmas
    FROM posyandu p JOIN desa d ON d.id = p.desa_id LEFT JOIN puskesmas pk ON pk.id = d.puskesmas_id
    WHERE ${posyanduScopeSql(viewer)} ${drillSql(p)})`;
}

/**
 * Registered people `s` of the report's posyandu. Undrilled, the row scope alone selects exactly the
 * people of the posyandu in `pos` (the viewer's: tests/integration/laporan-scope-sql.test.ts), and a
 * kabupaten report then reads its range of sasaran_laporan_hidup in one pass instead of probing it
 * once per posyandu; drilled, the people of the drilled posyandu only.
 */
export function orangLaporanSql(viewer: Viewer, p: Pick<TLaporanParams, "puskesmasId" | "desaId" | "posyanduId">): Prisma.Sql {
  const drilled = Boolean(p.puskesmasId || p.desaId || p.posyanduId);
  return drilled ? Prisma.sql`${sasaranScopeSql(viewer)} AND s.posyandu_id IN (SELECT id FROM pos)` : sasaranScopeSql(viewer);
}

/** The one statement of SKDN per posyandu (exported for the EXPLAIN in docs/laporan-explain.md). */
export function skdnSql(viewer: Viewer, bulan: Bulan, p: Pick<TLaporanParams, "puskesmasId" | "desaId" | "posyanduId">): Prisma.Sql {
  return Prisma.sql`
    WITH ${posyanduCte(viewer, p)},
    e AS (
      SELECT r.posyandu_id, r.d, r.n, r.t, r.o, r.b, r.dua_t, r.bgm
      FROM ringkasan_posyandu_bulan r
      WHERE r.bulan = ${bulan.awal}::date AND r.posyandu_id IN (SELECT id FROM pos)),
    k AS (
      SELECT s.posyandu_id, count(*)::int AS k
      FROM sasaran s
      WHERE ${orangLaporanSql(viewer, p)} AND s.digabung_ke_id IS NULL AND s.is_active
        AND ${umurAntaraSql(Prisma.sql`s.tanggal_lahir`, bulan.akhir, 0, 59)}
      GROUP BY s.posyandu_id),
    t AS (
      SELECT ts.posyandu_id, sum(ts.jumlah)::int AS s
      FROM target_sasaran ts
      WHERE ts.tahun = ${bulan.tahun} AND ts.kelompok IN ('BAYI', 'BALITA') AND ts.posyandu_id IN (SELECT id FROM pos)
      GROUP BY ts.posyandu_id)
    SELECT pos.id AS posyandu_id, pos.nama AS posyandu, pos.desa_id, pos.desa, pos.puskesmas_id, pos.puskesmas,
      t.s, coalesce(k.k, 0) AS k, coalesce(e.d, 0) AS d, coalesce(e.n, 0) AS n, coalesce(e.t, 0) AS t, coalesce(e.o, 0) AS o,
      coalesce(e.b, 0) AS b, coalesce(e.dua_t, 0) AS dua_t, coalesce(e.bgm, 0) AS bgm
    FROM pos LEFT JOIN e ON e.posyandu_id = pos.id LEFT JOIN k ON k.posyandu_id = pos.id LEFT JOIN t ON t.posyandu_id = pos.id
    WHERE pos.is_active OR e.d > 0
    ORDER BY pos.puskesmas NULLS LAST, pos.desa, pos.nama`;
}

/** One statement: S, K, D, N, T, O, B, 2T and BGM of every posyandu in the viewer's scope and drill. */
export async function skdnPerPosyandu(viewer: Viewer, bulan: Bulan, p: Pick<TLaporanParams, "puskesmasId" | "desaId" | "posyanduId">): Promise<SkdnPosyandu[]> {
  const rows = await db.$queryRaw<Row[]>(skdnSql(viewer, bulan, p));
  return rows.map((r) => ({
    posyanduId: r.posyandu_id, posyandu: r.posyandu, desaId: r.desa_id, desa: r.desa, puskesmasId: r.puskesmas_id, puskesmas: r.puskesmas,
    S: r.s ?? r.k, sDariK: r.s === null, K: r.k, D: r.d, N: r.n, T: r.t, O: r.o, B: r.b, duaT: r.dua_t, BGM: r.bgm,
  }));
}

function sum(rows: readonly SkdnPosyandu[]): BarisSkdn & { sDariK: number } {
  const j = jumlahSkdn(rows.map((r) => ({ S: r.S, K: r.K, D: r.D, N: r.N, T: r.T, O: r.O, B: r.B, duaT: r.duaT, BGM: r.BGM })));
  return { ...j, sDariK: rows.filter((r) => r.sDariK).length };
}

/**
 * The SKDN report at the level the viewer and params ask for. A drill id outside the viewer's scope
 * (or unknown) answers NotFoundError, exactly like a record that does not exist.
 */
export async function laporanSkdn(viewer: Viewer, params: TLaporanParams): Promise<SkdnLaporan> {
  const bulan = bulanDari(params.bulan);
  const posyandu = await skdnPerPosyandu(viewer, bulan, params);
  if (posyandu.length === 0) await assertDrillInScope(viewer, params);
  const tingkat = tingkatBaris(viewer, params);
  return { bulan, tingkat, baris: kelompokkan(tingkat, posyandu, sum), total: sum(posyandu), posyandu };
}

/** A drill id that selects nothing: fine when it is in scope (an area without posyandu), not found otherwise. */
export async function assertDrillInScope(viewer: Viewer, p: Pick<TLaporanParams, "puskesmasId" | "desaId" | "posyanduId">): Promise<void> {
  const checks: Promise<number>[] = [];
  if (p.posyanduId) checks.push(db.posyandu.count({ where: { AND: [posyanduScope(viewer), { id: p.posyanduId }] } }));
  if (p.desaId) checks.push(db.desa.count({ where: { AND: [desaScope(viewer), { id: p.desaId }] } }));
  if (p.puskesmasId) checks.push(db.puskesmas.count({ where: { AND: [puskesmasScope(viewer), { id: p.puskesmasId }] } }));
  for (const n of await Promise.all(checks)) if (n === 0) throw new NotFoundError();
}
