import type { Prisma } from "../generated/prisma/client.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { can } from "../access/permissions.ts";
import { findReferensi } from "../wilayah/referensi.ts";

/**
 * An import job belongs to the admin who uploaded it, in its kabupaten: anyone else (another admin,
 * another kabupaten) gets "not found", exactly as for a job that does not exist.
 */
export function importJobScope(v: Viewer): Prisma.ImportJobWhereInput {
  if (!can(v, "import.run")) return { id: "00000000-0000-0000-0000-000000000000" };
  return { kabupatenId: v.kabupatenId, createdById: v.id };
}

/** The import history a viewer may list: every job of its kabupaten (who/when/counts). */
export function importHistoryScope(v: Viewer): Prisma.ImportJobWhereInput {
  if (!can(v, "import.run")) return { id: "00000000-0000-0000-0000-000000000000" };
  return { kabupatenId: v.kabupatenId };
}

/** The official name of a desa/kelurahan code (Kemendagri 2025), or undefined. */
export function officialDesaNama(kode: string): string | undefined {
  const ref = findReferensi(kode);
  return ref && (ref.tingkat === "desa" || ref.tingkat === "kelurahan") ? ref.nama : undefined;
}

export const isUuid = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
