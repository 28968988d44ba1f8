/**
 * Dusun and pustu writes, for every role: the Dinkes admin of the kabupaten writes (one audit row
 * each), everyone else is refused with nothing written.
 */
import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { testDb, viewer, desaId, auditCount, KLOROGAN, KAIBON, BANYUMENENG } from "../support/db.ts";
import { createDusun, deleteDusun, updateDusun } from "../../lib/wilayah/dal-dusun.ts";
import { createPustu, deletePustu, updatePustu } from "../../lib/wilayah/dal-pustu.ts";
import { DomainError, ForbiddenError, NotFoundError } from "../../lib/errors.ts";

const READ_ONLY = ["staf.madiun", "pkm.geger", "bidan.klorogan", "kader.melati1"] as const;
const uniq = (prefix: string) => `${prefix} ${randomUUID().slice(0, 8)}`;
const pkmId = async (nama: string) => (await testDb.puskesmas.findFirstOrThrow({ where: { nama }, select: { id: true } })).id;

async function state() {
  const [dusun, pustu, audits] = await Promise.all([testDb.dusun.count(), testDb.pustu.count(), auditCount()]);
  return { dusun, pustu, audits };
}

describe("dusun writes", () => {
  it("dinkes.madiun adds, renames and deletes a dusun of Klorogan, one audit row each", async () => {
    const v = await viewer("dinkes.madiun");
    const desa = await desaId(KLOROGAN);
    let s = await state();
    const { id } = await createDusun(v, { desaId: desa, nama: uniq("Dusun Uji"), requestId: randomUUID() });
    expect(await state()).toEqual({ ...s, dusun: s.dusun + 1, audits: s.audits + 1 });
    s = await state();
    const nama = uniq("Dusun Ganti");
    await updateDusun(v, { id, nama });
    expect((await testDb.dusun.findUniqueOrThrow({ where: { id } })).nama).toBe(nama);
    expect(await state()).toEqual({ ...s, audits: s.audits + 1 });
    s = await state();
    expect(await deleteDusun(v, id)).toEqual({ desaId: desa });
    expect(await state()).toEqual({ ...s, dusun: s.dusun - 1, audits: s.audits + 1 });
    const trail = await testDb.auditLog.findMany({ where: { entity: "dusun", entityId: id }, orderBy: { id: "asc" } });
    expect(trail.map((a) => a.action)).toEqual(["CREATE", "UPDATE", "DELETE"]);
  });
  it("a double submit of the same dusun form writes once", async () => {
    const v = await viewer("dinkes.madiun");
    const input = { desaId: await desaId(KAIBON), nama: uniq("Dusun Ganda"), requestId: randomUUID() };
    const s = await state();
    const [a, b] = await Promise.all([createDusun(v, input), createDusun(v, input)]);
    expect(a.id).toBe(b.id);
    expect(await state()).toEqual({ ...s, dusun: s.dusun + 1, audits: s.audits + 1 });
    await deleteDusun(v, a.id);
  });
  it("a duplicate dusun name in the same desa is refused in Bahasa, on the name field", async () => {
    const s = await state();
    const e = await createDusun(await viewer("dinkes.madiun"), { desaId: await desaId(KLOROGAN), nama: "balejurang", requestId: randomUUID() }).catch((x) => x);
    expect(e).toBeInstanceOf(DomainError);
    expect(e.message).toBe('Dusun "balejurang" sudah ada di desa ini.');
    expect(e.fieldErrors.nama).toEqual(['Nama "balejurang" sudah dipakai dusun lain di desa ini.']);
    expect(await state()).toEqual(s);
  });
  it("renaming a dusun to the name of another dusun of its desa is refused", async () => {
    const id = (await testDb.dusun.findFirstOrThrow({ where: { nama: "Ngrowo", desa: { kode: KLOROGAN } } })).id;
    const s = await state();
    await expect(updateDusun(await viewer("dinkes.madiun"), { id, nama: "Sumberjo" })).rejects.toThrow(/sudah ada di desa ini/);
    expect((await testDb.dusun.findUniqueOrThrow({ where: { id } })).nama).toBe("Ngrowo");
    expect(await state()).toEqual(s);
  });
  for (const username of READ_ONLY) {
    it(`${username} cannot create a dusun`, async () => {
      const s = await state();
      await expect(createDusun(await viewer(username), { desaId: await desaId(KLOROGAN), nama: uniq("Dusun"), requestId: randomUUID() })).rejects.toBeInstanceOf(ForbiddenError);
      expect(await state()).toEqual(s);
    });
    it(`${username} cannot rename or delete Dusun Balejurang`, async () => {
      const d = await testDb.dusun.findFirstOrThrow({ where: { nama: "Balejurang", desa: { kode: KLOROGAN } } });
      const s = await state();
      const v = await viewer(username);
      await expect(updateDusun(v, { id: d.id, nama: "Diganti" })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(deleteDusun(v, d.id)).rejects.toBeInstanceOf(ForbiddenError);
      expect(await testDb.dusun.findUniqueOrThrow({ where: { id: d.id } })).toEqual(d);
      expect(await state()).toEqual(s);
    });
  }
  it("dinkes.demak cannot create a dusun in Madiun's Desa Klorogan", async () => {
    const s = await state();
    await expect(createDusun(await viewer("dinkes.demak"), { desaId: await desaId(KLOROGAN), nama: uniq("Dusun"), requestId: randomUUID() })).rejects.toThrow(/Desa tidak ditemukan di wilayah Anda/);
    expect(await state()).toEqual(s);
  });
  it("dinkes.demak cannot rename or delete Madiun's Dusun Balejurang", async () => {
    const d = await testDb.dusun.findFirstOrThrow({ where: { nama: "Balejurang", desa: { kode: KLOROGAN } } });
    const s = await state();
    const v = await viewer("dinkes.demak");
    await expect(updateDusun(v, { id: d.id, nama: "Diganti" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteDusun(v, d.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await testDb.dusun.findUniqueOrThrow({ where: { id: d.id } })).toEqual(d);
    expect(await state()).toEqual(s);
  });
  it("deleting Dusun Balejurang, where Posyandu Melati 1 stands, is refused with the count", async () => {
    const d = await testDb.dusun.findFirstOrThrow({ where: { nama: "Balejurang", desa: { kode: KLOROGAN } } });
    const n = await testDb.posyandu.count({ where: { dusunId: d.id } });
    const s = await state();
    await expect(deleteDusun(await viewer("dinkes.madiun"), d.id)).rejects.toThrow(`Dusun Balejurang tidak dapat dihapus: masih ada ${n} posyandu.`);
    expect(await state()).toEqual(s);
  });
});

describe("pustu writes", () => {
  it("dinkes.madiun adds, moves and deletes a pustu, one audit row each", async () => {
    const v = await viewer("dinkes.madiun");
    const [klorogan, kaibon, geger, pkmKaibon] = await Promise.all([desaId(KLOROGAN), desaId(KAIBON), pkmId("Puskesmas Geger"), pkmId("Puskesmas Kaibon")]);
    let s = await state();
    const nama = uniq("Pustu Uji");
    const { id } = await createPustu(v, { nama, desaId: klorogan, puskesmasId: geger, alamat: null, requestId: randomUUID() });
    expect(await state()).toEqual({ ...s, pustu: s.pustu + 1, audits: s.audits + 1 });
    s = await state();
    await updatePustu(v, id, { nama, desaId: kaibon, puskesmasId: pkmKaibon, alamat: "Jl. Raya Kaibon", requestId: undefined });
    expect(await testDb.pustu.findUniqueOrThrow({ where: { id } })).toMatchObject({ desaId: kaibon, puskesmasId: pkmKaibon, alamat: "Jl. Raya Kaibon" });
    expect(await state()).toEqual({ ...s, audits: s.audits + 1 });
    s = await state();
    expect(await deletePustu(v, id)).toEqual({ desaId: kaibon });
    expect(await state()).toEqual({ ...s, pustu: s.pustu - 1, audits: s.audits + 1 });
  });
  it("a pustu in Desa Klorogan under Puskesmas Kaibon is refused: Klorogan is in Geger's catchment; nothing written", async () => {
    const s = await state();
    const e = await createPustu(await viewer("dinkes.madiun"), { nama: uniq("Pustu"), desaId: await desaId(KLOROGAN), puskesmasId: await pkmId("Puskesmas Kaibon"), alamat: null, requestId: randomUUID() }).catch((x) => x);
    expect(e).toBeInstanceOf(DomainError);
    expect(e.fieldErrors.puskesmasId[0]).toBe("Desa Klorogan termasuk wilayah kerja Puskesmas Geger, bukan Puskesmas Kaibon. Pilih Puskesmas Geger, atau pindahkan dulu desanya ke wilayah kerja Puskesmas Kaibon.");
    expect(await state()).toEqual(s);
  });

  it("a second Pustu Klorogan in Desa Klorogan is refused in Bahasa", async () => {
    const s = await state();
    const e = await createPustu(await viewer("dinkes.madiun"), { nama: "Pustu Klorogan", desaId: await desaId(KLOROGAN), puskesmasId: await pkmId("Puskesmas Geger"), alamat: null, requestId: randomUUID() }).catch((x) => x);
    expect(e).toBeInstanceOf(DomainError);
    expect(e.fieldErrors.nama[0]).toMatch(/sudah dipakai pustu lain di desa ini/);
    expect(await state()).toEqual(s);
  });
  it("dinkes.madiun cannot put a pustu under Demak's Puskesmas Mranggen III", async () => {
    const s = await state();
    const e = await createPustu(await viewer("dinkes.madiun"), { nama: uniq("Pustu"), desaId: await desaId(KLOROGAN), puskesmasId: await pkmId("Puskesmas Mranggen III"), alamat: null, requestId: randomUUID() }).catch((x) => x);
    expect(e).toBeInstanceOf(DomainError);
    expect(e.fieldErrors).toEqual({ puskesmasId: ["Pilih puskesmas di kabupaten Anda."] });
    expect(await state()).toEqual(s);
  });
  it("dinkes.madiun cannot move Pustu Klorogan into Demak's Desa Banyumeneng", async () => {
    const p = await testDb.pustu.findFirstOrThrow({ where: { nama: "Pustu Klorogan" } });
    const s = await state();
    await expect(updatePustu(await viewer("dinkes.madiun"), p.id, { nama: p.nama, desaId: await desaId(BANYUMENENG), puskesmasId: p.puskesmasId, alamat: null, requestId: undefined })).rejects.toBeInstanceOf(DomainError);
    expect(await testDb.pustu.findUniqueOrThrow({ where: { id: p.id } })).toEqual(p);
    expect(await state()).toEqual(s);
  });
  for (const username of READ_ONLY) {
    it(`${username} cannot create, edit or delete a pustu`, async () => {
      const p = await testDb.pustu.findFirstOrThrow({ where: { nama: "Pustu Klorogan" } });
      const s = await state();
      const v = await viewer(username);
      const input = { nama: uniq("Pustu"), desaId: p.desaId, puskesmasId: p.puskesmasId, alamat: null, requestId: randomUUID() };
      await expect(createPustu(v, input)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(updatePustu(v, p.id, input)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(deletePustu(v, p.id)).rejects.toBeInstanceOf(ForbiddenError);
      expect(await testDb.pustu.findUniqueOrThrow({ where: { id: p.id } })).toEqual(p);
      expect(await state()).toEqual(s);
    });
  }
  it("dinkes.demak cannot create a pustu in Klorogan, nor edit or delete Pustu Klorogan", async () => {
    const p = await testDb.pustu.findFirstOrThrow({ where: { nama: "Pustu Klorogan" } });
    const s = await state();
    const v = await viewer("dinkes.demak");
    await expect(createPustu(v, { nama: uniq("Pustu"), desaId: p.desaId, puskesmasId: p.puskesmasId, alamat: null, requestId: randomUUID() })).rejects.toBeInstanceOf(DomainError);
    await expect(updatePustu(v, p.id, { nama: "Diganti", desaId: await desaId(BANYUMENENG), puskesmasId: await pkmId("Puskesmas Mranggen III"), alamat: null, requestId: undefined })).rejects.toBeInstanceOf(NotFoundError);
    await expect(deletePustu(v, p.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await testDb.pustu.findUniqueOrThrow({ where: { id: p.id } })).toEqual(p);
    expect(await state()).toEqual(s);
  });
});
