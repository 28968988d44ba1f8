/**
 * The scale step's kits (scripts/skala/step-sarana.ts), run on 30 posyandu made for the test in Desa
 * Geger (removed afterwards): the rows load through the bulk insert, and on such mixed data
 * (damaged, stale, never calibrated, short) the SQL list still agrees with kitStatus.
 */
import { afterAll, describe, expect, it } from "vitest";
import { testDb, viewer } from "../support/db.ts";
import { saranaOf } from "../../scripts/skala/step-sarana.ts";
import { streamFor, type SkalaContext } from "../../scripts/skala/context.ts";
import { listKelengkapan } from "../../lib/sarana/kelengkapan.ts";
import { getSaranaPosyandu } from "../../lib/sarana/queries.ts";
import { ZKelengkapanParams } from "../../lib/sarana/schemas.ts";

const made: string[] = [];
afterAll(async () => {
  await testDb.saranaPosyandu.deleteMany({ where: { posyanduId: { in: made } } });
  await testDb.prasaranaPosyandu.deleteMany({ where: { posyanduId: { in: made } } });
  await testDb.posyandu.deleteMany({ where: { id: { in: made } } });
});

describe("scale step: sarana", () => {
  it("fills the kits of a desa's posyandu, and the SQL list agrees with kitStatus on them", async () => {
    const desa = await testDb.desa.findUniqueOrThrow({ where: { kode: "35.19.03.2004" }, select: { id: true, kode: true, nama: true, isKelurahan: true, kecamatanId: true, kabupatenId: true, puskesmasId: true, kabupaten: { select: { id: true, kode: true, nama: true } } } });
    const posyandu = await Promise.all(Array.from({ length: 30 }, (_, i) => testDb.posyandu.create({ data: { nama: `Skala Uji ${i + 1}`, desaId: desa.id }, select: { id: true, nama: true, desaId: true } })));
    made.push(...posyandu.map((p) => p.id));
    const { kabupaten, ...d } = desa;
    const line = await testDb.$transaction(async (tx) => {
      const ctx: SkalaContext = {
        tx, seed: 7, rand: streamFor(7, "sarana"), log: () => undefined,
        kabupaten: new Map([[kabupaten.id, kabupaten]]), kecamatan: [], desa: [d], puskesmas: [], dusunByDesa: new Map(),
        posyanduByDesa: new Map([[desa.id, posyandu]]), passwordHash: "",
      };
      return saranaOf(ctx, kabupaten.kode);
    });
    expect(line).toMatch(/baris sarana dan \d+ prasarana untuk posyandu Kabupaten Madiun/);
    expect(await testDb.prasaranaPosyandu.count({ where: { posyanduId: { in: posyandu.map((p) => p.id) } } })).toBe(posyandu.length);
    const v = await viewer("pkm.geger");
    const list = await listKelengkapan(v, ZKelengkapanParams.parse({ desaId: desa.id, q: "Skala Uji", size: "100" }));
    expect(list.total).toBe(30);
    // The mix the step means to make: some complete and some not, damage and missing items.
    expect(new Set(list.rows.map((r) => r.cukup)).size).toBeGreaterThan(3);
    for (const row of list.rows) {
      const kit = await getSaranaPosyandu(v, row.id);
      expect({ cukup: row.cukup, total: row.total, kurang: row.kurang, prasarana: row.prasarana }).toEqual({ cukup: kit.cukup, total: kit.total, kurang: kit.kekurangan.map((k) => k.nama), prasarana: kit.premises.ada });
    }
  });
});
