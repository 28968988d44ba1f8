/**
 * Where to supervise next: every active posyandu of the viewer's area with its last submitted visit
 * (never visited first, then the longest ago), the next visit already planned, and the reasons the
 * suggestion rules (lib/supervisi/saran.ts) give from its readiness, its pilot and its overdue
 * follow-ups. One SQL statement gathers the facts (Bogor: ~1,750 posyandu); the rules run here.
 */
import "server-only";
import { db } from "../db.ts";
import { Prisma } from "../generated/prisma/client.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { can } from "../access/permissions.ts";
import { posyanduScopeSql } from "../access/scope.ts";
import { NotFoundError } from "../errors.ts";
import { escapeLike } from "../dal/search.ts";
import { readAturan } from "../pengaturan/queries.ts";
import { isoDay, todayInJakarta } from "../i18n/format.ts";
import { daysBetween } from "../supervisi/jadwal-kunjungan.ts";
import { ATURAN_SARAN, saranFor, type AlasanSaran, type AturanSaran } from "../supervisi/saran.ts";
import type { TSaranParams } from "./schemas.ts";
import { StatusTindakLanjut } from "../generated/prisma/enums.ts";

/**
 * The follow-up statuses that are still open, listed (not "<> SELESAI") so that the count of overdue
 * follow-ups is read through the (kabupaten_id, status, batas_waktu) index: 2,831 index entries for
 * Bogor instead of a scan of its 57,393 follow-ups (3,680 → 2,037 buffers).
 */
const TL_TERBUKA = Object.values(StatusTindakLanjut).filter((s) => s !== "SELESAI");

interface FaktaRow {
  id: string; nama: string; desa: string; kecamatan: string; jadwal_minggu_ke: number | null; jadwal_hari: number | null;
  terakhir: Date | null; berikutnya: Date | null;
  skor: number | null; skor_sebelum: number | null; kategori: string | null;
  tanggal_target: Date | null; tahap: string | null; tl: number;
}

export interface LokasiSaran {
  id: string; nama: string; desa: string; kecamatan: string;
  jadwal: { mingguKe: number | null; hari: number | null };
  /** The last submitted visit (YYYY-MM-DD) and the days since; null: never visited. */
  terakhir: string | null; hariSejak: number | null;
  /** The next visit already planned or under way, from today. */
  berikutnya: string | null;
  alasan: AlasanSaran[];
}

/** The facts of every posyandu in scope (matching `q`), one statement. */
async function faktaLokasi(viewer: Viewer, q: string | undefined, today: string): Promise<FaktaRow[]> {
  const where: Prisma.Sql[] = [posyanduScopeSql(viewer), Prisma.sql`p.is_active`];
  if (q) {
    const like = `%${escapeLike(q)}%`;
    where.push(Prisma.sql`(p.nama ILIKE ${like} OR d.nama ILIKE ${like} OR kc.nama ILIKE ${like})`);
  }
  return db.$queryRaw<FaktaRow[]>`
    WITH tl AS (
      SELECT t.posyandu_id, count(*)::int AS n FROM tindak_lanjut t
      WHERE t.kabupaten_id = ${viewer.kabupatenId}::uuid AND t.posyandu_id IS NOT NULL AND t.status = ANY(${TL_TERBUKA}::"StatusTindakLanjut"[]) AND t.batas_waktu < ${today}::date
      GROUP BY t.posyandu_id
    )
    SELECT p.id::text AS id, p.nama::text AS nama, d.nama AS desa, kc.nama AS kecamatan, p.jadwal_minggu_ke, p.jadwal_hari,
           (SELECT max(k.tanggal) FROM kunjungan_supervisi k WHERE k.posyandu_id = p.id AND k.status = 'SELESAI') AS terakhir,
           (SELECT min(k.tanggal) FROM kunjungan_supervisi k WHERE k.posyandu_id = p.id AND k.status IN ('DIRENCANAKAN', 'BERLANGSUNG') AND k.tanggal >= ${today}::date) AS berikutnya,
           kt.skor, kt.skor_sebelum, kt.kategori::text AS kategori, c.tanggal_target, c.tahap::text AS tahap, coalesce(tl.n, 0) AS tl
    FROM posyandu p
    JOIN desa d ON d.id = p.desa_id
    JOIN kecamatan kc ON kc.id = d.kecamatan_id
    LEFT JOIN kesiapan_terkini kt ON kt.posyandu_id = p.id
    LEFT JOIN percontohan c ON c.posyandu_id = p.id
    LEFT JOIN tl ON tl.posyandu_id = p.id
    WHERE ${Prisma.join(where, " AND ")}`;
}

/** Never visited first, then the longest since the last visit; ties by desa and name. */
function byLastVisit(a: LokasiSaran, b: LokasiSaran): number {
  if (a.terakhir !== b.terakhir) {
    if (a.terakhir === null) return -1;
    if (b.terakhir === null) return 1;
    return a.terakhir < b.terakhir ? -1 : 1;
  }
  return a.desa.localeCompare(b.desa, "id") || a.nama.localeCompare(b.nama, "id");
}

/**
 * The sites page: posyandu of the viewer's area ordered by their last submitted visit (never first),
 * each with its suggestion reasons; `hanya=saran` keeps those with a reason, most reasons first.
 * Two statements (the rule, the facts).
 */
export async function listLokasiSaran(viewer: Viewer, p: TSaranParams, today = todayInJakarta()): Promise<{ total: number; jumlahSaran: number; belumPernah: number; rows: LokasiSaran[]; aturan: AturanSaran; diubah: boolean }> {
  if (!can(viewer, "supervisi.read")) throw new NotFoundError();
  const [{ nilai: aturan, diubah }, fakta] = await Promise.all([readAturan(viewer, ATURAN_SARAN), faktaLokasi(viewer, p.q, today)]);
  const all: LokasiSaran[] = fakta.map((f) => {
    const terakhir = f.terakhir ? isoDay(f.terakhir) : null;
    return {
      id: f.id, nama: f.nama, desa: f.desa, kecamatan: f.kecamatan,
      jadwal: { mingguKe: f.jadwal_minggu_ke, hari: f.jadwal_hari },
      terakhir, hariSejak: terakhir ? daysBetween(terakhir, today) : null,
      berikutnya: f.berikutnya ? isoDay(f.berikutnya) : null,
      // Posyandu-day data does not exist yet: hariBukaTerakhir stays undefined, so that rule says nothing.
      alasan: saranFor({ skor: f.skor, skorSebelum: f.skor_sebelum, kategori: f.kategori, percontohan: f.tahap ? { tanggalTarget: f.tanggal_target ? isoDay(f.tanggal_target) : null, tahap: f.tahap } : null, tindakLanjutTerlambat: f.tl }, aturan, today),
    };
  });
  all.sort(byLastVisit);
  const suggested = all.filter((r) => r.alasan.length > 0);
  const list = p.hanya === "saran" ? [...suggested].sort((a, b) => b.alasan.length - a.alasan.length || byLastVisit(a, b)) : all;
  return {
    total: list.length,
    jumlahSaran: suggested.length,
    belumPernah: all.filter((r) => r.terakhir === null).length,
    rows: list.slice((p.page - 1) * p.size, p.page * p.size),
    aturan,
    diubah,
  };
}
