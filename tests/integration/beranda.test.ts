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
  it("lists the days of the next 14 days (Jakarta) that have a posyandu day, and the posyandu of the chosen day", async () => {
    // 2026-11-22 (Sunday) in Jakarta: the window runs to 2026-12-05.
    const now = new Date("2026-11-22T03:00:00Z");
    const v = await viewer("dinkes.demak");
    const s = await berandaSummary(v, {}, now);
    expect(s.today).toBe("2026-11-22");
    expect(s.until).toBe("2026-12-05");
    // Demak demo schedules: Cempaka 1 = 1st Wednesday (2 Dec), Cempaka 2 = 4th Friday (27 Nov),
    // Kenanga 1 = 2nd Tuesday (8 Dec: outside), Kenanga 2 = 2nd Thursday (10 Dec: outside), Flamboyan = 3rd Monday (21 Dec: outside).
    expect(s.days).toEqual([{ tanggal: "2026-11-27", count: 1 }, { tanggal: "2026-12-02", count: 1 }]);
    expect(s.upcomingTotal).toBe(2);
    expect(s.day?.tanggal).toBe("2026-11-27");
    expect(s.day?.rows.map((p) => p.nama)).toEqual(["Cempaka 2"]);
    const second = await berandaSummary(v, { tanggal: "2026-12-02" }, now);
    expect(second.day?.rows.map((p) => p.nama)).toEqual(["Cempaka 1"]);
    // A date outside the window, or without a posyandu, falls back to the first day.
    expect((await berandaSummary(v, { tanggal: "2026-12-08" }, now)).day?.tanggal).toBe("2026-11-27");
  });
  it("pages the posyandu of a day 20 at a time and never lists another area's", async () => {
    const now = new Date("2026-11-22T03:00:00Z");
    const s = await berandaSummary(await viewer("dinkes.madiun"), { page: 99 }, now);
    for (const d of s.days) expect(d.count).toBeGreaterThan(0);
    expect(s.day!.rows.length).toBeLessThanOrEqual(20);
    expect(s.day!.page).toBe(Math.max(1, Math.ceil(s.day!.count / 20)));
    const kader = await berandaSummary(await viewer("kader.melati1"), {}, now);
    expect(kader.upcomingTotal).toBeLessThanOrEqual(1);
  });
});
