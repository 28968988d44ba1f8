/**
 * Readiness reads. They read the stored snapshots, never recompute: a posyandu's latest snapshot is
 * its current score (a month without a row means nothing changed since the row before), kept with
 * the score before it in kesiapan_terkini for the lists; kesiapan_bulanan holds the monthly history.
 */
import "server-only";
import { db } from "../db.ts";
import { Prisma } from "../generated/prisma/client.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { percontohanScope, posyanduScope, posyanduScopeSql } from "../access/scope.ts";
import type { TahapPercontohan } from "../generated/prisma/enums.ts";
import { escapeLike } from "../dal/search.ts";
import { isUuid } from "../dal/ids.ts";
import { NotFoundError } from "../errors.ts";
import { trendOf, type KesiapanHasil } from "./score.ts";
import { KATEGORI_KESIAPAN, type KategoriKesiapan } from "./aturan.ts";
import type { TKesiapanListParams } from "./schemas.ts";

export type Rincian = Pick<KesiapanHasil, "bagian" | "kekurangan">;

interface ListRow {
  id: string; nama: string; desa_nama: string; desa_kode: string; kecamatan_nama: string;
  skor: number | null; kategori: KategoriKesiapan | null; bulan: Date | null; skor_sebelum: number | null;
  kekurangan: { pesan: string; href: string }[] | null; jumlah_kekurangan: number | null; total: bigint;
}

function listSql(viewer: Viewer, p: Partial<TKesiapanListParams>) {
  const where: Prisma.Sql[] = [posyanduScopeSql(viewer), Prisma.sql`p.is_active`];
  if (p.q) {
    const like = `%${escapeLike(p.q)}%`;
    where.push(Prisma.sql`(p.nama ILIKE ${like} OR d.nama ILIKE ${like})`);
  }
  if (p.kecamatanId) where.push(Prisma.sql`d.kecamatan_id = ${p.kecamatanId}::uuid`);
  if (p.desaId) where.push(Prisma.sql`p.desa_id = ${p.desaId}::uuid`);
  if (p.kategori === "BELUM_DIHITUNG") where.push(Prisma.sql`ks.skor IS NULL`);
  else if (p.kategori) where.push(Prisma.sql`ks.kategori = ${p.kategori}`);
  const dir = Prisma.raw(p.dir === "desc" ? "DESC" : "ASC");
  const order = (() => {
    switch (p.sort) {
      case "nama": return Prisma.sql`p.nama ${dir}, d.nama ASC, p.id ASC`;
      case "desa": return Prisma.sql`d.nama ${dir}, p.nama ASC, p.id ASC`;
      case "tren": return Prisma.sql`(ks.skor - ks.skor_sebelum) ${dir} NULLS LAST, p.nama ASC, p.id ASC`;
      default: return Prisma.sql`ks.skor ${dir} NULLS FIRST, p.nama ASC, p.id ASC`;
    }
  })();
  const from = Prisma.sql`
    FROM posyandu p JOIN desa d ON d.id = p.desa_id
    LEFT JOIN kesiapan_terkini ks ON ks.posyandu_id = p.id
    WHERE ${Prisma.join(where, " AND ")}`;
  return { from, order };
}

/**
 * The active posyandu of the viewer's scope with their current score, category, trend and the top
 * three missing items; filtered, ranked and paged in one statement.
 */
export async function listKesiapan(viewer: Viewer, p: TKesiapanListParams) {
  const { from, order } = listSql(viewer, p);
  // The page is ranked on the narrow columns first; names and the missing items (JSON from the
  // stored explanation) are read for the page's rows only, not for the whole scope before sorting.
  const rows = await db.$queryRaw<ListRow[]>`
    WITH page AS (
      SELECT p.id, p.nama, p.desa_id, d.nama AS desa_nama, ks.skor, ks.skor_sebelum, count(*) OVER () AS total
      ${from}
      ORDER BY ${order}
      LIMIT ${p.size} OFFSET ${(p.page - 1) * p.size}
    )
    SELECT p.id::text AS id, p.nama::text AS nama, d.nama AS desa_nama, d.kode AS desa_kode, k.nama AS kecamatan_nama,
           ks.skor, ks.kategori, ks.bulan, ks.skor_sebelum,
           (SELECT json_agg(x) FROM (SELECT e->>'pesan' AS pesan, e->>'href' AS href FROM jsonb_array_elements(ks.rincian->'kekurangan') e LIMIT 3) x) AS kekurangan,
           jsonb_array_length(ks.rincian->'kekurangan') AS jumlah_kekurangan,
           p.total
    FROM page p JOIN desa d ON d.id = p.desa_id JOIN kecamatan k ON k.id = d.kecamatan_id
    LEFT JOIN kesiapan_terkini ks ON ks.posyandu_id = p.id
    ORDER BY ${order}`;
  return {
    total: rows.length ? Number(rows[0].total) : p.page === 1 ? 0 : await countList(viewer, p),
    rows: rows.map((r) => ({
      id: r.id, nama: r.nama, desa: r.desa_nama, desaKode: r.desa_kode, kecamatan: r.kecamatan_nama,
      skor: r.skor, kategori: r.kategori, bulan: r.bulan, tren: r.skor === null ? null : trendOf(r.skor, r.skor_sebelum), skorSebelum: r.skor_sebelum,
      kekurangan: r.kekurangan ?? [], jumlahKekurangan: r.jumlah_kekurangan ?? 0,
    })),
  };
}
export type KesiapanRow = Awaited<ReturnType<typeof listKesiapan>>["rows"][number];

async function countList(viewer: Viewer, p: TKesiapanListParams) {
  const { from } = listSql(viewer, p);
  const [{ total }] = await db.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total ${from}`;
  return Number(total);
}

/** The whole filtered list for a download (bounded), in the list's order. */
export async function* exportKesiapan(viewer: Viewer, p: TKesiapanListParams, limit = 50_000, batch = 2_000) {
  for (let page = 1; (page - 1) * batch < limit; page += 1) {
    const { rows } = await listKesiapan(viewer, { ...p, page, size: batch });
    if (rows.length) yield rows;
    if (rows.length < batch) return;
  }
}

/**
 * The roll-up of the current scores by kecamatan (Dinkes) or by desa (puskesmas, bidan): per area,
 * the mean score, the count in each category and how many posyandu have no score yet. One statement.
 */
export async function rollUpKesiapan(viewer: Viewer, by: "kecamatan" | "desa") {
  const key = by === "kecamatan" ? Prisma.sql`d.kecamatan_id` : Prisma.sql`d.id`;
  // Grouped on the area's id; the kecamatan's name is joined once per group, not looked up per posyandu.
  const name = by === "kecamatan" ? Prisma.sql`(SELECT k.nama FROM kecamatan k WHERE k.id = g.id)` : Prisma.sql`g.desa_nama`;
  const rows = await db.$queryRaw<{ id: string; nama: string; jumlah: bigint; dihitung: bigint; rata: number | null; siap: bigint; bersyarat: bigint; belum: bigint }[]>`
    SELECT g.id::text AS id, ${name} AS nama, g.jumlah, g.dihitung, g.rata, g.siap, g.bersyarat, g.belum
    FROM (
      SELECT ${key} AS id, min(d.nama) AS desa_nama, count(*) AS jumlah, count(ks.skor) AS dihitung, round(avg(ks.skor)::numeric, 1)::float8 AS rata,
             count(*) FILTER (WHERE ks.kategori = 'SIAP') AS siap, count(*) FILTER (WHERE ks.kategori = 'SIAP_BERSYARAT') AS bersyarat, count(*) FILTER (WHERE ks.kategori = 'BELUM_SIAP') AS belum
      FROM posyandu p JOIN desa d ON d.id = p.desa_id
      LEFT JOIN kesiapan_terkini ks ON ks.posyandu_id = p.id
      WHERE ${posyanduScopeSql(viewer)} AND p.is_active
      GROUP BY ${key}
    ) g
    ORDER BY g.rata ASC NULLS FIRST, nama ASC`;
  const areas = rows.map((r) => ({
    id: r.id, nama: r.nama, jumlah: Number(r.jumlah), dihitung: Number(r.dihitung), rataRata: r.rata,
    perKategori: { SIAP: Number(r.siap), SIAP_BERSYARAT: Number(r.bersyarat), BELUM_SIAP: Number(r.belum) } as Record<KategoriKesiapan, number>,
  }));
  const total = {
    jumlah: areas.reduce((s, a) => s + a.jumlah, 0),
    dihitung: areas.reduce((s, a) => s + a.dihitung, 0),
    rataRata: weightedMean(areas),
    perKategori: Object.fromEntries(KATEGORI_KESIAPAN.map((k) => [k, areas.reduce((s, a) => s + a.perKategori[k], 0)])) as Record<KategoriKesiapan, number>,
  };
  return { areas, total };
}

function weightedMean(areas: { dihitung: number; rataRata: number | null }[]) {
  const n = areas.reduce((s, a) => s + (a.rataRata === null ? 0 : a.dihitung), 0);
  if (!n) return null;
  return Math.round((areas.reduce((s, a) => s + (a.rataRata ?? 0) * a.dihitung, 0) / n) * 10) / 10;
}

/** One posyandu's readiness: the current snapshot with its explanation and the monthly history. */
export async function getKesiapanPosyandu(viewer: Viewer, posyanduId: string, months = 24) {
  if (!isUuid(posyanduId)) throw new NotFoundError();
  const posyandu = await db.posyandu.findFirst({
    where: { AND: [{ id: posyanduId }, posyanduScope(viewer)] },
    select: { id: true, kesiapan: { orderBy: { bulan: "desc" }, take: months, select: { bulan: true, skor: true, kategori: true, rincian: true, updatedAt: true } } },
  });
  if (!posyandu) throw new NotFoundError();
  const [current, before] = posyandu.kesiapan;
  return {
    current: current ? { bulan: current.bulan, skor: current.skor, kategori: current.kategori as KategoriKesiapan, rincian: current.rincian as unknown as Rincian, updatedAt: current.updatedAt, tren: trendOf(current.skor, before?.skor) } : null,
    riwayat: posyandu.kesiapan.map((k) => ({ bulan: k.bulan, skor: k.skor, kategori: k.kategori as KategoriKesiapan })).reverse(),
  };
}

/** The pilots of the viewer's scope by stage, for the Dinkes beranda. One statement. */
export async function pilotsByStage(viewer: Viewer) {
  const rows = await db.percontohan.groupBy({ by: ["tahap"], where: percontohanScope(viewer), _count: { _all: true } });
  return Object.fromEntries(rows.map((r) => [r.tahap, r._count._all])) as Partial<Record<TahapPercontohan, number>>;
}
