/**
 * Edges found by probing: names that differ only by case, forged empty double-submit keys, and
 * LIKE wildcards typed into a search box.
 */
import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { testDb, viewer, posyanduId, desaId, KLOROGAN } from "../support/db.ts";
import { createPosyandu, updatePosyandu } from "../../lib/posyandu/dal.ts";
import { createDusun } from "../../lib/wilayah/dal-dusun.ts";
import { listPosyandu } from "../../lib/posyandu/queries.ts";
import { listPengguna } from "../../lib/pengguna/queries.ts";
import { listDesa, listKecamatan } from "../../lib/wilayah/queries.ts";
import { ZPosyanduListParams } from "../../lib/posyandu/schemas.ts";
import { ZPenggunaListParams } from "../../lib/pengguna/schemas.ts";
import { ZWilayahListParams } from "../../lib/wilayah/schemas.ts";
import { DomainError } from "../../lib/errors.ts";

const GEGER = "35.19.03.2004";

describe("names are unique within their parent whatever the case", () => {
  it("refuses a posyandu 'dahlia' beside 'Dahlia' in the same desa, writing nothing", async () => {
    const admin = await viewer("dinkes.madiun");
    const geger = await testDb.desa.findFirstOrThrow({ where: { posyandu: { some: { nama: "Dahlia" } } }, select: { id: true, kode: true } });
    expect(geger.kode).toBe(GEGER);
    const before = await testDb.posyandu.count({ where: { desaId: geger.id } });
    const attempt = createPosyandu(admin, { nama: "dahlia", desaId: geger.id, dusunId: null, tempat: null, latitude: null, longitude: null, jadwalMingguKe: null, jadwalHari: null, isActive: true, requestId: randomUUID() });
    await expect(attempt).rejects.toBeInstanceOf(DomainError);
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { nama: [expect.stringContaining("sudah dipakai")] } });
    expect(await testDb.posyandu.count({ where: { desaId: geger.id } })).toBe(before);
  });

  it("refuses renaming Melati 2 to 'MELATI 1'", async () => {
    const admin = await viewer("dinkes.madiun");
    const id = await posyanduId(KLOROGAN, "Melati 2");
    const row = await testDb.posyandu.findUniqueOrThrow({ where: { id } });
    const input = { nama: "MELATI 1", desaId: row.desaId, dusunId: row.dusunId, tempat: row.tempat, latitude: null, longitude: null, jadwalMingguKe: row.jadwalMingguKe, jadwalHari: row.jadwalHari, isActive: row.isActive, requestId: undefined };
    await expect(updatePosyandu(admin, id, input)).rejects.toBeInstanceOf(DomainError);
    expect((await testDb.posyandu.findUniqueOrThrow({ where: { id } })).nama).toBe("Melati 2");
  });
});

describe("an empty double-submit key is no key", () => {
  it("two different dusun created with an empty requestId are both written", async () => {
    const admin = await viewer("dinkes.madiun");
    const desa = await desaId(KLOROGAN);
    const a = await createDusun(admin, { desaId: desa, nama: `Uji Kosong A ${randomUUID().slice(0, 6)}`, requestId: "" });
    const b = await createDusun(admin, { desaId: desa, nama: `Uji Kosong B ${randomUUID().slice(0, 6)}`, requestId: "" });
    expect(a.duplicateSubmit).toBe(false);
    expect(b.duplicateSubmit).toBe(false);
    expect(b.id).not.toBe(a.id);
    expect(await testDb.auditLog.count({ where: { requestId: "" } })).toBe(0);
  });
});

describe("LIKE wildcards in a search are matched literally", () => {
  for (const q of ["%", "_", "\\"]) {
    it(`"${q}" matches no posyandu, account or kecamatan (none has it in its name)`, async () => {
      const admin = await viewer("dinkes.madiun");
      expect((await listPosyandu(admin, ZPosyanduListParams.parse({ q }))).total).toBe(0);
      expect((await listPengguna(admin, ZPenggunaListParams.parse({ q }))).total).toBe(0);
      expect((await listKecamatan(admin, ZWilayahListParams.parse({ q }))).total).toBe(0);
      expect((await listDesa(admin, ZWilayahListParams.parse({ q }))).total).toBe(0);
    });
  }
  it("a plain term still finds what it should", async () => {
    const admin = await viewer("dinkes.madiun");
    expect((await listPosyandu(admin, ZPosyanduListParams.parse({ q: "melati" }))).total).toBeGreaterThanOrEqual(2);
  });
});
