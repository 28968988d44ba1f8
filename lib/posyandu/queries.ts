import "server-only";
import { db } from "../db.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { desaScope, dusunScope, posyanduScope } from "../access/scope.ts";
import { NotFoundError } from "../errors.ts";
import { isUuid } from "../dal/ids.ts";
import { containsText } from "../dal/search.ts";
import type { TPosyanduListParams } from "./schemas.ts";
import { withDesaLabels } from "../wilayah/desa-label.ts";

export const posyanduRowSelect = {
  id: true,
  nama: true,
  tempat: true,
  isActive: true,
  jadwalMingguKe: true,
  jadwalHari: true,
  dusun: { select: { nama: true } },
  desa: { select: { id: true, nama: true, kode: true, kecamatan: { select: { nama: true } }, puskesmas: { select: { nama: true } } } },
} satisfies Prisma.PosyanduSelect;
export type PosyanduRow = Prisma.PosyanduGetPayload<{ select: typeof posyanduRowSelect }>;

function listWhere(viewer: Viewer, p: Partial<TPosyanduListParams>): Prisma.PosyanduWhereInput {
  const and: Prisma.PosyanduWhereInput[] = [posyanduScope(viewer)];
  if (p.q) {
    and.push({
      OR: [
        { nama: containsText(p.q) },
        { tempat: containsText(p.q) },
        { dusun: { nama: containsText(p.q) } },
        { desa: { nama: containsText(p.q) } },
      ],
    });
  }
  if (p.kecamatanId) and.push({ desa: { kecamatanId: p.kecamatanId } });
  if (p.desaId) and.push({ desaId: p.desaId });
  if (p.puskesmasId) and.push({ desa: { puskesmasId: p.puskesmasId } });
  if (p.aktif) and.push({ isActive: p.aktif === "ya" });
  return { AND: and };
}

function listOrder(p: Pick<TPosyanduListParams, "sort" | "dir">): Prisma.PosyanduOrderByWithRelationInput[] {
  const dir = p.dir;
  const byName: Prisma.PosyanduOrderByWithRelationInput[] = [{ nama: "asc" }, { id: "asc" }];
  switch (p.sort) {
    case "desa": return [{ desa: { nama: dir } }, ...byName];
    case "kecamatan": return [{ desa: { kecamatan: { nama: dir } } }, { desa: { nama: "asc" } }, ...byName];
    case "puskesmas": return [{ desa: { puskesmas: { nama: dir } } }, { desa: { nama: "asc" } }, ...byName];
    case "jadwal": return [{ jadwalMingguKe: { sort: dir, nulls: "last" } }, { jadwalHari: { sort: dir, nulls: "last" } }, ...byName];
    case "status": return [{ isActive: dir }, ...byName];
    default: return [{ nama: dir }, { desa: { nama: "asc" } }, { id: "asc" }];
  }
}

/** Posyandu in the viewer's scope, filtered, sorted and paged in SQL. Any signed-in role. */
export async function listPosyandu(viewer: Viewer, p: TPosyanduListParams) {
  const where = listWhere(viewer, p);
  const [total, rows] = await Promise.all([
    db.posyandu.count({ where }),
    db.posyandu.findMany({ where, select: posyanduRowSelect, orderBy: listOrder(p), skip: (p.page - 1) * p.size, take: p.size }),
  ]);
  return { total, rows };
}

/** Every row of the filtered list (for the CSV download), capped to keep the response bounded. */
export async function listPosyanduForExport(viewer: Viewer, p: TPosyanduListParams, limit = 50_000) {
  return db.posyandu.findMany({ where: listWhere(viewer, p), select: { ...posyanduRowSelect, latitude: true, longitude: true, desa: { select: { ...posyanduRowSelect.desa.select, kecamatan: { select: { nama: true, kode: true } } } } }, orderBy: listOrder(p), take: limit });
}

export const posyanduDetailSelect = {
  ...posyanduRowSelect,
  desaId: true,
  dusunId: true,
  latitude: true,
  longitude: true,
  createdAt: true,
  updatedAt: true,
  desa: { select: { id: true, nama: true, kode: true, isKelurahan: true, kecamatan: { select: { id: true, nama: true } }, puskesmas: { select: { id: true, nama: true } }, pustu: { select: { nama: true } } } },
} satisfies Prisma.PosyanduSelect;

/** One posyandu, if the viewer may see it; otherwise NotFoundError, as if it did not exist. */
export async function getPosyandu(viewer: Viewer, id: string) {
  if (!isUuid(id)) throw new NotFoundError();
  const row = await db.posyandu.findFirst({ where: { AND: [{ id }, posyanduScope(viewer)] }, select: posyanduDetailSelect });
  if (!row) throw new NotFoundError();
  return { ...row, latitude: row.latitude?.toNumber() ?? null, longitude: row.longitude?.toNumber() ?? null };
}
export type PosyanduDetail = Awaited<ReturnType<typeof getPosyandu>>;

/** The choices for the filters and forms, within scope. */
export async function posyanduFilterOptions(viewer: Viewer) {
  const desa = await db.desa.findMany({
    where: desaScope(viewer),
    select: { id: true, nama: true, kode: true, kecamatan: { select: { id: true, nama: true } }, puskesmas: { select: { id: true, nama: true } } },
    orderBy: [{ kecamatan: { nama: "asc" } }, { nama: "asc" }, { kode: "asc" }],
  });
  const kecamatan = new Map<string, string>();
  const puskesmas = new Map<string, string>();
  for (const d of desa) {
    kecamatan.set(d.kecamatan.id, d.kecamatan.nama);
    if (d.puskesmas) puskesmas.set(d.puskesmas.id, d.puskesmas.nama);
  }
  const sortPairs = (m: Map<string, string>) => [...m].map(([id, nama]) => ({ id, nama })).sort((a, b) => a.nama.localeCompare(b.nama, "id"));
  return {
    desa: withDesaLabels(desa.map((d) => ({ id: d.id, nama: d.nama, kode: d.kode, kecamatanId: d.kecamatan.id, kecamatanNama: d.kecamatan.nama }))),
    kecamatan: sortPairs(kecamatan),
    puskesmas: sortPairs(puskesmas),
  };
}

/** Dusun of the desa in scope, grouped by desa id, for the posyandu form. */
export async function dusunOptions(viewer: Viewer, desaId?: string) {
  const rows = await db.dusun.findMany({ where: { AND: [dusunScope(viewer), desaId ? { desaId } : {}] }, select: { id: true, nama: true, desaId: true }, orderBy: { nama: "asc" } });
  return rows;
}
