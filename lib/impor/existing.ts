import "server-only";
import { inOrder } from "../dal/in-order.ts";
import type { DbTx } from "../prisma-client.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { desaScope, dusunScope, posyanduScope } from "../access/scope.ts";
import { planImport, type ExistingPosyandu, type ImportPlan } from "./plan.ts";
import type { ImportRow, ValidationContext } from "./validate.ts";
import { officialDesaNama } from "../wilayah/referensi.ts";

export const posyanduAuditSelect = { id: true, nama: true, desaId: true, dusunId: true, tempat: true, latitude: true, longitude: true, jadwalMingguKe: true, jadwalHari: true, isActive: true } as const;
export const dusunAuditSelect = { id: true, nama: true, desaId: true } as const;

/** What the validator needs to know about the admin's kabupaten: its code, name and desa. */
export async function validationContext(tx: DbTx, viewer: Viewer): Promise<ValidationContext> {
  const [kabupaten, desa] = await inOrder([
    tx.kabupaten.findUniqueOrThrow({ where: { id: viewer.kabupatenId }, select: { kode: true, nama: true } }),
    tx.desa.findMany({ where: desaScope(viewer), select: { id: true, kode: true, nama: true } }),
  ]);
  return {
    kabupatenKode: kabupaten.kode,
    kabupatenNama: kabupaten.nama,
    desaByKode: new Map(desa.map((d) => [d.kode, { id: d.id, nama: d.nama }])),
    officialDesaNama,
  };
}

/** Plans checked rows against the current dusun and posyandu of their desa, within the viewer's scope. */
export async function planAgainstDb(tx: DbTx, viewer: Viewer, rows: ImportRow[]): Promise<ImportPlan> {
  const desaIds = [...new Set(rows.map((r) => r.desaId))];
  const [dusun, posyandu] = await inOrder([
    tx.dusun.findMany({ where: { AND: [{ desaId: { in: desaIds } }, dusunScope(viewer)] }, select: dusunAuditSelect }),
    tx.posyandu.findMany({ where: { AND: [{ desaId: { in: desaIds } }, posyanduScope(viewer)] }, select: posyanduAuditSelect }),
  ]);
  const existing: ExistingPosyandu[] = posyandu.map((p) => ({ ...p, latitude: p.latitude?.toNumber() ?? null, longitude: p.longitude?.toNumber() ?? null }));
  return planImport(rows, dusun, existing);
}
