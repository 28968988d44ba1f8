/**
 * Plan reads for every role with `supervisi.read`, scoped by rencanaScope (a plan) and kunjunganScope
 * (its visits: a bidan sees only its desa's visits of a Dinkes plan); the pickers and the clash check
 * for planners. Outside the scope: NotFoundError, as if absent.
 */
import "server-only";
import { db } from "../db.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { can, ROLE_LABEL } from "../access/permissions.ts";
import { desaScope, kunjunganScope, posyanduScope, rencanaKelolaScope, rencanaScope } from "../access/scope.ts";
import { NotFoundError } from "../errors.ts";
import { isUuid } from "../dal/ids.ts";
import { CHOICE_LIMIT, containsText } from "../dal/search.ts";
import { isoDay } from "../i18n/format.ts";
import { findClashes, type BookedVisit, type Clash } from "../supervisi/jadwal-kunjungan.ts";
import type { StatusKunjungan, TRencanaListParams } from "./schemas.ts";

function assertReader(viewer: Viewer) {
  if (!can(viewer, "supervisi.read")) throw new NotFoundError();
}

/** The published instruments of the viewer's kabupaten: a plan's default and a visit's checklist. */
export async function instrumenTerbit(viewer: Viewer) {
  return db.instrumen.findMany({ where: { kabupatenId: viewer.kabupatenId, status: "TERBIT" }, select: { id: true, kode: true, nama: true, versi: true, sasaran: true }, orderBy: [{ kode: "asc" }, { versi: "desc" }] });
}
export type InstrumenPilihan = Awaited<ReturnType<typeof instrumenTerbit>>[number];

const listSelect = {
  id: true, nama: true, tingkat: true, tahun: true, triwulan: true, createdAt: true,
  puskesmas: { select: { nama: true } }, instrumen: { select: { nama: true, versi: true } },
} satisfies Prisma.RencanaSupervisiSelect;

/** Plans in scope, filtered, sorted and paged in SQL, each with its visits (in scope) per status: three statements. */
export async function listRencana(viewer: Viewer, p: TRencanaListParams) {
  assertReader(viewer);
  const where: Prisma.RencanaSupervisiWhereInput = {
    AND: [
      rencanaScope(viewer),
      p.q ? { OR: [{ nama: containsText(p.q) }, { puskesmas: { nama: containsText(p.q) } }] } : {},
      p.tahun ? { tahun: p.tahun } : {},
      p.triwulan ? { triwulan: p.triwulan } : {},
      p.tingkat ? { tingkat: p.tingkat } : {},
    ],
  };
  const dir = p.dir;
  const orderBy: Prisma.RencanaSupervisiOrderByWithRelationInput[] =
    p.sort === "nama" ? [{ nama: dir }] :
    p.sort === "tingkat" ? [{ tingkat: dir }, { tahun: "desc" }, { triwulan: "desc" }] :
    p.sort === "dibuat" ? [{ createdAt: dir }] :
    [{ tahun: dir }, { triwulan: dir }, { nama: "asc" }];
  const [rows, total] = await Promise.all([
    db.rencanaSupervisi.findMany({ where, select: listSelect, orderBy: [...orderBy, { id: "asc" }], skip: (p.page - 1) * p.size, take: p.size }),
    db.rencanaSupervisi.count({ where }),
  ]);
  const counts = rows.length
    ? await db.kunjunganSupervisi.groupBy({ by: ["rencanaId", "status"], where: { AND: [{ rencanaId: { in: rows.map((r) => r.id) } }, kunjunganScope(viewer)] }, _count: { _all: true } })
    : [];
  const perPlan = new Map<string, Partial<Record<StatusKunjungan, number>>>();
  for (const c of counts) perPlan.set(c.rencanaId!, { ...perPlan.get(c.rencanaId!), [c.status]: c._count._all });
  return { total, rows: rows.map((r) => ({ ...r, kunjungan: perPlan.get(r.id) ?? {} })) };
}
export type RencanaRow = Awaited<ReturnType<typeof listRencana>>["rows"][number];

/**
 * One plan with its visits in the viewer's scope (site, date, status, team) and whether the viewer
 * may change it: one statement, plus one for the rights.
 */
/** Visits of a plan shown per page: a Dinkes plan for a kabupaten's quarter may visit every posyandu. */
export const KUNJUNGAN_PER_HALAMAN = 20;

/** One plan in the viewer's scope with one page of its visits (by date), their count and how many have started. */
export async function getRencana(viewer: Viewer, id: string, page = 1) {
  assertReader(viewer);
  if (!isUuid(id)) throw new NotFoundError();
  const skip = (Math.max(1, Math.floor(page)) - 1) * KUNJUNGAN_PER_HALAMAN;
  const [row, kelola, dimulai] = await Promise.all([
    db.rencanaSupervisi.findFirst({
      where: { AND: [{ id }, rencanaScope(viewer)] },
      select: {
        ...listSelect, catatan: true, instrumenId: true,
        kunjungan: {
          where: kunjunganScope(viewer),
          select: {
            id: true, tanggal: true, status: true, sasaran: true, alasanBatal: true,
            posyandu: { select: { id: true, nama: true } }, desa: { select: { nama: true, kecamatan: { select: { nama: true } } } },
            instrumen: { select: { nama: true, versi: true } },
            peserta: { where: { tim: true }, select: { nama: true, peran: true, instansi: true, userId: true }, orderBy: { urutan: "asc" } },
          },
          orderBy: [{ tanggal: "asc" }, { createdAt: "asc" }, { id: "asc" }],
          skip,
          take: KUNJUNGAN_PER_HALAMAN,
        },
        _count: { select: { kunjungan: { where: kunjunganScope(viewer) } } },
      },
    }),
    db.rencanaSupervisi.count({ where: { AND: [{ id }, rencanaKelolaScope(viewer)] } }),
    db.kunjunganSupervisi.count({ where: { AND: [{ rencanaId: id, status: { in: ["BERLANGSUNG", "SELESAI"] } }, kunjunganScope(viewer)] } }),
  ]);
  if (!row) throw new NotFoundError();
  const { _count, ...rest } = row;
  return { ...rest, bolehKelola: kelola > 0, kunjunganTotal: _count.kunjungan, kunjunganDimulai: dimulai, kunjungan: row.kunjungan.map((k) => ({ ...k, tanggal: isoDay(k.tanggal) })) };
}
export type RencanaDetail = Awaited<ReturnType<typeof getRencana>>;

/** The plans a planner may add a visit to (newest quarter first), for the suggestions page. */
export async function rencanaKelola(viewer: Viewer) {
  if (!can(viewer, "supervisi.plan")) return [];
  return db.rencanaSupervisi.findMany({ where: rencanaKelolaScope(viewer), select: { id: true, nama: true, tahun: true, triwulan: true }, orderBy: [{ tahun: "desc" }, { triwulan: "desc" }, { nama: "asc" }], take: 50 });
}

/** A plan the viewer may change, for its edit and add-visit pages. */
export async function getRencanaKelola(viewer: Viewer, id: string) {
  if (!can(viewer, "supervisi.plan") || !isUuid(id)) throw new NotFoundError();
  const row = await db.rencanaSupervisi.findFirst({ where: { AND: [{ id }, rencanaKelolaScope(viewer)] }, select: { id: true, nama: true, tahun: true, triwulan: true, instrumenId: true, instrumen: { select: { kode: true } }, catatan: true, tingkat: true } });
  if (!row) throw new NotFoundError();
  return row;
}

/** A planned visit of a plan the viewer may change, with its site's schedule and its team, for the edit page. */
export async function getKunjunganKelola(viewer: Viewer, rencanaId: string, id: string) {
  if (!can(viewer, "supervisi.plan") || !isUuid(id) || !isUuid(rencanaId)) throw new NotFoundError();
  const row = await db.kunjunganSupervisi.findFirst({
    where: { AND: [{ id, rencanaId }, kunjunganScope(viewer), { rencana: rencanaKelolaScope(viewer) }] },
    select: {
      id: true, tanggal: true, status: true, sasaran: true, alasanBatal: true,
      rencana: { select: { id: true, nama: true, tahun: true, triwulan: true } },
      posyandu: { select: { nama: true, jadwalMingguKe: true, jadwalHari: true } }, desa: { select: { nama: true } },
      instrumen: { select: { nama: true, versi: true } },
      peserta: { where: { tim: true }, select: { userId: true, nama: true, peran: true, instansi: true }, orderBy: { urutan: "asc" } },
    },
  });
  if (!row || !row.rencana) throw new NotFoundError();
  return { ...row, rencana: row.rencana, tanggal: isoDay(row.tanggal) };
}

export interface Pilihan { id: string; label: string; group: string; mingguKe?: number | null; hari?: number | null }

const posyanduPilihanSelect = { id: true, nama: true, jadwalMingguKe: true, jadwalHari: true, desa: { select: { nama: true, kecamatan: { select: { nama: true } } } } } satisfies Prisma.PosyanduSelect;
const posyanduPilihan = (p: Prisma.PosyanduGetPayload<{ select: typeof posyanduPilihanSelect }>): Pilihan => ({ id: p.id, label: `Posyandu ${p.nama} — Desa ${p.desa.nama}`, group: `Kec. ${p.desa.kecamatan.nama}`, mingguKe: p.jadwalMingguKe, hari: p.jadwalHari });

/** One active posyandu of the planner's area as the add-visit form's chosen site (from ?posyanduId=), or null. */
export async function posyanduPilihanById(viewer: Viewer, id: string | null | undefined): Promise<Pilihan | null> {
  if (!can(viewer, "supervisi.plan") || !isUuid(id)) return null;
  const row = await db.posyandu.findFirst({ where: { AND: [{ id }, posyanduScope(viewer), { isActive: true }] }, select: posyanduPilihanSelect });
  return row ? posyanduPilihan(row) : null;
}

/**
 * The planner's pickers, searched as the planner types (at most CHOICE_LIMIT): posyandu and desa of
 * the planner's area (with the posyandu's schedule, for the offered days), and the active users of
 * its kabupaten for the team.
 */
export async function searchPilihan(viewer: Viewer, jenis: "posyandu" | "desa" | "pengguna", q: string): Promise<Pilihan[]> {
  if (!can(viewer, "supervisi.plan")) throw new NotFoundError();
  const term = q.trim().slice(0, 100);
  if (jenis === "posyandu") {
    const rows = await db.posyandu.findMany({
      where: { AND: [posyanduScope(viewer), { isActive: true }, term ? { OR: [{ nama: containsText(term) }, { desa: { nama: containsText(term) } }, { desa: { kecamatan: { nama: containsText(term) } } }] } : {}] },
      select: posyanduPilihanSelect,
      orderBy: [{ desa: { kecamatan: { nama: "asc" } } }, { desa: { nama: "asc" } }, { nama: "asc" }],
      take: CHOICE_LIMIT,
    });
    return rows.map(posyanduPilihan);
  }
  if (jenis === "desa") {
    const rows = await db.desa.findMany({
      where: { AND: [desaScope(viewer), term ? { OR: [{ nama: containsText(term) }, { kecamatan: { nama: containsText(term) } }] } : {}] },
      select: { id: true, nama: true, kecamatan: { select: { nama: true } } },
      orderBy: [{ kecamatan: { nama: "asc" } }, { nama: "asc" }],
      take: CHOICE_LIMIT,
    });
    return rows.map((d) => ({ id: d.id, label: `Desa ${d.nama}`, group: `Kec. ${d.kecamatan.nama}` }));
  }
  const rows = await db.user.findMany({
    where: { kabupatenId: viewer.kabupatenId, isActive: true, ...(term ? { OR: [{ nama: containsText(term) }, { username: containsText(term) }] } : {}) },
    select: { id: true, nama: true, role: true, puskesmas: { select: { nama: true } }, desa: { select: { nama: true } }, posyandu: { select: { nama: true } } },
    orderBy: [{ role: "asc" }, { nama: "asc" }],
    take: CHOICE_LIMIT,
  });
  return rows.map((u) => {
    const where = u.puskesmas ? `, ${u.puskesmas.nama}` : u.desa ? `, Desa ${u.desa.nama}` : u.posyandu ? `, Posyandu ${u.posyandu.nama}` : "";
    return { id: u.id, label: `${u.nama} (${ROLE_LABEL[u.role]}${where})`, group: ROLE_LABEL[u.role] };
  });
}

/**
 * Team members already booked on another visit on `tanggal` in the kabupaten (any plan; cancelled
 * visits do not count). A visit the viewer may not see is named only as "kunjungan lain di
 * kabupaten". Three statements.
 */
export async function checkTeamDay(viewer: Viewer, tanggal: string, userIds: string[], kecualiId: string | null): Promise<Clash[]> {
  if (!can(viewer, "supervisi.plan")) throw new NotFoundError();
  const ids = [...new Set(userIds.filter(isUuid))].slice(0, 50);
  if (!ids.length) return [];
  const day = new Date(`${tanggal}T00:00:00Z`);
  const [visits, users] = await Promise.all([
    db.kunjunganSupervisi.findMany({
      where: { kabupatenId: viewer.kabupatenId, tanggal: day, status: { not: "BATAL" }, peserta: { some: { tim: true, userId: { in: ids } } }, ...(kecualiId && isUuid(kecualiId) ? { id: { not: kecualiId } } : {}) },
      select: { id: true, tanggal: true, sasaran: true, posyandu: { select: { nama: true } }, desa: { select: { nama: true } }, peserta: { where: { tim: true, userId: { in: ids } }, select: { userId: true } } },
      take: 200,
    }),
    db.user.findMany({ where: { id: { in: ids }, kabupatenId: viewer.kabupatenId }, select: { id: true, nama: true } }),
  ]);
  const visible = visits.length ? new Set((await db.kunjunganSupervisi.findMany({ where: { AND: [{ id: { in: visits.map((v) => v.id) } }, kunjunganScope(viewer)] }, select: { id: true } })).map((v) => v.id)) : new Set<string>();
  const booked: BookedVisit[] = visits.map((v) => ({
    kunjunganId: v.id,
    tanggal: isoDay(v.tanggal),
    userIds: v.peserta.map((p) => p.userId!).filter(Boolean),
    label: visible.has(v.id) ? (v.posyandu ? `Posyandu ${v.posyandu.nama}, Desa ${v.desa.nama}` : `Desa ${v.desa.nama}`) : "kunjungan lain di kabupaten",
  }));
  const names = new Map(users.map((u) => [u.id, u.nama]));
  return findClashes(tanggal, ids.filter((id) => names.has(id)).map((id) => ({ userId: id, nama: names.get(id)! })), booked, kecualiId);
}
