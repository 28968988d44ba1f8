/**
 * The scope of each role, as Prisma `where` fragments. Every query and every write puts one of these
 * in its `where`, so that a record outside the viewer's area answers exactly like one that does not
 * exist. Dinkes: its kabupaten. Puskesmas: the desa of its catchment. Bidan desa: its desa.
 * Kader: its posyandu.
 */
import { Prisma } from "../generated/prisma/client.ts";
import type { Viewer } from "./viewer-type.ts";
import { can } from "./permissions.ts";
// A uuid that matches nothing: used where a role has no business at all.
import { NO_ID } from "../dal/ids.ts";


function isDinkes(v: Viewer) {
  return v.role === "DINKES_ADMIN" || v.role === "DINKES";
}

export function desaScope(v: Viewer): Prisma.DesaWhereInput {
  if (isDinkes(v)) return { kabupatenId: v.kabupatenId };
  if (v.role === "PUSKESMAS") return { kabupatenId: v.kabupatenId, puskesmasId: v.puskesmasId ?? NO_ID };
  if (v.role === "BIDAN_DESA") return { kabupatenId: v.kabupatenId, id: v.desaId ?? NO_ID };
  if (v.role === "KADER") return { kabupatenId: v.kabupatenId, posyandu: { some: { id: v.posyanduId ?? NO_ID } } };
  return { id: NO_ID };
}

export function kecamatanScope(v: Viewer): Prisma.KecamatanWhereInput {
  if (isDinkes(v)) return { kabupatenId: v.kabupatenId };
  return { kabupatenId: v.kabupatenId, desa: { some: desaScope(v) } };
}

export function dusunScope(v: Viewer): Prisma.DusunWhereInput {
  if (v.role === "KADER") return { posyandu: { some: { id: v.posyanduId ?? NO_ID } } };
  return { desa: desaScope(v) };
}

export function posyanduScope(v: Viewer): Prisma.PosyanduWhereInput {
  if (v.role === "KADER") return { id: v.posyanduId ?? NO_ID, desa: { kabupatenId: v.kabupatenId } };
  return { desa: desaScope(v) };
}

export function puskesmasScope(v: Viewer): Prisma.PuskesmasWhereInput {
  if (isDinkes(v)) return { kabupatenId: v.kabupatenId };
  if (v.role === "PUSKESMAS") return { kabupatenId: v.kabupatenId, id: v.puskesmasId ?? NO_ID };
  if (v.role === "BIDAN_DESA") return { kabupatenId: v.kabupatenId, catchment: { some: { id: v.desaId ?? NO_ID } } };
  return { id: NO_ID };
}

export function pustuScope(v: Viewer): Prisma.PustuWhereInput {
  if (v.role === "KADER") return { id: NO_ID };
  return { desa: desaScope(v) };
}

/**
 * Records that hang off one posyandu (kaders, kit, premises, readiness snapshots, pilots): in scope
 * exactly when their posyandu is.
 */
export function ofPosyanduScope(v: Viewer): { posyandu: Prisma.PosyanduWhereInput } {
  return { posyandu: posyanduScope(v) };
}

export const kaderScope = (v: Viewer): Prisma.KaderWhereInput => ofPosyanduScope(v);
export const saranaScope = (v: Viewer): Prisma.SaranaPosyanduWhereInput => ofPosyanduScope(v);
export const kesiapanScope = (v: Viewer): Prisma.KesiapanBulananWhereInput => ofPosyanduScope(v);
export const percontohanScope = (v: Viewer): Prisma.PercontohanWhereInput => ofPosyanduScope(v);

/** A skill assessment: in scope when its kader is. */
export function penilaianScope(v: Viewer): Prisma.PenilaianKeterampilanWhereInput {
  return { kader: kaderScope(v) };
}

/** A roll-out target: in scope when its own posyandu is (a puskesmas sees the roll-out in its catchment). */
export function replikasiScope(v: Viewer): Prisma.ReplikasiPercontohanWhereInput {
  return { posyandu: posyanduScope(v) };
}

/** A study visit: in scope when its pilot is. */
export function studiBandingScope(v: Viewer): Prisma.StudiBandingWhereInput {
  return { kabupatenId: v.kabupatenId, percontohan: percontohanScope(v) };
}

/** The catalogues (skills, kit) and the rules are the kabupaten's: every role of it reads them. */
export function kabupatenDataScope(v: Viewer): { kabupatenId: string } {
  return { kabupatenId: v.kabupatenId };
}

/** Users: a Dinkes admin manages the accounts of its kabupaten; everyone else only sees themself. */
export function userScope(v: Viewer): Prisma.UserWhereInput {
  if (v.role === "DINKES_ADMIN") return { kabupatenId: v.kabupatenId };
  return { id: v.id };
}

/**
 * An import job belongs to the admin who uploaded it, in its kabupaten: anyone else (another admin,
 * another kabupaten) gets "not found", exactly as for a job that does not exist.
 */
export function importJobScope(v: Viewer): Prisma.ImportJobWhereInput {
  if (!can(v, "import.run")) return { id: NO_ID };
  return { kabupatenId: v.kabupatenId, createdById: v.id, jenis: "WILAYAH" };
}

/** The import history a viewer may list: every job of its kabupaten (who/when/counts). */
export function importHistoryScope(v: Viewer): Prisma.ImportJobWhereInput {
  if (!can(v, "import.run")) return { id: NO_ID };
  return { kabupatenId: v.kabupatenId, jenis: "WILAYAH" };
}

/**
 * The same scope as `desaScope`, as a SQL condition on a desa row aliased `d`, for aggregates written
 * in SQL (counts over several tables in one statement). tests/integration/scope-sql.test.ts proves it
 * selects exactly the rows `desaScope` does, for every role.
 */
export function desaScopeSql(v: Viewer): Prisma.Sql {
  const kab = Prisma.sql`d.kabupaten_id = ${v.kabupatenId}::uuid`;
  if (isDinkes(v)) return kab;
  if (v.role === "PUSKESMAS") return Prisma.sql`${kab} AND d.puskesmas_id = ${v.puskesmasId ?? NO_ID}::uuid`;
  if (v.role === "BIDAN_DESA") return Prisma.sql`${kab} AND d.id = ${v.desaId ?? NO_ID}::uuid`;
  if (v.role === "KADER") return Prisma.sql`${kab} AND EXISTS (SELECT 1 FROM posyandu sp WHERE sp.desa_id = d.id AND sp.id = ${v.posyanduId ?? NO_ID}::uuid)`;
  return Prisma.sql`FALSE`;
}

/** The same scope as `posyanduScope`, on a posyandu row aliased `p` whose desa is aliased `d`. */
export function posyanduScopeSql(v: Viewer): Prisma.Sql {
  if (v.role === "KADER") return Prisma.sql`p.id = ${v.posyanduId ?? NO_ID}::uuid AND d.kabupaten_id = ${v.kabupatenId}::uuid`;
  return desaScopeSql(v);
}

// ─── Supervisi ─────────────────────────────────────────────────────────────────────────────────────

/**
 * A supervision visit: the Dinkes sees its kabupaten's; a puskesmas officer the visits to the desa of
 * its catchment (whoever planned them); a bidan desa those in its desa; a kader only the submitted
 * visits to its own posyandu (its feedback sheets), never drafts or desa-level visits.
 */
export function kunjunganScope(v: Viewer): Prisma.KunjunganSupervisiWhereInput {
  if (isDinkes(v)) return { kabupatenId: v.kabupatenId };
  if (v.role === "PUSKESMAS") return { kabupatenId: v.kabupatenId, desa: { puskesmasId: v.puskesmasId ?? NO_ID } };
  if (v.role === "BIDAN_DESA") return { kabupatenId: v.kabupatenId, desaId: v.desaId ?? NO_ID };
  if (v.role === "KADER") return { kabupatenId: v.kabupatenId, posyanduId: v.posyanduId ?? NO_ID, status: "SELESAI" };
  return { id: NO_ID };
}

/**
 * A supervision plan: the Dinkes sees its kabupaten's; a puskesmas officer its own puskesmas's plans
 * and any plan with a visit in its catchment; a bidan desa plans with a visit in its desa; a kader none.
 */
export function rencanaScope(v: Viewer): Prisma.RencanaSupervisiWhereInput {
  if (isDinkes(v)) return { kabupatenId: v.kabupatenId };
  if (v.role === "PUSKESMAS")
    return { kabupatenId: v.kabupatenId, OR: [{ puskesmasId: v.puskesmasId ?? NO_ID }, { kunjungan: { some: kunjunganScope(v) } }] };
  if (v.role === "BIDAN_DESA") return { kabupatenId: v.kabupatenId, kunjungan: { some: kunjunganScope(v) } };
  return { id: NO_ID };
}

/**
 * The plans a viewer may change (edit, delete, add or move their visits): the Dinkes (admin and staff)
 * its kabupaten-level plans; a puskesmas officer its own puskesmas's plans. Reading a plan
 * (rencanaScope) is wider: a puskesmas officer does not change a Dinkes plan that visits its catchment.
 */
export function rencanaKelolaScope(v: Viewer): Prisma.RencanaSupervisiWhereInput {
  if (!can(v, "supervisi.plan")) return { id: NO_ID };
  if (isDinkes(v)) return { kabupatenId: v.kabupatenId, tingkat: "KABUPATEN" };
  if (v.role === "PUSKESMAS") return { kabupatenId: v.kabupatenId, tingkat: "PUSKESMAS", puskesmasId: v.puskesmasId ?? NO_ID };
  return { id: NO_ID };
}

/**
 * The same scope as `kunjunganScope`, on a visit row aliased `k` whose desa is aliased `d`, for the
 * calendar's and the suggestions' aggregates (tests/integration/rencana-scope.test.ts proves they match).
 */
export function kunjunganScopeSql(v: Viewer): Prisma.Sql {
  const kab = Prisma.sql`k.kabupaten_id = ${v.kabupatenId}::uuid`;
  if (isDinkes(v)) return kab;
  if (v.role === "PUSKESMAS") return Prisma.sql`${kab} AND d.puskesmas_id = ${v.puskesmasId ?? NO_ID}::uuid`;
  if (v.role === "BIDAN_DESA") return Prisma.sql`${kab} AND k.desa_id = ${v.desaId ?? NO_ID}::uuid`;
  if (v.role === "KADER") return Prisma.sql`${kab} AND k.posyandu_id = ${v.posyanduId ?? NO_ID}::uuid AND k.status = 'SELESAI'`;
  return Prisma.sql`FALSE`;
}

/** A follow-up: in scope when the visit it came from is (a kader: its own posyandu's submitted visits). */
export function tindakLanjutScope(v: Viewer): Prisma.TindakLanjutWhereInput {
  return { kabupatenId: v.kabupatenId, kunjungan: kunjunganScope(v) };
}

// ─── Hari posyandu ─────────────────────────────────────────────────────────────────────────────────

/**
 * People served, posyandu days and their entries: in scope exactly when their posyandu is (a kader:
 * its own posyandu; a bidan desa: its desa's; a puskesmas: its catchment's; the Dinkes: its
 * kabupaten's). Names are further gated by the `sasaran.read` permission.
 */
export function sasaranScope(v: Viewer): Prisma.SasaranWhereInput {
  return { kabupatenId: v.kabupatenId, ...ofPosyanduScope(v) };
}
export function hariBukaScope(v: Viewer): Prisma.HariBukaWhereInput {
  return { kabupatenId: v.kabupatenId, ...ofPosyanduScope(v) };
}
export function pemeriksaanScope(v: Viewer): Prisma.PemeriksaanWhereInput {
  return { kabupatenId: v.kabupatenId, hariBuka: ofPosyanduScope(v) };
}

/** A sasaran import job (checked file awaiting confirmation): the uploader's own, with sasaran.manage. */
export function sasaranImportJobScope(v: Viewer): Prisma.ImportJobWhereInput {
  if (!can(v, "sasaran.manage")) return { id: NO_ID };
  return { kabupatenId: v.kabupatenId, createdById: v.id, jenis: "SASARAN" };
}
