/**
 * The readiness snapshot from real rows: the refresh scores a posyandu from its kaders, their latest
 * assessments, its kit, premises and schedule; a rule change re-scores the kabupaten and is audited;
 * every read is scoped (another kabupaten's posyandu is "not found").
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { testDb, viewer, desaId, BANYUMENENG } from "../support/db.ts";
import { refreshKesiapan } from "../../lib/kesiapan/refresh.ts";
import { getKesiapanPosyandu, listKesiapan, rollUpKesiapan } from "../../lib/kesiapan/queries.ts";
import { ZKesiapanListParams } from "../../lib/kesiapan/schemas.ts";
import { ATURAN_AMBANG_KESIAPAN, ATURAN_BOBOT_KESIAPAN } from "../../lib/kesiapan/aturan.ts";
import { resetAturan, saveAturan } from "../../lib/pengaturan/dal.ts";
import { refreshKabupaten } from "../../lib/kesiapan/refresh.ts";
import { DomainError, ForbiddenError, NotFoundError } from "../../lib/errors.ts";
import { todayInJakarta } from "../../lib/i18n/format.ts";

const params = ZKesiapanListParams.parse({ size: "100" });
let posyanduId = "";
let kabupatenId = "";
const kaderIds: string[] = [];

async function snapshot(bulan?: string) {
  return testDb.kesiapanBulanan.findFirst({ where: { posyanduId, ...(bulan ? { bulan: new Date(`${bulan}T00:00:00Z`) } : {}) }, orderBy: { bulan: "desc" } });
}

beforeAll(async () => {
  const desa = await desaId(BANYUMENENG);
  kabupatenId = (await testDb.desa.findUniqueOrThrow({ where: { id: desa }, select: { kabupatenId: true } })).kabupatenId;
  posyanduId = (await testDb.posyandu.create({ data: { nama: `Uji Kesiapan ${randomUUID().slice(0, 6)}`, desaId: desa, jadwalMingguKe: 2, jadwalHari: 3 } })).id;
});

afterAll(async () => {
  await testDb.penilaianKeterampilan.deleteMany({ where: { kaderId: { in: kaderIds } } });
  await testDb.kader.deleteMany({ where: { posyanduId } });
  await testDb.saranaPosyandu.deleteMany({ where: { posyanduId } });
  await testDb.prasaranaPosyandu.deleteMany({ where: { posyanduId } });
  await testDb.kesiapanBulanan.deleteMany({ where: { posyanduId } });
  await testDb.posyandu.delete({ where: { id: posyanduId } });
  await testDb.pengaturan.deleteMany({ where: { kabupatenId } });
});

describe("refreshKesiapan from the data", () => {
  it("a posyandu with only a schedule: 10 of 90 points (layanan does not apply) → 11, belum siap, with every gap listed", async () => {
    await testDb.$transaction((tx) => refreshKesiapan(tx, [posyanduId]));
    const s = await snapshot();
    expect(s).toMatchObject({ skor: 11, kategori: "BELUM_SIAP" });
    expect(s!.bulan.toISOString().slice(0, 10)).toBe(`${todayInJakarta().slice(0, 7)}-01`);
    const rincian = s!.rincian as { kekurangan: { bagian: string; pesan: string; href: string }[] };
    expect(rincian.kekurangan[0]).toEqual({ bagian: "kader", pesan: "Kader aktif: ada 0 dari minimal 5", href: `/posyandu/${posyanduId}/kader` });
    expect(rincian.kekurangan).toContainEqual({ bagian: "sarana", pesan: "Timbangan bayi digital: ada 0 dari 1", href: `/posyandu/${posyanduId}/sarana` });
    expect(rincian.kekurangan.filter((k) => k.bagian === "keterampilan")).toHaveLength(5);
  });

  it("5 active kaders (one inactive does not count), packages A and B complete, the whole kit and premises → 83, siap", async () => {
    const assessor = await testDb.user.findUniqueOrThrow({ where: { username: "dinkes.demak" }, select: { id: true } });
    for (let i = 0; i < 6; i++) {
      const k = await testDb.kader.create({ data: { posyanduId, nama: `Kader Uji ${i}`, jenisKelamin: "P", isActive: i < 5 } });
      kaderIds.push(k.id);
    }
    const skills = await testDb.keterampilan.findMany({ where: { retiredAt: null, paket: { kabupatenId, kode: { in: ["A", "B"] } } }, select: { id: true, kode: true } });
    expect(skills).toHaveLength(11);
    // Kader 0: every A and B skill kompeten in March 2024; one B skill first failed, then passed later.
    const b2 = skills.find((s) => s.kode === "B2")!;
    await testDb.penilaianKeterampilan.createMany({
      data: [
        ...skills.map((s) => ({ kaderId: kaderIds[0], keterampilanId: s.id, tanggal: new Date(s.kode === "B2" ? "2024-05-10" : "2024-03-10"), penilaiId: assessor.id, metode: "OBSERVASI" as const, hasil: "KOMPETEN" as const })),
        { kaderId: kaderIds[0], keterampilanId: b2.id, tanggal: new Date("2024-03-10"), penilaiId: assessor.id, metode: "PRAKTIK" as const, hasil: "BELUM_KOMPETEN" as const },
        // The inactive kader completing package C does not count.
        ...(await testDb.keterampilan.findMany({ where: { retiredAt: null, paket: { kabupatenId, kode: "C" } }, select: { id: true } })).map((s) => ({ kaderId: kaderIds[5], keterampilanId: s.id, tanggal: new Date("2024-03-10"), penilaiId: assessor.id, metode: "OBSERVASI" as const, hasil: "KOMPETEN" as const })),
      ],
    });
    const items = await testDb.jenisSarana.findMany({ where: { kabupatenId, isActive: true }, select: { id: true, jumlahWajib: true, perluKalibrasi: true } });
    const lastMonth = new Date(Date.now() - 30 * 86_400_000);
    await testDb.saranaPosyandu.createMany({ data: items.map((j) => ({ posyanduId, jenisSaranaId: j.id, jumlah: j.jumlahWajib, kondisi: "BAIK" as const, kalibrasiTerakhir: j.perluKalibrasi ? lastMonth : null })) });
    await testDb.prasaranaPosyandu.create({ data: { posyanduId, ruangCukup: true, tempatDuduk: true, pojokPrivasi: true, air: true, toilet: true } });

    await testDb.$transaction((tx) => refreshKesiapan(tx, [posyanduId]));
    const s = await snapshot();
    // kader 20 + keterampilan 25 × 2/5 + sarana 25 + prasarana 10 + jadwal 10 = 75 of 90 → 83.3
    expect(s).toMatchObject({ skor: 83, kategori: "SIAP" });
    const rincian = s!.rincian as { kekurangan: { pesan: string }[]; bagian: { kode: string; keterangan: string }[] };
    expect(rincian.bagian.find((b) => b.kode === "keterampilan")!.keterangan).toBe("2 dari 5 paket dikuasai sedikitnya satu kader");
    expect(rincian.kekurangan.map((k) => k.pesan)).toEqual([
      "Paket Ibu Hamil dan Menyusui: belum ada kader yang kompeten di semua keterampilannya",
      "Paket Usia Sekolah dan Remaja: belum ada kader yang kompeten di semua keterampilannya",
      "Paket Usia Dewasa dan Lansia: belum ada kader yang kompeten di semua keterampilannya",
    ]);
  });

  it("a past month counts only the assessments made by then (April 2024: B2 still failed → only A)", async () => {
    await testDb.$transaction((tx) => refreshKesiapan(tx, [posyanduId], { bulan: "2024-04-01" }));
    const april = await snapshot("2024-04-01");
    // kader 20 + 25 × 1/5 + 25 + 10 + 10 = 70 of 90 → 77.8 → 78
    expect(april).toMatchObject({ skor: 78, kategori: "SIAP_BERSYARAT" });
    const detail = await getKesiapanPosyandu(await viewer("dinkes.demak"), posyanduId);
    expect(detail.current).toMatchObject({ skor: 83, kategori: "SIAP", tren: "naik" });
    expect(detail.riwayat.map((r) => r.skor)).toEqual([78, 83]);
  });
});

describe("rules as data", () => {
  it("the Dinkes admin's thresholds re-score the kabupaten at once, audited; the default comes back on reset", async () => {
    const admin = await viewer("dinkes.demak");
    const audits = await testDb.auditLog.count({ where: { entity: "pengaturan" } });
    await saveAturan(admin, ATURAN_AMBANG_KESIAPAN, { siap: 90, siapBersyarat: 70 }, (tx) => refreshKabupaten(tx, admin.kabupatenId));
    expect(await snapshot()).toMatchObject({ skor: 83, kategori: "SIAP_BERSYARAT" });
    expect(await testDb.auditLog.count({ where: { entity: "pengaturan" } })).toBe(audits + 1);
    await resetAturan(admin, ATURAN_AMBANG_KESIAPAN, (tx) => refreshKabupaten(tx, admin.kabupatenId));
    expect(await snapshot()).toMatchObject({ kategori: "SIAP" });
    expect(await testDb.auditLog.count({ where: { entity: "pengaturan" } })).toBe(audits + 2);
  });

  it("weights that do not add up are refused and nothing is written", async () => {
    const admin = await viewer("dinkes.demak");
    const before = await testDb.pengaturan.count();
    await expect(saveAturan(admin, ATURAN_BOBOT_KESIAPAN, { ...ATURAN_BOBOT_KESIAPAN.bawaan, kader: 50 })).rejects.toThrow(DomainError);
    expect(await testDb.pengaturan.count()).toBe(before);
  });

  it("no other role may change a rule", async () => {
    for (const u of ["staf.madiun", "pkm.geger", "bidan.klorogan", "kader.melati1"] as const) {
      await expect(saveAturan(await viewer(u), ATURAN_AMBANG_KESIAPAN, { siap: 90, siapBersyarat: 70 })).rejects.toThrow(ForbiddenError);
    }
  });

  it("a rule stored in one kabupaten does not apply in another", async () => {
    const demak = await viewer("dinkes.demak");
    await saveAturan(demak, ATURAN_AMBANG_KESIAPAN, { siap: 95, siapBersyarat: 90 });
    expect(await testDb.pengaturan.count({ where: { kunci: "kesiapan.ambang", kabupaten: { kode: "35.19" } } })).toBe(0);
    await resetAturan(demak, ATURAN_AMBANG_KESIAPAN);
  });
});

describe("scope of the readiness reads", () => {
  it("the other kabupaten's admin neither lists nor opens it", async () => {
    const madiun = await viewer("dinkes.madiun");
    expect((await listKesiapan(madiun, params)).rows.map((r) => r.id)).not.toContain(posyanduId);
    await expect(getKesiapanPosyandu(madiun, posyanduId)).rejects.toThrow(NotFoundError);
    expect((await rollUpKesiapan(madiun, "kecamatan")).areas.some((a) => a.nama === "Mranggen")).toBe(false);
  });

  it("its own kabupaten lists it with the top three missing items, and the roll-up counts it", async () => {
    const demak = await viewer("dinkes.demak");
    const row = (await listKesiapan(demak, params)).rows.find((r) => r.id === posyanduId)!;
    expect(row).toMatchObject({ skor: 83, kategori: "SIAP", tren: "naik", jumlahKekurangan: 3 });
    expect(row.kekurangan).toHaveLength(3);
    const roll = await rollUpKesiapan(demak, "kecamatan");
    expect(roll.areas.find((a) => a.nama === "Mranggen")!.perKategori.SIAP).toBeGreaterThanOrEqual(1);
  });

  it("a puskesmas officer and a kader see only their area", async () => {
    for (const u of ["pkm.geger", "kader.melati1", "bidan.klorogan"] as const) {
      const v = await viewer(u);
      expect((await listKesiapan(v, params)).rows.map((r) => r.id)).not.toContain(posyanduId);
      await expect(getKesiapanPosyandu(v, posyanduId)).rejects.toThrow(NotFoundError);
    }
    const kader = await viewer("kader.melati1");
    const rows = (await listKesiapan(kader, params)).rows;
    expect(rows.map((r) => r.id)).toEqual([kader.posyanduId]);
  });

  it("filters by category, including posyandu without a score", async () => {
    const demak = await viewer("dinkes.demak");
    const siap = await listKesiapan(demak, ZKesiapanListParams.parse({ kategori: "SIAP", size: "100" }));
    expect(siap.rows.every((r) => r.kategori === "SIAP")).toBe(true);
    expect(siap.rows.map((r) => r.id)).toContain(posyanduId);
    const none = await listKesiapan(demak, ZKesiapanListParams.parse({ kategori: "BELUM_DIHITUNG", size: "100" }));
    expect(none.rows.every((r) => r.skor === null)).toBe(true);
  });
});
