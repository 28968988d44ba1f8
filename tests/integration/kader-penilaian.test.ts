/**
 * Skill assessments: a package recorded on one screen changes the stored level with its reason;
 * bad dates, skills outside the current catalogue, kaders outside the area and roles without
 * kader.manage are refused with nothing written; a double submit writes once.
 */
import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { testDb, viewer, auditCount, type DemoUsername } from "../support/db.ts";
import { kaderId, packageItems, penilaian } from "../support/kader.ts";
import { recordPenilaian } from "../../lib/kader/dal-penilaian.ts";
import { DomainError, ForbiddenError, NotFoundError } from "../../lib/errors.ts";
import { todayInJakarta } from "../../lib/i18n/format.ts";

const counts = async () => ({ penilaian: await testDb.penilaianKeterampilan.count(), audit: await auditCount() });

describe("recording assessments", () => {
  it("pkm.geger records package C for a Purwa kader: Madya, with the reason, one audit row per skill", async () => {
    const id = await kaderId("Siti Aminah");
    expect(await testDb.kader.findUniqueOrThrow({ where: { id }, select: { level: true } })).toEqual({ level: "PURWA" });
    const before = await counts();
    const items = await packageItems("35.19", "C");
    await recordPenilaian(await viewer("pkm.geger"), penilaian(id, items, { tanggal: todayInJakarta() }));
    expect(await counts()).toEqual({ penilaian: before.penilaian + 5, audit: before.audit + 5 });
    expect(await testDb.kader.findUniqueOrThrow({ where: { id }, select: { level: true, levelAlasan: true } })).toEqual({
      level: "MADYA",
      levelAlasan: "Madya: 3 dari 5 paket lengkap; kurang paket Usia Sekolah dan Remaja, Usia Dewasa dan Lansia",
    });
    const audit = await testDb.auditLog.findFirstOrThrow({ where: { entity: "penilaian", actorName: "pkm.geger" }, orderBy: { id: "desc" } });
    expect(audit.after).toMatchObject({ kaderId: id, hasil: "KOMPETEN", metode: "OBSERVASI" });
  });
  it("a later 'belum kompeten' on one skill takes the package, and the level, back", async () => {
    const id = await kaderId("Siti Aminah");
    const [c1] = await packageItems("35.19", "C", "BELUM_KOMPETEN");
    await recordPenilaian(await viewer("bidan.klorogan"), penilaian(id, [c1], { tanggal: todayInJakarta() }));
    expect((await testDb.kader.findUniqueOrThrow({ where: { id } })).level).toBe("PURWA");
  });
  it("a double submit of the same form writes once", async () => {
    const id = await kaderId("Dwi Rahayu");
    const input = penilaian(id, await packageItems("35.19", "C"));
    const before = await counts();
    const [a, b] = await Promise.all([recordPenilaian(await viewer("pkm.geger"), input), recordPenilaian(await viewer("pkm.geger"), input)]);
    expect(a.id).toBe(b.id);
    expect([a.duplicateSubmit, b.duplicateSubmit].sort()).toEqual([false, true]);
    expect(await counts()).toEqual({ penilaian: before.penilaian + 5, audit: before.audit + 5 });
  });
  it("refuses a date after today (Jakarta) on the date field, nothing written", async () => {
    const tomorrow = new Date(Date.now() + 36 * 3600_000).toISOString().slice(0, 10);
    const before = await counts();
    const err = await recordPenilaian(await viewer("pkm.geger"), penilaian(await kaderId("Puji Lestari"), await packageItems("35.19", "D"), { tanggal: tomorrow })).catch((e) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect((err as DomainError).fieldErrors?.tanggal?.[0]).toMatch(/^Tanggal penilaian paling lambat hari ini/);
    expect(await counts()).toEqual(before);
  });
  it("refuses a date before the kader's start year, and accepts 1 January of it", async () => {
    const id = await kaderId("Yuli Astuti"); // started 2023
    const before = await counts();
    await expect(recordPenilaian(await viewer("pkm.geger"), penilaian(id, (await packageItems("35.19", "A")).slice(0, 1), { tanggal: "2022-12-31" }))).rejects.toThrow(/sebelum Yuli Astuti mulai menjadi kader \(2023\)/);
    expect(await counts()).toEqual(before);
    await recordPenilaian(await viewer("pkm.geger"), penilaian(id, (await packageItems("35.19", "A")).slice(0, 1), { tanggal: "2023-01-01" }));
    expect((await counts()).penilaian).toBe(before.penilaian + 1);
  });
  it("refuses a skill of another kabupaten's catalogue and a retired version", async () => {
    const id = await kaderId("Puji Lestari");
    const before = await counts();
    const demak = await packageItems("33.21", "D");
    await expect(recordPenilaian(await viewer("pkm.geger"), penilaian(id, demak))).rejects.toThrow(/tidak ada di katalog terkini/);
    const retired = await testDb.keterampilan.create({ data: { paketId: (await testDb.paketKeterampilan.findFirstOrThrow({ where: { kode: "D", kabupaten: { kode: "35.19" } } })).id, kode: "D1", nama: "versi lama", versi: 99, urutan: 1, retiredAt: new Date() } });
    await expect(recordPenilaian(await viewer("pkm.geger"), penilaian(id, [{ keterampilanId: retired.id, hasil: "KOMPETEN", catatan: null }]))).rejects.toThrow(/tidak ada di katalog terkini/);
    await testDb.keterampilan.delete({ where: { id: retired.id } });
    expect(await counts()).toEqual(before);
  });
  it("refuses a kader outside the area (forged ids) as not found, for every managing role", async () => {
    const melati = await kaderId("Puji Lestari");
    const cases: [DemoUsername, string][] = [["pkm.kaibon", melati], ["dinkes.demak", melati], ["pkm.geger", randomUUID()]];
    for (const [u, k] of cases) {
      const before = await counts();
      await expect(recordPenilaian(await viewer(u), penilaian(k, await packageItems(u === "dinkes.demak" ? "33.21" : "35.19", "D"))), u).rejects.toBeInstanceOf(NotFoundError);
      expect(await counts()).toEqual(before);
    }
  });
  it("refuses roles without kader.manage, the kader itself included", async () => {
    for (const u of ["staf.madiun", "kader.melati1"] as const) {
      await expect(recordPenilaian(await viewer(u), penilaian(await kaderId("Tri Handayani"), await packageItems("35.19", "D"))), u).rejects.toBeInstanceOf(ForbiddenError);
    }
  });
  it("refuses an inactive kader", async () => {
    await expect(recordPenilaian(await viewer("pkm.geger"), penilaian(await kaderId("Murtini"), await packageItems("35.19", "A")))).rejects.toThrow(/Murtini tidak aktif/);
  });
});
