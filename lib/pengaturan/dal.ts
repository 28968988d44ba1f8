/** Changes a rule for the viewer's kabupaten (Dinkes admin), audited; or puts the default back. */
import "server-only";
import { db } from "../db.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { can } from "../access/permissions.ts";
import { writeAudit } from "../audit/audit.ts";
import { DomainError, ForbiddenError } from "../errors.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { DbTx } from "../prisma-client.ts";
import type { Aturan } from "./aturan.ts";

/**
 * Stores `nilai` for the rule after checking it with the rule's schema (the caller's form schema
 * should be the same one, so the message reaches the field). `afterChange` runs in the same
 * transaction (e.g. recompute what the rule decides).
 */
export async function saveAturan<T>(viewer: Viewer, aturan: Aturan<T>, nilai: unknown, afterChange?: (tx: DbTx) => Promise<void>): Promise<void> {
  if (!can(viewer, "katalog.manage")) throw new ForbiddenError();
  const parsed = aturan.schema.safeParse(nilai);
  if (!parsed.success) throw new DomainError(`Aturan "${aturan.label}" tidak sah: ${parsed.error.issues.map((i) => i.message).join("; ")}`);
  await db.$transaction(async (tx) => {
    const key = { kabupatenId_kunci: { kabupatenId: viewer.kabupatenId, kunci: aturan.kunci } };
    const before = await tx.pengaturan.findUnique({ where: key, select: { id: true, nilai: true } });
    const value = parsed.data as Prisma.InputJsonValue;
    const row = await tx.pengaturan.upsert({ where: key, create: { kabupatenId: viewer.kabupatenId, kunci: aturan.kunci, nilai: value }, update: { nilai: value }, select: { id: true } });
    await writeAudit(tx, viewer, { entity: "pengaturan", entityId: row.id, action: before ? "UPDATE" : "CREATE", before: before ? { kunci: aturan.kunci, nilai: before.nilai } : null, after: { kunci: aturan.kunci, nilai: value } });
    await afterChange?.(tx);
  });
}

/** Removes the kabupaten's own value: the documented default applies again. */
export async function resetAturan<T>(viewer: Viewer, aturan: Aturan<T>, afterChange?: (tx: DbTx) => Promise<void>): Promise<void> {
  if (!can(viewer, "katalog.manage")) throw new ForbiddenError();
  await db.$transaction(async (tx) => {
    const before = await tx.pengaturan.findUnique({ where: { kabupatenId_kunci: { kabupatenId: viewer.kabupatenId, kunci: aturan.kunci } }, select: { id: true, nilai: true } });
    if (!before) return;
    await tx.pengaturan.delete({ where: { id: before.id } });
    await writeAudit(tx, viewer, { entity: "pengaturan", entityId: before.id, action: "DELETE", before: { kunci: aturan.kunci, nilai: before.nilai } });
    await afterChange?.(tx);
  });
}
