/**
 * Supervision visits while conducted and once submitted: every read and write per role, forged calls
 * with ids of another catchment or kabupaten, the ad hoc visit made twice with one id, answers outside
 * their type and critical N/A refused, follow-ups without owner or due date refused, two submits in
 * parallel recording one visit, the lock after submitting, the correction as a revision, the
 * verification of an earlier follow-up, and the audit rows.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { testDb, viewer, posyanduId, desaId, auditCount, KLOROGAN, KAIBON, BANYUMENENG, type DemoUsername } from "../support/db.ts";
import { getKunjungan, getKunjunganIsi } from "../../lib/kunjungan/queries.ts";
import { createKunjungan, saveDraf, startKunjungan, LOCKED_MESSAGE } from "../../lib/kunjungan/dal.ts";
import { koreksiKunjungan, submitKunjungan } from "../../lib/kunjungan/dal-kirim.ts";
import { updateTindakLanjut } from "../../lib/tindak-lanjut/dal.ts";
import { searchPilihan } from "../../lib/kunjungan/pilihan.ts";
import { ZDraf, ZKoreksi, type TDraf } from "../../lib/kunjungan/schemas.ts";
import { toButir, jawabanMap, type ButirTampil } from "../../lib/kunjungan/butir.ts";
import { scoreVisit } from "../../lib/supervisi/score.ts";
import { ATURAN_AMBANG_SUPERVISI } from "../../lib/supervisi/aturan.ts";
import { addDays } from "../../lib/posyandu/jadwal.ts";
import { todayInJakarta } from "../../lib/i18n/format.ts";
import { DomainError, ForbiddenError, NotFoundError } from "../../lib/errors.ts";

const TODAY = todayInJakarta();
const created: string[] = [];
const rencana: string[] = [];
let kabMadiun: string;
let melati1: string;
let klorogan: string;
let butir: ButirTampil[];
let instrumenId: string;
let instrumenDesaId: string;

const item = (kode: string) => butir.find((b) => b.kode === kode)!;

/** A full, valid answer to every item (ya, 4, the first option, 6, a text); `o` overrides. */
function fullDraf(o: Partial<TDraf> = {}, patch: Record<string, Partial<TDraf["jawaban"][number]>> = {}): TDraf {
  const jawaban = butir.map((b) => {
    const nilai = b.tipe === "YA_TIDAK" ? 1 : b.tipe === "SKALA" ? 4 : b.tipe === "ANGKA" ? 6 : b.tipe === "PILIHAN" ? 0 : null;
    return { butirId: b.id, nilai, teks: b.tipe === "TEKS" ? "Berjalan baik" : null, na: false, catatan: null, fakta: null, ...patch[b.kode] };
  });
  return { tanggal: TODAY, jawaban, peserta: [], temuan: [], verifikasi: [], ...o };
}
const emptyDraf = (o: Partial<TDraf> = {}): TDraf => ({ tanggal: TODAY, jawaban: [], peserta: [], temuan: [], verifikasi: [], ...o });

function temuan(o: Partial<TDraf["temuan"][number]> = {}): TDraf["temuan"][number] {
  return { id: randomUUID(), butirId: null, masalah: "Pengurus belum ada", tindakan: "Bentuk pengurus", tingkatPemilik: "DESA", pemilikUserId: null, pemilikNama: "Kepala Desa Klorogan", batasWaktu: addDays(TODAY, 30), ...o };
}

/** A visit as the plans helper makes it (planned, on a plan of this quarter unless told). */
async function plannedVisit(o: { posyandu?: string; status?: "DIRENCANAKAN" | "BERLANGSUNG"; rencana?: { tahun: number; triwulan: number }; tanggal?: string } = {}) {
  const pos = await testDb.posyandu.findUniqueOrThrow({ where: { id: o.posyandu ?? melati1 }, select: { id: true, desaId: true, desa: { select: { kabupatenId: true } } } });
  let rencanaId: string | null = null;
  if (o.rencana) {
    const r = await testDb.rencanaSupervisi.create({ data: { kabupatenId: pos.desa.kabupatenId, tingkat: "KABUPATEN", nama: "Uji rencana", tahun: o.rencana.tahun, triwulan: o.rencana.triwulan }, select: { id: true } });
    rencana.push(r.id);
    rencanaId = r.id;
  }
  const ins = await testDb.instrumen.findFirstOrThrow({ where: { kabupatenId: pos.desa.kabupatenId, kode: "ILP-POSYANDU", status: "TERBIT" }, select: { id: true } });
  const k = await testDb.kunjunganSupervisi.create({
    data: { id: randomUUID(), kabupatenId: pos.desa.kabupatenId, rencanaId, sasaran: "POSYANDU", posyanduId: pos.id, desaId: pos.desaId, instrumenId: ins.id, tanggal: new Date(`${o.tanggal ?? TODAY}T00:00:00Z`), status: o.status ?? "DIRENCANAKAN",
      peserta: { create: [{ nama: "Tim Dinkes", peran: "Kesmas Dinkes", tim: true }] } },
    select: { id: true },
  });
  created.push(k.id);
  return k.id;
}

async function submitted(): Promise<string> {
  const id = await plannedVisit();
  await submitKunjungan(await viewer("pkm.geger"), id, fullDraf());
  return id;
}

async function expectError(p: Promise<unknown>, type: new (...a: never[]) => Error, message?: RegExp) {
  const e = await p.then(() => null, (x: unknown) => x);
  expect(e).toBeInstanceOf(type);
  if (message) expect((e as Error).message).toMatch(message);
  return e as Error & { fieldErrors?: Record<string, string[]> };
}

async function writes() {
  return { audit: await auditCount(), jawaban: await testDb.jawabanKunjungan.count(), temuan: await testDb.tindakLanjut.count(), kunjungan: await testDb.kunjunganSupervisi.count(), peserta: await testDb.pesertaKunjungan.count() };
}

beforeAll(async () => {
  kabMadiun = (await viewer("dinkes.madiun")).kabupatenId;
  melati1 = await posyanduId(KLOROGAN, "Melati 1");
  klorogan = await desaId(KLOROGAN);
  const ins = await testDb.instrumen.findFirstOrThrow({ where: { kabupatenId: kabMadiun, kode: "ILP-POSYANDU", status: "TERBIT" }, select: { id: true, butir: { select: { id: true, kode: true, pertanyaan: true, tipe: true, bobot: true, kritis: true, bolehNa: true, standar: true, fakta: true, opsi: true, garisId: true, domain: { select: { kode: true } } } } } });
  instrumenId = ins.id;
  butir = ins.butir.map(toButir);
  instrumenDesaId = (await testDb.instrumen.findFirstOrThrow({ where: { kabupatenId: kabMadiun, sasaran: "DESA", status: "TERBIT" }, select: { id: true } })).id;
});

afterAll(async () => {
  await testDb.kunjunganSupervisi.deleteMany({ where: { id: { in: created } } });
  await testDb.rencanaSupervisi.deleteMany({ where: { id: { in: rencana } } });
});

describe("reads: each role sees the visits of its area only, a kader only submitted ones of its posyandu", () => {
  it("the conduct screen: Dinkes, Geger puskesmas and the Klorogan bidan yes; Kaibon puskesmas, Demak and kaders no", async () => {
    const id = await plannedVisit();
    const can: Record<DemoUsername, boolean> = { "dinkes.madiun": true, "staf.madiun": true, "pkm.geger": true, "bidan.klorogan": true, "pkm.kaibon": false, "dinkes.demak": false, "kader.melati1": false, "kader.mawar2": false };
    for (const [u, ok] of Object.entries(can) as [DemoUsername, boolean][]) expect(!!(await getKunjunganIsi(await viewer(u), id)), u).toBe(ok);
  });
  it("the read view: a kader sees its posyandu's visit only once submitted; Kaibon and Demak never", async () => {
    const id = await plannedVisit();
    expect(await getKunjungan(await viewer("kader.melati1"), id)).toBeNull();
    await submitKunjungan(await viewer("bidan.klorogan"), id, fullDraf());
    expect((await getKunjungan(await viewer("kader.melati1"), id))?.status).toBe("SELESAI");
    for (const u of ["kader.mawar2", "pkm.kaibon", "dinkes.demak"] as const) expect(await getKunjungan(await viewer(u), id), u).toBeNull();
    expect(await getKunjungan(await viewer("pkm.geger"), "not-a-uuid")).toBeNull();
  });
  it("the conduct screen carries the items in order, the facts of the site and the rule", async () => {
    const id = await plannedVisit();
    const d = (await getKunjunganIsi(await viewer("pkm.geger"), id))!;
    expect(d.butir.map((b) => b.kode).slice(0, 2)).toEqual(["KEL-01", "KEL-02"]);
    expect(d.butir).toHaveLength(37);
    const kaders = await testDb.kader.count({ where: { posyanduId: melati1, isActive: true } });
    expect(d.fakta.KADER_AKTIF).toEqual({ nilai: kaders, label: `${kaders} kader aktif` });
    expect(d.ambang).toEqual(ATURAN_AMBANG_SUPERVISI.bawaan);
    expect(d.timIds).toHaveLength(1);
  });
  it("the pickers: sites in scope only; kaders cannot use them", async () => {
    const geger = await viewer("pkm.geger");
    expect((await searchPilihan(geger, "posyandu", "melati"))!.map((p) => p.label)).toContain("Posyandu Melati 1, Desa Klorogan");
    expect((await searchPilihan(await viewer("pkm.kaibon"), "posyandu", "melati 1"))!.map((p) => p.label)).not.toContain("Posyandu Melati 1, Desa Klorogan");
    expect((await searchPilihan(geger, "pengguna", "")) !.length).toBeGreaterThan(0);
    await expectError(searchPilihan(await viewer("kader.melati1"), "posyandu", ""), ForbiddenError);
  });
});

describe("statements per page (besides the viewer's own)", () => {
  /** Counts the client operations (each one SQL statement: relations are joined) a read makes through lib/db. */
  async function statements<T>(read: () => Promise<T>): Promise<number> {
    const g = globalThis as unknown as { __pantauDb?: unknown };
    const before = g.__pantauDb;
    let n = 0;
    g.__pantauDb = testDb.$extends({ query: { async $allOperations({ args, query }) { n++; return query(args); } } });
    try {
      await read();
    } finally {
      g.__pantauDb = before;
    }
    return n;
  }
  it("the conduct screen: 4 (visit with instrument and draft, open follow-ups, facts, rule); the read view: 2", async () => {
    const id = await submitted();
    const geger = await viewer("pkm.geger");
    expect(await statements(() => getKunjunganIsi(geger, id))).toBe(4);
    expect(await statements(() => getKunjungan(geger, id))).toBe(2);
  });
});

describe("an ad hoc visit: one id, one visit", () => {
  const form = (o: Record<string, unknown> = {}) => ({ id: randomUUID(), sasaran: "POSYANDU" as const, posyanduId: melati1, desaId: null, tanggal: TODAY, instrumenId, ...o });
  it("made twice (also in parallel) with the same id is one visit with one audit row; the creator is on the team", async () => {
    const geger = await viewer("pkm.geger");
    const input = form();
    created.push(input.id);
    const before = await auditCount();
    const [a, b] = await Promise.all([createKunjungan(geger, input), createKunjungan(geger, input)]);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    expect(await createKunjungan(geger, input)).toEqual({ id: input.id, created: false });
    expect(await auditCount()).toBe(before + 1);
    const k = await testDb.kunjunganSupervisi.findUniqueOrThrow({ where: { id: input.id }, select: { status: true, peserta: { select: { nama: true, tim: true, hadir: true } } } });
    expect(k.status).toBe("BERLANGSUNG");
    expect(k.peserta).toEqual([{ nama: geger.nama, tim: true, hadir: true }]);
  });
  it("the same id for another site is refused", async () => {
    const geger = await viewer("pkm.geger");
    const input = form();
    created.push(input.id);
    await createKunjungan(geger, input);
    const e = await expectError(createKunjungan(geger, { ...input, posyanduId: await posyanduId(KLOROGAN, "Mawar 2") }), DomainError, /sasaran lain/);
    expect(e.fieldErrors?.posyanduId).toBeTruthy();
  });
  it("refused outside the area, for a kader, with a future date or an instrument for desa; nothing written", async () => {
    const before = await writes();
    const e = await expectError(createKunjungan(await viewer("pkm.kaibon"), form()), DomainError, /tidak ditemukan di wilayah Anda/);
    expect(e.fieldErrors?.posyanduId).toBeTruthy();
    await expectError(createKunjungan(await viewer("dinkes.demak"), form()), DomainError, /tidak ditemukan/);
    await expectError(createKunjungan(await viewer("kader.melati1"), form()), ForbiddenError);
    await expectError(createKunjungan(await viewer("pkm.geger"), form({ tanggal: addDays(TODAY, 1) })), DomainError, /setelah hari ini/);
    await expectError(createKunjungan(await viewer("pkm.geger"), form({ instrumenId: instrumenDesaId })), DomainError, /Instrumen tidak sah/);
    await expectError(createKunjungan(await viewer("bidan.klorogan"), form({ sasaran: "DESA", posyanduId: null, desaId: await desaId(KAIBON), instrumenId: instrumenDesaId })), DomainError, /Desa tidak ditemukan/);
    expect(await writes()).toEqual(before);
  });
  it("a desa visit by the bidan of its desa", async () => {
    const input = form({ sasaran: "DESA", posyanduId: null, desaId: klorogan, instrumenId: instrumenDesaId });
    created.push(input.id);
    expect((await createKunjungan(await viewer("bidan.klorogan"), input)).created).toBe(true);
  });
});

describe("the draft", () => {
  it("is kept (answers upserted by item, attendance, findings), starts a planned visit, and a resend changes nothing", async () => {
    const id = await plannedVisit();
    const geger = await viewer("pkm.geger");
    const peserta = [{ id: randomUUID(), userId: null, nama: "Sri Wahyuni", peran: "Kader", instansi: "Posyandu Melati 1", hadir: true }];
    const t = temuan();
    const d = { ...fullDraf({ peserta, temuan: [t] }) };
    d.jawaban = d.jawaban.slice(0, 10);
    await saveDraf(geger, id, d);
    await saveDraf(geger, id, d);
    const k = await testDb.kunjunganSupervisi.findUniqueOrThrow({ where: { id }, select: { status: true, jawaban: { select: { skor: true } }, peserta: { select: { nama: true, tim: true } }, temuan: { select: { id: true, kabupatenId: true, posyanduId: true } } } });
    expect(k.status).toBe("BERLANGSUNG");
    expect(k.jawaban).toHaveLength(10);
    expect(k.peserta.map((p) => p.nama).sort()).toEqual(["Sri Wahyuni", "Tim Dinkes"]);
    expect(k.temuan).toEqual([{ id: t.id, kabupatenId: kabMadiun, posyanduId: melati1 }]);
    // An answer changed and one cleared; the typed attendee removed (the team stays).
    const changed = { ...d, peserta: [], jawaban: [{ ...d.jawaban[0], butirId: item("KEL-01").id, nilai: 0 }] };
    await saveDraf(geger, id, changed);
    const after = await testDb.jawabanKunjungan.findMany({ where: { kunjunganId: id }, select: { nilai: true, skor: true } });
    expect(after.map((j) => [j.nilai?.toNumber(), j.skor?.toNumber()])).toEqual([[0, 0]]);
    expect(await testDb.pesertaKunjungan.count({ where: { kunjunganId: id } })).toBe(1);
  });
  it("answers outside their type and a critical item marked N/A are refused naming the item; nothing written", async () => {
    const id = await plannedVisit();
    const geger = await viewer("pkm.geger");
    const before = await writes();
    const cases: [string, Partial<TDraf["jawaban"][number]>, RegExp][] = [
      ["KEL-01", { nilai: 2 }, /ya.*tidak/],
      ["SDM-03", { nilai: 5 }, /skala/],
      ["SAR-01", { nilai: 9 }, /pilihan/],
      ["SDM-01", { nilai: -1 }, /negatif/],
      ["SDM-01", { na: true, nilai: null }, /kritis.*tidak berlaku/],
    ];
    for (const [kode, p, re] of cases) {
      const e = await expectError(saveDraf(geger, id, fullDraf({}, { [kode]: p })), DomainError, re);
      expect(Object.keys(e.fieldErrors ?? {}), kode).toEqual([`jawaban.${kode}`]);
    }
    expect(await writes()).toEqual(before);
    expect((await testDb.kunjunganSupervisi.findUniqueOrThrow({ where: { id }, select: { status: true } })).status).toBe("DIRENCANAKAN");
  });
  it("a follow-up without owner or due date is refused by the schema naming the field; a due date before the visit by the DAL", async () => {
    const id = await plannedVisit();
    const bad = ZDraf.safeParse({ ...emptyDraf(), temuan: [{ ...temuan(), pemilikNama: " ", batasWaktu: "" }] });
    expect(bad.success).toBe(false);
    const paths = bad.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["temuan.0.pemilikNama", "temuan.0.batasWaktu"]));
    const before = await writes();
    const e = await expectError(saveDraf(await viewer("pkm.geger"), id, emptyDraf({ temuan: [temuan({ batasWaktu: addDays(TODAY, -1) })] })), DomainError, /Batas waktu tidak boleh sebelum tanggal kunjungan/);
    expect(e.fieldErrors?.batasWaktu).toBeTruthy();
    expect(await writes()).toEqual(before);
  });
  it("forged: another catchment or kabupaten gets 'not found', a kader is refused, a finding id of another visit is refused", async () => {
    const id = await plannedVisit();
    const before = await writes();
    await expectError(saveDraf(await viewer("pkm.kaibon"), id, fullDraf()), NotFoundError);
    await expectError(saveDraf(await viewer("dinkes.demak"), id, fullDraf()), NotFoundError);
    await expectError(saveDraf(await viewer("kader.melati1"), id, fullDraf()), ForbiddenError);
    await expectError(startKunjungan(await viewer("pkm.kaibon"), id), NotFoundError);
    await expectError(submitKunjungan(await viewer("pkm.kaibon"), id, fullDraf()), NotFoundError);
    expect(await writes()).toEqual(before);
    const other = await plannedVisit();
    const t = temuan();
    await saveDraf(await viewer("pkm.geger"), other, emptyDraf({ temuan: [t] }));
    await expectError(saveDraf(await viewer("pkm.geger"), id, emptyDraf({ temuan: [t] })), NotFoundError, /milik kunjungan lain/);
    expect(await testDb.tindakLanjut.findUniqueOrThrow({ where: { id: t.id }, select: { kunjunganId: true } })).toEqual({ kunjunganId: other });
  });
  it("a user of another kabupaten cannot be picked as attendee or owner", async () => {
    const id = await plannedVisit();
    const demak = await testDb.user.findUniqueOrThrow({ where: { username: "dinkes.demak" }, select: { id: true } });
    await expectError(saveDraf(await viewer("pkm.geger"), id, emptyDraf({ temuan: [temuan({ pemilikUserId: demak.id })] })), DomainError, /kabupaten ini/);
  });
  it("starting a planned visit is audited; starting it again writes nothing", async () => {
    const id = await plannedVisit();
    const before = await auditCount();
    await startKunjungan(await viewer("bidan.klorogan"), id);
    await startKunjungan(await viewer("bidan.klorogan"), id);
    expect(await auditCount()).toBe(before + 1);
    expect((await testDb.kunjunganSupervisi.findUniqueOrThrow({ where: { id }, select: { status: true } })).status).toBe("BERLANGSUNG");
  });
});

describe("submitting", () => {
  it("refused listing what is missing (critical items named); nothing written", async () => {
    const id = await plannedVisit();
    const d = fullDraf();
    d.jawaban = d.jawaban.filter((j) => j.butirId !== item("SDM-01").id && j.butirId !== item("KEL-02").id);
    const before = await writes();
    const e = await expectError(submitKunjungan(await viewer("pkm.geger"), id, d), DomainError, /Lengkapi dulu 2 butir/);
    expect(e.message).toContain("SDM-01 Jumlah kader aktif: belum dijawab (butir kritis).");
    expect(Object.keys(e.fieldErrors!).sort()).toEqual(["jawaban.KEL-02", "jawaban.SDM-01"]);
    expect(await writes()).toEqual(before);
  });
  it("refused with a date in the future or before its plan's quarter", async () => {
    const geger = await viewer("pkm.geger");
    const id = await plannedVisit({ rencana: { tahun: 2026, triwulan: 4 }, tanggal: "2026-10-05" });
    await expectError(submitKunjungan(geger, id, fullDraf({ tanggal: addDays(TODAY, 1) })), DomainError, /setelah hari ini/);
    const e = await expectError(submitKunjungan(geger, id, fullDraf({ tanggal: "2026-09-30" })), DomainError, /sebelum awal triwulan/);
    expect(e.fieldErrors?.tanggal).toBeTruthy();
  });
  it("two submits in parallel record one visit, scored by the server from the stored answers, with one audit row", async () => {
    const id = await plannedVisit();
    const geger = await viewer("pkm.geger");
    const d = fullDraf({}, { "KEL-04": { nilai: 0 }, "SDM-03": { nilai: 2 }, "SDM-05": { na: true, nilai: null } });
    const results = await Promise.all([submitKunjungan(geger, id, d), submitKunjungan(geger, id, d)]);
    expect(results.map((r) => r.already).sort()).toEqual([false, true]);
    const audits = await testDb.auditLog.findMany({ where: { entity: "kunjungan_supervisi", entityId: id }, select: { after: true } });
    expect(audits.filter((a) => (a.after as { kirim?: boolean }).kirim)).toHaveLength(1);
    const k = await testDb.kunjunganSupervisi.findUniqueOrThrow({ where: { id }, select: { status: true, skor: true, kategori: true, kritisGagal: true, skorDomain: true, dikirimOlehId: true, dikirimAt: true } });
    const expected = scoreVisit(butir, jawabanMap(d.jawaban), ATURAN_AMBANG_SUPERVISI.bawaan);
    expect(k.status).toBe("SELESAI");
    expect(k.skor?.toNumber()).toBe(expected.total.skor);
    // KEL-04 (critical, jadwal) answered "tidak": the category is capped at belum siap.
    expect(k.kritisGagal).toBe(true);
    expect(k.kategori).toBe("BELUM_SIAP");
    expect(expected.kategoriTanpaBatas).toBe("SIAP");
    expect(k.skorDomain).toEqual(Object.fromEntries(Object.entries(expected.domain).map(([x, v]) => [x, v.skor])));
    expect(k.dikirimOlehId).toBe(geger.id);
    expect(await testDb.jawabanKunjungan.count({ where: { kunjunganId: id, na: true, skor: null } })).toBe(1);
  });
  it("a submitted visit is locked: drafts refused, a second submit writes nothing (also forged)", async () => {
    const id = await submitted();
    const before = await writes();
    await expectError(saveDraf(await viewer("pkm.geger"), id, fullDraf({}, { "KEL-01": { nilai: 0 } })), DomainError, new RegExp(LOCKED_MESSAGE.slice(0, 30)));
    expect(await submitKunjungan(await viewer("dinkes.madiun"), id, fullDraf({}, { "KEL-01": { nilai: 0 } }))).toEqual({ already: true });
    expect(await writes()).toEqual(before);
    expect((await testDb.jawabanKunjungan.findFirstOrThrow({ where: { kunjunganId: id, butirId: item("KEL-01").id }, select: { nilai: true } })).nilai?.toNumber()).toBe(1);
  });
  it("verifies the open follow-ups of earlier visits at the site: selesai closes one, sebagian puts it in process", async () => {
    const geger = await viewer("pkm.geger");
    const first = await plannedVisit();
    const [t1, t2, t3] = [temuan(), temuan({ masalah: "Timbangan rusak" }), temuan({ masalah: "Jadwal belum diumumkan" })];
    await submitKunjungan(geger, first, fullDraf({ temuan: [t1, t2, t3] }));
    const second = await plannedVisit();
    const terbuka = (await getKunjunganIsi(geger, second))!.terbuka.map((t) => t.id);
    expect(terbuka).toEqual(expect.arrayContaining([t1.id, t2.id, t3.id]));
    // A follow-up of another site cannot be verified here.
    const elsewhere = await plannedVisit({ posyandu: await posyanduId(KLOROGAN, "Mawar 2") });
    await expectError(saveDraf(geger, elsewhere, emptyDraf({ verifikasi: [{ tindakLanjutId: t1.id, hasil: "SELESAI", catatan: null }] })), DomainError, /tidak ditemukan/);
    const verifikasi = [{ tindakLanjutId: t1.id, hasil: "SELESAI" as const, catatan: "Pengurus sudah dibentuk" }, { tindakLanjutId: t2.id, hasil: "SEBAGIAN" as const, catatan: null }, { tindakLanjutId: t3.id, hasil: "BELUM" as const, catatan: null }];
    await saveDraf(geger, second, emptyDraf({ verifikasi }));
    await saveDraf(geger, second, emptyDraf({ verifikasi }));
    expect(await testDb.verifikasiTindakLanjut.count({ where: { kunjunganId: second } })).toBe(3);
    await submitKunjungan(geger, second, fullDraf({ verifikasi }));
    const st = await testDb.tindakLanjut.findMany({ where: { id: { in: [t1.id, t2.id, t3.id] } }, select: { id: true, status: true, selesaiAt: true, selesaiOlehId: true } });
    const by = new Map(st.map((s) => [s.id, s]));
    expect(by.get(t1.id)).toMatchObject({ status: "SELESAI", selesaiOlehId: geger.id });
    expect(by.get(t1.id)!.selesaiAt).not.toBeNull();
    expect(by.get(t2.id)!.status).toBe("PROSES");
    expect(by.get(t3.id)!.status).toBe("BELUM");
    expect(await testDb.auditLog.count({ where: { entity: "tindak_lanjut", entityId: { in: [t1.id, t2.id, t3.id] } } })).toBe(2);
    const third = await plannedVisit();
    expect((await getKunjunganIsi(geger, third))!.terbuka.map((t) => t.id)).not.toContain(t1.id);
  });
  it("a follow-up its owner marked done is checked at the next visit: confirmed it stays done with the owner's day, found not done it reopens", async () => {
    const geger = await viewer("pkm.geger");
    const first = await plannedVisit();
    const [a, b] = [temuan({ tingkatPemilik: "PUSKESMAS", pemilikUserId: geger.id, pemilikNama: geger.nama, masalah: "Kalibrasi" }), temuan({ tingkatPemilik: "PUSKESMAS", pemilikUserId: geger.id, pemilikNama: geger.nama, masalah: "Register" })];
    await submitKunjungan(geger, first, fullDraf({ temuan: [a, b] }));
    // The owner closes both with evidence (the follow-up screen's own write).
    for (const t of [a, b]) await updateTindakLanjut(geger, { id: t.id, status: "SELESAI", catatanBukti: "Sudah dikerjakan", requestId: randomUUID() });
    const closed = await testDb.tindakLanjut.findUniqueOrThrow({ where: { id: a.id }, select: { selesaiAt: true } });
    const second = await plannedVisit();
    const list = (await getKunjunganIsi(geger, second))!.terbuka;
    expect(list.filter((t) => [a.id, b.id].includes(t.id)).map((t) => t.status)).toEqual(["SELESAI", "SELESAI"]);
    const verifikasi = [{ tindakLanjutId: a.id, hasil: "SELESAI" as const, catatan: "Bukti dilihat" }, { tindakLanjutId: b.id, hasil: "BELUM" as const, catatan: "Register masih kosong" }];
    // Saved as a draft, the check does not yet count: both are still listed on reload.
    await saveDraf(geger, second, emptyDraf({ verifikasi }));
    expect((await getKunjunganIsi(geger, second))!.terbuka.map((t) => t.id)).toEqual(expect.arrayContaining([a.id, b.id]));
    await submitKunjungan(geger, second, fullDraf({ verifikasi }));
    const after = new Map((await testDb.tindakLanjut.findMany({ where: { id: { in: [a.id, b.id] } }, select: { id: true, status: true, selesaiAt: true } })).map((t) => [t.id, t]));
    expect(after.get(a.id)).toEqual({ id: a.id, status: "SELESAI", selesaiAt: closed.selesaiAt });
    expect(after.get(b.id)).toEqual({ id: b.id, status: "BELUM", selesaiAt: null });
    // The confirmed one is not checked again; the reopened one is.
    const third = await plannedVisit();
    const next = (await getKunjunganIsi(geger, third))!.terbuka.map((t) => t.id);
    expect(next).not.toContain(a.id);
    expect(next).toContain(b.id);
  });
});

describe("correcting a submitted visit", () => {
  it("keeps the earlier state as revision 0, recomputes the score, and audits the reason", async () => {
    const id = await submitted();
    const geger = await viewer("pkm.geger");
    const before = (await testDb.kunjunganSupervisi.findUniqueOrThrow({ where: { id }, select: { skor: true } })).skor!.toNumber();
    const input = ZKoreksi.parse({ ...fullDraf({}, { "KEL-02": { nilai: 0 } }), alasan: "KEL-02 salah pilih saat di lapangan" });
    expect(await koreksiKunjungan(geger, id, input)).toEqual({ revisi: 1 });
    const k = await testDb.kunjunganSupervisi.findUniqueOrThrow({ where: { id }, select: { revisi: true, skor: true, revisiLama: { select: { nomor: true, alasan: true, isi: true } } } });
    expect(k.revisi).toBe(1);
    expect(k.skor!.toNumber()).toBeLessThan(before);
    expect(k.revisiLama).toHaveLength(1);
    expect(k.revisiLama[0]).toMatchObject({ nomor: 0, alasan: "KEL-02 salah pilih saat di lapangan" });
    expect((k.revisiLama[0].isi as { skor: number; jawaban: unknown[] }).skor).toBe(before);
    expect((k.revisiLama[0].isi as { jawaban: unknown[] }).jawaban).toHaveLength(37);
    const audit = await testDb.auditLog.findFirstOrThrow({ where: { entity: "kunjungan_supervisi", entityId: id }, orderBy: { at: "desc" }, select: { after: true } });
    expect(audit.after).toMatchObject({ revisi: 1, alasan: "KEL-02 salah pilih saat di lapangan" });
    const view = (await getKunjungan(geger, id))!;
    expect(view.revisiLama.map((r) => r.nomor)).toEqual([0]);
  });
  it("needs a reason, a submitted visit, and the visit in scope", async () => {
    expect(ZKoreksi.safeParse({ ...fullDraf(), alasan: "" }).success).toBe(false);
    const draft = await plannedVisit();
    await expectError(koreksiKunjungan(await viewer("pkm.geger"), draft, { ...fullDraf(), alasan: "Salah isi" }), DomainError, /Hanya kunjungan yang sudah dikirim/);
    const id = await submitted();
    const before = await writes();
    await expectError(koreksiKunjungan(await viewer("pkm.kaibon"), id, { ...fullDraf(), alasan: "Salah isi" }), NotFoundError);
    await expectError(koreksiKunjungan(await viewer("kader.melati1"), id, { ...fullDraf(), alasan: "Salah isi" }), ForbiddenError);
    expect(await writes()).toEqual(before);
  });
});

describe("another kabupaten", () => {
  it("Demak's visit is not found for Madiun's Dinkes", async () => {
    const id = await plannedVisit({ posyandu: (await testDb.posyandu.findFirstOrThrow({ where: { desa: { kode: BANYUMENENG } }, select: { id: true } })).id });
    expect(await getKunjunganIsi(await viewer("dinkes.madiun"), id)).toBeNull();
    expect(await getKunjunganIsi(await viewer("dinkes.demak"), id)).not.toBeNull();
    await expectError(saveDraf(await viewer("dinkes.madiun"), id, emptyDraf()), NotFoundError);
  });
});
