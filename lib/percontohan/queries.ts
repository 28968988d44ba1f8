/**
 * Pilot reads for every role with `kesiapan.read`, scoped: a pilot is seen when its posyandu is
 * (Dinkes: the kabupaten; puskesmas: its catchment; bidan: its desa; kader: its own posyandu), and a
 * roll-out target when its own posyandu is too. Outside the scope: NotFoundError, as if absent.
 */
import "server-only";
import { db } from "../db.ts";
import { Prisma } from "../generated/prisma/client.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { can } from "../access/permissions.ts";
import { percontohanScope, posyanduScope, posyanduScopeSql, replikasiScope } from "../access/scope.ts";
import { NotFoundError } from "../errors.ts";
import { isUuid } from "../dal/ids.ts";
import { CHOICE_LIMIT, containsText, escapeLike } from "../dal/search.ts";
import { isoDay, todayInJakarta } from "../i18n/format.ts";
import type { Tahap } from "./tahap.ts";
import type { TPercontohanListParams } from "./schemas.ts";

function assertReader(viewer: Viewer) {
  if (!can(viewer, "kesiapan.read")) throw new NotFoundError();
}

/** Months of readiness scores the pilot pages draw. */
export const SKOR_BULAN = 24;

/** The first day of the month `months - 1` months before today's (YYYY-MM-DD): the chart's first month. */
export function firstMonth(today: string, months = SKOR_BULAN): string {
  const [y, m] = today.split("-").map(Number);
  const d = new Date(Date.UTC(y, m - 1 - (months - 1), 1));
  return d.toISOString().slice(0, 10);
}

export interface SkorPoint { bulan: string; skor: number }

const iso = (d: Date | string | null) => (d === null ? null : typeof d === "string" ? d.slice(0, 10) : isoDay(d));

function listSql(viewer: Viewer, p: Partial<TPercontohanListParams>) {
  const where: Prisma.Sql[] = [posyanduScopeSql(viewer)];
  if (p.q) {
    const like = `%${escapeLike(p.q)}%`;
    where.push(Prisma.sql`(p.nama ILIKE ${like} OR d.nama ILIKE ${like} OR pk.nama ILIKE ${like} OR c.nomor_sk ILIKE ${like})`);
  }
  if (p.tahap) where.push(Prisma.sql`c.tahap = ${p.tahap}::"TahapPercontohan"`);
  if (p.angkatan) where.push(Prisma.sql`c.angkatan = ${p.angkatan}`);
  if (p.tahun) where.push(Prisma.sql`c.tahun = ${p.tahun}`);
  const dir = Prisma.raw(p.dir === "desc" ? "DESC" : "ASC");
  const tail = Prisma.sql`p.nama ASC, c.id ASC`;
  const order = (() => {
    switch (p.sort) {
      case "desa": return Prisma.sql`d.nama ${dir}, ${tail}`;
      case "puskesmas": return Prisma.sql`pk.nama ${dir} NULLS LAST, d.nama ASC, ${tail}`;
      case "angkatan": return Prisma.sql`c.angkatan ${dir}, ${tail}`;
      // The enum sorts in its declared order: diusulkan … direplikasi.
      case "tahap": return Prisma.sql`c.tahap ${dir}, ${tail}`;
      case "target": return Prisma.sql`c.tanggal_target ${dir} NULLS LAST, ${tail}`;
      case "tahun": return Prisma.sql`c.tahun ${dir}, ${tail}`;
      default: return Prisma.sql`p.nama ${dir}, d.nama ASC, c.id ASC`;
    }
  })();
  return {
    from: Prisma.sql`FROM percontohan c JOIN posyandu p ON p.id = c.posyandu_id JOIN desa d ON d.id = p.desa_id LEFT JOIN puskesmas pk ON pk.id = d.puskesmas_id WHERE ${Prisma.join(where, " AND ")}`,
    order,
  };
}

interface ListSqlRow {
  id: string; tahap: Tahap; angkatan: number; tahun: number; nomor_sk: string | null; tanggal_mulai: Date | null; tanggal_target: Date | null;
  posyandu_id: string; posyandu_nama: string; dusun_nama: string | null; desa_nama: string; kecamatan_nama: string; puskesmas_nama: string | null;
  replikasi_total: number; replikasi_berjalan: number; skor: SkorPoint[] | null; total: bigint;
}

/**
 * The pilot cohort in the viewer's scope, filtered, sorted and paged in SQL, with each pilot's
 * roll-out progress (targets running of all targets) and its readiness scores of the last
 * SKOR_BULAN months: one statement.
 */
export async function listPercontohan(viewer: Viewer, p: TPercontohanListParams, today = todayInJakarta()) {
  assertReader(viewer);
  const { from, order } = listSql(viewer, p);
  const since = firstMonth(today);
  const rows = await db.$queryRaw<ListSqlRow[]>`
    WITH page AS (
      SELECT c.id, count(*) OVER () AS total, row_number() OVER (ORDER BY ${order}) AS n
      ${from}
      ORDER BY ${order}
      LIMIT ${p.size} OFFSET ${(p.page - 1) * p.size}
    )
    SELECT c.id::text AS id, c.tahap, c.angkatan, c.tahun, c.nomor_sk, c.tanggal_mulai, c.tanggal_target,
           p.id::text AS posyandu_id, p.nama::text AS posyandu_nama, u.nama::text AS dusun_nama, d.nama AS desa_nama, k.nama AS kecamatan_nama, pk.nama::text AS puskesmas_nama,
           (SELECT count(*)::int FROM replikasi_percontohan r WHERE r.percontohan_id = c.id) AS replikasi_total,
           (SELECT count(*)::int FROM replikasi_percontohan r WHERE r.percontohan_id = c.id AND r.tahap IN ('BERJALAN', 'DIREPLIKASI')) AS replikasi_berjalan,
           (SELECT json_agg(json_build_object('bulan', to_char(kb.bulan, 'YYYY-MM-DD'), 'skor', kb.skor) ORDER BY kb.bulan)
              FROM kesiapan_bulanan kb WHERE kb.posyandu_id = c.posyandu_id AND kb.bulan >= ${since}::date) AS skor,
           page.total
    FROM page
    JOIN percontohan c ON c.id = page.id
    JOIN posyandu p ON p.id = c.posyandu_id
    JOIN desa d ON d.id = p.desa_id
    JOIN kecamatan k ON k.id = d.kecamatan_id
    LEFT JOIN dusun u ON u.id = p.dusun_id
    LEFT JOIN puskesmas pk ON pk.id = d.puskesmas_id
    ORDER BY page.n`;
  if (rows.length === 0 && p.page > 1) {
    const [{ total }] = await db.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total ${from}`;
    return { total: Number(total), rows: [] };
  }
  return {
    total: rows.length ? Number(rows[0].total) : 0,
    rows: rows.map((r) => ({
      id: r.id, tahap: r.tahap, angkatan: r.angkatan, tahun: r.tahun, nomorSk: r.nomor_sk, tanggalMulai: iso(r.tanggal_mulai), tanggalTarget: iso(r.tanggal_target),
      posyandu: { id: r.posyandu_id, nama: r.posyandu_nama, dusun: r.dusun_nama }, desa: r.desa_nama, kecamatan: r.kecamatan_nama, puskesmas: r.puskesmas_nama,
      replikasi: { total: r.replikasi_total, berjalan: r.replikasi_berjalan },
      skor: r.skor ?? [],
    })),
  };
}
export type PercontohanRow = Awaited<ReturnType<typeof listPercontohan>>["rows"][number];

/**
 * The cohort's summary and the list filter's choices, within scope: pilots per stage, how many are
 * overdue today, and the waves and years there are. One statement.
 */
export async function percontohanSummary(viewer: Viewer, today = todayInJakarta()) {
  assertReader(viewer);
  const scope = posyanduScopeSql(viewer);
  const [row] = await db.$queryRaw<{ tahap: Record<string, number> | null; terlambat: number; angkatan: number[] | null; tahun: number[] | null }[]>`
    WITH c AS (SELECT c.tahap, c.angkatan, c.tahun, c.tanggal_target FROM percontohan c JOIN posyandu p ON p.id = c.posyandu_id JOIN desa d ON d.id = p.desa_id WHERE ${scope})
    SELECT (SELECT json_object_agg(t.tahap, t.n) FROM (SELECT tahap, count(*)::int AS n FROM c GROUP BY tahap) t) AS tahap,
           (SELECT count(*)::int FROM c WHERE c.tanggal_target < ${today}::date AND c.tahap NOT IN ('BERJALAN', 'DIREPLIKASI')) AS terlambat,
           (SELECT array_agg(DISTINCT c.angkatan ORDER BY c.angkatan) FROM c) AS angkatan,
           (SELECT array_agg(DISTINCT c.tahun ORDER BY c.tahun DESC) FROM c) AS tahun`;
  return { perTahap: (row.tahap ?? {}) as Partial<Record<Tahap, number>>, terlambat: row.terlambat, angkatan: row.angkatan ?? [], tahun: row.tahun ?? [] };
}

const skorSelect = (since: string) => ({ where: { bulan: { gte: new Date(`${since}T00:00:00Z`) } }, select: { bulan: true, skor: true }, orderBy: { bulan: "asc" } }) satisfies Prisma.Posyandu$kesiapanArgs;

function detailSelect(viewer: Viewer, since: string) {
  return {
    id: true, tahun: true, nomorSk: true, tanggalSk: true, angkatan: true, tanggalMulai: true, tanggalTarget: true, catatan: true, tahap: true,
    posyandu: {
      select: {
        id: true, nama: true, tempat: true, dusun: { select: { nama: true } },
        desa: {
          select: {
            id: true, nama: true, kecamatan: { select: { nama: true } }, puskesmas: { select: { nama: true } },
            // Roll-out candidates: the other posyandu of the desa that are neither a pilot nor a target.
            posyandu: { where: { AND: [posyanduScope(viewer), { percontohan: { is: null } }, { replikasi: { is: null } }] }, select: { id: true, nama: true, dusun: { select: { nama: true } } }, orderBy: { nama: "asc" } },
          },
        },
        kesiapan: skorSelect(since),
      },
    },
    riwayat: { select: { id: true, dari: true, ke: true, tanggal: true, alasan: true, olehNama: true, createdAt: true }, orderBy: [{ tanggal: "asc" }, { createdAt: "asc" }] },
    replikasi: {
      where: replikasiScope(viewer),
      select: { id: true, tanggalTarget: true, tahap: true, catatan: true, posyandu: { select: { id: true, nama: true, dusun: { select: { nama: true } }, kesiapan: skorSelect(since) } } },
      orderBy: { posyandu: { nama: "asc" } },
    },
    studiBanding: { select: { id: true, tanggal: true, asal: true, jumlahPeserta: true, tujuan: true, catatan: true }, orderBy: [{ tanggal: "desc" }, { createdAt: "desc" }] },
    _count: { select: { replikasi: true } },
  } satisfies Prisma.PercontohanSelect;
}

/**
 * One pilot with its stage history, the roll-out targets the viewer may see, its study visits, the
 * readiness scores of the pilot and of those targets (last SKOR_BULAN months) and the posyandu that
 * could still become targets: one statement (relation joins).
 */
export async function getPercontohan(viewer: Viewer, id: string, today = todayInJakarta()) {
  assertReader(viewer);
  if (!isUuid(id)) throw new NotFoundError();
  const row = await db.percontohan.findFirst({ where: { AND: [{ id }, percontohanScope(viewer)] }, select: detailSelect(viewer, firstMonth(today)) });
  if (!row) throw new NotFoundError();
  const points = (list: { bulan: Date; skor: number }[]): SkorPoint[] => list.map((k) => ({ bulan: iso(k.bulan)!, skor: k.skor }));
  const { posyandu, ...rest } = row;
  const { desa, kesiapan, ...pos } = posyandu;
  const { posyandu: candidates, ...desaRest } = desa;
  return {
    ...rest,
    tanggalSk: iso(row.tanggalSk), tanggalMulai: iso(row.tanggalMulai), tanggalTarget: iso(row.tanggalTarget),
    posyandu: { ...pos, desa: desaRest, skor: points(kesiapan) },
    riwayat: row.riwayat.map((r) => ({ ...r, tanggal: iso(r.tanggal)! })),
    replikasi: row.replikasi.map((r) => ({ id: r.id, tahap: r.tahap, catatan: r.catatan, tanggalTarget: iso(r.tanggalTarget), posyandu: { id: r.posyandu.id, nama: r.posyandu.nama, dusun: r.posyandu.dusun?.nama ?? null, skor: points(r.posyandu.kesiapan) } })),
    studiBanding: row.studiBanding.map((s) => ({ ...s, tanggal: iso(s.tanggal)! })),
    replikasiTotal: row._count.replikasi,
    calonReplikasi: candidates.filter((c) => c.id !== posyandu.id).map((c) => ({ id: c.id, nama: c.nama, dusun: c.dusun?.nama ?? null })),
  };
}
export type PercontohanDetail = Awaited<ReturnType<typeof getPercontohan>>;

/** One roll-out target of a pilot, both in scope. */
export async function getReplikasi(viewer: Viewer, percontohanId: string, id: string) {
  assertReader(viewer);
  if (!isUuid(id) || !isUuid(percontohanId)) throw new NotFoundError();
  const row = await db.replikasiPercontohan.findFirst({
    where: { AND: [{ id, percontohanId }, replikasiScope(viewer), { percontohan: percontohanScope(viewer) }] },
    select: { id: true, tahap: true, tanggalTarget: true, catatan: true, posyandu: { select: { id: true, nama: true, dusun: { select: { nama: true } }, desa: { select: { nama: true } } } }, percontohan: { select: { id: true, posyandu: { select: { nama: true } } } } },
  });
  if (!row) throw new NotFoundError();
  return { ...row, tanggalTarget: iso(row.tanggalTarget) };
}

/**
 * What the posyandu page shows of the pilot programme: the posyandu's own pilot, or the roll-out it
 * is a target of. The pilot of a target is named only when the viewer may see that pilot (a kader of
 * a target posyandu may not).
 */
export async function posyanduPercontohan(viewer: Viewer, posyanduId: string) {
  if (!can(viewer, "kesiapan.read") || !isUuid(posyanduId)) return null;
  const row = await db.posyandu.findFirst({
    where: { AND: [{ id: posyanduId }, posyanduScope(viewer)] },
    select: {
      percontohan: { select: { id: true, tahap: true, tanggalTarget: true, angkatan: true, tahun: true, replikasi: { select: { tahap: true } } } },
      replikasi: { select: { id: true, tahap: true, tanggalTarget: true, percontohan: { select: { id: true, posyandu: { select: { id: true, nama: true } } } } } },
    },
  });
  if (!row) return null;
  if (row.percontohan) {
    const c = row.percontohan;
    return { peran: "percontohan" as const, id: c.id, tahap: c.tahap, tanggalTarget: iso(c.tanggalTarget), angkatan: c.angkatan, tahun: c.tahun, replikasi: { total: c.replikasi.length, berjalan: c.replikasi.filter((r) => r.tahap === "BERJALAN" || r.tahap === "DIREPLIKASI").length } };
  }
  if (row.replikasi) {
    const r = row.replikasi;
    const pilotVisible = (await db.posyandu.count({ where: { AND: [{ id: r.percontohan.posyandu.id }, posyanduScope(viewer)] } })) > 0;
    return { peran: "replikasi" as const, id: r.id, tahap: r.tahap, tanggalTarget: iso(r.tanggalTarget), pilot: pilotVisible ? { id: r.percontohan.id, nama: r.percontohan.posyandu.nama } : null };
  }
  return { peran: null };
}

export interface CalonChoice { id: string; label: string; group: string }

const calonSelect = { id: true, nama: true, isActive: true, desa: { select: { nama: true, kecamatan: { select: { nama: true } } } } } satisfies Prisma.PosyanduSelect;
const calonChoice = (p: Prisma.PosyanduGetPayload<{ select: typeof calonSelect }>): CalonChoice => ({ id: p.id, label: `Posyandu ${p.nama}${p.isActive ? "" : " (tidak aktif)"} — Desa ${p.desa.nama}`, group: `Kec. ${p.desa.kecamatan.nama}` });
const notYetInProgramme = { percontohan: { is: null }, replikasi: { is: null } } satisfies Prisma.PosyanduWhereInput;

/** Posyandu of the admin's area that could become a pilot (neither a pilot nor a target), matching what was typed: at most CHOICE_LIMIT. */
export async function searchCalonPercontohan(viewer: Viewer, q: string): Promise<CalonChoice[]> {
  if (!can(viewer, "percontohan.manage")) throw new NotFoundError();
  const term = q.trim().slice(0, 100);
  const rows = await db.posyandu.findMany({
    where: { AND: [posyanduScope(viewer), notYetInProgramme, term ? { OR: [{ nama: containsText(term) }, { desa: { nama: containsText(term) } }, { desa: { kecamatan: { nama: containsText(term) } } }] } : {}] },
    select: calonSelect,
    orderBy: [{ desa: { kecamatan: { nama: "asc" } } }, { desa: { nama: "asc" } }, { nama: "asc" }],
    take: CHOICE_LIMIT,
  });
  return rows.map(calonChoice);
}

/** One posyandu as the pilot form's chosen choice (from ?posyanduId=), if it could become a pilot. */
export async function calonPercontohan(viewer: Viewer, id: string | null | undefined): Promise<CalonChoice | null> {
  if (!can(viewer, "percontohan.manage") || !isUuid(id)) return null;
  const row = await db.posyandu.findFirst({ where: { AND: [{ id }, posyanduScope(viewer), notYetInProgramme] }, select: calonSelect });
  return row ? calonChoice(row) : null;
}
