/**
 * The follow-up scope and "mine" as SQL, for the list, the KPIs and the beranda (each one statement).
 * Aliases: t = tindak_lanjut, k = its kunjungan_supervisi, d = the visit's desa. The scope is the
 * same as `tindakLanjutScope` (lib/access/scope.ts) and "mine" the same as `isOwnedBy`
 * (lib/supervisi/pemilik.ts): tests/integration/tindak-lanjut-scope.test.ts holds them equal per role.
 */
import { Prisma } from "../generated/prisma/client.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { NO_ID } from "../dal/ids.ts";
import { kunjunganScopeSql } from "../access/scope.ts";

export const TL_FROM = Prisma.sql`FROM tindak_lanjut t JOIN kunjungan_supervisi k ON k.id = t.kunjungan_id JOIN desa d ON d.id = k.desa_id`;

/** The follow-up scope: the follow-up's kabupaten and its visit's scope (kunjunganScopeSql). */
export function tindakLanjutScopeSql(v: Viewer): Prisma.Sql {
  return Prisma.sql`t.kabupaten_id = ${v.kabupatenId}::uuid AND ${kunjunganScopeSql(v)}`;
}

/** "Milik saya" inside the scope (the scope already limits puskesmas, desa and posyandu). */
export function ownedSql(v: Viewer): Prisma.Sql {
  const named = Prisma.sql`t.pemilik_user_id = ${v.id}::uuid`;
  switch (v.role) {
    case "DINKES_ADMIN":
    case "DINKES":
      return Prisma.sql`(${named} OR t.tingkat_pemilik = 'DINKES')`;
    case "PUSKESMAS":
      return Prisma.sql`(${named} OR (t.tingkat_pemilik = 'PUSKESMAS' AND d.puskesmas_id = ${v.puskesmasId ?? NO_ID}::uuid))`;
    case "BIDAN_DESA":
      return Prisma.sql`(${named} OR (t.tingkat_pemilik = 'DESA' AND t.desa_id = ${v.desaId ?? NO_ID}::uuid))`;
    case "KADER":
      return Prisma.sql`(${named} OR (t.tingkat_pemilik = 'KADER' AND t.posyandu_id = ${v.posyanduId ?? NO_ID}::uuid))`;
    default:
      return Prisma.sql`FALSE`;
  }
}
