/**
 * The follow-up scope and "mine" as SQL, for the list, the KPIs and the beranda (each one statement).
 * Alias t = tindak_lanjut. The scope reads only the follow-up's own columns: its kabupaten, desa and
 * posyandu are its visit's, copied when the follow-up is written (lib/kunjungan/dal.ts) and never
 * changed (a visit does not change site), so that a Dinkes list is an index range of tindak_lanjut
 * instead of a join of every follow-up with its visit and desa (docs/perf-tindak-lanjut.md).
 * It is the same as `tindakLanjutScope` (lib/access/scope.ts) and "mine" the same as `isOwnedBy`
 * (lib/supervisi/pemilik.ts): tests/integration/tindak-lanjut-scope.test.ts holds them equal per role,
 * and tests/integration/tindak-lanjut-pilihan.test.ts that the copied columns equal the visit's.
 */
import { Prisma } from "../generated/prisma/client.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { NO_ID } from "../dal/ids.ts";
import { STATUS_TINDAK_LANJUT } from "../supervisi/pemilik.ts";

export const TL_FROM = Prisma.sql`FROM tindak_lanjut t JOIN kunjungan_supervisi k ON k.id = t.kunjungan_id JOIN desa d ON d.id = k.desa_id`;

/** Open (not SELESAI) as a list of statuses, so that the (kabupaten_id, status, batas_waktu) index answers it. */
export const OPEN_SQL = Prisma.sql`t.status IN (${Prisma.join(STATUS_TINDAK_LANJUT.filter((s) => s !== "SELESAI").map((s) => Prisma.sql`${s}::"StatusTindakLanjut"`))})`;

/**
 * The follow-up's desa is one of the puskesmas's catchment: a semi join (the list and counts: by the
 * desa index), or `asArray`, an array computed once that an index scan in another order checks inside
 * the index and stops early with (the KPI years, walking along the visit date).
 */
export const inPuskesmasSql = (puskesmasId: string, asArray = false) =>
  asArray
    ? Prisma.sql`t.desa_id = ANY (ARRAY(SELECT dp.id FROM desa dp WHERE dp.puskesmas_id = ${puskesmasId}::uuid))`
    : Prisma.sql`t.desa_id IN (SELECT dp.id FROM desa dp WHERE dp.puskesmas_id = ${puskesmasId}::uuid)`;

/** The follow-up scope: its kabupaten and its visit's scope (kunjunganScopeSql), on the follow-up's columns. */
export function tindakLanjutScopeSql(v: Viewer, o: { desaAsArray?: boolean } = {}): Prisma.Sql {
  const kab = Prisma.sql`t.kabupaten_id = ${v.kabupatenId}::uuid`;
  if (v.role === "DINKES_ADMIN" || v.role === "DINKES") return kab;
  if (v.role === "PUSKESMAS") return Prisma.sql`${kab} AND ${inPuskesmasSql(v.puskesmasId ?? NO_ID, o.desaAsArray)}`;
  if (v.role === "BIDAN_DESA") return Prisma.sql`${kab} AND t.desa_id = ${v.desaId ?? NO_ID}::uuid`;
  if (v.role === "KADER")
    return Prisma.sql`${kab} AND t.posyandu_id = ${v.posyanduId ?? NO_ID}::uuid AND EXISTS (SELECT 1 FROM kunjungan_supervisi ks WHERE ks.id = t.kunjungan_id AND ks.status = 'SELESAI')`;
  return Prisma.sql`FALSE`;
}

/** "Milik saya" inside the scope (the scope already limits puskesmas, desa and posyandu). */
export function ownedSql(v: Viewer): Prisma.Sql {
  const named = Prisma.sql`t.pemilik_user_id = ${v.id}::uuid`;
  switch (v.role) {
    case "DINKES_ADMIN":
    case "DINKES":
      return Prisma.sql`(${named} OR t.tingkat_pemilik = 'DINKES')`;
    case "PUSKESMAS":
      return Prisma.sql`(${named} OR (t.tingkat_pemilik = 'PUSKESMAS' AND ${inPuskesmasSql(v.puskesmasId ?? NO_ID)}))`;
    case "BIDAN_DESA":
      return Prisma.sql`(${named} OR (t.tingkat_pemilik = 'DESA' AND t.desa_id = ${v.desaId ?? NO_ID}::uuid))`;
    case "KADER":
      return Prisma.sql`(${named} OR (t.tingkat_pemilik = 'KADER' AND t.posyandu_id = ${v.posyanduId ?? NO_ID}::uuid))`;
    default:
      return Prisma.sql`FALSE`;
  }
}
