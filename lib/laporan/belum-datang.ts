/**
 * "Belum datang": the registered live people of one posyandu who had no entry in the month, by name,
 * with their group on the month's last day and their last visit, for the kaders' home visits.
 * `sasaran.read` only (names); NIK masked; the download is audited.
 */
import "server-only";
import { foldNama } from "../sasaran/nama.ts";
import { db } from "../db.ts";
import { Prisma } from "../generated/prisma/client.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { posyanduScope, sasaranScopeSql } from "../access/scope.ts";
import { escapeLike } from "../dal/search.ts";
import { maskNik } from "../kader/nik.ts";
import { isoDay } from "../i18n/format.ts";
import type { Kelompok } from "../sasaran/kelompok.ts";
import { bulanDari, type Bulan } from "./bulan.ts";
import { kelompokSql, umurBulanSql } from "./kelompok-sql.ts";
import type { TBelumDatangParams } from "./schemas.ts";

export interface BelumDatang {
  id: string;
  nama: string;
  nikMasked: string | null;
  jenisKelamin: "L" | "P";
  tanggalLahir: string;
  umurBulan: number;
  kelompok: Kelompok;
  hamil: boolean;
  alamat: string;
  telepon: string | null;
  namaIbu: string | null;
  /** The last entry before the month's end, at any posyandu; null when never served. */
  terakhir: string | null;
}

interface Row {
  id: string; nama: string; nik: string | null; jenis_kelamin: "L" | "P"; tanggal_lahir: Date; umur: number; kelompok: Kelompok; hamil: boolean;
  alamat: string | null; dusun: string | null; rt: string | null; rw: string | null; telepon: string | null; nama_ibu: string | null; terakhir: Date | null; total: bigint;
}

const ORDER: Record<TBelumDatangParams["sort"], Prisma.Sql> = {
  nama: Prisma.sql`b.nama`,
  terakhir: Prisma.sql`b.terakhir`,
  kelompok: Prisma.sql`b.umur`,
};

function alamat(r: Row): string {
  return [r.dusun ? `Dusun ${r.dusun}` : null, r.rt || r.rw ? `RT ${r.rt ?? "-"}/RW ${r.rw ?? "-"}` : null, r.alamat].filter(Boolean).join(", ");
}

/** The posyandu choices of the page (those in scope), for the viewer who has several. */
export async function posyanduPilihan(viewer: Viewer): Promise<{ id: string; label: string }[]> {
  const rows = await db.posyandu.findMany({ where: { AND: [posyanduScope(viewer), { isActive: true }] }, select: { id: true, nama: true, desa: { select: { nama: true } } }, orderBy: [{ desa: { nama: "asc" } }, { nama: "asc" }], take: 500 });
  return rows.map((r) => ({ id: r.id, label: `${r.nama} (Desa ${r.desa.nama})` }));
}

/** One statement: the page of people not served in the month (all of them when `size` is null: the download). */
export async function listBelumDatang(viewer: Viewer, posyanduId: string, bulan: Bulan, p: Pick<TBelumDatangParams, "q" | "kelompok" | "sort" | "dir" | "page"> & { size: number | null }): Promise<{ rows: BelumDatang[]; total: number }> {
  const where: Prisma.Sql[] = [];
  if (p.q) where.push(Prisma.sql`(s.nama ILIKE ${`%${escapeLike(p.q)}%`} OR s.nama_kunci LIKE ${`%${escapeLike(foldNama(p.q))}%`})`);
  const outer: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (p.kelompok === "HAMIL") outer.push(Prisma.sql`b.hamil`);
  else if (p.kelompok) outer.push(Prisma.sql`b.kelompok = ${p.kelompok}`);
  const dir = p.dir === "desc" ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const limit = p.size === null ? Prisma.empty : Prisma.sql`LIMIT ${p.size} OFFSET ${(p.page - 1) * p.size}`;
  const rows = await db.$queryRaw<Row[]>`
    WITH b AS (
      SELECT s.id::text AS id, s.nama, s.nik, s.jenis_kelamin::text AS jenis_kelamin, s.tanggal_lahir, s.alamat, du.nama AS dusun, s.rt, s.rw, s.telepon, s.nama_ibu,
        ${umurBulanSql(Prisma.sql`s.tanggal_lahir`, bulan.akhir)} AS umur,
        ${kelompokSql(Prisma.sql`s.tanggal_lahir`, bulan.akhir)} AS kelompok,
        EXISTS (SELECT 1 FROM status_sasaran st WHERE st.sasaran_id = s.id AND st.status = 'HAMIL' AND st.mulai <= ${bulan.akhir}::date AND (st.selesai IS NULL OR st.selesai >= ${bulan.awal}::date)) AS hamil,
        (SELECT max(e.tanggal) FROM pemeriksaan e WHERE e.sasaran_id = s.id AND e.tanggal < ${bulan.akhirEksklusif}::date) AS terakhir
      FROM sasaran s LEFT JOIN dusun du ON du.id = s.dusun_id
      WHERE ${sasaranScopeSql(viewer)} AND s.posyandu_id = ${posyanduId}::uuid AND s.digabung_ke_id IS NULL AND s.is_active
        AND s.tanggal_lahir <= ${bulan.akhir}::date ${where.length ? Prisma.sql`AND ${Prisma.join(where, " AND ")}` : Prisma.empty}
        AND NOT EXISTS (SELECT 1 FROM pemeriksaan e WHERE e.sasaran_id = s.id AND e.tanggal >= ${bulan.awal}::date AND e.tanggal < ${bulan.akhirEksklusif}::date))
    SELECT b.*, count(*) OVER () AS total FROM b
    WHERE ${Prisma.join(outer, " AND ")}
    ORDER BY ${ORDER[p.sort]} ${dir} NULLS FIRST, b.nama, b.id
    ${limit}`;
  return {
    total: rows.length ? Number(rows[0].total) : 0,
    rows: rows.map((r) => ({
      id: r.id, nama: r.nama, nikMasked: maskNik(r.nik), jenisKelamin: r.jenis_kelamin, tanggalLahir: isoDay(r.tanggal_lahir), umurBulan: r.umur,
      kelompok: r.kelompok, hamil: r.hamil, alamat: alamat(r), telepon: r.telepon, namaIbu: r.nama_ibu, terakhir: r.terakhir ? isoDay(r.terakhir) : null,
    })),
  };
}

export async function laporanBelumDatang(viewer: Viewer, posyanduId: string, p: TBelumDatangParams, all = false) {
  const bulan = bulanDari(p.bulan);
  return { bulan, ...(await listBelumDatang(viewer, posyanduId, bulan, { ...p, size: all ? null : p.size })) };
}
