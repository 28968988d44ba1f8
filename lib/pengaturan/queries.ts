/** Reads the rules that apply in the viewer's kabupaten (every role of it may read them). */
import "server-only";
import { db } from "../db.ts";
import type { Viewer } from "../access/viewer-type.ts";
import type { DbTx } from "../prisma-client.ts";
import { kabupatenDataScope } from "../access/scope.ts";
import { resolveAturan, type Aturan } from "./aturan.ts";

export async function readAturan<T>(viewer: Viewer, aturan: Aturan<T>): Promise<{ nilai: T; diubah: boolean }> {
  return readAturanOf(db, kabupatenDataScope(viewer).kabupatenId, aturan);
}

/** The same, for a kabupaten known from the data itself (inside a write, e.g. the readiness refresh). */
export async function readAturanOf<T>(tx: DbTx, kabupatenId: string, aturan: Aturan<T>): Promise<{ nilai: T; diubah: boolean }> {
  const row = await tx.pengaturan.findUnique({ where: { kabupatenId_kunci: { kabupatenId, kunci: aturan.kunci } }, select: { nilai: true } });
  return resolveAturan(aturan, row?.nilai);
}
