/**
 * Posyandu-day reads, scoped by the viewer (hariBukaScope, pemeriksaanScope, sasaranScope). Names of
 * the people served leave here only for roles with `sasaran.read`; the Dinkes sees counts.
 */
import "server-only";
import { db } from "../db.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { can } from "../access/permissions.ts";
import { hariBukaScope, pemeriksaanScope, posyanduScope, sasaranScope } from "../access/scope.ts";
import { isUuid } from "../dal/ids.ts";
import { containsText } from "../dal/search.ts";
import { NotFoundError } from "../errors.ts";
import { ambangOf, ambangRows } from "../ambang/queries.ts";
import { statusIbuOf, statusIbuSelect } from "../pemeriksaan/dal.ts";
import type { Ambang } from "../ambang/index.ts";
import type { Riwayat } from "../pemeriksaan/nilai.ts";
import type { HariBukaListParams } from "./schemas.ts";

const iso = (d: Date) => d.toISOString().slice(0, 10);
const dateOf = (s: string) => new Date(`${s}T00:00:00Z`);

export function listWhere(viewer: Viewer, p: Partial<HariBukaListParams>): Prisma.HariBukaWhereInput {
  const and: Prisma.HariBukaWhereInput[] = [hariBukaScope(viewer)];
  if (p.q) and.push({ posyandu: { nama: containsText(p.q) } });
  if (p.posyanduId) and.push({ posyanduId: p.posyanduId });
  if (p.bulan) {
    const [y, m] = p.bulan.split("-").map(Number);
    and.push({ tanggal: { gte: new Date(Date.UTC(y, m - 1, 1)), lt: new Date(Date.UTC(y, m, 1)) } });
  }
  if (p.status) and.push({ ditutupAt: p.status === "tutup" ? { not: null } : null });
  return { AND: and };
}

export interface HariBukaRow { id: string; tanggal: string; posyandu: string; desa: string; ditutup: boolean; hadir: number; dirujuk: number }

/** The viewer's posyandu days, newest first by default, with how many came and how many were referred. */
export async function listHariBuka(viewer: Viewer, p: HariBukaListParams): Promise<{ rows: HariBukaRow[]; total: number }> {
  const where = listWhere(viewer, p);
  const dir = p.dir;
  const orderBy: Prisma.HariBukaOrderByWithRelationInput[] =
    p.sort === "posyandu" ? [{ posyandu: { nama: dir } }, { tanggal: "desc" }, { id: "asc" }] : [{ tanggal: dir }, { id: "asc" }];
  const [total, page] = await Promise.all([
    db.hariBuka.count({ where }),
    db.hariBuka.findMany({ where, orderBy, skip: (p.page - 1) * p.size, take: p.size, select: { id: true, tanggal: true, ditutupAt: true, posyandu: { select: { nama: true, desa: { select: { nama: true } } } } } }),
  ]);
  const counts = page.length
    ? await db.pemeriksaan.groupBy({ by: ["hariBukaId", "dirujuk"], where: { hariBukaId: { in: page.map((r) => r.id) } }, _count: { _all: true } })
    : [];
  const by = new Map<string, { hadir: number; dirujuk: number }>();
  for (const c of counts) {
    const x = by.get(c.hariBukaId) ?? { hadir: 0, dirujuk: 0 };
    x.hadir += c._count._all;
    if (c.dirujuk) x.dirujuk += c._count._all;
    by.set(c.hariBukaId, x);
  }
  return {
    total,
    rows: page.map((r) => ({ id: r.id, tanggal: iso(r.tanggal), posyandu: r.posyandu.nama, desa: r.posyandu.desa.nama, ditutup: r.ditutupAt !== null, ...(by.get(r.id) ?? { hadir: 0, dirujuk: 0 }) })),
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
