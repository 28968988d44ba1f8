/**
 * The posyandu day for every role: opening a day, saving entries by the device-made id (idempotent
 * under parallel duplicates, one entry per person per day across devices), the refusals (scope,
 * another posyandu's person, a merged person, a closed day, impossible values), corrections with
 * audit and the N/T series derived again; the list, screen and referral reads per role.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { testDb, viewer, posyanduId, KLOROGAN, KAIBON } from "../support/db.ts";
import { bukaHariBuka, tutupHariBuka } from "../../lib/hari-buka/dal.ts";
import { layarHariBuka, listHariBuka, rujukanHariBuka } from "../../lib/hari-buka/queries.ts";
import { ZBukaHariBuka, ZHariBukaListParams } from "../../lib/hari-buka/schemas.ts";
import { CLOSED_MESSAGE, simpanPemeriksaan } from "../../lib/pemeriksaan/dal.ts";
import { ZPemeriksaanInput, type PemeriksaanKirim } from "../../lib/pemeriksaan/schemas.ts";
import { DomainError, ForbiddenError, NotFoundError } from "../../lib/errors.ts";

// Melati 1's schedule: Tuesday of the 2nd week (seed). These are its posyandu days in 2026.
const D_SEP = "2026-09-08";
const D_OKT = "2026-10-13";
const D_NOV = "2026-11-10";

let melati1: string;
let mawar2: string;
let kaibonPosyandu: string;

async function orang(posyandu: string, nama: string, jenisKelamin: "L" | "P", tanggalLahir: string, extra: Record<string, unknown> = {}) {
  const p = await testDb.posyandu.findUniqueOrThrow({ where: { id: posyandu }, select: { desaId: true, desa: { select: { kabupatenId: true } } } });
  const s = await testDb.sasaran.create({
    data: { kabupatenId: p.desa.kabupatenId, desaId: p.desaId, posyanduId: posyandu, nama, namaKunci: nama.toLowerCase(), jenisKelamin, tanggalLahir: new Date(`${tanggalLahir}T00:00:00Z`), ...extra },
    select: { id: true },
  });
  return s.id;
}

const buka = (posyandu: string, tanggal: string, extra: Record<string, unknown> = {}) => ZBukaHariBuka.parse({ posyanduId: posyandu, tanggal, ...extra });
const entri = (hariBukaId: string, sasaranId: string, extra: Partial<PemeriksaanKirim> = {}) => ZPemeriksaanInput.parse({ id: randomUUID(), hariBukaId, sasaranId, diukurOleh: "KADER", ...extra });

let hariSep: string, hariOkt: string, hariNov: string, hariMawar2: string;
let balita: string, lansia: string, orangMawar2: string, digabung: string;

beforeAll(async () => {
  melati1 = await posyanduId(KLOROGAN, "Melati 1");
  mawar2 = await posyanduId(KLOROGAN, "Mawar 2");
  kaibonPosyandu = (await testDb.posyandu.findFirstOrThrow({ where: { desa: { kode: KAIBON } }, select: { id: true } })).id;
  balita = await orang(melati1, "Tes Balita Ayu", "P", "2024-06-01");
  lansia = await orang(melati1, "Tes Mbah Karto", "L", "1950-03-03");
  orangMawar2 = await orang(mawar2, "Tes Anak Mawar", "L", "2024-01-15");
  digabung = await orang(melati1, "Tes Ayu Duplikat", "P", "2024-06-01", { digabungKeId: balita, digabungAt: new Date() });
  const kader = await viewer("kader.melati1");
  hariSep = (await bukaHariBuka(kader, buka(melati1, D_SEP))).id;
  hariOkt = (await bukaHariBuka(kader, buka(melati1, D_OKT))).id;
  hariNov = (await bukaHariBuka(kader, buka(melati1, D_NOV, { kaderId: [], petugasLain: "Bidan Rina, Bidan desa" }))).id;
  hariMawar2 = (await bukaHariBuka(await viewer("kader.mawar2"), buka(mawar2, "2026-11-12", { bukanJadwal: "on" }))).id;
});

describe("opening a posyandu day", () => {
  it("the same posyandu and date twice opens the existing day; who was on duty is kept", async () => {
    const again = await bukaHariBuka(await viewer("kader.melati1"), buka(melati1, D_NOV));
    expect(again).toEqual({ id: hariNov, existing: true });
    expect(await testDb.hariBuka.count({ where: { posyanduId: melati1, tanggal: new Date(`${D_NOV}T00:00:00Z`) } })).toBe(1);
    const petugas = await testDb.petugasHariBuka.findMany({ where: { hariBukaId: hariNov }, select: { nama: true, peran: true } });
    expect(petugas).toEqual([{ nama: "Bidan Rina", peran: "Bidan desa" }]);
    expect(await testDb.auditLog.count({ where: { entity: "hari_buka", entityId: hariNov, action: "CREATE" } })).toBe(1);
  });
  it("a date in the future is refused on the field; a day off the schedule asks to confirm", async () => {
    const kader = await viewer("kader.melati1");
    await expect(bukaHariBuka(kader, buka(melati1, "2099-01-06"))).rejects.toMatchObject({ fieldErrors: { tanggal: [expect.stringContaining("tidak boleh setelah hari ini")] } });
    const off = bukaHariBuka(kader, buka(melati1, "2026-11-12"));
    await expect(off).rejects.toBeInstanceOf(DomainError);
    await expect(off).rejects.toMatchObject({ fieldErrors: { bukanJadwal: [expect.any(String)] } });
    expect(await testDb.hariBuka.count({ where: { posyanduId: melati1, tanggal: new Date("2026-11-12T00:00:00Z") } })).toBe(0);
  });
  it("outside scope answers not found; roles without haribuka.record are refused", async () => {
    await expect(bukaHariBuka(await viewer("kader.melati1"), buka(mawar2, D_NOV))).rejects.toBeInstanceOf(NotFoundError);
    await expect(bukaHariBuka(await viewer("bidan.klorogan"), buka(kaibonPosyandu, D_NOV, { bukanJadwal: "on" }))).rejects.toBeInstanceOf(NotFoundError);
    for (const u of ["dinkes.madiun", "pkm.geger"] as const) await expect(bukaHariBuka(await viewer(u), buka(melati1, "2026-08-11"))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(bukaHariBuka(await viewer("kader.melati1"), { ...buka(melati1, D_NOV), kaderId: [randomUUID()] })).resolves.toMatchObject({ existing: true });
    await expect(bukaHariBuka(await viewer("kader.melati1"), { ...buka(melati1, "2026-07-14"), kaderId: [randomUUID()] })).rejects.toMatchObject({ fieldErrors: { kaderId: [expect.any(String)] } });
  });
  it("closing: kaders close, only bidan/puskesmas open again; outside scope is not found", async () => {
    const day = (await bukaHariBuka(await viewer("bidan.klorogan"), buka(melati1, "2026-06-09"))).id;
    await expect(tutupHariBuka(await viewer("kader.mawar2"), day)).rejects.toBeInstanceOf(NotFoundError);
    await tutupHariBuka(await viewer("kader.melati1"), day);
    expect((await testDb.hariBuka.findUniqueOrThrow({ where: { id: day } })).ditutupAt).not.toBeNull();
    await expect(tutupHariBuka(await viewer("kader.melati1"), day, true)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(tutupHariBuka(await viewer("pkm.kaibon"), day, true)).rejects.toBeInstanceOf(NotFoundError);
    await tutupHariBuka(await viewer("pkm.geger"), day, true);
    expect((await testDb.hariBuka.findUniqueOrThrow({ where: { id: day } })).ditutupAt).toBeNull();
    expect(await testDb.auditLog.count({ where: { entity: "hari_buka", entityId: day, action: "UPDATE" } })).toBe(2);
  });
});

describe("saving an entry by the device-made id", () => {
  it("a resend changes nothing; parallel duplicates of one id make one row", async () => {
    const kader = await viewer("kader.melati1");
    const e = entri(hariSep, balita, { beratKg: 10.0, tinggiCm: 80, caraUkur: "BERDIRI" });
    const first = await simpanPemeriksaan(kader, e);
    expect(first).toMatchObject({ id: e.id, status: "created", revisi: 0 });
    const results = await Promise.all(Array.from({ length: 6 }, () => simpanPemeriksaan(kader, e)));
    expect(results.every((r) => r.id === e.id && r.status === "unchanged")).toBe(true);
    expect(await testDb.pemeriksaan.count({ where: { hariBukaId: hariSep, sasaranId: balita } })).toBe(1);
    expect(await testDb.auditLog.count({ where: { entity: "pemeriksaan", entityId: e.id } })).toBe(1);
  });
  it("parallel first sends of one new id (nothing stored yet) still make exactly one row", async () => {
    const kader = await viewer("kader.melati1");
    const e = entri(hariSep, lansia, { beratKg: 60, tinggiCm: 160, sistolik: 120, diastolik: 80 });
    const results = await Promise.all(Array.from({ length: 8 }, () => simpanPemeriksaan(kader, e)));
    expect(results.filter((r) => r.status === "created")).toHaveLength(1);
    expect(new Set(results.map((r) => r.id))).toEqual(new Set([e.id]));
    expect(await testDb.pemeriksaan.count({ where: { id: e.id } })).toBe(1);
  });
  it("the same person on the same day from a second device updates the one entry (revisi + 1, audited)", async () => {
    const kader = await viewer("kader.melati1");
    const a = entri(hariOkt, balita, { beratKg: 10.5, tinggiCm: 81, caraUkur: "BERDIRI" });
    await simpanPemeriksaan(kader, a);
    const b = entri(hariOkt, balita, { beratKg: 10.6, tinggiCm: 81, caraUkur: "BERDIRI" });
    const r = await simpanPemeriksaan(await viewer("bidan.klorogan"), b);
    expect(r).toMatchObject({ id: a.id, status: "updated", digabung: true, revisi: 1 });
    const rows = await testDb.pemeriksaan.findMany({ where: { hariBukaId: hariOkt, sasaranId: balita } });
    expect(rows).toHaveLength(1);
    expect(rows[0].beratKg?.toNumber()).toBe(10.6);
    const audit = await testDb.auditLog.findFirstOrThrow({ where: { entity: "pemeriksaan", entityId: a.id, action: "UPDATE" } });
    expect(audit.before).toMatchObject({ beratKg: 10.5 });
    expect(audit.after).toMatchObject({ beratKg: 10.6, revisi: 1 });
  });
  it("the server evaluates and stores the derived results (N with KBM and last month's weight)", async () => {
    const row = await testDb.pemeriksaan.findFirstOrThrow({ where: { hariBukaId: hariOkt, sasaranId: balita } });
    expect(row.naik).toBe("N");
    expect(row.kbmG).toBe(200);
    expect(row.beratLaluKg?.toNumber()).toBe(10);
    expect(row.kelompok).toBe("BALITA");
    expect(row.zBbu).not.toBeNull();
    const sep = await testDb.pemeriksaan.findFirstOrThrow({ where: { hariBukaId: hariSep, sasaranId: balita } });
    expect(sep.naik).toBe("B");
  });
});

describe("refusals: nothing written", () => {
  it("impossible values: 422-style field errors naming the field; odd values need confirming", async () => {
    const kader = await viewer("kader.melati1");
    const before = await testDb.pemeriksaan.count();
    await expect(simpanPemeriksaan(kader, entri(hariNov, lansia, { beratKg: 300 }))).rejects.toMatchObject({ fieldErrors: { beratKg: [expect.stringContaining("Berat")] } });
    await expect(simpanPemeriksaan(kader, entri(hariNov, lansia, { beratKg: 0 }))).rejects.toBeInstanceOf(DomainError);
    await expect(simpanPemeriksaan(kader, entri(hariNov, balita, { beratKg: 10.7, tinggiCm: 5 }))).rejects.toMatchObject({ fieldErrors: { tinggiCm: [expect.any(String)] } });
    expect(await testDb.pemeriksaan.count()).toBe(before);
  });
  it("a person of another posyandu, a merged person (naming into whom), a day or person out of scope", async () => {
    const bidan = await viewer("bidan.klorogan");
    await expect(simpanPemeriksaan(bidan, entri(hariNov, orangMawar2, { beratKg: 11 }))).rejects.toMatchObject({ fieldErrors: { sasaranId: [expect.stringContaining("bukan sasaran Posyandu Melati 1")] } });
    await expect(simpanPemeriksaan(bidan, entri(hariNov, digabung, { beratKg: 11 }))).rejects.toMatchObject({ message: expect.stringContaining("digabung ke Tes Balita Ayu") });
    const kader = await viewer("kader.melati1");
    await expect(simpanPemeriksaan(kader, entri(hariMawar2, orangMawar2, { beratKg: 11 }))).rejects.toBeInstanceOf(NotFoundError);
    await expect(simpanPemeriksaan(kader, entri(hariNov, orangMawar2, { beratKg: 11 }))).rejects.toBeInstanceOf(NotFoundError);
    await expect(simpanPemeriksaan(await viewer("pkm.kaibon"), entri(hariNov, balita, { beratKg: 11 }))).rejects.toBeInstanceOf(NotFoundError);
    for (const u of ["dinkes.madiun", "staf.madiun", "dinkes.demak"] as const) await expect(simpanPemeriksaan(await viewer(u), entri(hariNov, balita, { beratKg: 11 }))).rejects.toBeInstanceOf(ForbiddenError);
    // A puskesmas officer corrects existing entries but does not record new ones.
    await expect(simpanPemeriksaan(await viewer("pkm.geger"), entri(hariNov, balita, { beratKg: 11 }))).rejects.toBeInstanceOf(ForbiddenError);
    // A forged id of another day's entry is refused, not moved.
    const sep = await testDb.pemeriksaan.findFirstOrThrow({ where: { hariBukaId: hariSep, sasaranId: balita }, select: { id: true } });
    await expect(simpanPemeriksaan(kader, { ...entri(hariNov, balita, { beratKg: 11 }), id: sep.id })).rejects.toBeInstanceOf(DomainError);
    expect(await testDb.pemeriksaan.count({ where: { hariBukaId: hariNov } })).toBe(0);
  });
  it("a closed day refuses the kader's entry; the bidan corrects it, audited", async () => {
    const kader = await viewer("kader.melati1");
    const e = entri(hariNov, lansia, { beratKg: 61, sistolik: 125, diastolik: 82 });
    await simpanPemeriksaan(kader, e);
    await tutupHariBuka(kader, hariNov);
    await expect(simpanPemeriksaan(kader, { ...e, beratKg: 62 })).rejects.toMatchObject({ message: CLOSED_MESSAGE });
    await expect(simpanPemeriksaan(kader, entri(hariNov, balita, { beratKg: 10.8 }))).rejects.toMatchObject({ message: CLOSED_MESSAGE });
    const r = await simpanPemeriksaan(await viewer("pkm.geger"), { ...e, beratKg: 62 });
    expect(r).toMatchObject({ status: "updated", revisi: 1 });
    expect(await testDb.auditLog.count({ where: { entity: "pemeriksaan", entityId: e.id, action: "UPDATE", actorName: "pkm.geger" } })).toBe(1);
    await tutupHariBuka(await viewer("bidan.klorogan"), hariNov, true);
  });
});

describe("corrections re-derive the later N/T", () => {
  it("a corrected weight in October turns November's T into N in the same transaction", async () => {
    const kader = await viewer("kader.melati1");
    // Oct 10.6 kg (after the second device); Nov 10.7: +100 g < KBM 200 → T.
    const nov = entri(hariNov, balita, { beratKg: 10.7, tinggiCm: 82, caraUkur: "BERDIRI" });
    await simpanPemeriksaan(kader, nov);
    expect((await testDb.pemeriksaan.findUniqueOrThrow({ where: { id: nov.id } })).naik).toBe("T");
    const okt = await testDb.pemeriksaan.findFirstOrThrow({ where: { hariBukaId: hariOkt, sasaranId: balita } });
    const r = await simpanPemeriksaan(await viewer("bidan.klorogan"), entri(hariOkt, balita, { beratKg: 10.4, tinggiCm: 81, caraUkur: "BERDIRI" }));
    expect(r.id).toBe(okt.id);
    const after = await testDb.pemeriksaan.findUniqueOrThrow({ where: { id: nov.id } });
    expect(after.naik).toBe("N");
    expect(after.beratLaluKg?.toNumber()).toBe(10.4);
    const audit = await testDb.auditLog.findFirstOrThrow({ where: { entity: "pemeriksaan", entityId: nov.id, action: "UPDATE" }, orderBy: [{ at: "desc" }, { id: "desc" }] });
    expect(audit.before).toMatchObject({ naik: "T" });
    expect(audit.after).toMatchObject({ naik: "N" });
  });
});

describe("reads per role", () => {
  it("the list: kader its posyandu, bidan and puskesmas the desa, Dinkes the kabupaten, others nothing", async () => {
    const all = ZHariBukaListParams.parse({ size: "100" });
    const ids = async (u: Parameters<typeof viewer>[0]) => (await listHariBuka(await viewer(u), all)).rows.map((r) => r.id);
    expect(await ids("kader.melati1")).toEqual(expect.arrayContaining([hariSep, hariOkt, hariNov]));
    expect(await ids("kader.melati1")).not.toContain(hariMawar2);
    const mawar = await ids("kader.mawar2");
    expect(mawar).toContain(hariMawar2);
    expect(mawar).not.toContain(hariNov);
    expect(await testDb.hariBuka.count({ where: { id: { in: mawar }, posyanduId: { not: mawar2 } } })).toBe(0);
    for (const u of ["bidan.klorogan", "pkm.geger", "dinkes.madiun"] as const) expect(await ids(u)).toEqual(expect.arrayContaining([hariNov, hariMawar2]));
    for (const u of ["pkm.kaibon", "dinkes.demak"] as const) expect(await ids(u)).not.toContain(hariNov);
    const row = (await listHariBuka(await viewer("bidan.klorogan"), all)).rows.find((r) => r.id === hariOkt)!;
    expect(row.hadir).toBe(1);
  });
  it("the session screen: names for roles that record; not found outside scope and for the Dinkes", async () => {
    const s = await layarHariBuka(await viewer("kader.melati1"), hariNov);
    expect(s.orang.map((o) => o.nama)).toEqual(expect.arrayContaining(["Tes Balita Ayu", "Tes Mbah Karto"]));
    expect(s.orang.map((o) => o.nama)).not.toContain("Tes Ayu Duplikat");
    expect(s.orang.find((o) => o.id === balita)!.riwayat.timbangan.map((t) => t.tanggal)).toEqual([D_OKT, D_SEP]);
    await expect(layarHariBuka(await viewer("kader.mawar2"), hariNov)).rejects.toBeInstanceOf(NotFoundError);
    await expect(layarHariBuka(await viewer("pkm.kaibon"), hariNov)).rejects.toBeInstanceOf(NotFoundError);
    await expect(layarHariBuka(await viewer("dinkes.madiun"), hariNov)).rejects.toBeInstanceOf(NotFoundError);
  });
  it("the session screen lists the dusun of the posyandu's desa for recorders only (registering a person)", async () => {
    const desaId = (await testDb.posyandu.findUniqueOrThrow({ where: { id: melati1 }, select: { desaId: true } })).desaId;
    const expected = await testDb.dusun.findMany({ where: { desaId }, orderBy: { nama: "asc" }, select: { id: true, nama: true } });
    expect(expected.length).toBeGreaterThan(0);
    expect((await layarHariBuka(await viewer("kader.melati1"), hariNov)).dusun).toEqual(expected);
    expect((await layarHariBuka(await viewer("bidan.klorogan"), hariNov)).dusun).toEqual(expected);
    // The puskesmas corrects entries but does not register people on this screen.
    expect((await layarHariBuka(await viewer("pkm.geger"), hariNov)).dusun).toEqual([]);
  });
  it("the referral list: reasons for all in scope, names only for roles that see people", async () => {
    const kader = await viewer("kader.melati1");
    // A pregnant-age woman's LiLA is not asked of a lansia; a lansia with BP 160/100 is referred.
    const e = entri(hariSep, lansia, { beratKg: 60, tinggiCm: 160, sistolik: 165, diastolik: 102 });
    const existing = await testDb.pemeriksaan.findFirstOrThrow({ where: { hariBukaId: hariSep, sasaranId: lansia } });
    const r = await simpanPemeriksaan(kader, { ...e, id: existing.id });
    expect(r.dirujuk).toBe(true);
    const pkm = await rujukanHariBuka(await viewer("pkm.geger"), hariSep);
    expect(pkm.rows.map((x) => x.nama)).toContain("Tes Mbah Karto");
    expect(pkm.rows.find((x) => x.nama === "Tes Mbah Karto")!.temuan.length).toBeGreaterThan(0);
    const dinkes = await rujukanHariBuka(await viewer("dinkes.madiun"), hariSep);
    expect(dinkes.denganNama).toBe(false);
    expect(dinkes.rows.length).toBe(pkm.rows.length);
    expect(dinkes.rows.every((x) => x.nama === null)).toBe(true);
    await expect(rujukanHariBuka(await viewer("pkm.kaibon"), hariSep)).rejects.toBeInstanceOf(NotFoundError);
    await expect(rujukanHariBuka(await viewer("kader.mawar2"), hariSep)).rejects.toBeInstanceOf(NotFoundError);
  });
});

// Last: its October entry would change the list counts checked above.
describe("an entry sent late re-derives the later N/T", () => {
  it("a new October entry arriving after November's turns November's B/O into N in the same transaction", async () => {
    const kader = await viewer("kader.melati1");
    // Born after the demo months that laporan-skdn.test.ts counts by hand.
    const anak = await orang(melati1, "Tes Balita Terlambat", "L", "2024-07-01");
    const nov = entri(hariNov, anak, { beratKg: 11, tinggiCm: 85, caraUkur: "BERDIRI" });
    await simpanPemeriksaan(kader, nov);
    const before = await testDb.pemeriksaan.findUniqueOrThrow({ where: { id: nov.id } });
    expect(before.beratLaluKg).toBeNull();
    expect(before.naik).not.toBe("N");
    // October's entry, kept on a phone without signal, reaches the server after November's.
    const okt = await simpanPemeriksaan(kader, entri(hariOkt, anak, { beratKg: 10.7, tinggiCm: 84.5, caraUkur: "BERDIRI" }));
    expect(okt.status).toBe("created");
    const after = await testDb.pemeriksaan.findUniqueOrThrow({ where: { id: nov.id } });
    expect(after.beratLaluKg?.toNumber()).toBe(10.7);
    expect(after.naik).toBe("N");
    expect(await testDb.auditLog.count({ where: { entity: "pemeriksaan", entityId: nov.id, action: "UPDATE" } })).toBe(1);
  });
});
