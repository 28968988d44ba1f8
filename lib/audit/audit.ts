import type { DbTx } from "../prisma-client.ts";
import type { Viewer } from "../access/viewer-type.ts";
import type { Prisma } from "../generated/prisma/client.ts";

export type AuditAction = "CREATE" | "UPDATE" | "DELETE" | "IMPORT" | "DEACTIVATE" | "ACTIVATE" | "RESET_PASSWORD" | "CHANGE_PASSWORD" | "DOWNLOAD" | "MERGE";

/** Plain JSON of a record: dates as ISO strings, decimals as numbers, password hashes never. */
export function auditValues(record: Record<string, unknown> | null | undefined): Prisma.InputJsonValue | undefined {
  if (!record) return undefined;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (key === "passwordHash" || key === "createdAt" || key === "updatedAt") continue;
    if (value instanceof Date) out[key] = value.toISOString();
    else if (value !== null && typeof value === "object" && "toNumber" in value && typeof (value as { toNumber: unknown }).toNumber === "function") out[key] = (value as { toNumber(): number }).toNumber();
    else out[key] = value;
  }
  return out as Prisma.InputJsonValue;
}

/** Writes the one audit row of a change, inside the change's own transaction. */
export async function writeAudit(
  tx: DbTx,
  viewer: Pick<Viewer, "id" | "username" | "kabupatenId">,
  entry: { entity: string; entityId: string; action: AuditAction; before?: Record<string, unknown> | null; after?: Record<string, unknown> | null; requestId?: string | null },
) {
  await tx.auditLog.create({
    data: {
      actorId: viewer.id,
      actorName: viewer.username,
      kabupatenId: viewer.kabupatenId,
      entity: entry.entity,
      entityId: entry.entityId,
      action: entry.action,
      before: auditValues(entry.before),
      after: auditValues(entry.after),
      // An empty key is no key: stored, it would turn every later empty-key create into a false duplicate.
      requestId: entry.requestId || null,
    },
  });
}

/** The entity id already written by this form submission, if any (a double submit). */
export async function findRequest(tx: DbTx, requestId: string | null | undefined): Promise<string | null> {
  if (!requestId) return null;
  const row = await tx.auditLog.findUnique({ where: { requestId }, select: { entityId: true } });
  return row?.entityId ?? null;
}
