/**
 * The conduct screen's pickers, searched as the user types (at most CHOICE_LIMIT): posyandu and desa
 * of the viewer's area for an ad hoc visit, and the active users of the kabupaten for attendance and
 * follow-up owners (any user of the kabupaten may attend or own a follow-up; others are typed).
 */
import "server-only";
import { db } from "../db.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { posyanduScope } from "../access/scope.ts";
import { CHOICE_LIMIT, containsText } from "../dal/search.ts";
import { searchDesa } from "../wilayah/queries.ts";
import { assertConduct } from "./dal.ts";

export interface Pilihan { id: string; label: string; group: string; instansi?: string }

const LABEL_ROLE: Record<string, string> = { DINKES_ADMIN: "Dinkes", DINKES: "Dinkes", PUSKESMAS: "Puskesmas", BIDAN_DESA: "Bidan desa", KADER: "Kader" };

export async function searchPilihan(viewer: Viewer, jenis: string, q: string): Promise<Pilihan[] | null> {
  assertConduct(viewer);
  const term = q.trim().slice(0, 100);
  if (jenis === "desa") return (await searchDesa(viewer, term)).map((d) => ({ id: d.id, label: `${d.isKelurahan ? "Kelurahan" : "Desa"} ${d.nama}`, group: `Kec. ${d.kecamatan.nama}` }));
  if (jenis === "posyandu") {
    const rows = await db.posyandu.findMany({
      where: { AND: [posyanduScope(viewer), { isActive: true }, term ? { OR: [{ nama: containsText(term) }, { desa: { nama: containsText(term) } }] } : {}] },
      select: { id: true, nama: true, desa: { select: { nama: true, kecamatan: { select: { nama: true } } } } },
      orderBy: [{ desa: { nama: "asc" } }, { nama: "asc" }],
      take: CHOICE_LIMIT,
    });
    return rows.map((p) => ({ id: p.id, label: `Posyandu ${p.nama}, Desa ${p.desa.nama}`, group: `Kec. ${p.desa.kecamatan.nama}` }));
  }
  if (jenis === "pengguna") {
    const rows = await db.user.findMany({
      where: { kabupatenId: viewer.kabupatenId, isActive: true, ...(term ? { OR: [{ nama: containsText(term) }, { username: containsText(term) }] } : {}) },
      select: { id: true, nama: true, role: true, puskesmas: { select: { nama: true } }, desa: { select: { nama: true } }, posyandu: { select: { nama: true } } },
      orderBy: [{ nama: "asc" }],
      take: CHOICE_LIMIT,
    });
    return rows.map((u) => {
      const instansi = u.puskesmas ? u.puskesmas.nama : u.posyandu ? `Posyandu ${u.posyandu.nama}` : u.desa ? `Desa ${u.desa.nama}` : viewer.kabupatenNama ? `Dinkes ${viewer.kabupatenNama}` : "Dinkes";
      return { id: u.id, label: u.nama, group: LABEL_ROLE[u.role] ?? u.role, instansi };
    });
  }
  return null;
}
