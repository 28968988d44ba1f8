/**
 * Kecamatan and desa master data: created only from the official list, renamed, deleted only when
 * empty; every write by the Dinkes admin of the same kabupaten, one audit row each, and every refusal
 * writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { testDb, viewer, desaId, auditCount, KLOROGAN, BANYUMENENG } from "../support/db.ts";
import { createKecamatan, deleteKecamatan, renameKecamatan } from "../../lib/wilayah/dal-kecamatan.ts";
import { createDesa, deleteDesa, renameDesa } from "../../lib/wilayah/dal-desa.ts";
import { missingDesa, missingKecamatan } from "../../lib/wilayah/queries.ts";
import { addKabupatenFromReferensi } from "../../lib/provisioning/add-kabupaten.ts";
import { DomainError, ForbiddenError, NotFoundError } from "../../lib/errors.ts";
import { loadViewer } from "../../lib/auth/load-viewer.ts";
import type { Viewer } from "../../lib/access/viewer-type.ts";

const GEGER = "35.19.03";
// A Madiun kecamatan without puskesmas, used only for refusals.
const EMPTY_KEC = "35.19.15";
// Kota Madiun, added by this file only: other test files fill Madiun and Demak with data, so the
// delete-then-add-back scenarios run in a kabupaten nobody else touches, removed again afterwards.
const KOTA = "35.77";

const kec = (kode: string) => testDb.kecamatan.findUniqueOrThrow({ where: { kode } });
const desa = (kode: string) => testDb.desa.findUniqueOrThrow({ where: { kode } });

async function state() {
  const [kecamatan, d, audits] = await Promise.all([testDb.kecamatan.count(), testDb.desa.count(), auditCount()]);
  return { kecamatan, desa: d, audits };
}

const READ_ONLY = ["staf.madiun", "pkm.geger", "bidan.klorogan", "kader.melati1"] as const;

describe("kecamatan writes", () => {
  it("dinkes.madiun renames Kecamatan Geger with one audit row, then puts the name back", async () => {
    const v = await viewer("dinkes.madiun");
    const k = await kec(GEGER);
    const before = await auditCount();
    await renameKecamatan(v, { id: k.id, nama: "Geger Uji", bedaResmi: true });
    expect((await kec(GEGER)).nama).toBe("Geger Uji");
    expect(await auditCount()).toBe(before + 1);
    const row = await testDb.auditLog.findFirstOrThrow({ where: { entity: "kecamatan", entityId: k.id }, orderBy: { id: "desc" } });
    expect(row).toMatchObject({ action: "UPDATE", before: expect.objectContaining({ nama: "Geger" }), after: expect.objectContaining({ nama: "Geger Uji", kode: GEGER }) });
    await renameKecamatan(v, { id: k.id, nama: "Geger", bedaResmi: false });
    expect((await kec(GEGER)).nama).toBe("Geger");
  });
  for (const username of READ_ONLY) {
    it(`${username} cannot rename a kecamatan`, async () => {
      const k = await kec(GEGER);
      const s = await state();
      await expect(renameKecamatan(await viewer(username), { id: k.id, nama: "Diganti", bedaResmi: false })).rejects.toBeInstanceOf(ForbiddenError);
      expect(await kec(GEGER)).toEqual(k);
      expect(await state()).toEqual(s);
    });
  }
  it("dinkes.demak cannot rename Madiun's Kecamatan Geger", async () => {
    const k = await kec(GEGER);
    const s = await state();
    await expect(renameKecamatan(await viewer("dinkes.demak"), { id: k.id, nama: "Diganti", bedaResmi: false })).rejects.toBeInstanceOf(NotFoundError);
    expect(await kec(GEGER)).toEqual(k);
    expect(await state()).toEqual(s);
  });
  it("a rename to the name of another kecamatan of the kabupaten is refused in Bahasa on the field", async () => {
    const k = await kec(GEGER);
    const s = await state();
    const other = await kec("35.19.01");
    const error = await renameKecamatan(await viewer("dinkes.madiun"), { id: k.id, nama: other.nama, bedaResmi: false }).catch((e) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error.fieldErrors.nama[0]).toMatch(/sudah dipakai/);
    expect(await state()).toEqual(s);
  });
  it("deleting Kecamatan Geger is refused with what is in the way", async () => {
    const k = await kec(GEGER);
    const s = await state();
    const n = await testDb.desa.count({ where: { kecamatanId: k.id } });
    await expect(deleteKecamatan(await viewer("dinkes.madiun"), k.id)).rejects.toThrow(`Kecamatan Geger tidak dapat dihapus: masih ada ${n} desa/kelurahan dan 2 puskesmas.`);
    expect(await state()).toEqual(s);
  });
  it("dinkes.demak cannot delete Madiun's kecamatan; pkm.geger cannot delete any", async () => {
    const k = await kec(EMPTY_KEC);
    const s = await state();
    await expect(deleteKecamatan(await viewer("dinkes.demak"), k.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteKecamatan(await viewer("pkm.geger"), k.id)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await state()).toEqual(s);
  });

  for (const username of READ_ONLY) {
    it(`${username} cannot create a kecamatan`, async () => {
      const s = await state();
      await expect(createKecamatan(await viewer(username), { kode: EMPTY_KEC, requestId: randomUUID() })).rejects.toBeInstanceOf(ForbiddenError);
      expect(await state()).toEqual(s);
    });
  }
  it("a kecamatan code of another kabupaten is refused (dinkes.demak cannot add Madiun's Geger)", async () => {
    const s = await state();
    const e = await createKecamatan(await viewer("dinkes.demak"), { kode: GEGER, requestId: randomUUID() }).catch((x) => x);
    expect(e).toBeInstanceOf(DomainError);
    expect(e.fieldErrors.kode[0]).toMatch(/bukan kecamatan di kabupaten Anda/);
    expect(await state()).toEqual(s);
  });
  it("a kecamatan code not in the official list is refused", async () => {
    const s = await state();
    await expect(createKecamatan(await viewer("dinkes.madiun"), { kode: "35.19.99", requestId: randomUUID() })).rejects.toThrow(/tidak ada dalam daftar resmi/);
    expect(await state()).toEqual(s);
  });
  it("a kecamatan already in the database is refused", async () => {
    const s = await state();
    await expect(createKecamatan(await viewer("dinkes.madiun"), { kode: GEGER, requestId: randomUUID() })).rejects.toThrow(/sudah ada/);
    expect(await state()).toEqual(s);
  });
});

describe("desa writes", () => {
  it("dinkes.madiun renames Desa Klorogan with one audit row; the code stays", async () => {
    const v = await viewer("dinkes.madiun");
    const d = await desa(KLOROGAN);
    const before = await auditCount();
    // A name that differs from the official list needs the user's say-so: refused, nothing written.
    const s = await state();
    const e = await renameDesa(v, { id: d.id, nama: "Klorogan Baru", bedaResmi: false }).catch((x) => x);
    expect(e).toBeInstanceOf(DomainError);
    expect(e.fieldErrors.nama[0]).toBe('Menurut daftar resmi Kemendagri 2025, kode 35.19.03.2002 bernama "Klorogan". Bila "Klorogan Baru" memang benar, centang "Tetap simpan nama yang berbeda dari daftar resmi".');
    expect(await state()).toEqual(s);
    expect(await auditCount()).toBe(before);
    await renameDesa(v, { id: d.id, nama: "Klorogan Baru", bedaResmi: true });
    expect(await desa(KLOROGAN)).toMatchObject({ nama: "Klorogan Baru", kode: KLOROGAN });
    expect(await auditCount()).toBe(before + 1);
    await renameDesa(v, { id: d.id, nama: "Klorogan", bedaResmi: false });
  });
  it("a rename to the name another desa of the kecamatan already has is allowed: the code tells them apart", async () => {
    const v = await viewer("dinkes.madiun");
    const d = await desa(KLOROGAN);
    const other = await testDb.desa.findFirstOrThrow({ where: { kecamatanId: d.kecamatanId, NOT: { id: d.id } } });
    await renameDesa(v, { id: d.id, nama: other.nama, bedaResmi: true });
    expect(await testDb.desa.count({ where: { kecamatanId: d.kecamatanId, nama: other.nama } })).toBe(2);
    await renameDesa(v, { id: d.id, nama: "Klorogan", bedaResmi: false });
    expect(await desa(KLOROGAN)).toMatchObject({ nama: "Klorogan" });
  });
  it("staf.madiun (DINKES, read-only) cannot rename a desa", async () => {
    const d = await desa(KLOROGAN);
    const s = await state();
    await expect(renameDesa(await viewer("staf.madiun"), { id: d.id, nama: "Diganti", bedaResmi: false })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await desa(KLOROGAN)).toEqual(d);
    expect(await state()).toEqual(s);
  });
  for (const username of ["pkm.geger", "bidan.klorogan", "kader.melati1"] as const) {
    it(`${username} cannot rename Desa Klorogan`, async () => {
      const d = await desa(KLOROGAN);
      const s = await state();
      await expect(renameDesa(await viewer(username), { id: d.id, nama: "Diganti", bedaResmi: false })).rejects.toBeInstanceOf(ForbiddenError);
      expect(await desa(KLOROGAN)).toEqual(d);
      expect(await state()).toEqual(s);
    });
  }
  it("dinkes.demak cannot rename Madiun's Desa Klorogan", async () => {
    const d = await desa(KLOROGAN);
    const s = await state();
    await expect(renameDesa(await viewer("dinkes.demak"), { id: d.id, nama: "Diganti", bedaResmi: false })).rejects.toBeInstanceOf(NotFoundError);
    expect(await desa(KLOROGAN)).toEqual(d);
    expect(await state()).toEqual(s);
  });
  it("deleting Desa Klorogan is refused with a message that says what is in the way", async () => {
    const d = await desa(KLOROGAN);
    const s = await state();
    const where = { desaId: d.id };
    const [dusun, posyandu, pustu, users] = await Promise.all([testDb.dusun.count({ where }), testDb.posyandu.count({ where }), testDb.pustu.count({ where }), testDb.user.count({ where })]);
    await expect(deleteDesa(await viewer("dinkes.madiun"), d.id)).rejects.toThrow(
      `Desa Klorogan tidak dapat dihapus: masih ada ${dusun} dusun, ${posyandu} posyandu, ${pustu} pustu, 1 puskesmas, dan ${users} akun pengguna.`,
    );
    expect(await desa(KLOROGAN)).toEqual(d);
    expect(await state()).toEqual(s);
  });
  it("dinkes.demak cannot delete Madiun's desa; bidan.klorogan cannot delete its own", async () => {
    const d = await desa(KLOROGAN);
    const s = await state();
    await expect(deleteDesa(await viewer("dinkes.demak"), d.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteDesa(await viewer("bidan.klorogan"), d.id)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await state()).toEqual(s);
  });

  for (const username of READ_ONLY) {
    it(`${username} cannot create a desa`, async () => {
      const s = await state();
      await expect(createDesa(await viewer(username), { kecamatanId: (await kec(GEGER)).id, kode: "35.19.03.2099", requestId: randomUUID() })).rejects.toBeInstanceOf(ForbiddenError);
      expect(await state()).toEqual(s);
    });
  }
  it("a desa code not in the official list is refused", async () => {
    const s = await state();
    const e = await createDesa(await viewer("dinkes.madiun"), { kecamatanId: (await kec(GEGER)).id, kode: "35.19.03.2099", requestId: randomUUID() }).catch((x) => x);
    expect(e).toBeInstanceOf(DomainError);
    expect(e.fieldErrors.kode[0]).toMatch(/tidak ada dalam daftar resmi/);
    expect(await state()).toEqual(s);
  });
  it("a desa code of another kecamatan or kabupaten is refused", async () => {
    const v = await viewer("dinkes.madiun");
    const s = await state();
    await expect(createDesa(v, { kecamatanId: (await kec(GEGER)).id, kode: "35.19.01.2001", requestId: randomUUID() })).rejects.toThrow(/harus diawali 35.19.03/);
    await expect(createDesa(v, { kecamatanId: (await kec(GEGER)).id, kode: BANYUMENENG, requestId: randomUUID() })).rejects.toThrow(/bukan desa di kecamatan ini/);
    expect(await state()).toEqual(s);
  });
  it("a desa code that does not match KODE_DESA_RE is refused", async () => {
    const s = await state();
    await expect(createDesa(await viewer("dinkes.madiun"), { kecamatanId: (await kec(GEGER)).id, kode: "35.19.03.4001", requestId: randomUUID() })).rejects.toThrow(/tidak sah/);
    expect(await state()).toEqual(s);
  });
  it("dinkes.demak cannot add a desa to Madiun's Kecamatan Geger", async () => {
    const s = await state();
    await expect(createDesa(await viewer("dinkes.demak"), { kecamatanId: (await kec(GEGER)).id, kode: KLOROGAN, requestId: randomUUID() })).rejects.toThrow(/Kecamatan tidak ditemukan di wilayah Anda/);
    expect(await state()).toEqual(s);
  });
  it("a desa already in the database is refused", async () => {
    const s = await state();
    await expect(createDesa(await viewer("dinkes.madiun"), { kecamatanId: (await kec(GEGER)).id, kode: KLOROGAN, requestId: randomUUID() })).rejects.toThrow(/sudah ada/);
    expect(await state()).toEqual(s);
    expect(await desaId(KLOROGAN)).toBeTruthy();
  });
});

describe("adding kecamatan and desa back from the official list (Kota Madiun, set up by this file)", () => {
  let admin: Viewer;
  let kabupatenId: string;
  beforeAll(async () => {
    ({ kabupatenId } = await addKabupatenFromReferensi(testDb, KOTA));
    const user = await testDb.user.create({ data: { username: `uji.kota.${randomUUID().slice(0, 6)}`, nama: "Admin Uji Kota Madiun", role: "DINKES_ADMIN", kabupatenId, passwordHash: "tidak-dipakai", mustChangePassword: false } });
    admin = (await loadViewer(testDb, user.id))!;
  });
  afterAll(async () => {
    await testDb.user.deleteMany({ where: { kabupatenId } });
    await testDb.desa.deleteMany({ where: { kabupatenId } });
    await testDb.kecamatan.deleteMany({ where: { kabupatenId } });
    await testDb.kabupaten.delete({ where: { id: kabupatenId } });
  });

  it("nothing is missing right after the kabupaten was added", async () => {
    expect((await missingKecamatan(admin)).missing).toEqual([]);
  });
  it("deleting a kecamatan that still has kelurahan is refused with the count", async () => {
    const k = await kec(`${KOTA}.01`);
    const n = await testDb.desa.count({ where: { kecamatanId: k.id } });
    const s = await state();
    await expect(deleteKecamatan(admin, k.id)).rejects.toThrow(`Kecamatan ${k.nama} tidak dapat dihapus: masih ada ${n} desa/kelurahan.`);
    expect(await state()).toEqual(s);
  });
  it("an emptied kecamatan is deleted, then added back from the list (double submit writes once), one audit row each", async () => {
    const k = await kec(`${KOTA}.01`);
    // Set-up outside the app: empty the kecamatan so that it can go.
    await testDb.desa.deleteMany({ where: { kecamatanId: k.id } });
    let audits = await auditCount();
    await deleteKecamatan(admin, k.id);
    expect(await testDb.kecamatan.findUnique({ where: { kode: k.kode } })).toBeNull();
    expect(await auditCount()).toBe(audits + 1);
    expect((await missingKecamatan(admin)).missing).toEqual([{ kode: k.kode, nama: k.nama }]);

    audits = await auditCount();
    const requestId = randomUUID();
    const [a, b] = await Promise.all([createKecamatan(admin, { kode: k.kode, requestId }), createKecamatan(admin, { kode: k.kode, requestId })]);
    expect(a.id).toBe(b.id);
    expect(await kec(k.kode)).toMatchObject({ id: a.id, nama: k.nama, kabupatenId });
    expect(await auditCount()).toBe(audits + 1);
    const row = await testDb.auditLog.findFirstOrThrow({ where: { entity: "kecamatan", entityId: a.id } });
    expect(row).toMatchObject({ action: "CREATE", actorName: admin.username, after: expect.objectContaining({ kode: k.kode, nama: k.nama }) });

    // Its kelurahan are all missing now; one comes back through the app, with isKelurahan from its code.
    const { missing } = await missingDesa(admin, a.id);
    expect(missing.length).toBeGreaterThan(0);
    const first = missing[0];
    audits = await auditCount();
    const created = await createDesa(admin, { kecamatanId: a.id, kode: first.kode, requestId: randomUUID() });
    expect(await desa(first.kode)).toMatchObject({ id: created.id, nama: first.nama, isKelurahan: first.kode[9] === "1", kecamatanId: a.id, kabupatenId, puskesmasId: null });
    expect(await auditCount()).toBe(audits + 1);
    expect((await missingDesa(admin, a.id)).missing.map((m) => m.kode)).not.toContain(first.kode);
  });
  it("an empty kelurahan is deleted and added back; a double submit of the form writes once", async () => {
    const target = await desa(`${KOTA}.02.1001`);
    expect(target.isKelurahan).toBe(true);
    let audits = await auditCount();
    expect(await deleteDesa(admin, target.id)).toEqual({ kecamatanId: target.kecamatanId });
    expect(await testDb.desa.findUnique({ where: { kode: target.kode } })).toBeNull();
    expect(await auditCount()).toBe(audits + 1);
    expect((await missingDesa(admin, target.kecamatanId)).missing).toEqual([{ kode: target.kode, nama: target.nama, isKelurahan: true }]);

    audits = await auditCount();
    const requestId = randomUUID();
    const first = await createDesa(admin, { kecamatanId: target.kecamatanId, kode: target.kode, requestId });
    const again = await createDesa(admin, { kecamatanId: target.kecamatanId, kode: target.kode, requestId });
    expect(again).toEqual({ id: first.id, duplicateSubmit: true });
    expect(await desa(target.kode)).toMatchObject({ nama: target.nama, isKelurahan: true, kabupatenId, kecamatanId: target.kecamatanId });
    expect(await auditCount()).toBe(audits + 1);
  });
  it("the Kota Madiun admin cannot add a Madiun (kabupaten) kecamatan, nor rename Desa Klorogan", async () => {
    const s = await state();
    await expect(createKecamatan(admin, { kode: "35.19.03", requestId: randomUUID() })).rejects.toThrow(/harus diawali 35.77/);
    await expect(renameDesa(admin, { id: await desaId(KLOROGAN), nama: "Diganti", bedaResmi: true })).rejects.toBeInstanceOf(NotFoundError);
    expect(await state()).toEqual(s);
  });
});
