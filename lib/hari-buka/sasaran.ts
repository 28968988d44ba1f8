/** Registering a new person from the posyandu-day screen: at the day's own posyandu, through createSasaran. */
import "server-only";
import { db } from "../db.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { hariBukaScope } from "../access/scope.ts";
import { isUuid } from "../dal/ids.ts";
import { NotFoundError } from "../errors.ts";
import { createSasaran } from "../sasaran/dal.ts";
import type { SasaranInput } from "../sasaran/schemas.ts";

export async function daftarkanDiHari(viewer: Viewer, hariBukaId: string, input: SasaranInput): Promise<{ id: string; created: boolean }> {
  if (!isUuid(hariBukaId)) throw new NotFoundError("Hari posyandu tidak ditemukan.");
  const hari = await db.hariBuka.findFirst({ where: { AND: [{ id: hariBukaId }, hariBukaScope(viewer)] }, select: { posyanduId: true } });
  if (!hari) throw new NotFoundError("Hari posyandu tidak ditemukan.");
  return createSasaran(viewer, { ...input, posyanduId: hari.posyanduId });
}
