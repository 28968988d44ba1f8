/**
 * The catalogue and the level rule, in Demak (so Madiun's demo data stays as seeded): rewording keeps
 * old assessments' wording, a new skill makes its package incomplete until assessed, the rule
 * recomputes every level; only the kabupaten's own Dinkes admin may do any of it, every change audited.
 */
import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { testDb, viewer, posyanduId, auditCount, BANYUMENENG } from "../support/db.ts";
import { kaderCreate, packageItems, penilaian } from "../support/kader.ts";
import { createKader } from "../../lib/kader/dal.ts";
import { recordPenilaian } from "../../lib/kader/dal-penilaian.ts";
import { addKeterampilan, resetAturanLevel, rewordKeterampilan, saveAturanLevel } from "../../lib/kader/dal-katalog.ts";
import { kaderPenilaian, katalogKeterampilan } from "../../lib/kader/queries.ts";
import { ATURAN_LEVEL } from "../../lib/kader/aturan.ts";
import { ZAturanLevelForm } from "../../lib/kader/schemas-katalog.ts";
import { DomainError, ForbiddenError, NotFoundError } from "../../lib/errors.ts";

async function demakKader(paket: string[]) {
  const v = await viewer("dinkes.demak");
  const { id } = await createKader(v, kaderCreate(await posyanduId(BANYUMENENG, "Kenanga 1"), { tahunMulai: 2015 }));
  for (const p of paket) await recordPenilaian(v, penilaian(id, await packageItems("33.21", p), { tanggal: "2025-03-01" }));
  return id;
}
const levelOf = async (id: string) => testDb.kader.findUniqueOrThrow({ where: { id }, select: { level: true, levelAlasan: true } });

describe("rewording a skill", () => {
  it("retires the old row, adds version 2 with the same code; old assessments keep their wording and count", async () => {
    const v = await viewer("dinkes.demak");
    const k = await demakKader(["A", "B"]);
    const b2 = await testDb.keterampilan.findFirstOrThrow({ where: { kode: "B2", retiredAt: null, paket: { kabupaten: { kode: "33.21" } } } });
    const audits = await auditCount();
    await rewordKeterampilan(v, { id: b2.id, nama: "Menimbang BB dengan timbangan digital dan mengukur PB/TB dengan benar", rekonstruksi: false, requestId: randomUUID() });
    expect(await auditCount()).toBe(audits + 1);
    const rows = await testDb.keterampilan.findMany({ where: { kode: "B2", paket: { kabupaten: { kode: "33.21" } } }, orderBy: { versi: "asc" } });
    expect(rows.map((r) => [r.versi, r.retiredAt === null])).toEqual([[1, false], [2, true]]);
    const { riwayat, paket } = await kaderPenilaian(v, k);
    expect(riwayat.find((r) => r.keterampilan.kode === "B2")!.keterampilan).toMatchObject({ versi: 1, nama: b2.nama });
    expect(paket.find((p) => p.kode === "B")!.keterampilan.find((s) => s.kode === "B2")).toMatchObject({ nama: "Menimbang BB dengan timbangan digital dan mengukur PB/TB dengan benar", hasil: "KOMPETEN" });
    expect((await levelOf(k)).level).toBe("PURWA");
    const katalog = await katalogKeterampilan(v);
    expect(katalog.paket.find((p) => p.kode === "B")!.keterampilan.find((s) => s.kode === "B2")!.jumlahVersi).toBe(2);
  });
  it("refuses the same wording, another kabupaten's skill, a retired version, and other roles", async () => {
    const demak = await viewer("dinkes.demak");
    const current = await testDb.keterampilan.findFirstOrThrow({ where: { kode: "A1", retiredAt: null, paket: { kabupaten: { kode: "33.21" } } } });
    await expect(rewordKeterampilan(demak, { id: current.id, nama: current.nama, rekonstruksi: current.rekonstruksi, requestId: randomUUID() })).rejects.toThrow(/Tidak ada yang berubah/);
    const madiunSkill = await testDb.keterampilan.findFirstOrThrow({ where: { kode: "A1", retiredAt: null, paket: { kabupaten: { kode: "35.19" } } } });
    await expect(rewordKeterampilan(demak, { id: madiunSkill.id, nama: "x", rekonstruksi: false, requestId: randomUUID() })).rejects.toBeInstanceOf(NotFoundError);
    const retired = await testDb.keterampilan.findFirstOrThrow({ where: { kode: "B2", versi: 1, paket: { kabupaten: { kode: "33.21" } } } });
    await expect(rewordKeterampilan(demak, { id: retired.id, nama: "y", rekonstruksi: false, requestId: randomUUID() })).rejects.toBeInstanceOf(NotFoundError);
    for (const u of ["pkm.geger", "staf.madiun", "bidan.klorogan", "kader.melati1"] as const) {
      await expect(rewordKeterampilan(await viewer(u), { id: madiunSkill.id, nama: "z", rekonstruksi: false, requestId: randomUUID() }), u).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await testDb.keterampilan.count({ where: { kode: "A1", paket: { kabupaten: { kode: "35.19" } } } })).toBe(1);
  });
});

describe("adding a skill", () => {
  it("leaves its package incomplete for every kader until assessed: Utama drops to Madya, then comes back", async () => {
    const v = await viewer("dinkes.demak");
    const k = await demakKader(["A", "B", "C", "D", "E"]);
    expect((await levelOf(k)).level).toBe("UTAMA");
    const paketD = await testDb.paketKeterampilan.findFirstOrThrow({ where: { kode: "D", kabupaten: { kode: "33.21" } } });
    const audits = await auditCount();
    await addKeterampilan(v, { paketId: paketD.id, kode: "D4", nama: "Menyuluh gizi seimbang untuk remaja", rekonstruksi: false, requestId: randomUUID() });
    expect(await auditCount()).toBe(audits + 1);
    expect(await levelOf(k)).toEqual({ level: "MADYA", levelAlasan: "Madya: 4 dari 5 paket lengkap; kurang paket Usia Sekolah dan Remaja" });
    const d4 = await testDb.keterampilan.findFirstOrThrow({ where: { kode: "D4", paketId: paketD.id } });
    await recordPenilaian(v, penilaian(k, [{ keterampilanId: d4.id, hasil: "KOMPETEN", catatan: null }]));
    expect((await levelOf(k)).level).toBe("UTAMA");
  });
  it("refuses a code already used in the kabupaten, a package of another kabupaten, and other roles", async () => {
    const v = await viewer("dinkes.demak");
    const paketE = await testDb.paketKeterampilan.findFirstOrThrow({ where: { kode: "E", kabupaten: { kode: "33.21" } } });
    const err = await addKeterampilan(v, { paketId: paketE.id, kode: "B2", nama: "dobel", rekonstruksi: false, requestId: randomUUID() }).catch((e) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect((err as DomainError).fieldErrors?.kode?.[0]).toMatch(/^Kode B2 sudah dipakai/);
    const madiunE = await testDb.paketKeterampilan.findFirstOrThrow({ where: { kode: "E", kabupaten: { kode: "35.19" } } });
    await expect(addKeterampilan(v, { paketId: madiunE.id, kode: "E9", nama: "x", rekonstruksi: false, requestId: randomUUID() })).rejects.toThrow(/Paket tidak ditemukan/);
    await expect(addKeterampilan(await viewer("pkm.geger"), { paketId: madiunE.id, kode: "E9", nama: "x", rekonstruksi: false, requestId: randomUUID() })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await testDb.keterampilan.count({ where: { kode: "E9" } })).toBe(0);
  });
});

describe("the level rule", () => {
  it("a kabupaten's own rule recomputes its levels (not another kabupaten's); reset puts the default back", async () => {
    const v = await viewer("dinkes.demak");
    const k = await demakKader(["B", "C"]);
    expect((await levelOf(k)).level).toBeNull();
    const audits = await auditCount();
    const own = ZAturanLevelForm.parse({ PURWA_paketMin: "2", MADYA_paketMin: "3", UTAMA_paketMin: "4" });
    await saveAturanLevel(v, own);
    expect(await levelOf(k)).toEqual({ level: "PURWA", levelAlasan: "Purwa: 2 dari 5 paket lengkap; kurang paket Pengelolaan Posyandu, Usia Sekolah dan Remaja, Usia Dewasa dan Lansia" });
    expect(await testDb.auditLog.count({ where: { entity: "pengaturan" } })).toBeGreaterThan(0);
    expect(await auditCount()).toBe(audits + 1);
    // Madiun keeps the default: Ninik Haryati (package B only) is still "belum".
    expect((await testDb.kader.findFirstOrThrow({ where: { nama: "Ninik Haryati" } })).level).toBeNull();
    expect((await katalogKeterampilan(v)).aturan).toEqual({ nilai: own, diubah: true });
    await resetAturanLevel(v);
    expect((await levelOf(k)).level).toBeNull();
    expect((await katalogKeterampilan(v)).aturan).toEqual({ nilai: ATURAN_LEVEL.bawaan, diubah: false });
  });
  it("an inconsistent rule is refused on the field it is about, nothing stored", async () => {
    const r = ZAturanLevelForm.safeParse({ PURWA_paketMin: "3", PURWA_paketWajib: "A", MADYA_paketMin: "3", MADYA_paketWajib: "A", UTAMA_paketMin: "5", UTAMA_paketWajib: "A" });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => [i.path[0], i.message])).toEqual([["MADYA_paketMin", "Jumlah paket Madya (3) harus lebih banyak daripada Purwa (3)."]]);
    const v = await viewer("dinkes.demak");
    await expect(saveAturanLevel(v, [{ level: "PURWA", paketMin: 9, paketWajib: [] }])).rejects.toBeInstanceOf(DomainError);
    expect(await testDb.pengaturan.count({ where: { kunci: "kader.level" } })).toBe(0);
  });
  it("only a Dinkes admin may change it", async () => {
    for (const u of ["pkm.geger", "staf.madiun", "bidan.klorogan", "kader.melati1"] as const) {
      await expect(saveAturanLevel(await viewer(u), ATURAN_LEVEL.bawaan), u).rejects.toBeInstanceOf(ForbiddenError);
      await expect(resetAturanLevel(await viewer(u)), u).rejects.toBeInstanceOf(ForbiddenError);
    }
  });
});
