/**
 * Posyandu-day reads, scoped by the viewer (hariBukaScope, pemeriksaanScope, sasaranScope). Names of
 * the people served leave here only for roles with `sasaran.read`; the Dinkes sees counts.
 */
import "server-only";
import { db } from "../db.ts";
import { Prisma } from "../generated/prisma/client.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { can } from "../access/permissions.ts";
import { hariBukaScope, hariBukaScopeSql, pemeriksaanScope, posyanduScope, posyanduScopeSql, sasaranScope } from "../access/scope.ts";
import { isUuid } from "../dal/ids.ts";
import { escapeLike } from "../dal/search.ts";
import { NotFoundError } from "../errors.ts";
import { ambangOf, ambangRows } from "../ambang/queries.ts";
import { statusIbuOf, statusIbuSelect } from "../pemeriksaan/dal.ts";
import type { Ambang } from "../ambang/index.ts";
import type { Riwayat } from "../pemeriksaan/nilai.ts";
import type { HariBukaListParams } from "./schemas.ts";

const iso = (d: Date) => d.toISOString().slice(0, 10);
const dateOf = (s: string) => new Date(`${s}T00:00:00Z`);

/** The list's filters as SQL on a posyandu day `h` (scope on its own denormalised columns, as the reports). */
function listFilterSql(viewer: Viewer, p: Partial<HariBukaListParams>): Prisma.Sql {
  const and: Prisma.Sql[] = [hariBukaScopeSql(viewer)];
  if (p.q) and.push(Prisma.sql`h.posyandu_id IN (SELECT sp.id FROM posyandu sp WHERE sp.nama ILIKE ${`%${escapeLike(p.q)}%`})`);
  if (p.posyanduId) and.push(Prisma.sql`h.posyandu_id = ${p.posyanduId}::uuid`);
  if (p.bulan) {
    const [y, m] = p.bulan.split("-").map(Number);
    and.push(Prisma.sql`h.tanggal >= ${iso(new Date(Date.UTC(y, m - 1, 1)))}::date AND h.tanggal < ${iso(new Date(Date.UTC(y, m, 1)))}::date`);
  }
  if (p.status) and.push(p.status === "tutup" ? Prisma.sql`h.ditutup_at IS NOT NULL` : Prisma.sql`h.ditutup_at IS NULL`);
  return Prisma.join(and, " AND ");
}

export interface HariBukaRow { id: string; tanggal: string; posyandu: string; desa: string; ditutup: boolean; hadir: number; dirujuk: number }

/**
 * The viewer's posyandu days, newest first by default, with how many came and how many were referred.
 * The page is ranked on the day's narrow columns first (the (kabupaten|desa|posyandu, tanggal) index
 * walks in date order), and names and the hadir/dirujuk counts are read for the page's rows only: a
 * Dinkes of Bogor has 95,000 days. The total is an index-only count of the same filter.
 */
export async function listHariBuka(viewer: Viewer, p: HariBukaListParams): Promise<{ rows: HariBukaRow[]; total: number }> {
  const where = listFilterSql(viewer, p);
  const dir = Prisma.raw(p.dir === "asc" ? "ASC" : "DESC");
  const byPosyandu = p.sort === "posyandu";
  // By posyandu: walk the names in order and each name's days on the (posyandu_id, tanggal) index, so
  // that only the days up to the page are sorted (posyandu in different desa may share a name; their
  // days interleave by date, as before).
  const hal = byPosyandu
    ? Prisma.sql`
        WITH nama AS (SELECT p.nama, array_agg(p.id) AS ids FROM posyandu p JOIN desa d ON d.id = p.desa_id WHERE ${posyanduScopeSql(viewer)} GROUP BY p.nama),
        hal AS (
          SELECT h.id, h.tanggal, h.ditutup_at, h.posyandu_id
          FROM nama CROSS JOIN LATERAL (SELECT h.id, h.tanggal, h.ditutup_at, h.posyandu_id FROM hari_buka h WHERE h.posyandu_id = ANY (nama.ids) AND ${where}) h
          ORDER BY nama.nama ${dir}, h.tanggal DESC, h.id ASC
          LIMIT ${p.size} OFFSET ${(p.page - 1) * p.size})`
    : Prisma.sql`
        WITH hal AS (
          SELECT h.id, h.tanggal, h.ditutup_at, h.posyandu_id FROM hari_buka h WHERE ${where}
          ORDER BY h.tanggal ${dir}, h.id ASC
          LIMIT ${p.size} OFFSET ${(p.page - 1) * p.size})`;
  const [count, page] = await Promise.all([
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM hari_buka h WHERE ${where}`,
    db.$queryRaw<{ id: string; tanggal: Date; ditutup: boolean; posyandu: string; desa: string; hadir: number; dirujuk: number }[]>`
      ${hal}
      SELECT hal.id::text AS id, hal.tanggal, hal.ditutup_at IS NOT NULL AS ditutup, p.nama AS posyandu, d.nama AS desa,
        c.hadir, c.dirujuk
      FROM hal JOIN posyandu p ON p.id = hal.posyandu_id JOIN desa d ON d.id = p.desa_id
        CROSS JOIN LATERAL (SELECT count(*)::int AS hadir, count(*) FILTER (WHERE e.dirujuk)::int AS dirujuk FROM pemeriksaan e WHERE e.hari_buka_id = hal.id) c
      ORDER BY ${byPosyandu ? Prisma.sql`p.nama ${dir}, hal.tanggal DESC, hal.id ASC` : Prisma.sql`hal.tanggal ${dir}, hal.id ASC`}`,
  ]);
  return {
    total: count[0].total,
    rows: page.map((r) => ({ id: r.id, tanggal: iso(r.tanggal), posyandu: r.posyandu, desa: r.desa, ditutup: r.ditutup, hadir: r.hadir, dirujuk: r.dirujuk })),
  };
}

/** The posyandu the viewer may open a day for (kader: its own; bidan: its desa's), with their schedule and kaders. */
export async function posyanduUntukBuka(viewer: Viewer) {
  if (!can(viewer, "haribuka.record")) return [];
  return db.posyandu.findMany({
    where: { AND: [posyanduScope(viewer), { isActive: true }] },
    orderBy: { nama: "asc" },
    take: 200,
    select: { id: true, nama: true, jadwalMingguKe: true, jadwalHari: true, kader: { where: { isActive: true }, orderBy: { nama: "asc" }, select: { id: true, nama: true } } },
  });
}

/** One posyandu day in scope (or "not found"): its posyandu, who was on duty, whether it is closed. */
export async function getHariBuka(viewer: Viewer, id: string) {
  return (await findHariBuka(viewer, id, { dusun: false, ambang: false })).hari;
}
export type HariBukaDetail = Awaited<ReturnType<typeof getHariBuka>>;

/**
 * getHariBuka, and in the same statement what the session screen needs with it: the dusun of the
 * posyandu's desa (for registering a person) and the kabupaten's threshold rows.
 */
async function findHariBuka(viewer: Viewer, id: string, want: { dusun: boolean; ambang: boolean }) {
  if (!isUuid(id)) throw new NotFoundError("Hari posyandu tidak ditemukan.");
  const h = await db.hariBuka.findFirst({
    where: { AND: [{ id }, hariBukaScope(viewer)] },
    select: {
      id: true, tanggal: true, ditutupAt: true, kabupatenId: true, posyanduId: true, petugas: { orderBy: { nama: "asc" }, select: { nama: true, peran: true } },
      posyandu: { select: { nama: true, desa: { select: {
        nama: true,
        dusun: want.dusun ? { orderBy: { nama: "asc" }, select: { id: true, nama: true } } : false,
        kabupaten: want.ambang ? { select: { pengaturan: ambangRows } } : false,
      } } } },
    },
  });
  if (!h) throw new NotFoundError("Hari posyandu tidak ditemukan.");
  // The conditional selects type loosely: these are the shapes asked for.
  const desa = h.posyandu.desa as unknown as { dusun?: { id: string; nama: string }[]; kabupaten?: { pengaturan: Parameters<typeof ambangOf>[0] } };
  return {
    hari: { id: h.id, tanggal: iso(h.tanggal), ditutup: h.ditutupAt !== null, kabupatenId: h.kabupatenId, posyanduId: h.posyanduId, posyandu: h.posyandu.nama, desa: h.posyandu.desa.nama, petugas: h.petugas },
    dusun: desa.dusun ?? [],
    ambang: desa.kabupaten ? ambangOf(desa.kabupaten.pengaturan) : null,
  };
}

/** A person as the session screen knows them (enough to search, evaluate and show feedback offline). */
export interface OrangLayar {
  id: string;
  nama: string;
  jenisKelamin: "L" | "P";
  tanggalLahir: string;
  namaIbu: string | null;
  alamat: string | null;
  statusIbu: "HAMIL" | "NIFAS" | "MENYUSUI" | null;
  riwayat: Riwayat;
}

/** An entry of the day as the screen shows it. */
export interface EntriLayar {
  id: string;
  sasaranId: string;
  revisi: number;
  dirujuk: boolean;
  naik: string | null;
  temuan: { kode: string; label: string; rujuk: boolean }[];
  masukan: Record<string, unknown>;
}

/**
 * Everything the session screen needs to work offline after one load: the day, the posyandu's live
 * people with their status and last weighings (for N/T), the day's entries and the thresholds.
 * Names only for `sasaran.read` roles (the Dinkes is sent to the referral counts instead); the
 * posyandu's dusun only for recorders (`haribuka.record`), who register new people here.
 */
export async function layarHariBuka(viewer: Viewer, id: string): Promise<{ hari: HariBukaDetail; orang: OrangLayar[]; entri: EntriLayar[]; ambang: Ambang; dusun: { id: string; nama: string }[] }> {
  // The dusun list (for "daftarkan orang baru") comes with the day: one statement fewer per screen.
  const { hari, dusun, ambang } = await findHariBuka(viewer, id, { dusun: can(viewer, "haribuka.record"), ambang: true });
  if (!can(viewer, "sasaran.read")) throw new NotFoundError("Hari posyandu tidak ditemukan.");
  const tanggal = dateOf(hari.tanggal);
  const since = new Date(Date.UTC(tanggal.getUTCFullYear(), tanggal.getUTCMonth() - 3, 1));
  const [orang, entri] = await Promise.all([
    db.sasaran.findMany({
      where: { AND: [sasaranScope(viewer), { posyanduId: hari.posyanduId, digabungKeId: null, isActive: true, tanggalLahir: { lte: tanggal } }] },
      orderBy: [{ nama: "asc" }, { id: "asc" }],
      take: 2000,
      select: {
        id: true, nama: true, jenisKelamin: true, tanggalLahir: true, namaIbu: true, alamat: true,
        statusIbu: statusIbuSelect(tanggal),
        // The last weighings before the day (N/T/2T need the last two calendar months; any earlier one rules out B).
        pemeriksaan: { where: { tanggal: { lt: tanggal, gte: since }, OR: [{ beratKg: { not: null } }, { tinggiCm: { not: null } }] }, orderBy: { tanggal: "desc" }, take: 6, select: { tanggal: true, beratKg: true, naik: true, tinggiCm: true } },
        _count: { select: { pemeriksaan: { where: { tanggal: { lt: since }, beratKg: { not: null } } } } },
      },
    }),
    db.pemeriksaan.findMany({
      where: { AND: [pemeriksaanScope(viewer), { hariBukaId: hari.id }] },
      select: {
        id: true, sasaranId: true, revisi: true, dirujuk: true, naik: true, temuan: true,
        beratKg: true, tinggiCm: true, caraUkur: true, lilaCm: true, lingkarKepalaCm: true, lingkarPerutCm: true, sistolik: true, diastolik: true, gulaDarah: true, hb: true,
        layanan: true, skrining: true, diukurOleh: true, catatan: true, dikonfirmasi: true,
      },
    }),
  ]);
  return {
    hari,
    ambang: ambang!,
    dusun,
    orang: orang.map((o) => {
      const timbangan = o.pemeriksaan.filter((r) => r.beratKg !== null).map((r) => ({ tanggal: iso(r.tanggal), beratKg: r.beratKg!.toNumber(), naik: (r.naik as "N" | "T" | "O" | "B" | null) ?? null }));
      // An older weighing exists: stands in for it so that this month is O (not B) when nothing is recent.
      if (o._count.pemeriksaan > 0) timbangan.push({ tanggal: iso(new Date(since.getTime() - 86_400_000 * 40)), beratKg: timbangan.at(-1)?.beratKg ?? 0, naik: null });
      const t = o.pemeriksaan.find((r) => r.tinggiCm !== null);
      return {
        id: o.id, nama: o.nama, jenisKelamin: o.jenisKelamin as "L" | "P", tanggalLahir: iso(o.tanggalLahir), namaIbu: o.namaIbu, alamat: o.alamat,
        statusIbu: statusIbuOf(o.statusIbu),
        riwayat: { timbangan, tinggiTerakhir: t ? { tanggal: iso(t.tanggal), cm: t.tinggiCm!.toNumber() } : null },
      };
    }),
    entri: entri.map((e) => {
      const { id, sasaranId, revisi, dirujuk, naik, temuan, ...m } = e;
      const masukan: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(m)) masukan[k] = v !== null && typeof v === "object" && "toNumber" in v ? (v as { toNumber(): number }).toNumber() : v;
      return { id, sasaranId, revisi, dirujuk, naik, temuan: temuan as EntriLayar["temuan"], masukan };
    }),
  };
}

export interface RujukanRow { id: string; nama: string | null; umur: string; kelompok: string; temuan: { kode: string; label: string; rujuk: boolean; tingkat?: string }[] }

/**
 * The referral list of one day: everyone flagged (dirujuk) with the reasons. Names for `sasaran.read`
 * roles; the Dinkes sees the reasons without names.
 */
export async function rujukanHariBuka(viewer: Viewer, id: string): Promise<{ hari: HariBukaDetail; rows: RujukanRow[]; denganNama: boolean }> {
  const hari = await getHariBuka(viewer, id);
  const denganNama = can(viewer, "sasaran.read");
  const rows = await db.pemeriksaan.findMany({
    where: { AND: [pemeriksaanScope(viewer), { hariBukaId: hari.id, dirujuk: true }] },
    orderBy: [{ sasaran: { nama: "asc" } }, { id: "asc" }],
    select: { id: true, umurBulan: true, kelompok: true, temuan: true, sasaran: { select: { nama: true } } },
  });
  return {
    hari,
    denganNama,
    rows: rows.map((r) => ({
      id: r.id,
      nama: denganNama ? r.sasaran.nama : null,
      umur: r.umurBulan < 24 ? `${r.umurBulan} bulan` : `${Math.floor(r.umurBulan / 12)} tahun`,
      kelompok: r.kelompok,
      temuan: (r.temuan as RujukanRow["temuan"]).filter((t) => t.rujuk),
    })),
  };
}
