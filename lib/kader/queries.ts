/** Kader reads, scoped by the viewer (kaderScope): the NIK leaves here masked, except on the edit form of whoever may see it in full. */
import "server-only";
import { db } from "../db.ts";
import { Prisma } from "../generated/prisma/client.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { can } from "../access/permissions.ts";
import { kabupatenDataScope, kaderScope, posyanduScope, posyanduScopeSql } from "../access/scope.ts";
import { NotFoundError } from "../errors.ts";
import { isUuid } from "../dal/ids.ts";
import { containsText, escapeLike } from "../dal/search.ts";
import { readAturan } from "../pengaturan/queries.ts";
import { ATURAN_LEVEL } from "./aturan.ts";
import { katalogOf } from "./level-store.ts";
import { latestResults, type Hasil } from "./level.ts";
import { maskNik } from "./nik.ts";
import type { TKaderListParams } from "./schemas.ts";

const kaderRowSelect = {
  id: true,
  nama: true,
  nik: true,
  jenisKelamin: true,
  telepon: true,
  jabatan: true,
  tahunMulai: true,
  isActive: true,
  level: true,
  levelAlasan: true,
  posyandu: { select: { id: true, nama: true, desa: { select: { id: true, nama: true } } } },
} satisfies Prisma.KaderSelect;

type KaderRowRaw = Prisma.KaderGetPayload<{ select: typeof kaderRowSelect }>;

/** A row as every screen gets it: the NIK masked. */
function toRow({ nik, ...r }: KaderRowRaw) {
  return { ...r, nikMasked: maskNik(nik) };
}
export type KaderRow = ReturnType<typeof toRow>;

/** The list's filters as Prisma `where` (one posyandu's list; and the reference the area list's SQL is tested against). */
export function listWhere(viewer: Viewer, p: Partial<TKaderListParams>): Prisma.KaderWhereInput {
  const and: Prisma.KaderWhereInput[] = [kaderScope(viewer)];
  if (p.q) and.push({ nama: containsText(p.q) });
  if (p.posyanduId) and.push({ posyanduId: p.posyanduId });
  if (p.desaId) and.push({ posyandu: { desaId: p.desaId } });
  if (p.kecamatanId) and.push({ posyandu: { desa: { kecamatanId: p.kecamatanId } } });
  if (p.level) and.push({ level: p.level === "BELUM" ? null : p.level });
  if (p.aktif) and.push({ isActive: p.aktif === "ya" });
  return { AND: and };
}

/** The list's order as Prisma `orderBy` (as listWhere). */
export function listOrder(p: Partial<TKaderListParams>): Prisma.KaderOrderByWithRelationInput[] {
  const dir = p.dir === "desc" ? "desc" : "asc";
  const byName: Prisma.KaderOrderByWithRelationInput[] = [{ nama: "asc" }, { id: "asc" }];
  switch (p.sort) {
    case "posyandu": return [{ posyandu: { nama: dir } }, ...byName];
    case "jabatan": return [{ jabatan: dir }, ...byName];
    // Enum order PURWA < MADYA < UTAMA; "belum" (null) below Purwa.
    case "level": return [{ level: { sort: dir, nulls: dir === "asc" ? "first" : "last" } }, ...byName];
    case "tahunMulai": return [{ tahunMulai: { sort: dir, nulls: "last" } }, ...byName];
    default: return [{ nama: dir }, { id: "asc" }];
  }
}

/**
 * The page's kader ids and the number matching, in one statement, for a list over many posyandu (an
 * area): the same filters and order as listWhere/listOrder, in SQL. The scope is a semi-join on the
 * posyandu of the area, so each kader is checked against a hash of the area's posyandu instead of
 * joining its posyandu and desa row by row (Bogor's 13,000 kaders: about half the time, and the
 * count rides along as a window instead of a second pass).
 */
async function pageOfArea(viewer: Viewer, p: TKaderListParams): Promise<{ ids: string[]; total: number | null }> {
  const posyandu: Prisma.Sql[] = [posyanduScopeSql(viewer)];
  if (p.desaId) posyandu.push(Prisma.sql`p.desa_id = ${p.desaId}::uuid`);
  if (p.kecamatanId) posyandu.push(Prisma.sql`d.kecamatan_id = ${p.kecamatanId}::uuid`);
  const where: Prisma.Sql[] = [Prisma.sql`k.posyandu_id IN (SELECT p.id FROM posyandu p JOIN desa d ON d.id = p.desa_id WHERE ${Prisma.join(posyandu, " AND ")})`];
  if (p.q) where.push(Prisma.sql`k.nama ILIKE ${`%${escapeLike(p.q)}%`}`);
  if (p.level) where.push(p.level === "BELUM" ? Prisma.sql`k.level IS NULL` : Prisma.sql`k.level = ${p.level}::"LevelKader"`);
  if (p.aktif) where.push(Prisma.sql`k.is_active = ${p.aktif === "ya"}`);
  const dir = Prisma.raw(p.dir === "desc" ? "DESC" : "ASC");
  const byName = Prisma.sql`k.nama ASC, k.id ASC`;
  const order = (() => {
    switch (p.sort) {
      case "posyandu": return Prisma.sql`(SELECT sp.nama FROM posyandu sp WHERE sp.id = k.posyandu_id) ${dir}, ${byName}`;
      case "jabatan": return Prisma.sql`k.jabatan ${dir}, ${byName}`;
      // Enum order PURWA < MADYA < UTAMA; "belum" (null) below Purwa.
      case "level": return Prisma.sql`k.level ${dir} ${Prisma.raw(p.dir === "desc" ? "NULLS LAST" : "NULLS FIRST")}, ${byName}`;
      case "tahunMulai": return Prisma.sql`k.tahun_mulai ${dir} NULLS LAST, ${byName}`;
      default: return Prisma.sql`k.nama ${dir}, k.id ASC`;
    }
  })();
  const rows = await db.$queryRaw<{ id: string; total: bigint }[]>`
    SELECT k.id::text AS id, count(*) OVER () AS total
    FROM kader k
    WHERE ${Prisma.join(where, " AND ")}
    ORDER BY ${order}
    LIMIT ${p.size} OFFSET ${(p.page - 1) * p.size}`;
  return { ids: rows.map((r) => r.id), total: rows.length ? Number(rows[0].total) : null };
}

/** Kaders in the viewer's area (optionally one posyandu's), filtered, sorted and paged in SQL. Any role with kesiapan.read. */
export async function listKader(viewer: Viewer, p: TKaderListParams): Promise<{ total: number; rows: KaderRow[] }> {
  const where = listWhere(viewer, p);
  if (p.posyanduId) {
    // One posyandu's kaders (a dozen or so) are cheap in one statement.
    const rows = await db.kader.findMany({ where, orderBy: listOrder(p), skip: (p.page - 1) * p.size, take: p.size, select: kaderRowSelect });
    // A first page that is not full is the whole list: no count needed (most posyandu have 5–15 kaders).
    const total = p.page === 1 && rows.length < p.size ? rows.length : await db.kader.count({ where });
    return { total, rows: rows.map(toRow) };
  }
  // The page's ids first, then the page's rows with their posyandu and desa: with relation joins in
  // one statement, PostgreSQL builds the joined JSON for every kader of the scope (Bogor: 13,000)
  // before sorting; this way only for the 25 shown (136 ms → a few ms on the scale data).
  const page = await pageOfArea(viewer, p);
  const byId = new Map((page.ids.length ? await db.kader.findMany({ where: { id: { in: page.ids } }, select: kaderRowSelect }) : []).map((k) => [k.id, k]));
  const rows = page.ids.flatMap((id) => byId.get(id) ?? []);
  // Past the last page no row carries the count.
  const total = page.total ?? (p.page === 1 ? 0 : await db.kader.count({ where }));
  return { total, rows: rows.map(toRow) };
}

/** One kader with its posyandu, if the viewer may see it. `nik` is full only for `kader.nik.full` (the edit form). */
export async function getKader(viewer: Viewer, id: string) {
  if (!isUuid(id)) throw new NotFoundError();
  const row = await db.kader.findFirst({
    where: { AND: [{ id }, kaderScope(viewer)] },
    select: {
      ...kaderRowSelect,
      tanggalLahir: true,
      pendidikan: true,
      userId: true,
      createdAt: true,
      user: { select: { username: true } },
      posyandu: { select: { id: true, nama: true, desa: { select: { id: true, nama: true, kecamatan: { select: { nama: true } } } } } },
    },
  });
  if (!row) throw new NotFoundError();
  const { nik, ...rest } = row;
  return { ...rest, nikMasked: maskNik(nik), nik: can(viewer, "kader.nik.full") ? nik : null, isOwn: row.userId === viewer.id };
}
export type KaderDetail = Awaited<ReturnType<typeof getKader>>;

/** The kader record linked to the viewer's own account (a kader), or null. */
export async function ownKader(viewer: Viewer) {
  if (!can(viewer, "kader.phone.own")) return null;
  return db.kader.findFirst({ where: { AND: [{ userId: viewer.id }, kaderScope(viewer)] }, select: { id: true, nama: true, telepon: true } });
}

export interface PaketStatus {
  kode: string;
  nama: string;
  lengkap: boolean;
  keterampilan: { id: string; kode: string; nama: string; rekonstruksi: boolean; hasil: Hasil | null }[];
}

/**
 * A kader's packages skill by skill (latest result per code against the current catalogue) and its
 * assessment history with the wording of the version each was made with. The kader must be in scope.
 */
export async function kaderPenilaian(viewer: Viewer, kaderId: string) {
  if (!isUuid(kaderId)) throw new NotFoundError();
  const [penilaian, { paket }] = await Promise.all([
    db.penilaianKeterampilan.findMany({
      where: { kaderId, kader: kaderScope(viewer) },
      orderBy: [{ tanggal: "desc" }, { createdAt: "desc" }],
      select: { id: true, tanggal: true, createdAt: true, metode: true, hasil: true, catatan: true, penilai: { select: { nama: true } }, keterampilan: { select: { kode: true, nama: true, versi: true, retiredAt: true } } },
    }),
    katalogOf(db, kabupatenDataScope(viewer).kabupatenId),
  ]);
  const latest = latestResults(penilaian.map((p) => ({ kode: p.keterampilan.kode, tanggal: p.tanggal, createdAt: p.createdAt, hasil: p.hasil })));
  const status: PaketStatus[] = paket.map((p) => {
    const keterampilan = p.keterampilan.map((s) => ({ id: s.id, kode: s.kode, nama: s.nama, rekonstruksi: s.rekonstruksi, hasil: latest.get(s.kode) ?? null }));
    return { kode: p.kode, nama: p.nama, lengkap: keterampilan.length > 0 && keterampilan.every((s) => s.hasil === "KOMPETEN"), keterampilan };
  });
  return { paket: status, riwayat: penilaian };
}

/** KADER accounts of a posyandu in scope that a kader record may be linked to (free, or already this record's). */
export async function kaderAccountChoices(viewer: Viewer, posyanduId: string, kaderId?: string) {
  if (!isUuid(posyanduId) || !can(viewer, "kader.manage")) return [];
  return db.user.findMany({
    where: { role: "KADER", posyanduId, posyandu: posyanduScope(viewer), OR: [{ kader: null }, ...(kaderId ? [{ kader: { id: kaderId } }] : [])] },
    orderBy: { username: "asc" },
    select: { id: true, username: true, nama: true },
  });
}

/** The kabupaten's packages with their current skills and how many versions each has had, and the level rule in force. */
export async function katalogKeterampilan(viewer: Viewer) {
  const kabupatenId = kabupatenDataScope(viewer).kabupatenId;
  const [paket, versions, aturan] = await Promise.all([
    katalogOf(db, kabupatenId).then((k) => k.paket),
    db.keterampilan.groupBy({ by: ["kode"], where: { paket: { kabupatenId } }, _count: { _all: true } }),
    readAturan(viewer, ATURAN_LEVEL),
  ]);
  const count = new Map(versions.map((v) => [v.kode, v._count._all]));
  return { paket: paket.map((p) => ({ ...p, keterampilan: p.keterampilan.map((s) => ({ ...s, jumlahVersi: count.get(s.kode) ?? 1 })) })), aturan };
}

/** The posyandu of one desa in scope, for the list filter (a desa has a handful). */
export async function posyanduOfDesa(viewer: Viewer, desaId: string | undefined) {
  if (!isUuid(desaId)) return [];
  return db.posyandu.findMany({ where: { AND: [{ desaId }, posyanduScope(viewer)] }, orderBy: { nama: "asc" }, select: { id: true, nama: true } });
}
