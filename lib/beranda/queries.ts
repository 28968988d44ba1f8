import "server-only";
import { db } from "../db.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { desaScope, dusunScope, kecamatanScope, posyanduScope } from "../access/scope.ts";
import { addDays, nextDates } from "../posyandu/jadwal.ts";
import { todayInJakarta } from "../i18n/format.ts";

/** The figures of the viewer's scope for the home page. Any signed-in role; each count is scoped. */
export async function berandaSummary(viewer: Viewer, now = new Date()) {
  const pScope = posyanduScope(viewer);
  const [kecamatan, desa, dusun, posyandu, aktif, tanpaJadwal, scheduled] = await Promise.all([
    viewer.role === "KADER" ? Promise.resolve(null) : db.kecamatan.count({ where: kecamatanScope(viewer) }),
    viewer.role === "KADER" ? Promise.resolve(null) : db.desa.count({ where: desaScope(viewer) }),
    viewer.role === "KADER" ? Promise.resolve(null) : db.dusun.count({ where: dusunScope(viewer) }),
    db.posyandu.count({ where: pScope }),
    db.posyandu.count({ where: { AND: [pScope, { isActive: true }] } }),
    db.posyandu.count({ where: { AND: [pScope, { OR: [{ jadwalMingguKe: null }, { jadwalHari: null }] }] } }),
    db.posyandu.findMany({
      where: { AND: [pScope, { isActive: true, jadwalMingguKe: { not: null }, jadwalHari: { not: null } }] },
      select: { id: true, nama: true, tempat: true, jadwalMingguKe: true, jadwalHari: true, desa: { select: { nama: true } } },
    }),
  ]);
  const today = todayInJakarta(now);
  const until = addDays(today, 13);
  const upcoming = scheduled
    .map((p) => ({ id: p.id, nama: p.nama, tempat: p.tempat, desaNama: p.desa.nama, tanggal: nextDates({ mingguKe: p.jadwalMingguKe, hari: p.jadwalHari }, today, 1)[0] }))
    .filter((p) => p.tanggal && p.tanggal <= until)
    .sort((a, b) => a.tanggal.localeCompare(b.tanggal) || a.desaNama.localeCompare(b.desaNama, "id") || a.nama.localeCompare(b.nama, "id"));
  return { kecamatan, desa, dusun, posyandu, aktif, tanpaJadwal, upcoming, today, until };
}
