import { describe, expect, it } from "vitest";
import { testDb, viewer } from "../support/db.ts";
import { berandaSummary } from "../../lib/beranda/queries.ts";

describe("beranda figures are those of the viewer's scope", () => {
  it("dinkes.madiun counts all of Madiun's kecamatan and desa from the official list", async () => {
    const s = await berandaSummary(await viewer("dinkes.madiun"));
    const madiun = await testDb.kabupaten.findUniqueOrThrow({ where: { kode: "35.19" } });
    expect(s.kecamatan).toBe(await testDb.kecamatan.count({ where: { kabupatenId: madiun.id } }));
    expect(s.desa).toBe(await testDb.desa.count({ where: { kabupatenId: madiun.id } }));
    expect(s.kecamatan).toBe(15);
    expect(s.desa).toBe(206);
  });
  it("pkm.kaibon counts one kecamatan and the 9 desa of its catchment", async () => {
    const s = await berandaSummary(await viewer("pkm.kaibon"));
    expect(s.kecamatan).toBe(1);
    expect(s.desa).toBe(9);
  });
  it("bidan.klorogan counts Desa Klorogan's 4 dusun", async () => {
    const s = await berandaSummary(await viewer("bidan.klorogan"));
    expect(s.desa).toBe(1);
    expect(s.dusun).toBe(await testDb.dusun.count({ where: { desa: { kode: "35.19.03.2002" } } }));
  });
  it("kader.melati1 sees one posyandu and no area counts", async () => {
    const s = await berandaSummary(await viewer("kader.melati1"));
    expect(s.kecamatan).toBeNull();
    expect(s.posyandu).toBe(1);
  });
  it("lists the posyandu whose day falls in the next 14 days (Jakarta), and only those", async () => {
    // 2026-11-22 (Sunday) in Jakarta: the window runs to 2026-12-05.
    const s = await berandaSummary(await viewer("dinkes.demak"), new Date("2026-11-22T03:00:00Z"));
    expect(s.today).toBe("2026-11-22");
    expect(s.until).toBe("2026-12-05");
    // Demak demo schedules: Cempaka 1 = 1st Wednesday (2 Dec), Cempaka 2 = 4th Friday (27 Nov),
    // Kenanga 1 = 2nd Tuesday (8 Dec: outside), Kenanga 2 = 2nd Thursday (10 Dec: outside), Flamboyan = 3rd Monday (21 Dec: outside).
    expect(s.upcoming.map((p) => [p.nama, p.tanggal])).toEqual([["Cempaka 2", "2026-11-27"], ["Cempaka 1", "2026-12-02"]]);
  });
});
