/** Test access to the integration database, and viewers for the demo accounts. */
import { inject } from "vitest";
import { createPrismaClient, type Db } from "../../lib/prisma-client.ts";
import { loadViewer } from "../../lib/auth/load-viewer.ts";
import type { Viewer } from "../../lib/access/viewer-type.ts";

const url = inject("databaseUrl");
process.env.DATABASE_URL = url;

export const testDb: Db = createPrismaClient(url, 4);

export type DemoUsername = "dinkes.madiun" | "staf.madiun" | "dinkes.demak" | "pkm.geger" | "pkm.kaibon" | "bidan.klorogan" | "kader.melati1" | "kader.mawar2";

export async function viewer(username: DemoUsername): Promise<Viewer> {
  const u = await testDb.user.findUniqueOrThrow({ where: { username }, select: { id: true } });
  const v = await loadViewer(testDb, u.id);
  if (!v) throw new Error(`viewer ${username} not loadable`);
  return v;
}

/** The id of a demo posyandu by desa code and name. */
export async function posyanduId(desaKode: string, nama: string): Promise<string> {
  const p = await testDb.posyandu.findFirstOrThrow({ where: { nama, desa: { kode: desaKode } }, select: { id: true } });
  return p.id;
}

export async function desaId(kode: string): Promise<string> {
  return (await testDb.desa.findUniqueOrThrow({ where: { kode }, select: { id: true } })).id;
}

export async function auditCount(): Promise<number> {
  return testDb.auditLog.count();
}

export const KLOROGAN = "35.19.03.2002";
export const KAIBON = "35.19.03.2017";
export const BANYUMENENG = "33.21.01.2001";
