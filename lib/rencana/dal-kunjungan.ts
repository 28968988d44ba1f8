/**
 * Planned-visit writes (`supervisi.plan`, on a plan within rencanaKelolaScope): add a site to a plan
 * with its date and team, reschedule or change the team, cancel with a reason. The site must be in
 * the planner's area (a puskesmas: its catchment; the Dinkes: its kabupaten), the date in the plan's
 * quarter and not before today, the users of the team of the planner's kabupaten. Audited; a double
 * submit of the add form writes once.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import type { Viewer } from "../access/viewer-type.ts";
import { ROLE_LABEL } from "../access/permissions.ts";
import { desaScope, kunjunganScope, posyanduScope, rencanaKelolaScope } from "../access/scope.ts";
import type { DbTx } from "../prisma-client.ts";
import { findRequest, writeAudit } from "../audit/audit.ts";
import { isUuid } from "../dal/ids.ts";
import { createOnce, writeOnce } from "../dal/write.ts";
import { DomainError, NotFoundError } from "../errors.ts";
import { isoDay, todayInJakarta } from "../i18n/format.ts";
import { dateFromIso } from "../posyandu/jadwal.ts";
import { visitDateError } from "../supervisi/jadwal-kunjungan.ts";
import { assertPlanner, publishedInstrumen } from "./dal.ts";
import type { AnggotaLuar, TKunjunganBatal, TKunjunganRencanaForm, TKunjunganUbah } from "./schemas.ts";

export const kunjunganAuditSelect = { id: true, rencanaId: true, sasaran: true, posyanduId: true, desaId: true, instrumenId: true, tanggal: true, status: true, alasanBatal: true } as const;

export interface AnggotaTim { userId: string | null; nama: string; peran: string; instansi: string | null }

const STATUS_KATA = { DIRENCANAKAN: "direncanakan", BERLANGSUNG: "sudah dimulai", SELESAI: "sudah selesai", BATAL: "sudah dibatalkan" } as const;

/**
 * The team's users, checked: each must exist and belong to the planner's kabupaten (one from another
 * kabupaten is refused by name: such a member is typed as an outside member) and be active. Users
 * first, then the outside members, in the order given.
 */
async function loadTeam(tx: DbTx, viewer: Viewer, userIds: string[], luar: AnggotaLuar[]): Promise<AnggotaTim[]> {
  const users = userIds.length ? await tx.user.findMany({ where: { id: { in: userIds } }, select: { id: true, nama: true, role: true, kabupatenId: true, isActive: true } }) : [];
  const byId = new Map(users.map((u) => [u.id, u]));
  const problems: string[] = [];
  const team: AnggotaTim[] = [];
  for (const id of userIds) {
    const u = byId.get(id);
    if (!u) problems.push("Anggota tim tidak ditemukan; pilih lagi dari daftar.");
    else if (u.kabupatenId !== viewer.kabupatenId) problems.push(`${u.nama} bukan pengguna ${viewer.kabupatenNama}; anggota dari luar kabupaten ditulis sebagai anggota luar dengan nama dan perannya.`);
    else if (!u.isActive) problems.push(`Akun ${u.nama} sudah tidak aktif; pilih anggota lain.`);
    else team.push({ userId: u.id, nama: u.nama, peran: ROLE_LABEL[u.role], instansi: null });
  }
  if (problems.length) throw new DomainError(problems[0], { tim: [...new Set(problems)] });
  return [...team, ...luar.map((l) => ({ userId: null, ...l }))];
}

async function writeTeam(tx: DbTx, kunjunganId: string, team: AnggotaTim[]) {
  await tx.pesertaKunjungan.deleteMany({ where: { kunjunganId, tim: true } });
  await tx.pesertaKunjungan.createMany({ data: team.map((m, i) => ({ kunjunganId, userId: m.userId, nama: m.nama, peran: m.peran, instansi: m.instansi, tim: true, urutan: i })) });
}

const teamAudit = (team: { nama: string; peran: string }[]) => team.map((m) => `${m.nama} (${m.peran})`);

/** Adds a visit to a plan: the site (by the instrument's sasaran), the date, the team; status DIRENCANAKAN. */
export async function addKunjungan(viewer: Viewer, input: TKunjunganRencanaForm, today = todayInJakarta()): Promise<{ id: string; duplicateSubmit: boolean }> {
  assertPlanner(viewer);
  if (!isUuid(input.rencanaId)) throw new NotFoundError();
  return createOnce(input.requestId, async (tx) => {
    const rencana = await tx.rencanaSupervisi.findFirst({ where: { AND: [{ id: input.rencanaId }, rencanaKelolaScope(viewer)] }, select: { id: true, kabupatenId: true, tahun: true, triwulan: true, instrumenId: true } });
    if (!rencana) throw new NotFoundError();
    const instrumenId = input.instrumenId ?? rencana.instrumenId;
    if (!instrumenId) throw new DomainError("Pilih instrumen.", { instrumenId: ["Pilih instrumen untuk kunjungan ini."] });
    const instrumen = await publishedInstrumen(tx, viewer, instrumenId, "instrumenId");
    let site: { posyanduId: string | null; desaId: string };
    if (instrumen.sasaran === "POSYANDU") {
      if (!input.posyanduId) throw new DomainError("Pilih posyandu.", { posyanduId: [`Pilih posyandu yang dikunjungi (instrumen ${instrumen.nama} untuk posyandu).`] });
      const pos = await tx.posyandu.findFirst({ where: { AND: [{ id: input.posyanduId }, posyanduScope(viewer)] }, select: { id: true, desaId: true } });
      if (!pos) throw new DomainError("Posyandu tidak ditemukan di wilayah Anda.", { posyanduId: ["Pilih posyandu di wilayah rencana ini."] });
      site = { posyanduId: pos.id, desaId: pos.desaId };
    } else {
      if (!input.desaId) throw new DomainError("Pilih desa.", { desaId: [`Pilih desa yang dikunjungi (instrumen ${instrumen.nama} untuk desa).`] });
      const desa = await tx.desa.findFirst({ where: { AND: [{ id: input.desaId }, desaScope(viewer)] }, select: { id: true } });
      if (!desa) throw new DomainError("Desa tidak ditemukan di wilayah Anda.", { desaId: ["Pilih desa di wilayah rencana ini."] });
      site = { posyanduId: null, desaId: desa.id };
    }
    const dateProblem = visitDateError(input.tanggal, rencana, today);
    if (dateProblem) throw new DomainError(dateProblem, { tanggal: [dateProblem] });
    const team = await loadTeam(tx, viewer, input.timUserId, input.luar);
    const created = await tx.kunjunganSupervisi.create({
      data: { id: randomUUID(), kabupatenId: rencana.kabupatenId, rencanaId: rencana.id, sasaran: instrumen.sasaran, ...site, instrumenId: instrumen.id, tanggal: dateFromIso(input.tanggal), status: "DIRENCANAKAN", dibuatOlehId: viewer.id },
      select: kunjunganAuditSelect,
    });
    await writeTeam(tx, created.id, team);
    await writeAudit(tx, viewer, { entity: "kunjungan_supervisi", entityId: created.id, action: "CREATE", after: { ...created, tim: teamAudit(team) }, requestId: input.requestId });
    return created.id;
  }, () => new DomainError("Kunjungan tidak dapat disimpan; coba lagi."));
}

/** A planned visit on a plan the viewer may change, with its plan's quarter and its team; else not found. */
async function plannedVisit(tx: DbTx, viewer: Viewer, id: string) {
  if (!isUuid(id)) throw new NotFoundError();
  const row = await tx.kunjunganSupervisi.findFirst({
    where: { AND: [{ id }, kunjunganScope(viewer), { rencana: rencanaKelolaScope(viewer) }] },
    select: { ...kunjunganAuditSelect, rencana: { select: { tahun: true, triwulan: true } }, peserta: { where: { tim: true }, select: { nama: true, peran: true }, orderBy: { urutan: "asc" } } },
  });
  if (!row || !row.rencana) throw new NotFoundError();
  return { ...row, rencana: row.rencana };
}

function assertStillPlanned(status: keyof typeof STATUS_KATA, what: string) {
  if (status !== "DIRENCANAKAN") throw new DomainError(`Kunjungan ini ${STATUS_KATA[status]}; ${what} hanya selama kunjungan masih direncanakan.`);
}

/**
 * Reschedules a planned visit and sets its team. A new date must be in the plan's quarter and not
 * before today; an unchanged date is kept even when it has passed (only the team changes then).
 */
export async function updateKunjungan(viewer: Viewer, input: TKunjunganUbah, today = todayInJakarta()): Promise<{ rencanaId: string }> {
  assertPlanner(viewer);
  return writeOnce(async (tx) => {
    const before = await plannedVisit(tx, viewer, input.id);
    // The same form sent again (a double click): already written, nothing more to do.
    if (await findRequest(tx, input.requestId)) return { rencanaId: before.rencanaId! };
    assertStillPlanned(before.status, "jadwal dan tim dapat diubah");
    if (input.tanggal !== isoDay(before.tanggal)) {
      const dateProblem = visitDateError(input.tanggal, before.rencana, today);
      if (dateProblem) throw new DomainError(dateProblem, { tanggal: [dateProblem] });
    }
    const team = await loadTeam(tx, viewer, input.timUserId, input.luar);
    // Only while still planned: a visit started meanwhile keeps its date and team.
    const { count } = await tx.kunjunganSupervisi.updateMany({ where: { id: before.id, status: "DIRENCANAKAN" }, data: { tanggal: dateFromIso(input.tanggal) } });
    if (count !== 1) throw new DomainError("Kunjungan ini baru saja dimulai atau diubah; muat ulang halaman.");
    await writeTeam(tx, before.id, team);
    const { rencana: _r, peserta, ...values } = before;
    void _r;
    await writeAudit(tx, viewer, { entity: "kunjungan_supervisi", entityId: before.id, action: "UPDATE", before: { ...values, tim: teamAudit(peserta) }, after: { tanggal: input.tanggal, tim: teamAudit(team) }, requestId: input.requestId });
    return { rencanaId: before.rencanaId! };
  }, () => new DomainError("Kunjungan tidak dapat disimpan; coba lagi."));
}

/** Cancels a planned visit with its reason (status BATAL); the row stays, so the calendar shows it. */
export async function cancelKunjungan(viewer: Viewer, input: TKunjunganBatal): Promise<{ rencanaId: string }> {
  assertPlanner(viewer);
  return writeOnce(async (tx) => {
    const before = await plannedVisit(tx, viewer, input.id);
    assertStillPlanned(before.status, "pembatalan");
    const { count } = await tx.kunjunganSupervisi.updateMany({ where: { id: before.id, status: "DIRENCANAKAN" }, data: { status: "BATAL", alasanBatal: input.alasanBatal } });
    if (count !== 1) throw new DomainError("Kunjungan ini baru saja dimulai atau diubah; muat ulang halaman.");
    await writeAudit(tx, viewer, { entity: "kunjungan_supervisi", entityId: before.id, action: "UPDATE", before: { status: before.status }, after: { status: "BATAL", alasanBatal: input.alasanBatal } });
    return { rencanaId: before.rencanaId! };
  }, () => new DomainError("Kunjungan tidak dapat dibatalkan; coba lagi."));
}
