import type { DbTx } from "../prisma-client.ts";
import type { Viewer } from "../access/viewer-type.ts";

/** Loads a viewer by user id; null unless the account is active and the session version matches. */
export async function loadViewer(db: DbTx, userId: string, sessionVersion?: number): Promise<Viewer | null> {
  if (!/^[0-9a-f-]{36}$/i.test(userId)) return null;
  const u = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true, username: true, nama: true, role: true, isActive: true, sessionVersion: true, mustChangePassword: true,
      kabupatenId: true, puskesmasId: true, desaId: true, posyanduId: true,
      kabupaten: { select: { nama: true } },
      puskesmas: { select: { nama: true } },
      desa: { select: { nama: true } },
      posyandu: { select: { nama: true, desa: { select: { nama: true } } } },
    },
  });
  if (!u || !u.isActive) return null;
  if (sessionVersion !== undefined && u.sessionVersion !== sessionVersion) return null;
  const kab = u.kabupaten.nama;
  const areaLabel =
    u.role === "PUSKESMAS" && u.puskesmas ? `${u.puskesmas.nama}, ${kab}`
    : u.role === "BIDAN_DESA" && u.desa ? `Desa ${u.desa.nama}, ${kab}`
    : u.role === "KADER" && u.posyandu ? `Posyandu ${u.posyandu.nama}, Desa ${u.posyandu.desa.nama}`
    : kab;
  return {
    id: u.id, username: u.username, nama: u.nama, role: u.role,
    kabupatenId: u.kabupatenId, kabupatenNama: kab,
    puskesmasId: u.puskesmasId, desaId: u.desaId, posyanduId: u.posyanduId,
    areaLabel, mustChangePassword: u.mustChangePassword,
  };
}
