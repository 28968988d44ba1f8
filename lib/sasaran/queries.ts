/**
 * Sasaran reads, scoped by the viewer (sasaranScope; SQL pages through posyanduScopeSql). Only roles
 * with sasaran.read see names; the NIK leaves here masked, except on the edit form of sasaran.manage.
 * People merged into another record are hidden from lists and searches.
 */
import "server-only";
import { db } from "../db.ts";
import { Prisma } from "../generated/prisma/client.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { can } from "../access/permissions.ts";
import { dusunScope, posyanduScope, posyanduScopeSql, sasaranScope } from "../access/scope.ts";
import { ForbiddenError, NotFoundError } from "../errors.ts";
import { isUuid } from "../dal/ids.ts";
import { todayInJakarta } from "../i18n/format.ts";
import { maskNik } from "./nama.ts";
import { namaMatchSql } from "./dal.ts";
import type { StatusIbuKode, TSasaranListParams } from "./schemas.ts";
import { kelompokBounds } from "./kelompok-sql.ts";

function assertReader(viewer: Viewer) {
  if (!can(viewer, "sasaran.read")) throw new ForbiddenError();
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** The status periods running on a day (YYYY-MM-DD): started, not yet ended. */
export function statusBerjalanWhere(hari: string): Prisma.StatusSasaranWhereInput {
  const d = new Date(`${hari}T00:00:00Z`);
  return { mulai: { lte: d }, OR: [{ selesai: null }, { selesai: { gte: d } }] };
}

const rowSelect = (hari: string) =>
  ({
    id: true,
    nama: true,
    nik: true,
    jenisKelamin: true,
    tanggalLahir: true,
    isActive: true,
    namaIbu: true,
    posyandu: { select: { id: true, nama: true } },
    statusIbu: { where: statusBerjalanWhere(hari), select: { status: true, hpl: true }, orderBy: { mulai: "desc" as const } },
  }) satisfies Prisma.SasaranSelect;

export interface SasaranRow {
  id: string;
  nama: string;
  nikMasked: string | null;
  jenisKelamin: "L" | "P";
  tanggalLahir: string;
  isActive: boolean;
  namaIbu: string | null;
  posyandu: { id: string; nama: string };
  status: { status: StatusIbuKode; hpl: string | null }[];
}

/**
 * One page of people in the viewer's area (a posyandu's or all of it), filtered, sorted and paged in
 * SQL; the page's rows are then read by id (only the 25 shown carry their posyandu and status).
 */
export async function listSasaran(viewer: Viewer, p: TSasaranListParams, hari = todayInJakarta()): Promise<{ total: number; rows: SasaranRow[] }> {
  assertReader(viewer);
  const posyandu: Prisma.Sql[] = [posyanduScopeSql(viewer)];
  if (p.posyanduId) posyandu.push(Prisma.sql`p.id = ${p.posyanduId}::uuid`);
  const where: Prisma.Sql[] = [
    Prisma.sql`s.kabupaten_id = ${viewer.kabupatenId}::uuid`,
    Prisma.sql`s.posyandu_id IN (SELECT p.id FROM posyandu p JOIN desa d ON d.id = p.desa_id WHERE ${Prisma.join(posyandu, " AND ")})`,
    Prisma.sql`s.digabung_ke_id IS NULL`,
    Prisma.sql`s.is_active = ${p.aktif !== "tidak"}`,
  ];
  const match = p.q ? namaMatchSql(p.q) : null;
  if (p.q && !match) return { total: 0, rows: [] };
  if (match) where.push(match.where);
  if (p.kelompok) {
    const b = kelompokBounds(p.kelompok, hari);
    if (!b) return { total: 0, rows: [] };
    where.push(b.sql);
  }
  if (p.status) {
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM status_sasaran ss WHERE ss.sasaran_id = s.id AND ss.status = ${p.status}::"StatusIbu" AND ss.mulai <= ${hari}::date AND (ss.selesai IS NULL OR ss.selesai >= ${hari}::date))`);
  }
  const dir = Prisma.raw(p.dir === "desc" ? "DESC" : "ASC");
  const byName = Prisma.sql`s.nama ASC, s.id ASC`;
  const order = (() => {
    switch (p.sort) {
      case "tanggalLahir": return Prisma.sql`s.tanggal_lahir ${dir}, ${byName}`;
      case "posyandu": return Prisma.sql`(SELECT sp.nama FROM posyandu sp WHERE sp.id = s.posyandu_id) ${dir}, ${byName}`;
      default: return match?.skor && !p.sort ? Prisma.sql`${match.skor} DESC, ${byName}` : Prisma.sql`s.nama ${dir}, s.id ASC`;
    }
  })();
  const page = await db.$queryRaw<{ id: string; total: bigint }[]>`
    SELECT s.id::text AS id, count(*) OVER () AS total
    FROM sasaran s
    WHERE ${Prisma.join(where, " AND ")}
    ORDER BY ${order}
    LIMIT ${p.size} OFFSET ${(p.page - 1) * p.size}`;
  let total = page.length ? Number(page[0].total) : 0;
  if (!page.length && p.page > 1) {
    const [c] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM sasaran s WHERE ${Prisma.join(where, " AND ")}`;
    total = Number(c.n);
  }
  const ids = page.map((r) => r.id);
  const byId = new Map((ids.length ? await db.sasaran.findMany({ where: { id: { in: ids } }, select: rowSelect(hari) }) : []).map((r) => [r.id, r]));
  const rows = ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    const { nik, tanggalLahir, statusIbu, ...rest } = r;
    return [{ ...rest, nikMasked: maskNik(nik), tanggalLahir: isoDate(tanggalLahir), status: statusIbu.map((s) => ({ status: s.status, hpl: s.hpl ? isoDate(s.hpl) : null })) }];
  });
  return { total, rows };
}

/** The posyandu of the viewer's area, for the list's filter and the forms (a bidan's desa has a handful; a puskesmas some dozens). */
export async function posyanduChoices(viewer: Viewer) {
  return db.posyandu.findMany({
    where: posyanduScope(viewer),
    select: { id: true, nama: true, desaId: true, desa: { select: { nama: true } } },
    orderBy: [{ desa: { nama: "asc" } }, { nama: "asc" }],
    take: 500,
  });
}

/** A posyandu in the viewer's area with its desa's dusun (for the person's form), or null. */
export async function posyanduForForm(viewer: Viewer, posyanduId: string | null | undefined) {
  if (!isUuid(posyanduId)) return null;
  const p = await db.posyandu.findFirst({ where: { AND: [{ id: posyanduId }, posyanduScope(viewer)] }, select: { id: true, nama: true, desaId: true, desa: { select: { nama: true } } } });
  if (!p) return null;
  const dusun = await db.dusun.findMany({ where: { AND: [{ desaId: p.desaId }, dusunScope(viewer)] }, select: { id: true, nama: true }, orderBy: { nama: "asc" } });
  return { ...p, dusun };
}

/**
 * One person for their page: identity (NIK masked), the household (others with the same KK number in
 * the viewer's area), status periods, and the entries so far (newest first). A merged person is
 * returned with `digabungKe` so the page can say where it went.
 */
export async function getSasaran(viewer: Viewer, id: string) {
  assertReader(viewer);
  if (!isUuid(id)) throw new NotFoundError();
  const row = await db.sasaran.findFirst({
    where: { AND: [{ id }, sasaranScope(viewer)] },
    select: {
      id: true, nama: true, nik: true, jenisKelamin: true, tanggalLahir: true, alamat: true, rt: true, rw: true, telepon: true, namaIbu: true, namaSuami: true,
      noKk: true, isActive: true, digabungAt: true, createdAt: true, posyanduId: true,
      dusun: { select: { id: true, nama: true } },
      posyandu: { select: { id: true, nama: true, desa: { select: { nama: true } } } },
      digabungKe: { select: { id: true, nama: true } },
      statusIbu: { select: { id: true, status: true, mulai: true, selesai: true, hpht: true, hpl: true, hamilKe: true }, orderBy: { mulai: "desc" } },
      pemeriksaan: {
        select: { id: true, tanggal: true, umurBulan: true, beratKg: true, tinggiCm: true, naik: true, duaT: true, bgm: true, temuan: true, dirujuk: true },
        orderBy: { tanggal: "desc" },
        take: 24,
      },
      _count: { select: { pemeriksaan: true } },
    },
  });
  if (!row) throw new NotFoundError();
  const keluarga = row.noKk
    ? await db.sasaran.findMany({
        where: { AND: [{ noKk: row.noKk, id: { not: row.id }, digabungKeId: null }, sasaranScope(viewer)] },
        select: { id: true, nama: true, jenisKelamin: true, tanggalLahir: true, isActive: true },
        orderBy: { tanggalLahir: "asc" },
        take: 30,
      })
    : [];
  const { nik, noKk, pemeriksaan, ...rest } = row;
  return {
    ...rest,
    nikMasked: maskNik(nik),
    noKkMasked: maskNik(noKk),
    keluarga,
    pemeriksaan: pemeriksaan.map((e) => ({
      ...e,
      beratKg: e.beratKg === null ? null : Number(e.beratKg),
      tinggiCm: e.tinggiCm === null ? null : Number(e.tinggiCm),
      temuan: Array.isArray(e.temuan) ? (e.temuan as { kode?: string; label?: string; rujuk?: boolean }[]) : [],
    })),
    jumlahPemeriksaan: row._count.pemeriksaan,
  };
}
export type SasaranDetail = Awaited<ReturnType<typeof getSasaran>>;

/** One live person's fields for the edit form: the NIK and KK in full (sasaran.manage only). */
export async function getSasaranForEdit(viewer: Viewer, id: string) {
  if (!can(viewer, "sasaran.manage")) throw new ForbiddenError();
  if (!isUuid(id)) throw new NotFoundError();
  const row = await db.sasaran.findFirst({
    where: { AND: [{ id, digabungKeId: null }, sasaranScope(viewer)] },
    select: { id: true, nama: true, nik: true, jenisKelamin: true, tanggalLahir: true, dusunId: true, alamat: true, rt: true, rw: true, telepon: true, namaIbu: true, namaSuami: true, noKk: true, posyanduId: true, isActive: true },
  });
  if (!row) throw new NotFoundError();
  return { ...row, tanggalLahir: isoDate(row.tanggalLahir) };
}
