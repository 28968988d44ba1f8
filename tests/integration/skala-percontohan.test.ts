/**
 * The scale generator's pilot step (scripts/skala/steps.ts), run on the demo Madiun data inside a
 * transaction that is rolled back: what it makes obeys the app's own rules (one pilot desa per
 * puskesmas and one pilot posyandu per desa per year, stages reached one step at a time with dates
 * in order, "direplikasi" only with a running target).
 */
import { describe, expect, it } from "vitest";
import { testDb } from "../support/db.ts";
import { STEPS } from "../../scripts/skala/steps.ts";
import { streamFor, type SkalaContext } from "../../scripts/skala/context.ts";
import { TAHAP_URUT } from "../../lib/percontohan/tahap.ts";

class Rollback extends Error {}

describe("scale generator: percontohan step", () => {
  it("makes pilots that follow the per-year rule and the stage rule", async () => {
    const step = STEPS.find((s) => s.name === "percontohan")!;
    let checked = 0;
    await testDb.$transaction(async (tx) => {
      const madiun = await tx.kabupaten.findUniqueOrThrow({ where: { kode: "35.19" }, select: { id: true, kode: true, nama: true } });
      // Start from no pilots, as the generator does on a fresh database.
      await tx.studiBanding.deleteMany({});
      await tx.replikasiPercontohan.deleteMany({});
      await tx.percontohan.deleteMany({});
      // In a fixed order: the step shuffles each catchment with its seeded stream, and only a few demo desa have
      // posyandu, so the physical row order (changed by other test files' updates) must not decide the pilots.
      const puskesmas = await tx.puskesmas.findMany({ where: { kabupatenId: madiun.id }, select: { id: true, nama: true, kabupatenId: true, kecamatanId: true, catchment: { select: { id: true }, orderBy: { kode: "asc" } } }, orderBy: { nama: "asc" } });
      const posyandu = await tx.posyandu.findMany({ where: { desa: { kabupatenId: madiun.id } }, select: { id: true, nama: true, desaId: true }, orderBy: { nama: "asc" } });
      const byDesa = new Map<string, { id: string; nama: string; desaId: string }[]>();
      for (const p of posyandu) byDesa.set(p.desaId, [...(byDesa.get(p.desaId) ?? []), p]);
      const ctx = {
        tx, seed: 7, rand: streamFor(7, "percontohan"), log: () => undefined,
        kabupaten: new Map([[madiun.id, madiun]]), kecamatan: [], desa: [],
        puskesmas: puskesmas.map((p) => ({ id: p.id, nama: p.nama, kabupatenId: p.kabupatenId, kecamatanId: p.kecamatanId, desaIds: p.catchment.map((d) => d.id) })),
        dusunByDesa: new Map(), posyanduByDesa: byDesa, passwordHash: "",
      } as SkalaContext;
      expect(await step.run(ctx)).toMatch(/percontohan/);
      const pilots = await tx.percontohan.findMany({ select: { id: true, tahun: true, desaId: true, puskesmasId: true, tahap: true, riwayat: { select: { dari: true, ke: true, tanggal: true }, orderBy: { tanggal: "asc" } }, replikasi: { select: { tahap: true, posyandu: { select: { desaId: true } } } } } });
      expect(pilots.length).toBeGreaterThan(0);
      const perPuskesmasYear = new Set<string>();
      const perDesaYear = new Set<string>();
      for (const p of pilots) {
        expect(perPuskesmasYear.has(`${p.puskesmasId}:${p.tahun}`)).toBe(false);
        expect(perDesaYear.has(`${p.desaId}:${p.tahun}`)).toBe(false);
        perPuskesmasYear.add(`${p.puskesmasId}:${p.tahun}`);
        perDesaYear.add(`${p.desaId}:${p.tahun}`);
        // One history row per stage, each one step forward, dates in order, ending at the pilot's stage.
        expect(p.riwayat.map((r) => r.ke)).toEqual(TAHAP_URUT.slice(0, TAHAP_URUT.indexOf(p.tahap) + 1));
        p.riwayat.forEach((r, i) => expect(r.dari).toBe(i === 0 ? null : p.riwayat[i - 1].ke));
        if (p.tahap === "DIREPLIKASI") expect(p.replikasi.some((r) => r.tahap === "BERJALAN" || r.tahap === "DIREPLIKASI")).toBe(true);
        for (const r of p.replikasi) expect(r.posyandu.desaId).toBe(p.desaId);
        checked++;
      }
      throw new Rollback();
    }).catch((e) => {
      if (!(e instanceof Rollback)) throw e;
    });
    expect(checked).toBeGreaterThan(0);
    // Rolled back: the seed's pilots are there again.
    expect(await testDb.percontohan.count({ where: { posyandu: { nama: "Melati 1" } } })).toBe(1);
  });
});
