/** Study-visit reads, scoped through their pilot (every role with `kesiapan.read`). */
import "server-only";
import { db } from "../db.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { can } from "../access/permissions.ts";
import { studiBandingScope } from "../access/scope.ts";
import { NotFoundError } from "../errors.ts";
import { isUuid } from "../dal/ids.ts";
import { containsText } from "../dal/search.ts";
import { isoDay } from "../i18n/format.ts";
import type { TStudiBandingListParams } from "./schemas.ts";

function assertReader(viewer: Viewer) {
  if (!can(viewer, "kesiapan.read")) throw new NotFoundError();
}

const rowSelect = {
  id: true, tanggal: true, asal: true, jumlahPeserta: true, tujuan: true, catatan: true,
  percontohan: { select: { id: true, posyandu: { select: { nama: true, desa: { select: { nama: true } } } } } },
} satisfies Prisma.StudiBandingSelect;


function listWhere(viewer: Viewer, p: TStudiBandingListParams): Prisma.StudiBandingWhereInput {
  const and: Prisma.StudiBandingWhereInput[] = [studiBandingScope(viewer)];
  if (p.q) and.push({ OR: [{ asal: containsText(p.q) }, { tujuan: containsText(p.q) }, { percontohan: { posyandu: { nama: containsText(p.q) } } }, { percontohan: { posyandu: { desa: { nama: containsText(p.q) } } } }] });
  if (p.tahun) and.push({ tanggal: { gte: new Date(Date.UTC(p.tahun, 0, 1)), lt: new Date(Date.UTC(p.tahun + 1, 0, 1)) } });
  return { AND: and };
}

function orderBy(p: TStudiBandingListParams): Prisma.StudiBandingOrderByWithRelationInput[] {
  const dir = p.dir;
  switch (p.sort) {
    case "asal": return [{ asal: dir }, { tanggal: "desc" }, { id: "asc" }];
    case "peserta": return [{ jumlahPeserta: dir }, { tanggal: "desc" }, { id: "asc" }];
    case "posyandu": return [{ percontohan: { posyandu: { nama: dir } } }, { tanggal: "desc" }, { id: "asc" }];
    default: return [{ tanggal: dir }, { asal: "asc" }, { id: "asc" }];
  }
}

/** The kabupaten's study visits the viewer may see, searched, sorted and paged in the database. */
export async function listStudiBanding(viewer: Viewer, p: TStudiBandingListParams) {
  assertReader(viewer);
  const where = listWhere(viewer, p);
  const [total, rows] = await Promise.all([
    db.studiBanding.count({ where }),
    db.studiBanding.findMany({ where, select: rowSelect, orderBy: orderBy(p), skip: (p.page - 1) * p.size, take: p.size }),
  ]);
  return { total, rows: rows.map((r) => ({ ...r, tanggal: isoDay(r.tanggal) })) };
}
export type StudiBandingRow = Awaited<ReturnType<typeof listStudiBanding>>["rows"][number];

/** One study visit in scope; otherwise NotFoundError. */
export async function getStudiBanding(viewer: Viewer, id: string) {
  assertReader(viewer);
  if (!isUuid(id)) throw new NotFoundError();
  const row = await db.studiBanding.findFirst({ where: { AND: [{ id }, studiBandingScope(viewer)] }, select: rowSelect });
  if (!row) throw new NotFoundError();
  return { ...row, tanggal: isoDay(row.tanggal) };
}
