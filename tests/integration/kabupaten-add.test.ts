/**
 * Loading kabupaten from the official list: the ones that failed before the desa rules followed the
 * list (same-name villages in one kecamatan; Kabupaten Jayapura's "Desa Adat" codes 3xxx) load, a
 * second run skips them, and a kabupaten already there (the demo's Madiun) is skipped, not an error.
 */
import { afterAll, describe, expect, it } from "vitest";
import { testDb } from "../support/db.ts";
import { addKabupatenFromReferensi, loadKabupaten } from "../../lib/provisioning/add-kabupaten.ts";
import { childrenOf } from "../../lib/wilayah/referensi.ts";
import { ensureKatalog } from "../../lib/provisioning/katalog.ts";
import { KATALOG_SARANA } from "../../lib/sarana/katalog-bawaan.ts";

// The 14 kabupaten/kota with two villages of the same name in one kecamatan, and 91.03 (desa adat).
const SAME_NAME = ["12.01", "14.07", "15.04", "15.06", "53.01", "71.01", "71.02", "71.05", "74.03", "81.71", "91.06", "91.71", "94.02", "94.03"];
const CODES = [...SAME_NAME, "91.03"];

const officialDesa = (kab: string) => childrenOf(kab).flatMap((k) => childrenOf(k.kode));

describe("kabupaten:add with the official list", () => {
  afterAll(async () => {
    const where = { kabupaten: { kode: { in: CODES } } };
    await testDb.desa.deleteMany({ where });
    await testDb.kecamatan.deleteMany({ where });
    await testDb.instrumen.deleteMany({ where: { kabupaten: { kode: { in: CODES } } } });
    await testDb.kabupaten.deleteMany({ where: { kode: { in: CODES } } });
  });

  it("loads the 15 kabupaten/kota that failed before, with every kecamatan and desa of the list", async () => {
    const lines: string[] = [];
    const results = await loadKabupaten(testDb, CODES, (l) => lines.push(l));
    expect(results.map((r) => [r.kode, r.skipped])).toEqual(CODES.map((k) => [k, false]));
    for (const kode of CODES) {
      const r = results.find((x) => x.kode === kode)!;
      const desa = officialDesa(kode);
      expect(r.kecamatanAdded, kode).toBe(childrenOf(kode).length);
      expect(r.desaAdded, kode).toBe(desa.length);
      expect(await testDb.desa.count({ where: { kabupatenId: r.kabupatenId } }), kode).toBe(desa.length);
    }
    expect(lines[0]).toMatch(/^Kabupaten Tapanuli Tengah \(12\.01\): \d+ kecamatan dan [\d.]+ desa\/kelurahan ditambahkan\.$/);
  });

  it("keeps both villages of one name apart by code (Sorkam Kanan, 12.01.10: a kelurahan and a desa)", async () => {
    const rows = await testDb.desa.findMany({ where: { nama: "Sorkam Kanan", kecamatan: { kode: "12.01.10" } }, select: { kode: true, isKelurahan: true }, orderBy: { kode: "asc" } });
    expect(rows).toEqual([{ kode: "12.01.10.1001", isKelurahan: true }, { kode: "12.01.10.2018", isKelurahan: false }]);
  });

  it("loads the desa adat of Kabupaten Jayapura (village part 3xxx) as desa, not kelurahan", async () => {
    const adat = await testDb.desa.findMany({ where: { kode: { startsWith: "91.03." }, nama: { startsWith: "Desa Adat " } }, select: { kode: true, isKelurahan: true } });
    expect(adat).toHaveLength(14);
    for (const d of adat) expect(d).toEqual({ kode: expect.stringMatching(/^91\.03\.\d{2}\.3\d{3}$/), isKelurahan: false });
  });

  it("gives each new kabupaten its own copy of the shipped catalogues: 5 packages, 25 skills, the standard kit", async () => {
    const kab = await testDb.kabupaten.findUniqueOrThrow({ where: { kode: "12.01" }, select: { id: true } });
    const paket = await testDb.paketKeterampilan.findMany({ where: { kabupatenId: kab.id }, select: { kode: true, _count: { select: { keterampilan: true } } }, orderBy: { urutan: "asc" } });
    expect(paket.map((p) => [p.kode, p._count.keterampilan])).toEqual([["A", 4], ["B", 7], ["C", 5], ["D", 3], ["E", 6]]);
    expect(await testDb.jenisSarana.count({ where: { kabupatenId: kab.id } })).toBe(KATALOG_SARANA.length);
    // and the two supervision instruments as published version 1, each item its own lineage
    const instrumen = await testDb.instrumen.findMany({ where: { kabupatenId: kab.id }, select: { kode: true, versi: true, status: true, butir: { select: { id: true, garisId: true } } }, orderBy: { kode: "asc" } });
    expect(instrumen.map((i) => [i.kode, i.versi, i.status])).toEqual([["ILP-DESA", 1, "TERBIT"], ["ILP-POSYANDU", 1, "TERBIT"]]);
    for (const i of instrumen) for (const b of i.butir) expect(b.garisId).toBe(b.id);
    // Running it again (as every start does) adds nothing to a kabupaten that has its catalogues.
    expect(await testDb.$transaction((tx) => ensureKatalog(tx, [kab.id]))).toEqual({ paket: 0, jenisSarana: 0, instrumen: 0 });
    expect(await testDb.keterampilan.count({ where: { paket: { kabupatenId: kab.id } } })).toBe(25);
  });

  it("a second run skips them all and writes nothing; the demo's Madiun is skipped too", async () => {
    const before = await Promise.all([testDb.kabupaten.count(), testDb.kecamatan.count(), testDb.desa.count()]);
    const lines: string[] = [];
    const results = await loadKabupaten(testDb, [...CODES, "35.19"], (l) => lines.push(l));
    expect(results.every((r) => r.skipped && r.kecamatanAdded === 0 && r.desaAdded === 0)).toBe(true);
    expect(lines).toContain("Kabupaten Madiun (35.19) sudah ada: dilewati.");
    expect(lines).toHaveLength(CODES.length + 1);
    expect(await Promise.all([testDb.kabupaten.count(), testDb.kecamatan.count(), testDb.desa.count()])).toEqual(before);
  });

  it("a code that is not a kabupaten/kota of the list is refused before anything is written", async () => {
    const before = await testDb.kabupaten.count();
    await expect(addKabupatenFromReferensi(testDb, "35.99")).rejects.toThrow("Kode 35.99 tidak ada dalam daftar resmi Kemendagri 2025 sebagai kabupaten/kota.");
    await expect(addKabupatenFromReferensi(testDb, "3519")).rejects.toThrow(/tidak sah/);
    expect(await testDb.kabupaten.count()).toBe(before);
  });
});
