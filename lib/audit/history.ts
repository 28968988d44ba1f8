/**
 * The audit trail of one record, for every feature: the viewer must hold `audit.read` (otherwise
 * null: the page shows no history) and must be able to see the record itself (otherwise
 * NotFoundError, as for a record that does not exist).
 */
import "server-only";
import { db } from "../db.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { can } from "../access/permissions.ts";
import { desaScope, dusunScope, kaderScope, kecamatanScope, percontohanScope, posyanduScope, puskesmasScope, pustuScope, replikasiScope, userScope } from "../access/scope.ts";
import { isUuid } from "../dal/ids.ts";
import { NotFoundError } from "../errors.ts";

/** Is the record with this id in the viewer's scope? One `count` per entity, keyed by the audit's entity name. */
const VISIBLE = {
  kecamatan: (v: Viewer, id: string) => db.kecamatan.count({ where: { AND: [{ id }, kecamatanScope(v)] } }),
  desa: (v: Viewer, id: string) => db.desa.count({ where: { AND: [{ id }, desaScope(v)] } }),
  dusun: (v: Viewer, id: string) => db.dusun.count({ where: { AND: [{ id }, dusunScope(v)] } }),
  puskesmas: (v: Viewer, id: string) => db.puskesmas.count({ where: { AND: [{ id }, puskesmasScope(v)] } }),
  pustu: (v: Viewer, id: string) => db.pustu.count({ where: { AND: [{ id }, pustuScope(v)] } }),
  posyandu: (v: Viewer, id: string) => db.posyandu.count({ where: { AND: [{ id }, posyanduScope(v)] } }),
  user: (v: Viewer, id: string) => db.user.count({ where: { AND: [{ id }, userScope(v)] } }),
  // A posyandu's kit and premises: one audit row per save, keyed by the posyandu (lib/sarana/dal.ts).
  sarana: (v: Viewer, id: string) => db.posyandu.count({ where: { AND: [{ id }, posyanduScope(v)] } }),
  percontohan: (v: Viewer, id: string) => db.percontohan.count({ where: { AND: [{ id }, percontohanScope(v)] } }),
  replikasi_percontohan: (v: Viewer, id: string) => db.replikasiPercontohan.count({ where: { AND: [{ id }, replikasiScope(v), { percontohan: percontohanScope(v) }] } }),
  kader: (v: Viewer, id: string) => db.kader.count({ where: { AND: [{ id }, kaderScope(v)] } }),
} as const;
export type AuditEntity = keyof typeof VISIBLE;

export const HISTORY_LIMIT = 50;

/** The last changes of one record, newest first; null when the viewer may not read audit trails. */
export async function auditHistory(viewer: Viewer, entity: AuditEntity, id: string) {
  if (!can(viewer, "audit.read")) return null;
  if (!isUuid(id) || (await VISIBLE[entity](viewer, id)) === 0) throw new NotFoundError();
  return db.auditLog.findMany({
    where: { entity, entityId: id },
    orderBy: { at: "desc" },
    take: HISTORY_LIMIT,
    select: { id: true, at: true, actorName: true, action: true, before: true, after: true },
  });
}
