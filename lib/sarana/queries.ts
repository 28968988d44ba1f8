/** Reads of the kit and premises: one posyandu's, and the kabupaten's catalogue. */
import "server-only";
import { db } from "../db.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { kabupatenDataScope, posyanduScope } from "../access/scope.ts";
import { isUuid } from "../dal/ids.ts";
import { NotFoundError } from "../errors.ts";
import { resolveAturan } from "../pengaturan/aturan.ts";
import { readAturan } from "../pengaturan/queries.ts";
import { ATURAN_SARANA } from "./aturan.ts";
import { kitStatus, premisesStatus } from "./gaps.ts";

export const jenisSaranaSelect = { id: true, kode: true, nama: true, kelompok: true, jumlahWajib: true, spesifikasi: true, perluKalibrasi: true, rekonstruksi: true } satisfies Prisma.JenisSaranaSelect;
export const saranaHoldingSelect = { jenisSaranaId: true, jumlah: true, kondisi: true, kalibrasiTerakhir: true, sumberDana: true, updatedAt: true } satisfies Prisma.SaranaPosyanduSelect;
export const prasaranaSelect = { ruangCukup: true, tempatDuduk: true, pojokPrivasi: true, air: true, toilet: true, catatan: true, updatedAt: true } satisfies Prisma.PrasaranaPosyanduSelect;

const saranaPosyanduSelect = {
  id: true,
  nama: true,
  dusun: { select: { nama: true } },
  desa: {
    select: {
      nama: true,
      kabupaten: {
        select: {
          jenisSarana: { where: { isActive: true }, orderBy: [{ urutan: "asc" }, { nama: "asc" }], select: jenisSaranaSelect },
          pengaturan: { where: { kunci: ATURAN_SARANA.kunci }, select: { nilai: true } },
        },
      },
    },
  },
  sarana: { select: saranaHoldingSelect },
  prasarana: { select: prasaranaSelect },
} satisfies Prisma.PosyanduSelect;

/**
 * One posyandu's kit against the kabupaten's active catalogue, its premises, and the gaps, for
 * anyone who may see the posyandu (kesiapan.read; a kader its own posyandu). Out of scope or
 * unknown: NotFoundError. One SQL statement (relation joins).
 */
export async function getSaranaPosyandu(viewer: Viewer, posyanduId: string, today = new Date()) {
  if (!isUuid(posyanduId)) throw new NotFoundError();
  const p = await db.posyandu.findFirst({ where: { AND: [{ id: posyanduId }, posyanduScope(viewer)] }, select: saranaPosyanduSelect });
  if (!p) throw new NotFoundError();
  const katalog = p.desa.kabupaten.jenisSarana;
  const aturan = resolveAturan(ATURAN_SARANA, p.desa.kabupaten.pengaturan[0]?.nilai);
  const status = kitStatus(katalog, p.sarana, today, aturan.nilai);
  const holdingOf = new Map(p.sarana.map((s) => [s.jenisSaranaId, s]));
  const updated = [...p.sarana.map((s) => s.updatedAt), ...(p.prasarana ? [p.prasarana.updatedAt] : [])].sort((a, b) => b.getTime() - a.getTime())[0] ?? null;
  return {
    posyandu: { id: p.id, nama: p.nama, desa: p.desa.nama, dusun: p.dusun?.nama ?? null },
    aturan,
    // Catalogue order; each line with what is held and how it measures up.
    items: katalog.map((j, i) => {
      const h = holdingOf.get(j.id);
      return { ...j, ...status.items[i], kondisi: h?.kondisi ?? null, kalibrasiTerakhir: h?.kalibrasiTerakhir ?? null, sumberDana: h?.sumberDana ?? null, jumlah: h?.jumlah ?? 0, tercatat: !!h };
    }),
    cukup: status.cukup,
    total: status.total,
    kekurangan: status.kekurangan,
    prasarana: p.prasarana,
    premises: premisesStatus(p.prasarana),
    updatedAt: updated,
  };
}
export type SaranaPosyandu = Awaited<ReturnType<typeof getSaranaPosyandu>>;

/**
 * The kabupaten's whole kit catalogue (active first, then deactivated), each item with how many
 * posyandu hold it, and the calibration rule: for the Dinkes admin's settings page. Every role of
 * the kabupaten may read the catalogue; only katalog.manage writes it.
 */
export async function listKatalogSarana(viewer: Viewer) {
  const [rows, aturan] = await Promise.all([
    db.jenisSarana.findMany({
      where: kabupatenDataScope(viewer),
      orderBy: [{ isActive: "desc" }, { urutan: "asc" }, { nama: "asc" }],
      select: { ...jenisSaranaSelect, isActive: true, _count: { select: { sarana: { where: { jumlah: { gt: 0 } } } } } },
    }),
    readAturan(viewer, ATURAN_SARANA),
  ]);
  return { items: rows.map(({ _count, ...r }) => ({ ...r, dipegang: _count.sarana })), aturan };
}

/** One catalogue item of the viewer's kabupaten with how many posyandu hold it, or NotFoundError. */
export async function getJenisSarana(viewer: Viewer, id: string) {
  if (!isUuid(id)) throw new NotFoundError();
  const row = await db.jenisSarana.findFirst({ where: { AND: [{ id }, kabupatenDataScope(viewer)] }, select: { ...jenisSaranaSelect, isActive: true, _count: { select: { sarana: { where: { jumlah: { gt: 0 } } } } } } });
  if (!row) throw new NotFoundError();
  const { _count, ...rest } = row;
  return { ...rest, dipegang: _count.sarana };
}
