/**
 * Pilots (percontohan), their stages, roll-out targets and study visits: every read and write for
 * every role, forged ids from another kabupaten, the per-year rule (default and a limit of 2 read
 * from the settings), RiwayatTahap and audit rows per change, and the double submit.
 */
import { afterAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { testDb, viewer, posyanduId, desaId, auditCount, KLOROGAN, KAIBON, BANYUMENENG, type DemoUsername } from "../support/db.ts";
import { getPercontohan, getReplikasi, listPercontohan, percontohanSummary, posyanduPercontohan, searchCalonPercontohan, calonPercontohan } from "../../lib/percontohan/queries.ts";
import { getStudiBanding, listStudiBanding } from "../../lib/percontohan/queries-studi-banding.ts";
import { createPercontohan, deletePercontohan, movePercontohanTahap, updatePercontohan } from "../../lib/percontohan/dal.ts";
import { createReplikasi, deleteReplikasi, moveReplikasiTahap, updateReplikasi } from "../../lib/percontohan/dal-replikasi.ts";
import { createStudiBanding, deleteStudiBanding, updateStudiBanding } from "../../lib/percontohan/dal-studi-banding.ts";
import { ZPercontohanListParams, ZStudiBandingListParams, type TPercontohanForm, type TPindahTahap, type TStudiBandingForm } from "../../lib/percontohan/schemas.ts";
import { ATURAN_BATAS_PERCONTOHAN } from "../../lib/percontohan/aturan.ts";
import { resetAturan, saveAturan } from "../../lib/pengaturan/dal.ts";
import { addDays } from "../../lib/posyandu/jadwal.ts";
import { todayInJakarta } from "../../lib/i18n/format.ts";
import { DomainError, ForbiddenError, NotFoundError } from "../../lib/errors.ts";
import type { Tahap } from "../../lib/percontohan/tahap.ts";

const DESA_2005 = "35.19.03.2005"; // Puskesmas Geger's catchment, no pilot in the seed
const DESA_2006 = "35.19.03.2006"; // idem
const TODAY = todayInJakarta();
const all = ZPercontohanListParams.parse({ size: "100" });
const created: string[] = [];

/** A fresh posyandu named "Uji …" (other tests ignore those) in a desa, for tests that designate it. */
async function freshPosyandu(desaKode: string): Promise<string> {
  const p = await testDb.posyandu.create({ data: { nama: `Uji ${randomUUID().slice(0, 8)}`, desaId: await desaId(desaKode) }, select: { id: true } });
  created.push(p.id);
  return p.id;
}

function pilotForm(posyanduIdValue: string, o: Partial<TPercontohanForm> = {}): TPercontohanForm {
  return { posyanduId: posyanduIdValue, nomorSk: "188/1/2030", tanggalSk: null, angkatan: 2, tanggalMulai: "2030-02-01", tanggalTarget: null, catatan: null, requestId: randomUUID(), ...o };
}
const move = (id: string, ke: Tahap, o: Partial<TPindahTahap> = {}): TPindahTahap => ({ id, ke, tanggal: TODAY, alasan: null, requestId: randomUUID(), ...o });
const visit = (percontohanId: string, o: Partial<TStudiBandingForm> = {}): TStudiBandingForm => ({ percontohanId, tanggal: "2024-07-10", asal: "Dinkes Kabupaten Uji", jumlahPeserta: 12, tujuan: null, catatan: null, requestId: randomUUID(), ...o });

async function pilotOf(desaKode: string, nama: string) {
  return (await testDb.percontohan.findUniqueOrThrow({ where: { posyanduId: await posyanduId(desaKode, nama) }, select: { id: true } })).id;
}
async function replikasiOf(nama: string) {
  return (await testDb.replikasiPercontohan.findUniqueOrThrow({ where: { posyanduId: await posyanduId(KLOROGAN, nama) }, select: { id: true } })).id;
}
async function studiJombang() {
  return (await testDb.studiBanding.findFirstOrThrow({ where: { asal: "Dinas Kesehatan Kabupaten Jombang" }, select: { id: true } })).id;
}
/** Everything a refused write must leave as it was. */
async function counts() {
  return { audit: await auditCount(), pilots: await testDb.percontohan.count(), riwayat: await testDb.riwayatTahap.count(), replikasi: await testDb.replikasiPercontohan.count(), studi: await testDb.studiBanding.count() };
}
async function pilotNames(username: DemoUsername) {
  return (await listPercontohan(await viewer(username), all)).rows.map((r) => `${r.posyandu.nama}@${r.desa}`).filter((n) => !n.startsWith("Uji ")).sort();
}

afterAll(async () => {
  // Leave the shared database as the seed made it for the files that follow.
  await testDb.percontohan.deleteMany({ where: { posyanduId: { in: created } } });
  await testDb.replikasiPercontohan.deleteMany({ where: { posyanduId: { in: created } } });
  await testDb.posyandu.deleteMany({ where: { id: { in: created } } });
});

describe("pilot reads: each role sees the pilots of its area only", () => {
  const expected: Record<DemoUsername, string[]> = {
    "dinkes.madiun": ["Anggrek 1@Kaibon", "Melati 1@Klorogan"],
    "staf.madiun": ["Anggrek 1@Kaibon", "Melati 1@Klorogan"],
    "dinkes.demak": ["Cempaka 1@Pundenarum", "Kenanga 1@Banyumeneng"],
    "pkm.geger": ["Melati 1@Klorogan"],
    "pkm.kaibon": ["Anggrek 1@Kaibon"],
    "bidan.klorogan": ["Melati 1@Klorogan"],
    "kader.melati1": ["Melati 1@Klorogan"],
    "kader.mawar2": [],
  };
  for (const [username, names] of Object.entries(expected) as [DemoUsername, string[]][]) {
    it(`${username}: ${names.join(", ") || "none"}`, async () => {
      expect(await pilotNames(username)).toEqual(names);
    });
  }
  it("the cohort row carries the stage, the roll-out progress and the readiness trend from the monthly snapshots", async () => {
    const row = (await listPercontohan(await viewer("dinkes.madiun"), { ...all, q: "melati" })).rows[0];
    expect(row).toMatchObject({ tahap: "BERJALAN", angkatan: 1, tahun: 2024, tanggalTarget: "2024-06-30", replikasi: { total: 3, berjalan: 1 }, puskesmas: "Puskesmas Geger" });
    // The demo seed scores every month since January 2024; the row carries the latest months, oldest first.
    expect(row.skor.length).toBeGreaterThan(12);
    const stored = await testDb.kesiapanBulanan.findMany({ where: { posyandu: { nama: "Melati 1", desa: { kode: KLOROGAN } }, bulan: { gte: new Date(`${row.skor[0].bulan}T00:00:00Z`) } }, orderBy: { bulan: "asc" }, select: { bulan: true, skor: true } });
    expect(row.skor).toEqual(stored.map((k) => ({ bulan: k.bulan.toISOString().slice(0, 10), skor: k.skor })));
  });
  it("filters (stage, year, wave) and sorting happen in SQL and cannot widen the scope", async () => {
    const madiun = await viewer("dinkes.madiun");
    expect((await listPercontohan(madiun, { ...all, tahap: "SIAP" })).rows.map((r) => r.posyandu.nama)).toEqual(["Anggrek 1"]);
    expect((await listPercontohan(madiun, { ...all, tahun: 2023 })).total).toBe(0);
    expect((await listPercontohan(madiun, { ...all, sort: "tahap", dir: "desc" })).rows.filter((r) => !r.posyandu.nama.startsWith("Uji ")).map((r) => r.tahap)).toEqual(["BERJALAN", "SIAP"]);
    expect((await listPercontohan(await viewer("pkm.kaibon"), { ...all, q: "melati" })).total).toBe(0);
    expect((await listPercontohan(madiun, { ...all, page: 9 })).rows).toEqual([]);
  });
  it("the summary counts stages and overdue pilots of the scope only", async () => {
    const madiun = await percontohanSummary(await viewer("dinkes.madiun"), "2026-11-29");
    expect(madiun.perTahap).toMatchObject({ BERJALAN: 1, SIAP: 1 });
    expect(madiun.terlambat).toBe(1); // Anggrek 1: target 30 Sep 2024, still "siap"
    expect(await percontohanSummary(await viewer("dinkes.demak"), "2026-11-29")).toEqual({ perTahap: { ASESMEN_AWAL: 2 }, terlambat: 2, angkatan: [1], tahun: [2024] });
    expect((await percontohanSummary(await viewer("kader.mawar2"))).perTahap).toEqual({});
    // On the target day itself nothing is overdue yet.
    expect((await percontohanSummary(await viewer("pkm.kaibon"), "2024-09-30")).terlambat).toBe(0);
  });
  it("the detail: history in order; a kader of the pilot does not see targets outside its posyandu", async () => {
    const id = await pilotOf(KLOROGAN, "Melati 1");
    const admin = await getPercontohan(await viewer("dinkes.madiun"), id);
    expect(admin.riwayat.map((r) => `${r.ke}@${r.tanggal}`)).toEqual(["DIUSULKAN@2024-01-08", "DITETAPKAN@2024-01-15", "ASESMEN_AWAL@2024-02-06", "SIAP@2024-04-16", "BERJALAN@2024-06-11"]);
    expect(admin.replikasi.map((r) => `${r.posyandu.nama}:${r.tahap}`)).toEqual(["Mawar 1:SIAP", "Mawar 2:DIUSULKAN", "Melati 2:BERJALAN"]);
    expect(admin.studiBanding.map((s) => `${s.asal}@${s.tanggal}`)).toEqual(["Dinas Kesehatan Kabupaten Jombang@2024-06-26"]);
    const kader = await getPercontohan(await viewer("kader.melati1"), id);
    expect(kader.replikasi).toEqual([]);
    expect(kader.replikasiTotal).toBe(3);
    expect(kader.calonReplikasi).toEqual([]);
    expect(JSON.stringify(kader)).not.toMatch(/Mawar|Melati 2/);
  });
  for (const [username, desa, nama] of [["pkm.kaibon", KLOROGAN, "Melati 1"], ["dinkes.demak", KLOROGAN, "Melati 1"], ["kader.mawar2", KLOROGAN, "Melati 1"], ["bidan.klorogan", KAIBON, "Anggrek 1"], ["dinkes.madiun", BANYUMENENG, "Kenanga 1"]] as const) {
    it(`${username} gets "not found" for the pilot ${nama}`, async () => {
      await expect(getPercontohan(await viewer(username), await pilotOf(desa, nama))).rejects.toBeInstanceOf(NotFoundError);
    });
  }
  it("malformed and unknown ids are not found", async () => {
    const v = await viewer("dinkes.madiun");
    await expect(getPercontohan(v, "bukan-uuid")).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPercontohan(v, randomUUID())).rejects.toBeInstanceOf(NotFoundError);
  });
  it("a roll-out target is read only where both it and its pilot are in scope", async () => {
    const pilot = await pilotOf(KLOROGAN, "Melati 1");
    const target = await replikasiOf("Melati 2");
    expect((await getReplikasi(await viewer("pkm.geger"), pilot, target)).posyandu.nama).toBe("Melati 2");
    await expect(getReplikasi(await viewer("kader.melati1"), pilot, target)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getReplikasi(await viewer("kader.mawar2"), pilot, await replikasiOf("Mawar 2"))).rejects.toBeInstanceOf(NotFoundError);
    await expect(getReplikasi(await viewer("dinkes.demak"), pilot, target)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getReplikasi(await viewer("dinkes.madiun"), await pilotOf(KAIBON, "Anggrek 1"), target)).rejects.toBeInstanceOf(NotFoundError);
  });
  it("the posyandu page's card: pilot, target (pilot named only when visible), nothing", async () => {
    expect(await posyanduPercontohan(await viewer("pkm.geger"), await posyanduId(KLOROGAN, "Melati 1"))).toMatchObject({ peran: "percontohan", tahap: "BERJALAN", replikasi: { total: 3, berjalan: 1 } });
    expect(await posyanduPercontohan(await viewer("dinkes.madiun"), await posyanduId(KLOROGAN, "Mawar 2"))).toMatchObject({ peran: "replikasi", tahap: "DIUSULKAN", pilot: { nama: "Melati 1" } });
    expect(await posyanduPercontohan(await viewer("kader.mawar2"), await posyanduId(KLOROGAN, "Mawar 2"))).toMatchObject({ peran: "replikasi", pilot: null });
    expect(await posyanduPercontohan(await viewer("dinkes.madiun"), await posyanduId("35.19.03.2004", "Dahlia"))).toEqual({ peran: null });
    expect(await posyanduPercontohan(await viewer("dinkes.demak"), await posyanduId(KLOROGAN, "Melati 1"))).toBeNull();
  });
  it("the designation picker offers posyandu of the admin's area not yet in the programme", async () => {
    const admin = await viewer("dinkes.madiun");
    expect((await searchCalonPercontohan(admin, "melati")).filter((c) => c.label.includes("Klorogan"))).toEqual([]);
    expect((await searchCalonPercontohan(admin, "dahlia")).map((c) => c.label)).toEqual(["Posyandu Dahlia — Desa Geger"]);
    expect(await searchCalonPercontohan(await viewer("dinkes.demak"), "dahlia")).toEqual([]);
    await expect(searchCalonPercontohan(await viewer("pkm.geger"), "")).rejects.toBeInstanceOf(NotFoundError);
    expect(await calonPercontohan(admin, await posyanduId(KLOROGAN, "Melati 2"))).toBeNull();
    expect(await calonPercontohan(await viewer("dinkes.demak"), await posyanduId("35.19.03.2004", "Dahlia"))).toBeNull();
  });
});

describe("study visit reads", () => {
  const params = ZStudiBandingListParams.parse({});
  for (const [username, n] of [["dinkes.madiun", 1], ["staf.madiun", 1], ["pkm.geger", 1], ["bidan.klorogan", 1], ["kader.melati1", 1], ["pkm.kaibon", 0], ["kader.mawar2", 0], ["dinkes.demak", 0]] as const) {
    it(`${username} sees ${n} of the seeded visits`, async () => {
      const { rows } = await listStudiBanding(await viewer(username), { ...params, q: "Jombang" });
      expect(rows.length).toBe(n);
    });
  }
  it("one visit out of scope is not found", async () => {
    const id = await studiJombang();
    expect((await getStudiBanding(await viewer("kader.melati1"), id)).jumlahPeserta).toBe(15);
    await expect(getStudiBanding(await viewer("dinkes.demak"), id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getStudiBanding(await viewer("pkm.kaibon"), id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("only the Dinkes admin writes; nothing is written otherwise", () => {
  for (const username of ["staf.madiun", "pkm.geger", "bidan.klorogan", "kader.melati1"] as const) {
    it(`${username} is refused every pilot, roll-out and study-visit write`, async () => {
      const v = await viewer(username);
      const pilot = await pilotOf(KLOROGAN, "Melati 1");
      const target = await replikasiOf("Mawar 2");
      const before = await counts();
      const calls: (() => Promise<unknown>)[] = [
        () => createPercontohan(v, pilotForm(randomUUID())),
        () => updatePercontohan(v, pilot, pilotForm(pilot)),
        () => movePercontohanTahap(v, move(pilot, "DIREPLIKASI")),
        () => deletePercontohan(v, pilot),
        () => createReplikasi(v, { percontohanId: pilot, posyanduId: randomUUID(), tanggalTarget: null, catatan: null, requestId: randomUUID() }),
        () => updateReplikasi(v, { id: target, tanggalTarget: null, catatan: "x", requestId: undefined }),
        () => moveReplikasiTahap(v, move(target, "DITETAPKAN")),
        () => deleteReplikasi(v, target),
        () => createStudiBanding(v, visit(pilot)),
        async () => updateStudiBanding(v, { ...visit(pilot), id: await studiJombang() }),
        async () => deleteStudiBanding(v, await studiJombang()),
      ];
      for (const call of calls) await expect(call()).rejects.toBeInstanceOf(ForbiddenError);
      expect(await counts()).toEqual(before);
    });
  }
  it("the Demak admin's forged ids of Madiun records are not found (or refused on the field), nothing written", async () => {
    const v = await viewer("dinkes.demak");
    const pilot = await pilotOf(KLOROGAN, "Melati 1");
    const target = await replikasiOf("Mawar 2");
    const demakPilot = await pilotOf(BANYUMENENG, "Kenanga 1");
    const before = await counts();
    const notFound: (() => Promise<unknown>)[] = [
      () => updatePercontohan(v, pilot, pilotForm(pilot)),
      () => movePercontohanTahap(v, move(pilot, "DIREPLIKASI")),
      () => deletePercontohan(v, pilot),
      () => createReplikasi(v, { percontohanId: pilot, posyanduId: randomUUID(), tanggalTarget: null, catatan: null, requestId: randomUUID() }),
      () => updateReplikasi(v, { id: target, tanggalTarget: null, catatan: "x", requestId: undefined }),
      () => moveReplikasiTahap(v, move(target, "DITETAPKAN")),
      () => deleteReplikasi(v, target),
      () => createStudiBanding(v, visit(pilot)),
      async () => updateStudiBanding(v, { ...visit(pilot), id: await studiJombang() }),
      async () => deleteStudiBanding(v, await studiJombang()),
    ];
    for (const call of notFound) await expect(call()).rejects.toBeInstanceOf(NotFoundError);
    const e1 = await createPercontohan(v, pilotForm(await posyanduId("35.19.03.2004", "Dahlia"))).catch((e) => e);
    expect(e1).toBeInstanceOf(DomainError);
    expect(e1.fieldErrors.posyanduId).toBeDefined();
    const e2 = await createReplikasi(v, { percontohanId: demakPilot, posyanduId: await posyanduId(KLOROGAN, "Melati 2"), tanggalTarget: null, catatan: null, requestId: randomUUID() }).catch((e) => e);
    expect(e2).toBeInstanceOf(DomainError);
    expect(e2.message).toMatch(/Desa Banyumeneng/);
    expect(await counts()).toEqual(before);
  });
});

describe("designation and the per-year rule", () => {
  it("designates at 'diusulkan' with one audit row (with the form's requestId) and one history row", async () => {
    const admin = await viewer("dinkes.madiun");
    const form = pilotForm(await freshPosyandu(DESA_2005), { tanggalSk: "2029-12-20", tanggalMulai: "2030-01-06" });
    const before = await counts();
    const { id } = await createPercontohan(admin, form);
    expect(await counts()).toEqual({ ...before, audit: before.audit + 1, pilots: before.pilots + 1, riwayat: before.riwayat + 1 });
    const row = await testDb.percontohan.findUniqueOrThrow({ where: { id }, include: { riwayat: true } });
    // The year is the SK's (2029), not the start's; desa and puskesmas come from the posyandu.
    expect(row).toMatchObject({ tahun: 2029, tahap: "DIUSULKAN", angkatan: 2, desaId: await desaId(DESA_2005), puskesmasId: (await testDb.desa.findUniqueOrThrow({ where: { kode: DESA_2005 } })).puskesmasId });
    expect(row.riwayat).toMatchObject([{ dari: null, ke: "DIUSULKAN", olehNama: "Admin Dinkes Madiun" }]);
    expect(await testDb.auditLog.findFirstOrThrow({ where: { entityId: id } })).toMatchObject({ entity: "percontohan", action: "CREATE", requestId: form.requestId });
  });
  it("a double submit of the designation form writes once", async () => {
    const admin = await viewer("dinkes.madiun");
    const form = pilotForm(await freshPosyandu("35.19.03.2007"), { tanggalMulai: "2031-03-01", tanggalTarget: null });
    const before = await counts();
    const [a, b] = await Promise.all([createPercontohan(admin, form), createPercontohan(admin, form)]);
    expect(a.id).toBe(b.id);
    expect(await counts()).toEqual({ ...before, audit: before.audit + 1, pilots: before.pilots + 1, riwayat: before.riwayat + 1 });
  });
  it("a second pilot posyandu in the same desa and year is refused naming the first; another year passes", async () => {
    const admin = await viewer("dinkes.madiun");
    const first = await freshPosyandu(DESA_2005);
    await createPercontohan(admin, pilotForm(first, { tanggalMulai: "2032-01-10" }));
    const firstNama = (await testDb.posyandu.findUniqueOrThrow({ where: { id: first } })).nama;
    const before = await counts();
    const e = await createPercontohan(admin, pilotForm(await freshPosyandu(DESA_2005), { tanggalMulai: "2032-05-01" })).catch((x) => x);
    expect(e).toBeInstanceOf(DomainError);
    const desaNama = (await testDb.desa.findUniqueOrThrow({ where: { kode: DESA_2005 } })).nama;
    expect(e.message).toBe(`Desa ${desaNama} sudah punya posyandu percontohan 2032: Posyandu ${firstNama}. Batasnya 1 posyandu percontohan per desa per tahun.`);
    expect(e.fieldErrors.posyanduId).toEqual([e.message]);
    expect(await counts()).toEqual(before);
    await createPercontohan(admin, pilotForm(await freshPosyandu(DESA_2005), { tanggalMulai: "2033-05-01" }));
  });
  it("a second pilot desa of Puskesmas Geger in 2024 is refused naming Klorogan's Melati 1", async () => {
    const admin = await viewer("dinkes.madiun");
    const before = await counts();
    await expect(createPercontohan(admin, pilotForm(await freshPosyandu(DESA_2006), { tanggalSk: "2024-03-01", tanggalMulai: "2024-03-01", tanggalTarget: null }))).rejects.toThrow(
      "Puskesmas Geger sudah punya desa percontohan 2024: Desa Klorogan (Posyandu Melati 1). Batasnya 1 desa percontohan per puskesmas per tahun.",
    );
    expect(await counts()).toEqual(before);
  });
  it("a limit of 2 stored in the settings lets a second through and refuses a third, naming both", async () => {
    const admin = await viewer("dinkes.madiun");
    await saveAturan(admin, ATURAN_BATAS_PERCONTOHAN, { posyanduPerDesa: 2, desaPerPuskesmas: 2 });
    try {
      const year = { tanggalMulai: "2034-01-01", tanggalTarget: null };
      const a = await freshPosyandu(DESA_2006);
      const b = await freshPosyandu(DESA_2006);
      await createPercontohan(admin, pilotForm(a, year));
      await createPercontohan(admin, pilotForm(b, year));
      const e = await createPercontohan(admin, pilotForm(await freshPosyandu(DESA_2006), year)).catch((x) => x);
      const names = await testDb.posyandu.findMany({ where: { id: { in: [a, b] } }, select: { nama: true } });
      expect(e).toBeInstanceOf(DomainError);
      expect(e.message).toMatch(/sudah punya posyandu percontohan 2034: Posyandu Uji .+, Posyandu Uji .+\. Batasnya 2 posyandu/);
      for (const n of names) expect(e.message).toContain(n.nama);
      // Two pilot desa of Puskesmas Geger in 2034 are allowed; a third desa is not.
      await createPercontohan(admin, pilotForm(await freshPosyandu(DESA_2005), year));
      await expect(createPercontohan(admin, pilotForm(await freshPosyandu("35.19.03.2008"), year))).rejects.toThrow(/Puskesmas Geger sudah punya desa percontohan 2034: .*Batasnya 2 desa/);
    } finally {
      await resetAturan(admin, ATURAN_BATAS_PERCONTOHAN);
    }
  });
  it("two designations racing in one desa: exactly one wins (row locks), the other names it", async () => {
    const admin = await viewer("dinkes.madiun");
    const [a, b] = [await freshPosyandu("35.19.03.2009"), await freshPosyandu("35.19.03.2009")];
    const results = await Promise.allSettled([createPercontohan(admin, pilotForm(a, { tanggalMulai: "2035-01-01" })), createPercontohan(admin, pilotForm(b, { tanggalMulai: "2035-01-01" }))]);
    expect(results.filter((r) => r.status === "fulfilled").length).toBe(1);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(failed.reason.message).toMatch(/sudah punya posyandu percontohan 2035/);
  });
  it("a posyandu already in the programme cannot be designated again", async () => {
    const admin = await viewer("dinkes.madiun");
    await expect(createPercontohan(admin, pilotForm(await posyanduId(KLOROGAN, "Melati 1")))).rejects.toThrow("Posyandu Melati 1 sudah menjadi posyandu percontohan.");
    await expect(createPercontohan(admin, pilotForm(await posyanduId(KLOROGAN, "Mawar 1")))).rejects.toThrow("Posyandu Mawar 1 sudah menjadi sasaran replikasi dari percontohan Posyandu Melati 1.");
  });
  it("an edit that moves the pilot into a taken year is refused; the edit is audited with before and after", async () => {
    const admin = await viewer("dinkes.madiun");
    const { id } = await createPercontohan(admin, pilotForm(await freshPosyandu(DESA_2006), { tanggalMulai: "2036-01-01", tanggalTarget: null }));
    const before = await counts();
    await expect(updatePercontohan(admin, id, { ...pilotForm(id), tanggalSk: "2024-02-01", nomorSk: "1/2024" })).rejects.toThrow(/Puskesmas Geger sudah punya desa percontohan 2024/);
    expect(await counts()).toEqual(before);
    await updatePercontohan(admin, id, { ...pilotForm(id), tanggalMulai: "2036-02-01", tanggalTarget: "2036-12-31", catatan: "Diubah" });
    const audit = await testDb.auditLog.findFirstOrThrow({ where: { entityId: id, action: "UPDATE" } });
    expect(audit.before).toMatchObject({ tanggalMulai: "2036-01-01T00:00:00.000Z" });
    expect(audit.after).toMatchObject({ tanggalMulai: "2036-02-01T00:00:00.000Z", catatan: "Diubah" });
  });
});

describe("stage moves", () => {
  let pastYear = 2001;
  /** A pilot in Desa 2010 (Puskesmas Geger) in a past year of its own, proposed on 15 January of that year. */
  async function freshPilot(o: Partial<TPercontohanForm> = {}) {
    const admin = await viewer("dinkes.madiun");
    const y = pastYear++;
    const { id } = await createPercontohan(admin, pilotForm(await freshPosyandu("35.19.03.2010"), { nomorSk: `188/${y}`, tanggalSk: `${y}-01-15`, tanggalMulai: `${y}-01-15`, tanggalTarget: null, ...o }));
    return { admin, id, y };
  }
  it("forward one step writes the stage, one history row (who, date) and one audit row", async () => {
    const { admin, id, y } = await freshPilot();
    const before = await counts();
    await movePercontohanTahap(admin, move(id, "DITETAPKAN", { tanggal: `${y}-01-15` }));
    expect(await counts()).toEqual({ ...before, audit: before.audit + 1, riwayat: before.riwayat + 1 });
    const last = await testDb.riwayatTahap.findFirstOrThrow({ where: { percontohanId: id, ke: "DITETAPKAN" } });
    expect(last).toMatchObject({ dari: "DIUSULKAN", olehNama: "Admin Dinkes Madiun", alasan: null });
    expect(last.tanggal.toISOString().slice(0, 10)).toBe(`${y}-01-15`);
    expect((await testDb.auditLog.findFirstOrThrow({ where: { entityId: id, action: "UPDATE" } })).after).toMatchObject({ tahap: "DITETAPKAN", tanggalTahap: `${y}-01-15` });
  });
  it("a jump, a move back without a reason, a future date and a date before the last move are refused, nothing written", async () => {
    const { admin, id, y } = await freshPilot();
    await movePercontohanTahap(admin, move(id, "DITETAPKAN", { tanggal: `${y}-02-01` }));
    const before = await counts();
    const fieldOf = async (input: TPindahTahap) => {
      const e = await movePercontohanTahap(admin, input).catch((x) => x);
      expect(e).toBeInstanceOf(DomainError);
      return Object.keys(e.fieldErrors ?? {});
    };
    expect(await fieldOf(move(id, "SIAP"))).toEqual(["ke"]);
    expect(await fieldOf(move(id, "DIUSULKAN", { alasan: "  " }))).toEqual(["alasan"]);
    expect(await fieldOf(move(id, "ASESMEN_AWAL", { tanggal: addDays(TODAY, 1) }))).toEqual(["tanggal"]);
    expect(await fieldOf(move(id, "ASESMEN_AWAL", { tanggal: `${y}-01-31` }))).toEqual(["tanggal"]);
    expect(await counts()).toEqual(before);
    // The day of the last move itself is allowed.
    await movePercontohanTahap(admin, move(id, "ASESMEN_AWAL", { tanggal: `${y}-02-01` }));
  });
  it("back with a reason is recorded with the reason", async () => {
    const { admin, id } = await freshPilot();
    await movePercontohanTahap(admin, move(id, "DITETAPKAN"));
    await movePercontohanTahap(admin, move(id, "ASESMEN_AWAL"));
    await movePercontohanTahap(admin, move(id, "DIUSULKAN", { alasan: "SK direvisi" }));
    expect((await testDb.percontohan.findUniqueOrThrow({ where: { id } })).tahap).toBe("DIUSULKAN");
    expect(await testDb.riwayatTahap.findFirstOrThrow({ where: { percontohanId: id, ke: "DIUSULKAN", dari: "ASESMEN_AWAL" } })).toMatchObject({ alasan: "SK direvisi" });
  });
  it("'ditetapkan' needs the SK; 'direplikasi' needs a running roll-out target", async () => {
    const { admin, id } = await freshPilot({ nomorSk: null, tanggalSk: null });
    // The proposal dates from the start (15 January) when that is before today.
    expect((await testDb.riwayatTahap.findFirstOrThrow({ where: { percontohanId: id } })).tanggal.toISOString().slice(5, 10)).toBe("01-15");
    await expect(movePercontohanTahap(admin, move(id, "DITETAPKAN"))).rejects.toThrow(/Isi nomor dan tanggal SK dulu/);
    const melati1 = await pilotOf(KLOROGAN, "Melati 1");
    // Melati 1 has Melati 2 running: it may move on (and back, with a reason).
    await movePercontohanTahap(admin, move(melati1, "DIREPLIKASI"));
    await movePercontohanTahap(admin, move(melati1, "BERJALAN", { alasan: "Uji: kembali" }));
    const anggrek = await pilotOf(KAIBON, "Anggrek 1");
    await movePercontohanTahap(admin, move(anggrek, "BERJALAN"));
    await expect(movePercontohanTahap(admin, move(anggrek, "DIREPLIKASI"))).rejects.toThrow(/belum ada sasaran replikasi yang sampai tahap berjalan/);
    await movePercontohanTahap(admin, move(anggrek, "SIAP", { alasan: "Uji: kembali" }));
  });
  it("a double submit of one move writes one history row; a stale second form is refused", async () => {
    const { admin, id } = await freshPilot();
    const input = move(id, "DITETAPKAN");
    const before = await counts();
    const [a, b] = await Promise.all([movePercontohanTahap(admin, input), movePercontohanTahap(admin, input)]);
    expect(a.id).toBe(b.id);
    expect(await counts()).toEqual({ ...before, audit: before.audit + 1, riwayat: before.riwayat + 1 });
    await expect(movePercontohanTahap(admin, move(id, "ASESMEN_AWAL", { requestId: input.requestId }))).resolves.toMatchObject({ duplicateSubmit: true });
  });
  it("delete: only while proposed (audited), else the reason", async () => {
    const { admin, id, y } = await freshPilot();
    await movePercontohanTahap(admin, move(id, "DITETAPKAN"));
    const before = await counts();
    await expect(deletePercontohan(admin, id)).rejects.toThrow(/sudah di tahap ditetapkan; hanya percontohan yang masih diusulkan yang dapat dihapus/);
    expect(await counts()).toEqual(before);
    await movePercontohanTahap(admin, move(id, "DIUSULKAN", { alasan: "Batal" }));
    await createStudiBanding(admin, visit(id, { tanggal: `${y}-02-01` }));
    await expect(deletePercontohan(admin, id)).rejects.toThrow(/masih punya 1 studi banding/);
    const s = await testDb.studiBanding.findFirstOrThrow({ where: { percontohanId: id } });
    await deleteStudiBanding(admin, s.id);
    const mid = await counts();
    await deletePercontohan(admin, id);
    expect(await counts()).toMatchObject({ audit: mid.audit + 1, pilots: mid.pilots - 1 });
    expect(await testDb.auditLog.findFirstOrThrow({ where: { entityId: id, action: "DELETE" } })).toMatchObject({ entity: "percontohan" });
  });
});

describe("roll-out targets", () => {
  it("add a posyandu of the same desa, move its stage by the same rule, edit it, delete it while proposed; each audited", async () => {
    const admin = await viewer("dinkes.madiun");
    const pilot = await pilotOf(KLOROGAN, "Melati 1");
    const extra = await freshPosyandu(KLOROGAN);
    const before = await counts();
    const { id } = await createReplikasi(admin, { percontohanId: pilot, posyanduId: extra, tanggalTarget: "2027-01-31", catatan: null, requestId: randomUUID() });
    expect(await counts()).toEqual({ ...before, audit: before.audit + 1, replikasi: before.replikasi + 1 });
    await expect(moveReplikasiTahap(admin, move(id, "SIAP"))).rejects.toThrow(/hanya dapat maju satu langkah/);
    await moveReplikasiTahap(admin, move(id, "DITETAPKAN"));
    await expect(deleteReplikasi(admin, id)).rejects.toThrow(/hanya sasaran yang masih diusulkan yang dapat dihapus/);
    await expect(moveReplikasiTahap(admin, move(id, "DIUSULKAN"))).rejects.toThrow(/Tulis alasan/);
    await moveReplikasiTahap(admin, move(id, "DIUSULKAN", { alasan: "Kader belum siap" }));
    await updateReplikasi(admin, { id, tanggalTarget: "2027-06-30", catatan: "Mundur satu semester", requestId: undefined });
    await deleteReplikasi(admin, id);
    const actions = (await testDb.auditLog.findMany({ where: { entityId: id }, orderBy: { id: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["CREATE", "UPDATE", "UPDATE", "UPDATE", "DELETE"]);
  });
  it("refuses the pilot itself, a posyandu of another desa, and a posyandu already a target", async () => {
    const admin = await viewer("dinkes.madiun");
    const pilot = await pilotOf(KLOROGAN, "Melati 1");
    const add = async (pid: string) => createReplikasi(admin, { percontohanId: pilot, posyanduId: pid, tanggalTarget: null, catatan: null, requestId: randomUUID() });
    const before = await counts();
    await expect(add(await posyanduId(KLOROGAN, "Melati 1"))).rejects.toThrow("Posyandu Melati 1 sendiri posyandu percontohan, bukan sasaran replikasi.");
    await expect(add(await posyanduId("35.19.03.2004", "Dahlia"))).rejects.toThrow(/Pilih posyandu lain di Desa Klorogan/);
    await expect(add(await posyanduId(KLOROGAN, "Mawar 1"))).rejects.toThrow("Posyandu Mawar 1 sudah menjadi sasaran replikasi dari percontohan Posyandu Melati 1.");
    expect(await counts()).toEqual(before);
  });
});

describe("study visits", () => {
  it("create (planned ahead is fine), edit and delete, each audited; the date rules name the field", async () => {
    const admin = await viewer("dinkes.madiun");
    const pilot = await pilotOf(KLOROGAN, "Melati 1");
    const before = await counts();
    const { id } = await createStudiBanding(admin, visit(pilot, { tanggal: addDays(TODAY, 30), asal: "Puskesmas Uji", tujuan: "Belajar lima langkah" }));
    expect(await counts()).toEqual({ ...before, audit: before.audit + 1, studi: before.studi + 1 });
    for (const tanggal of ["2024-01-14", addDays(TODAY, 366)]) {
      const e = await createStudiBanding(admin, visit(pilot, { tanggal })).catch((x) => x);
      expect(e).toBeInstanceOf(DomainError);
      expect(Object.keys(e.fieldErrors)).toEqual(["tanggal"]);
    }
    // The pilot began with its SK on 15 January 2024: that day is allowed.
    const first = await createStudiBanding(admin, visit(pilot, { tanggal: "2024-01-15" }));
    await updateStudiBanding(admin, { ...visit(pilot, { jumlahPeserta: 20 }), id });
    expect((await testDb.studiBanding.findUniqueOrThrow({ where: { id } })).jumlahPeserta).toBe(20);
    await deleteStudiBanding(admin, id);
    await deleteStudiBanding(admin, first.id);
    expect((await testDb.auditLog.findMany({ where: { entityId: id }, orderBy: { id: "asc" } })).map((a) => a.action)).toEqual(["CREATE", "UPDATE", "DELETE"]);
    expect(await counts()).toMatchObject({ studi: before.studi });
  });
});
