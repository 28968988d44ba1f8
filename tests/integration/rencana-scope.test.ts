/**
 * Supervision plans and planned visits: every read and write per role, forged server-action calls
 * (the real actions, with the session mocked) carrying ids outside the caller's reach, a team member
 * from another kabupaten, the quarter and past-date rules, audit rows, the double submit, the clash
 * check, the calendar and the suggested sites, and the SQL twin of kunjunganScope.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { randomUUID } from "node:crypto";

const session = vi.hoisted(() => ({ viewer: null as unknown }));
vi.mock("../../lib/auth/viewer.ts", () => ({ getViewer: async () => session.viewer, requireViewer: async () => session.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => { throw Object.assign(new Error(`REDIRECT ${to}`), { redirectTo: to }); },
  notFound: () => { throw new Error("NOT_FOUND"); },
}));

import { testDb, viewer, posyanduId, desaId, auditCount, KLOROGAN, KAIBON, BANYUMENENG, type DemoUsername } from "../support/db.ts";
import { Prisma } from "../../lib/generated/prisma/client.ts";
import { kunjunganScope, kunjunganScopeSql } from "../../lib/access/scope.ts";
import { checkTeamDay, getRencana, getRencanaKelola, listRencana, searchPilihan } from "../../lib/rencana/queries.ts";
import { kunjunganBulan, listKunjungan, rekapTahun } from "../../lib/rencana/queries-kalender.ts";
import { listLokasiSaran } from "../../lib/rencana/queries-saran.ts";
import { createRencana, deleteRencana, updateRencana } from "../../lib/rencana/dal.ts";
import { addKunjungan, cancelKunjungan, updateKunjungan } from "../../lib/rencana/dal-kunjungan.ts";
import { addKunjunganAction, cancelKunjunganAction, createRencanaAction, deleteRencanaAction, updateRencanaAction } from "../../lib/rencana/actions.ts";
import { ZRencanaListParams, ZSaranParams, ZSupervisiParams, type TKunjunganRencanaForm, type TRencanaForm } from "../../lib/rencana/schemas.ts";
import { initialActionState, type ActionState } from "../../lib/actions/action-state.ts";
import { DomainError, ForbiddenError, NotFoundError } from "../../lib/errors.ts";
import { todayInJakarta } from "../../lib/i18n/format.ts";
import { nextDates } from "../../lib/posyandu/jadwal.ts";
import { quarterOf, quarterRangeLabel } from "../../lib/supervisi/jadwal-kunjungan.ts";

const TODAY = todayInJakarta();
const all = ZRencanaListParams.parse({ size: "100" });
const created: string[] = [];
let instrumenMadiun = "";
let instrumenDesaMadiun = "";
let instrumenDemak = "";
/** Melati 1's next posyandu day (the seeded Dinkes visit) and its quarter. */
let hariMelati = "";
let q = { tahun: 0, triwulan: 0 };

async function uid(username: string) {
  return (await testDb.user.findUniqueOrThrow({ where: { username }, select: { id: true } })).id;
}
async function dinkesPlan() {
  return (await testDb.rencanaSupervisi.findFirstOrThrow({ where: { tingkat: "KABUPATEN", nama: { startsWith: "Supervisi kesiapan ILP Dinkes" } }, select: { id: true } })).id;
}
async function kaibonPlan() {
  return (await testDb.rencanaSupervisi.findFirstOrThrow({ where: { tingkat: "PUSKESMAS", nama: { startsWith: "Supervisi posyandu wilayah Puskesmas Kaibon" } }, select: { id: true } })).id;
}
const planForm = (o: Partial<TRencanaForm> = {}): TRencanaForm => ({ nama: "Rencana uji", tahun: q.tahun, triwulan: q.triwulan, instrumenId: instrumenMadiun, catatan: null, requestId: randomUUID(), ...o });
const visitForm = (rencanaId: string, o: Partial<TKunjunganRencanaForm> = {}): TKunjunganRencanaForm => ({ rencanaId, posyanduId: null, desaId: null, instrumenId: null, tanggal: hariMelati, requestId: randomUUID(), timUserId: [], luar: [], ...o });
async function counts() {
  return { audit: await auditCount(), rencana: await testDb.rencanaSupervisi.count(), kunjungan: await testDb.kunjunganSupervisi.count(), peserta: await testDb.pesertaKunjungan.count() };
}
function fd(values: Record<string, string | string[]>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) for (const x of Array.isArray(v) ? v : [v]) f.append(k, x);
  return f;
}
/** Calls a real server action as `username`; a redirect (success) comes back as `{ redirectTo }`. */
async function callAs(username: DemoUsername, action: (prev: ActionState, f: FormData) => Promise<ActionState>, values: Record<string, string | string[]>): Promise<ActionState & { redirectTo?: string }> {
  session.viewer = await viewer(username);
  try {
    return await action(initialActionState, fd(values));
  } catch (e) {
    const to = (e as { redirectTo?: string }).redirectTo;
    if (to) return { ok: true, redirectTo: to };
    throw e;
  }
}
/** A plan made directly for a test (cleaned up afterwards). */
async function planOf(username: DemoUsername, o: Partial<TRencanaForm> = {}) {
  const { id } = await createRencana(await viewer(username), planForm(o));
  created.push(id);
  return id;
}

beforeAll(async () => {
  const madiun = (await viewer("dinkes.madiun")).kabupatenId;
  const demak = (await viewer("dinkes.demak")).kabupatenId;
  instrumenMadiun = (await testDb.instrumen.findFirstOrThrow({ where: { kabupatenId: madiun, kode: "ILP-POSYANDU", status: "TERBIT" } })).id;
  instrumenDesaMadiun = (await testDb.instrumen.findFirstOrThrow({ where: { kabupatenId: madiun, kode: "ILP-DESA", status: "TERBIT" } })).id;
  instrumenDemak = (await testDb.instrumen.findFirstOrThrow({ where: { kabupatenId: demak, kode: "ILP-POSYANDU", status: "TERBIT" } })).id;
  [hariMelati] = nextDates({ mingguKe: 2, hari: 2 }, TODAY, 1);
  q = quarterOf(hariMelati);
});

afterAll(async () => {
  await testDb.kunjunganSupervisi.deleteMany({ where: { rencanaId: { in: created } } });
  await testDb.rencanaSupervisi.deleteMany({ where: { id: { in: created } } });
});

describe("the seeded plans", () => {
  it("the Dinkes visits Melati 1 on its next posyandu day with two users and an outside member; Kaibon plans its desa's posyandu", async () => {
    const plan = await getRencana(await viewer("dinkes.madiun"), await dinkesPlan());
    expect(plan.tingkat).toBe("KABUPATEN");
    expect(plan.kunjungan).toHaveLength(1);
    expect(plan.kunjungan[0]).toMatchObject({ tanggal: hariMelati, status: "DIRENCANAKAN", posyandu: { nama: "Melati 1" } });
    expect(plan.kunjungan[0].peserta.map((p) => p.nama)).toEqual(["Admin Dinkes Madiun", "Staf Kesmas Dinkes Madiun", "Sri Wahyuni (ilustratif)"]);
    const kaibon = await getRencana(await viewer("pkm.kaibon"), await kaibonPlan());
    expect(kaibon.kunjungan.length).toBeGreaterThanOrEqual(2);
    expect(kaibon.kunjungan.every((k) => k.desa.nama === "Kaibon")).toBe(true);
    expect(kaibon.bolehKelola).toBe(true);
  });
});

describe("plan reads: each role sees the plans of its area only", () => {
  const expected: Record<DemoUsername, string[]> = {
    "dinkes.madiun": ["KABUPATEN", "PUSKESMAS"],
    "staf.madiun": ["KABUPATEN", "PUSKESMAS"],
    "dinkes.demak": [],
    // The Dinkes plan visits Melati 1, in Geger's catchment and in Desa Klorogan.
    "pkm.geger": ["KABUPATEN"],
    "pkm.kaibon": ["PUSKESMAS"],
    "bidan.klorogan": ["KABUPATEN"],
    "kader.melati1": [],
    "kader.mawar2": [],
  };
  for (const [username, levels] of Object.entries(expected) as [DemoUsername, string[]][]) {
    it(`${username}: ${levels.join(", ") || "none"}`, async () => {
      const { rows } = await listRencana(await viewer(username), all);
      expect(rows.filter((r) => !r.nama.startsWith("Rencana uji")).map((r) => r.tingkat).sort()).toEqual(levels);
    });
  }
  it("a puskesmas officer reads the Dinkes plan that visits its catchment but may not change it", async () => {
    const plan = await getRencana(await viewer("pkm.geger"), await dinkesPlan());
    expect(plan.bolehKelola).toBe(false);
    await expect(getRencanaKelola(await viewer("pkm.geger"), await dinkesPlan())).rejects.toBeInstanceOf(NotFoundError);
  });
  for (const [username, plan] of [["dinkes.demak", dinkesPlan], ["pkm.kaibon", dinkesPlan], ["pkm.geger", kaibonPlan], ["kader.melati1", dinkesPlan], ["bidan.klorogan", kaibonPlan]] as const) {
    it(`${username} gets "not found" for ${plan.name}`, async () => {
      await expect(getRencana(await viewer(username), await plan())).rejects.toBeInstanceOf(NotFoundError);
    });
  }
  it("malformed and unknown ids are not found; the list counts visits per status", async () => {
    await expect(getRencana(await viewer("dinkes.madiun"), "x")).rejects.toBeInstanceOf(NotFoundError);
    await expect(getRencana(await viewer("dinkes.madiun"), randomUUID())).rejects.toBeInstanceOf(NotFoundError);
    const row = (await listRencana(await viewer("dinkes.madiun"), { ...all, tingkat: "KABUPATEN", q: "kesiapan ILP Dinkes" })).rows[0];
    expect(row.kunjungan).toEqual({ DIRENCANAKAN: 1 });
  });
});

describe("writes: who may plan what", () => {
  for (const username of ["bidan.klorogan", "kader.melati1"] as const) {
    it(`${username} cannot plan: every write refused, nothing written`, async () => {
      const v = await viewer(username);
      const plan = await dinkesPlan();
      const before = await counts();
      for (const call of [() => createRencana(v, planForm()), () => updateRencana(v, { ...planForm(), id: plan }), () => deleteRencana(v, plan), () => addKunjungan(v, visitForm(plan))]) {
        await expect(call()).rejects.toBeInstanceOf(ForbiddenError);
      }
      expect(await counts()).toEqual(before);
    });
  }
  it("a puskesmas officer cannot edit, delete or add to the Dinkes plan (not found), nothing written", async () => {
    const v = await viewer("pkm.geger");
    const plan = await dinkesPlan();
    const visit = (await testDb.kunjunganSupervisi.findFirstOrThrow({ where: { rencanaId: plan } })).id;
    const before = await counts();
    await expect(updateRencana(v, { ...planForm(), id: plan })).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteRencana(v, plan)).rejects.toBeInstanceOf(NotFoundError);
    await expect(addKunjungan(v, visitForm(plan, { posyanduId: await posyanduId(KLOROGAN, "Melati 2"), timUserId: [v.id] }))).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateKunjungan(v, { id: visit, tanggal: hariMelati, requestId: undefined, timUserId: [v.id], luar: [] })).rejects.toBeInstanceOf(NotFoundError);
    await expect(cancelKunjungan(v, { id: visit, alasanBatal: "uji" })).rejects.toBeInstanceOf(NotFoundError);
    expect(await counts()).toEqual(before);
  });
  it("a puskesmas plan is at its own puskesmas's level, and cannot take a site outside its catchment", async () => {
    const v = await viewer("pkm.kaibon");
    const plan = await planOf("pkm.kaibon");
    expect(await testDb.rencanaSupervisi.findUniqueOrThrow({ where: { id: plan }, select: { tingkat: true, puskesmasId: true } })).toEqual({ tingkat: "PUSKESMAS", puskesmasId: v.puskesmasId });
    const before = await counts();
    const err = await addKunjungan(v, visitForm(plan, { posyanduId: await posyanduId(KLOROGAN, "Melati 1"), timUserId: [v.id] })).catch((e) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect(err.fieldErrors).toEqual({ posyanduId: ["Pilih posyandu di wilayah rencana ini."] });
    const errDesa = await addKunjungan(v, visitForm(plan, { instrumenId: instrumenDesaMadiun, desaId: await desaId(KLOROGAN), timUserId: [v.id] })).catch((e) => e);
    expect(errDesa.fieldErrors).toEqual({ desaId: ["Pilih desa di wilayah rencana ini."] });
    expect(await counts()).toEqual(before);
  });
  it("the Demak admin's forged ids (a Madiun plan, a Madiun posyandu, Madiun's instrument) are refused, nothing written", async () => {
    const v = await viewer("dinkes.demak");
    const before = await counts();
    await expect(updateRencana(v, { ...planForm({ instrumenId: instrumenDemak }), id: await dinkesPlan() })).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteRencana(v, await dinkesPlan())).rejects.toBeInstanceOf(NotFoundError);
    await expect(addKunjungan(v, visitForm(await dinkesPlan(), { timUserId: [v.id] }))).rejects.toBeInstanceOf(NotFoundError);
    const err = await createRencana(v, planForm({ instrumenId: instrumenMadiun })).catch((e) => e);
    expect(err.fieldErrors).toEqual({ instrumenId: ["Pilih instrumen yang sudah terbit di kabupaten Anda."] });
    expect(await counts()).toEqual(before);
    const demakPlan = await planOf("dinkes.demak", { instrumenId: instrumenDemak });
    const errPos = await addKunjungan(v, visitForm(demakPlan, { posyanduId: await posyanduId(KLOROGAN, "Melati 1"), timUserId: [v.id] })).catch((e) => e);
    expect(errPos.fieldErrors).toEqual({ posyanduId: ["Pilih posyandu di wilayah rencana ini."] });
    expect(await posyanduId(BANYUMENENG, "Kenanga 1")).toBeTruthy();
  });
  it("a team member from another kabupaten is refused naming the member; an unknown one too; nothing written", async () => {
    const v = await viewer("dinkes.madiun");
    const plan = await planOf("dinkes.madiun");
    const before = await counts();
    const err = await addKunjungan(v, visitForm(plan, { posyanduId: await posyanduId(KLOROGAN, "Mawar 1"), timUserId: [v.id, await uid("dinkes.demak")] })).catch((e) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect(err.fieldErrors.tim).toEqual(["Admin Dinkes Demak bukan pengguna Kabupaten Madiun; anggota dari luar kabupaten ditulis sebagai anggota luar dengan nama dan perannya."]);
    const unknown = await addKunjungan(v, visitForm(plan, { posyanduId: await posyanduId(KLOROGAN, "Mawar 1"), timUserId: [randomUUID()] })).catch((e) => e);
    expect(unknown.fieldErrors.tim).toEqual(["Anggota tim tidak ditemukan; pilih lagi dari daftar."]);
    expect(await counts()).toEqual(before);
  });
});

describe("dates, team, audit and the double submit", () => {
  it("a date outside the quarter is refused naming the quarter; a date before today too", async () => {
    const v = await viewer("dinkes.madiun");
    const plan = await planOf("dinkes.madiun", { tahun: 2025, triwulan: 1 });
    const before = await counts();
    const err = await addKunjungan(v, visitForm(plan, { posyanduId: await posyanduId(KLOROGAN, "Mawar 1"), tanggal: "2025-04-01", timUserId: [v.id] }), "2025-01-10").catch((e) => e);
    expect(err.fieldErrors).toEqual({ tanggal: ["Tanggal harus dalam triwulan rencana (1 Jan – 31 Mar 2025)."] });
    const past = await addKunjungan(v, visitForm(plan, { posyanduId: await posyanduId(KLOROGAN, "Mawar 1"), tanggal: "2025-01-09", timUserId: [v.id] }), "2025-01-10").catch((e) => e);
    expect(past.fieldErrors).toEqual({ tanggal: ["Tanggal kunjungan yang direncanakan tidak boleh sebelum hari ini."] });
    expect(await counts()).toEqual(before);
  });
  it("add, reschedule, change the team and cancel: each audited; a started visit can no longer be moved", async () => {
    const v = await viewer("dinkes.madiun");
    const plan = await planOf("dinkes.madiun");
    const a0 = await auditCount();
    const { id } = await addKunjungan(v, visitForm(plan, { posyanduId: await posyanduId(KLOROGAN, "Mawar 1"), timUserId: [v.id], luar: [{ nama: "dr. Budi (ilustratif)", peran: "Dokter", instansi: "Puskesmas Geger" }] }));
    const visit = await testDb.kunjunganSupervisi.findUniqueOrThrow({ where: { id }, select: { status: true, sasaran: true, instrumenId: true, kabupatenId: true, peserta: { select: { nama: true, tim: true, userId: true }, orderBy: { urutan: "asc" } } } });
    expect(visit).toMatchObject({ status: "DIRENCANAKAN", sasaran: "POSYANDU", instrumenId: instrumenMadiun, kabupatenId: v.kabupatenId });
    expect(visit.peserta).toEqual([{ nama: "Admin Dinkes Madiun", tim: true, userId: v.id }, { nama: "dr. Budi (ilustratif)", tim: true, userId: null }]);
    const change = { id, tanggal: hariMelati, requestId: randomUUID(), timUserId: [await uid("staf.madiun")], luar: [] };
    await updateKunjungan(v, change);
    // The same edit form sent twice writes once.
    await updateKunjungan(v, change);
    expect((await testDb.pesertaKunjungan.findMany({ where: { kunjunganId: id } })).map((p) => p.nama)).toEqual(["Staf Kesmas Dinkes Madiun"]);
    await cancelKunjungan(v, { id, alasanBatal: "Jadwal bentrok dengan rapat" });
    expect(await testDb.kunjunganSupervisi.findUniqueOrThrow({ where: { id }, select: { status: true, alasanBatal: true } })).toEqual({ status: "BATAL", alasanBatal: "Jadwal bentrok dengan rapat" });
    const audits = await testDb.auditLog.findMany({ where: { entityId: id }, orderBy: { id: "asc" }, select: { entity: true, action: true, after: true } });
    expect(audits.map((a) => `${a.entity}:${a.action}`)).toEqual(["kunjungan_supervisi:CREATE", "kunjungan_supervisi:UPDATE", "kunjungan_supervisi:UPDATE"]);
    expect(audits[1].after).toMatchObject({ tim: ["Staf Kesmas Dinkes Madiun (Staf Dinkes)"] });
    expect(await auditCount()).toBe(a0 + 3);
    await expect(cancelKunjungan(v, { id, alasanBatal: "lagi" })).rejects.toThrow("Kunjungan ini sudah dibatalkan; pembatalan hanya selama kunjungan masih direncanakan.");
  });
  it("the create form sent twice at once makes one plan and one audit row", async () => {
    const v = await viewer("dinkes.madiun");
    const form = planForm({ nama: "Rencana uji kirim ganda" });
    const before = await counts();
    const [a, b] = await Promise.all([createRencana(v, form), createRencana(v, form)]);
    created.push(a.id);
    expect(a.id).toBe(b.id);
    expect([a.duplicateSubmit, b.duplicateSubmit].sort()).toEqual([false, true]);
    expect(await counts()).toEqual({ ...before, audit: before.audit + 1, rencana: before.rencana + 1 });
  });
  it("a plan whose visit has started is not deleted; one with only planned visits goes with them; changing the quarter is refused while visits fall outside", async () => {
    const v = await viewer("dinkes.madiun");
    const plan = await planOf("dinkes.madiun");
    const { id } = await addKunjungan(v, visitForm(plan, { posyanduId: await posyanduId(KLOROGAN, "Mawar 2"), timUserId: [v.id] }));
    const other = q.triwulan === 4 ? 1 : q.triwulan + 1;
    const qErr = await updateRencana(v, { ...planForm({ triwulan: other }), id: plan }).catch((e) => e);
    expect(qErr.fieldErrors.triwulan[0]).toMatch(/^1 kunjungan rencana ini bertanggal di luar Triwulan /);
    await testDb.kunjunganSupervisi.update({ where: { id }, data: { status: "BERLANGSUNG" } });
    await expect(deleteRencana(v, plan)).rejects.toThrow("Rencana \"Rencana uji\" tidak dapat dihapus: 1 kunjungannya sudah dimulai atau selesai. Batalkan kunjungan yang belum dimulai satu per satu bila perlu.");
    expect(await testDb.rencanaSupervisi.count({ where: { id: plan } })).toBe(1);
    await testDb.kunjunganSupervisi.update({ where: { id }, data: { status: "DIRENCANAKAN" } });
    await deleteRencana(v, plan);
    expect(await testDb.kunjunganSupervisi.count({ where: { id } })).toBe(0);
    expect(await testDb.auditLog.count({ where: { entityId: plan, action: "DELETE" } })).toBe(1);
  });
});

describe("forged server-action calls", () => {
  it("a bidan calling the create action is refused by the permission, nothing written", async () => {
    const before = await counts();
    const r = await callAs("bidan.klorogan", createRencanaAction, { nama: "Palsu", tahun: String(q.tahun), triwulan: String(q.triwulan), instrumenId: instrumenMadiun, requestId: randomUUID() });
    expect(r).toMatchObject({ ok: false, message: "Anda tidak berwenang melakukan tindakan ini." });
    expect(await counts()).toEqual(before);
  });
  it("a puskesmas officer posting the Dinkes plan's id to edit, delete and add-visit actions gets 'not found', nothing written", async () => {
    const plan = await dinkesPlan();
    const before = await counts();
    const pkm = await viewer("pkm.geger");
    const edit = await callAs("pkm.geger", updateRencanaAction, { id: plan, nama: "Diambil alih", tahun: String(q.tahun), triwulan: String(q.triwulan), instrumenId: instrumenMadiun });
    const del = await callAs("pkm.geger", deleteRencanaAction, { id: plan });
    const add = await callAs("pkm.geger", addKunjunganAction, { rencanaId: plan, posyanduId: await posyanduId(KLOROGAN, "Melati 2"), tanggal: hariMelati, timUserId: pkm.id, requestId: randomUUID() });
    const visit = (await testDb.kunjunganSupervisi.findFirstOrThrow({ where: { rencanaId: plan } })).id;
    const cancel = await callAs("pkm.geger", cancelKunjunganAction, { id: visit, alasanBatal: "palsu" });
    for (const r of [edit, del, add, cancel]) expect(r).toMatchObject({ ok: false, message: "Data tidak ditemukan." });
    expect(await counts()).toEqual(before);
  });
  it("the add-visit action keeps what was typed and names the fields it refuses", async () => {
    const plan = await planOf("dinkes.madiun");
    const r = await callAs("dinkes.madiun", addKunjunganAction, { rencanaId: plan, posyanduId: await posyanduId(KLOROGAN, "Mawar 1"), tanggal: "2019-01-01", luarNama: ["", "Tanpa peran"], luarPeran: ["", ""], luarInstansi: ["", ""], requestId: randomUUID() });
    expect(r.ok).toBe(false);
    expect(r.fieldErrors?.tim).toEqual(["Anggota luar ke-2 (Tanpa peran): peran wajib diisi, misalnya Promkes atau Kesmas Dinkes."]);
    expect(r.values?.tanggal).toBe("2019-01-01");
    const ok = await callAs("dinkes.madiun", addKunjunganAction, { rencanaId: plan, posyanduId: await posyanduId(KLOROGAN, "Mawar 1"), tanggal: hariMelati, timUserId: (await viewer("dinkes.madiun")).id, requestId: randomUUID() });
    expect(ok.redirectTo).toBe(`/supervisi/rencana/${plan}?disimpan=kunjungan#kunjungan`);
  });
});

describe("pickers and the clash check", () => {
  it("posyandu and desa within the planner's area; users of its kabupaten only", async () => {
    expect((await searchPilihan(await viewer("pkm.kaibon"), "posyandu", "melati"))).toEqual([]);
    const melati = (await searchPilihan(await viewer("dinkes.madiun"), "posyandu", "melati 1"))[0];
    expect(melati).toMatchObject({ label: "Posyandu Melati 1 — Desa Klorogan", mingguKe: 2, hari: 2 });
    expect((await searchPilihan(await viewer("pkm.kaibon"), "desa", "klorogan"))).toEqual([]);
    const users = await searchPilihan(await viewer("dinkes.madiun"), "pengguna", "admin");
    expect(users.map((u) => u.label)).toEqual(["Admin Dinkes Madiun (Admin Dinkes)"]);
    await expect(searchPilihan(await viewer("bidan.klorogan"), "posyandu", "")).rejects.toBeInstanceOf(NotFoundError);
  });
  it("a member already booked that day is reported with the visit; a visit the viewer cannot see is not named", async () => {
    const staf = await uid("staf.madiun");
    const admin = await viewer("dinkes.madiun");
    expect(await checkTeamDay(admin, hariMelati, [staf], null)).toEqual([{ userId: staf, nama: "Staf Kesmas Dinkes Madiun", kunjungan: ["Posyandu Melati 1, Desa Klorogan"] }]);
    expect(await checkTeamDay(await viewer("pkm.kaibon"), hariMelati, [staf], null)).toEqual([{ userId: staf, nama: "Staf Kesmas Dinkes Madiun", kunjungan: ["kunjungan lain di kabupaten"] }]);
    const seeded = (await testDb.kunjunganSupervisi.findFirstOrThrow({ where: { rencanaId: await dinkesPlan() } })).id;
    expect(await checkTeamDay(admin, hariMelati, [staf], seeded)).toEqual([]);
    expect(await checkTeamDay(admin, "2020-01-01", [staf], null)).toEqual([]);
    // A user of another kabupaten is not looked up for the Madiun planner.
    expect(await checkTeamDay(await viewer("dinkes.demak"), hariMelati, [staf], null)).toEqual([]);
  });
});

describe("the calendar, the list and the plan vs done per month", () => {
  it("the month of the seeded Dinkes visit: in the Dinkes's and Geger's calendars, not in a kader's or Kaibon's", async () => {
    const bulan = hariMelati.slice(0, 7);
    const has = async (u: DemoUsername) => ((await kunjunganBulan(await viewer(u), bulan)).get(hariMelati)?.rows ?? []).some((k) => k.lokasi === "Posyandu Melati 1");
    expect(await has("dinkes.madiun")).toBe(true);
    expect(await has("pkm.geger")).toBe(true);
    expect(await has("bidan.klorogan")).toBe(true);
    expect(await has("pkm.kaibon")).toBe(false);
    expect(await has("kader.melati1")).toBe(false);
    expect(await has("dinkes.demak")).toBe(false);
  });
  it("a crowded day shows its count and only the first visits of its cell, by status then id", async () => {
    const v = await viewer("dinkes.madiun");
    const melati = await testDb.posyandu.findFirstOrThrow({ where: { nama: "Melati 2", desa: { kode: KLOROGAN } }, select: { id: true, desaId: true } });
    const statuses = ["SELESAI", "DIRENCANAKAN", "BATAL", "BERLANGSUNG", "DIRENCANAKAN", "SELESAI"] as const;
    const ids = statuses.map(() => randomUUID());
    await testDb.kunjunganSupervisi.createMany({ data: ids.map((id, i) => ({ id, kabupatenId: v.kabupatenId, sasaran: "POSYANDU" as const, posyanduId: melati.id, desaId: melati.desaId, instrumenId: instrumenMadiun, tanggal: new Date("2019-03-05T00:00:00Z"), status: statuses[i] })) });
    try {
      const day = (await kunjunganBulan(v, "2019-03")).get("2019-03-05")!;
      expect(day.total).toBe(6);
      const order = ["DIRENCANAKAN", "BERLANGSUNG", "SELESAI", "BATAL"];
      const expected = ids.map((id, i) => ({ id, s: statuses[i] })).sort((a, b) => order.indexOf(a.s) - order.indexOf(b.s) || (a.id < b.id ? -1 : 1)).slice(0, 4).map((x) => x.id);
      expect(day.rows.map((r) => r.id)).toEqual(expected);
      expect(day.rows[0].lokasi).toBe("Posyandu Melati 2");
      expect((await kunjunganBulan(await viewer("pkm.kaibon"), "2019-03")).get("2019-03-05")).toBeUndefined();
    } finally {
      await testDb.kunjunganSupervisi.deleteMany({ where: { id: { in: ids } } });
    }
  });
  it("planned vs done counts per month, in SQL, within scope", async () => {
    const month = Number(hariMelati.slice(5, 7));
    const madiun = await rekapTahun(await viewer("dinkes.madiun"), Number(hariMelati.slice(0, 4)));
    expect(madiun).toHaveLength(12);
    expect(madiun[month - 1].rencana).toBeGreaterThanOrEqual(1);
    expect((await rekapTahun(await viewer("kader.melati1"), Number(hariMelati.slice(0, 4))))[month - 1].rencana).toBe(0);
  });
  it("the list view searches and stays in scope", async () => {
    const params = ZSupervisiParams("2025-01").parse({ tampilan: "daftar", q: "melati 1" });
    expect((await listKunjungan(await viewer("dinkes.madiun"), params)).rows.some((r) => r.lokasi === "Posyandu Melati 1")).toBe(true);
    expect((await listKunjungan(await viewer("pkm.kaibon"), params)).total).toBe(0);
  });
  it("kunjunganScopeSql selects exactly the visits kunjunganScope does, for every role", async () => {
    // A submitted visit to Melati 1 too, so that the kader's rule (submitted only) is exercised.
    const v = await viewer("dinkes.madiun");
    const plan = await planOf("dinkes.madiun");
    const { id } = await addKunjungan(v, visitForm(plan, { posyanduId: await posyanduId(KLOROGAN, "Melati 1"), timUserId: [v.id] }));
    await testDb.kunjunganSupervisi.update({ where: { id }, data: { status: "SELESAI" } });
    for (const u of ["dinkes.madiun", "staf.madiun", "dinkes.demak", "pkm.geger", "pkm.kaibon", "bidan.klorogan", "kader.melati1", "kader.mawar2"] as const) {
      const w = await viewer(u);
      const prisma = (await testDb.kunjunganSupervisi.findMany({ where: kunjunganScope(w), select: { id: true } })).map((r) => r.id).sort();
      const sql = (await testDb.$queryRaw<{ id: string }[]>(Prisma.sql`SELECT k.id::text AS id FROM kunjungan_supervisi k JOIN desa d ON d.id = k.desa_id WHERE ${kunjunganScopeSql(w)}`)).map((r) => r.id).sort();
      expect(sql, u).toEqual(prisma);
    }
    expect((await kunjunganBulan(await viewer("kader.melati1"), hariMelati.slice(0, 7))).get(hariMelati)?.rows.map((k) => k.id)).toEqual([id]);
    await testDb.kunjunganSupervisi.update({ where: { id }, data: { status: "DIRENCANAKAN" } });
  });
});

describe("sites never or longest unvisited, and suggested sites", () => {
  const params = ZSaranParams.parse({ size: "100" });
  it("the viewer's area only, never visited first; Kaibon's pilot past its target is suggested with the reason", async () => {
    const kaibon = await listLokasiSaran(await viewer("pkm.kaibon"), params);
    expect(kaibon.rows.map((r) => r.desa).every((d) => d === "Kaibon")).toBe(true);
    expect(kaibon.rows.find((r) => r.nama === "Anggrek 1")!.alasan.map((a) => a.kode)).toContain("PERCONTOHAN_TARGET");
    expect(kaibon.rows.find((r) => r.nama === "Anggrek 1")!.alasan.find((a) => a.kode === "PERCONTOHAN_TARGET")!.teks).toMatch(/^Percontohan lewat target \d+ hari dan belum berjalan$/);
    expect((await listLokasiSaran(await viewer("kader.melati1"), params)).rows.map((r) => r.nama)).toEqual(["Melati 1"]);
    expect((await listLokasiSaran(await viewer("dinkes.demak"), params)).rows.some((r) => r.desa === "Klorogan")).toBe(false);
    // The next planned visit shows beside the site.
    const madiun = await listLokasiSaran(await viewer("dinkes.madiun"), { ...params, q: "melati 1" });
    // The demo's submitted visit of 14 May 2024 (prisma/seed-supervisi.ts) is its last.
    expect(madiun.rows[0]).toMatchObject({ nama: "Melati 1", berikutnya: hariMelati, terakhir: "2024-05-14", hariSejak: expect.any(Number) });
  });
  it("a submitted visit orders the site after the never-visited ones with its days since; an overdue follow-up becomes a reason", async () => {
    const v = await viewer("dinkes.madiun");
    const pos = await posyanduId(KLOROGAN, "Mawar 2");
    const id = randomUUID();
    await testDb.kunjunganSupervisi.create({ data: { id, kabupatenId: v.kabupatenId, sasaran: "POSYANDU", posyanduId: pos, desaId: await desaId(KLOROGAN), instrumenId: instrumenMadiun, tanggal: new Date("2025-01-14T00:00:00Z"), status: "SELESAI" } });
    const tl = { kunjunganId: id, kabupatenId: v.kabupatenId, desaId: await desaId(KLOROGAN), posyanduId: pos, masalah: "Timbangan rusak", tindakan: "Ganti timbangan", tingkatPemilik: "PUSKESMAS" as const, pemilikNama: "Petugas", batasWaktu: new Date("2025-02-01T00:00:00Z") };
    // Open (BELUM, PROSES) and overdue count; done (SELESAI) or not yet due do not.
    await testDb.tindakLanjut.createMany({ data: [tl, { ...tl, status: "PROSES" }, { ...tl, status: "SELESAI", selesaiAt: new Date("2025-02-10T00:00:00Z") }, { ...tl, batasWaktu: new Date("2025-03-01T00:00:00Z") }] });
    try {
      const r = await listLokasiSaran(v, ZSaranParams.parse({ size: "100", q: "klorogan" }), "2025-03-01");
      const names = r.rows.map((x) => x.nama);
      expect(names.at(-1)).toBe("Mawar 2");
      expect(r.rows.at(-1)).toMatchObject({ terakhir: "2025-01-14", hariSejak: 46 });
      expect(r.rows.at(-1)!.alasan[0]).toEqual({ kode: "TINDAK_LANJUT_TERLAMBAT", teks: "2 tindak lanjut lewat batas waktu" });
      const only = await listLokasiSaran(v, ZSaranParams.parse({ size: "100", q: "klorogan", hanya: "saran" }), "2025-03-01");
      expect(only.rows.every((x) => x.alasan.length > 0)).toBe(true);
      expect(only.rows.map((x) => x.nama)).toContain("Mawar 2");
    } finally {
      await testDb.kunjunganSupervisi.delete({ where: { id } });
    }
  });
  it("the suggestion thresholds are read from the kabupaten's rule", async () => {
    const r = await listLokasiSaran(await viewer("dinkes.madiun"), params);
    expect(r.aturan).toEqual({ hariTargetPercontohan: 30, turunMinimal: 1, bulanTanpaSesi: 2 });
    expect(r.diubah).toBe(false);
    expect(quarterRangeLabel(2025, 1)).toBe("1 Jan – 31 Mar 2025");
    expect(KAIBON).toBe("35.19.03.2017");
  });
});

describe("a plan's visits come a page at a time", () => {
  it("20 per page by date, with the count of all of them and of those started, in the viewer's scope", async () => {
    const plan = await planOf("dinkes.madiun", { nama: "Rencana uji halaman" });
    const melati = await posyanduId(KLOROGAN, "Melati 1");
    const desa = await desaId(KLOROGAN);
    const kabupatenId = (await viewer("dinkes.madiun")).kabupatenId;
    // 23 visits on distinct days of 2019 (far from every calendar other tests read), 2 of them done.
    const ids = Array.from({ length: 23 }, () => randomUUID());
    await testDb.kunjunganSupervisi.createMany({
      data: ids.map((id, i) => ({ id, kabupatenId, rencanaId: plan, sasaran: "POSYANDU" as const, posyanduId: melati, desaId: desa, instrumenId: instrumenMadiun, tanggal: new Date(Date.UTC(2019, 0, 1 + i)), status: i < 2 ? ("SELESAI" as const) : ("DIRENCANAKAN" as const) })),
    });
    try {
      const first = await getRencana(await viewer("dinkes.madiun"), plan);
      expect(first.kunjunganTotal).toBe(23);
      expect(first.kunjunganDimulai).toBe(2);
      expect(first.kunjungan.map((k) => k.tanggal)).toEqual(Array.from({ length: 20 }, (_, i) => `2019-01-${String(i + 1).padStart(2, "0")}`));
      const second = await getRencana(await viewer("dinkes.madiun"), plan, 2);
      expect(second.kunjungan.map((k) => k.tanggal)).toEqual(["2019-01-21", "2019-01-22", "2019-01-23"]);
      expect((await getRencana(await viewer("dinkes.madiun"), plan, 3)).kunjungan).toEqual([]);
      // Kaibon's officer cannot read the Dinkes plan at all; Geger's sees it (Melati 1 is in its catchment).
      await expect(getRencana(await viewer("pkm.kaibon"), plan)).rejects.toBeInstanceOf(NotFoundError);
      expect((await getRencana(await viewer("pkm.geger"), plan, 2)).kunjunganTotal).toBe(23);
    } finally {
      await testDb.kunjunganSupervisi.deleteMany({ where: { id: { in: ids } } });
    }
  });
});
