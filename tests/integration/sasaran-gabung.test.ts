/**
 * Merging duplicates: entries and status periods move in one transaction, the kept person's
 * N/T/O/B/2T series is re-derived, the duplicate vanishes from lists and search and its page says
 * where it went; the same posyandu day on both is refused naming the day; scope and permission.
 */
import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { testDb, viewer, posyanduId, KLOROGAN, KAIBON } from "../support/db.ts";
import { makeSasaran, testNik } from "../support/sasaran.ts";
import { mergeSasaran } from "../../lib/sasaran/dal-gabung.ts";
import { cariSasaran } from "../../lib/sasaran/dal.ts";
import { getSasaran, listSasaran } from "../../lib/sasaran/queries.ts";
import { ZGabung, ZSasaranListParams } from "../../lib/sasaran/schemas.ts";
import { umurBulanPada } from "../../lib/sasaran/kelompok.ts";
import { DomainError, ForbiddenError, NotFoundError } from "../../lib/errors.ts";

async function hariBuka(pid: string, tanggal: string) {
  const p = await testDb.posyandu.findUniqueOrThrow({ where: { id: pid }, select: { desaId: true, desa: { select: { kabupatenId: true } } } });
  return testDb.hariBuka.upsert({
    where: { posyanduId_tanggal: { posyanduId: pid, tanggal: new Date(`${tanggal}T00:00:00Z`) } },
    create: { id: randomUUID(), posyanduId: pid, desaId: p.desaId, kabupatenId: p.desa.kabupatenId, tanggal: new Date(`${tanggal}T00:00:00Z`) },
    update: {},
  });
}

async function timbang(s: { id: string; posyanduId: string; tanggalLahir: Date }, tanggal: string, beratKg: number, stored: { naik: string; duaT?: boolean; kbmG?: number | null; beratLaluKg?: number | null }) {
  const h = await hariBuka(s.posyanduId, tanggal);
  const umurBulan = umurBulanPada(s.tanggalLahir.toISOString().slice(0, 10), tanggal);
  return testDb.pemeriksaan.create({
    data: {
      id: randomUUID(), hariBukaId: h.id, sasaranId: s.id, kabupatenId: h.kabupatenId, desaId: h.desaId, posyanduId: h.posyanduId, tanggal: h.tanggal,
      kelompok: umurBulan < 12 ? "BAYI" : "BALITA", umurBulan, beratKg, naik: stored.naik, duaT: stored.duaT ?? false, kbmG: stored.kbmG ?? null, beratLaluKg: stored.beratLaluKg ?? null,
    },
  });
}

const naikOf = async (sasaranId: string) =>
  (await testDb.pemeriksaan.findMany({ where: { sasaranId }, orderBy: { tanggal: "asc" }, select: { tanggal: true, naik: true, duaT: true, kbmG: true, beratLaluKg: true, revisi: true } })).map((r) => ({
    tanggal: r.tanggal.toISOString().slice(0, 10), naik: r.naik, duaT: r.duaT, kbmG: r.kbmG, beratLaluKg: r.beratLaluKg === null ? null : Number(r.beratLaluKg), revisi: r.revisi,
  }));

describe("mergeSasaran", () => {
  it("moves entries and status, re-derives N/T/O/B/2T of the kept person, fills blanks, hides the duplicate; audited", async () => {
    const m1 = await posyanduId(KLOROGAN, "Melati 1");
    const nik = testNik();
    const tetap = await makeSasaran(m1, { nama: "Rahmat Hidajat", tanggalLahir: "2024-01-10", jenisKelamin: "L" });
    const ganda = await makeSasaran(m1, { nama: "Rahmad Hidayat", tanggalLahir: "2024-01-10", jenisKelamin: "L", nik });
    await timbang(tetap, "2024-03-12", 5.2, { naik: "B" });
    await timbang(tetap, "2024-05-14", 6.5, { naik: "O" });
    await timbang(tetap, "2024-06-12", 6.7, { naik: "T", kbmG: 500, beratLaluKg: 6.5 });
    await timbang(ganda, "2024-04-13", 6.1, { naik: "B" });
    const v = await viewer("bidan.klorogan");
    const r = await mergeSasaran(v, ZGabung.parse({ a: tetap.id, b: ganda.id, simpan: "a", yakin: "on" }));
    expect(r).toEqual({ tetapId: tetap.id, pemeriksaan: 1, status: 0, naikDiubah: 3 });
    expect(await naikOf(tetap.id)).toEqual([
      { tanggal: "2024-03-12", naik: "B", duaT: false, kbmG: null, beratLaluKg: null, revisi: 0 },
      // 3 months: KBM 800 g; 5.2 → 6.1 kg = 900 g.
      { tanggal: "2024-04-13", naik: "N", duaT: false, kbmG: 800, beratLaluKg: 5.2, revisi: 1 },
      // 4 months: KBM 600 g; 6.1 → 6.5 = 400 g.
      { tanggal: "2024-05-14", naik: "T", duaT: false, kbmG: 600, beratLaluKg: 6.1, revisi: 1 },
      // 5 months: KBM 500 g; 6.5 → 6.7 = 200 g, and T last month: 2T.
      { tanggal: "2024-06-12", naik: "T", duaT: true, kbmG: 500, beratLaluKg: 6.5, revisi: 1 },
    ]);
    const kept = await testDb.sasaran.findUniqueOrThrow({ where: { id: tetap.id } });
    expect(kept.nik).toBe(nik);
    const gone = await testDb.sasaran.findUniqueOrThrow({ where: { id: ganda.id } });
    expect(gone.digabungKeId).toBe(tetap.id);
    expect(gone.digabungAt).not.toBeNull();
    // The kept person comes first (the demo year's people may follow with similar names); the merged one is gone.
    const found = (await cariSasaran(v, { posyanduId: m1, q: "rahmad hidayat" })).map((x) => x.id);
    expect(found[0]).toBe(tetap.id);
    expect(found).not.toContain(ganda.id);
    expect((await listSasaran(v, ZSasaranListParams.parse({ q: "hidayat" }))).rows.map((x) => x.id)).not.toContain(ganda.id);
    expect((await getSasaran(v, ganda.id)).digabungKe).toEqual({ id: tetap.id, nama: "Rahmat Hidajat" });
    const audits = await testDb.auditLog.findMany({ where: { entity: "sasaran", action: "MERGE", entityId: { in: [tetap.id, ganda.id] } } });
    expect(audits).toHaveLength(2);
    const main = audits.find((a) => a.entityId === tetap.id)!;
    expect((main.before as { ganda: { nama: string } }).ganda.nama).toBe("Rahmad Hidayat");
    expect((main.after as { pemeriksaanDipindah: number }).pemeriksaanDipindah).toBe(1);
    expect(JSON.stringify([main.before, main.after])).not.toContain(nik);
    // Merged again: refused.
    const again = await mergeSasaran(v, { tetapId: tetap.id, gandaId: ganda.id }).catch((e) => e);
    expect(again).toBeInstanceOf(DomainError);
    expect(again.message).toMatch(/sudah digabungkan/);
  });

  it("moves status periods and keeps the other side when 'b' is chosen", async () => {
    const m1 = await posyanduId(KLOROGAN, "Melati 1");
    const a = await makeSasaran(m1, { tanggalLahir: "1996-02-02" });
    const b = await makeSasaran(m1, { tanggalLahir: "1996-02-02" });
    await testDb.statusSasaran.create({ data: { sasaranId: a.id, status: "HAMIL", mulai: new Date("2025-01-01"), hpht: new Date("2025-01-01"), hpl: new Date("2025-10-08") } });
    const r = await mergeSasaran(await viewer("pkm.geger"), ZGabung.parse({ a: a.id, b: b.id, simpan: "b", yakin: "on" }));
    expect(r).toMatchObject({ tetapId: b.id, status: 1, pemeriksaan: 0 });
    expect(await testDb.statusSasaran.count({ where: { sasaranId: b.id } })).toBe(1);
    expect((await testDb.sasaran.findUniqueOrThrow({ where: { id: a.id } })).digabungKeId).toBe(b.id);
  });

  it("refuses when both have an entry on the same posyandu day, naming the day; nothing changes", async () => {
    const m2 = await posyanduId(KLOROGAN, "Mawar 2");
    const a = await makeSasaran(m2, { tanggalLahir: "2023-08-08" });
    const b = await makeSasaran(m2, { tanggalLahir: "2023-08-08" });
    await timbang(a, "2024-07-09", 9.1, { naik: "B" });
    await timbang(b, "2024-07-09", 9.2, { naik: "B" });
    const err = await mergeSasaran(await viewer("bidan.klorogan"), { tetapId: a.id, gandaId: b.id }).catch((e) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect(err.message).toContain("9 Juli 2024");
    expect(err.message).toContain("Posyandu Mawar 2");
    expect((await testDb.sasaran.findUniqueOrThrow({ where: { id: b.id } })).digabungKeId).toBeNull();
    expect(await testDb.pemeriksaan.count({ where: { sasaranId: b.id } })).toBe(1);
  });

  it("scope and permission: kader has no merge; ids outside the area are not found; the form needs the tick", async () => {
    const m1 = await posyanduId(KLOROGAN, "Melati 1");
    const kaibon = (await testDb.posyandu.findFirstOrThrow({ where: { desa: { kode: KAIBON } }, select: { id: true } })).id;
    const a = await makeSasaran(m1);
    const c = await makeSasaran(kaibon);
    await expect(mergeSasaran(await viewer("kader.melati1"), { tetapId: a.id, gandaId: a.id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(mergeSasaran(await viewer("bidan.klorogan"), { tetapId: a.id, gandaId: c.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(mergeSasaran(await viewer("pkm.kaibon"), { tetapId: c.id, gandaId: a.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(mergeSasaran(await viewer("dinkes.madiun"), { tetapId: a.id, gandaId: c.id })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await testDb.sasaran.findUniqueOrThrow({ where: { id: c.id } })).digabungKeId).toBeNull();
    const r = ZGabung.safeParse({ a: a.id, b: c.id, simpan: "a" });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0].path).toEqual(["yakin"]);
  });
});
