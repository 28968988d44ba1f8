/**
 * Puskesmas writes and their catchment (wilayah kerja): every id the form names is checked against
 * the admin's kabupaten, moving a desa from another puskesmas must be explicit, and a catchment
 * change is one audit row holding the desa lists before and after.
 */
import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { testDb, viewer, desaId, auditCount, KLOROGAN, KAIBON, BANYUMENENG } from "../support/db.ts";
import { createPuskesmas, deletePuskesmas, updatePuskesmas } from "../../lib/wilayah/dal-puskesmas.ts";
import type { TPuskesmasForm } from "../../lib/wilayah/schemas.ts";
import { ZPuskesmasForm } from "../../lib/wilayah/schemas.ts";
import { DomainError, ForbiddenError, NotFoundError } from "../../lib/errors.ts";

const READ_ONLY = ["staf.madiun", "pkm.geger", "bidan.klorogan", "kader.melati1"] as const;
const pkm = (nama: string) => testDb.puskesmas.findFirstOrThrow({ where: { nama }, include: { catchment: { select: { id: true }, orderBy: { id: "asc" } } } });

/** The edit form of an existing puskesmas, as the page would fill it. */
async function formOf(nama: string): Promise<TPuskesmasForm> {
  const p = await pkm(nama);
  return { nama: p.nama, kode: p.kode, kecamatanId: p.kecamatanId, desaId: p.desaId, alamat: p.alamat, catchment: p.catchment.map((d) => d.id), pindahkan: false, requestId: undefined };
}

async function state() {
  const [puskesmas, audits, catchments] = await Promise.all([
    testDb.puskesmas.count(),
    auditCount(),
    testDb.desa.findMany({ where: { puskesmasId: { not: null } }, select: { id: true, puskesmasId: true }, orderBy: { id: "asc" } }),
  ]);
  return { puskesmas, audits, catchments };
}

/** Two desa of Madiun outside Kecamatan Geger that no puskesmas covers yet. */
async function freeDesa() {
  const rows = await testDb.desa.findMany({ where: { kabupaten: { kode: "35.19" }, puskesmasId: null, kecamatan: { kode: "35.19.04" } }, orderBy: { kode: "asc" }, take: 2, select: { id: true, kecamatanId: true } });
  return rows;
}

describe("puskesmas writes", () => {
  it("the form schema takes a checkbox group of one, many or none", () => {
    const base = { nama: "Puskesmas X", kecamatanId: randomUUID(), desaId: randomUUID() };
    const one = randomUUID();
    expect(ZPuskesmasForm.parse({ ...base }).catchment).toEqual([]);
    expect(ZPuskesmasForm.parse({ ...base, catchment: one }).catchment).toEqual([one]);
    expect(ZPuskesmasForm.parse({ ...base, catchment: [one, one] }).catchment).toEqual([one]);
    expect(ZPuskesmasForm.safeParse({ ...base, catchment: ["x"] }).success).toBe(false);
  });

  it("dinkes.madiun creates a puskesmas with its catchment, moves a Kaibon desa explicitly, empties and deletes it; one audit row per write", async () => {
    const v = await viewer("dinkes.madiun");
    const free = await freeDesa();
    const base: TPuskesmasForm = { nama: `Puskesmas Uji ${randomUUID().slice(0, 6)}`, kode: null, kecamatanId: free[0].kecamatanId, desaId: free[0].id, alamat: null, catchment: free.map((d) => d.id), pindahkan: false, requestId: randomUUID() };

    let audits = await auditCount();
    const [a, b] = await Promise.all([createPuskesmas(v, base), createPuskesmas(v, base)]);
    expect(a.id).toBe(b.id);
    expect(await auditCount()).toBe(audits + 1);
    const created = await testDb.auditLog.findFirstOrThrow({ where: { entity: "puskesmas", entityId: a.id } });
    expect((created.after as { catchment: string[] }).catchment).toEqual(free.map((d) => d.id).sort());
    expect(await testDb.desa.count({ where: { puskesmasId: a.id } })).toBe(2);

    // A Kaibon desa ticked without saying "move it": refused, nothing written.
    const kaibonDesa = await testDb.desa.findFirstOrThrow({ where: { kode: "35.19.03.2019" } });
    const kaibonPkm = kaibonDesa.puskesmasId;
    const s = await state();
    const e = await updatePuskesmas(v, a.id, { ...base, catchment: [...base.catchment, kaibonDesa.id] }).catch((x) => x);
    expect(e).toBeInstanceOf(DomainError);
    expect(e.fieldErrors.catchment[0]).toMatch(/\(Puskesmas Kaibon\) sudah masuk wilayah kerja puskesmas lain/);
    expect(await state()).toEqual(s);

    // Said explicitly: it moves, and the one audit row holds both desa lists and where it came from.
    audits = await auditCount();
    await updatePuskesmas(v, a.id, { ...base, catchment: [...base.catchment, kaibonDesa.id], pindahkan: true });
    expect(await auditCount()).toBe(audits + 1);
    expect((await testDb.desa.findUniqueOrThrow({ where: { id: kaibonDesa.id } })).puskesmasId).toBe(a.id);
    const moved = await testDb.auditLog.findFirstOrThrow({ where: { entity: "puskesmas", entityId: a.id, action: "UPDATE" } });
    expect((moved.before as { catchment: string[] }).catchment).toEqual(free.map((d) => d.id).sort());
    expect((moved.after as { catchment: string[] }).catchment).toEqual([...free.map((d) => d.id), kaibonDesa.id].sort());
    expect((moved.after as { movedFrom: Record<string, string> }).movedFrom).toEqual({ [kaibonDesa.id]: kaibonPkm });

    // Deleting while the catchment is not empty is refused, with the count.
    const before = await state();
    await expect(deletePuskesmas(v, a.id)).rejects.toThrow(`${base.nama} tidak dapat dihapus: masih ada 3 desa wilayah kerja.`);
    expect(await state()).toEqual(before);

    // Empty it (Kaibon's desa goes back, set up outside the app), then delete.
    await testDb.desa.update({ where: { id: kaibonDesa.id }, data: { puskesmasId: kaibonPkm } });
    await updatePuskesmas(v, a.id, { ...base, catchment: [] });
    expect(await testDb.desa.count({ where: { puskesmasId: a.id } })).toBe(0);
    audits = await auditCount();
    await deletePuskesmas(v, a.id);
    expect(await testDb.puskesmas.findUnique({ where: { id: a.id } })).toBeNull();
    expect(await auditCount()).toBe(audits + 1);
  });

  it("a desa that moves to another puskesmas takes its pustu along, in the same audit row; and back", async () => {
    const v = await viewer("dinkes.madiun");
    const geger = await formOf("Puskesmas Geger");
    const kaibon = await formOf("Puskesmas Kaibon");
    const klorogan = await desaId(KLOROGAN);
    const pustu = await testDb.pustu.findFirstOrThrow({ where: { nama: "Pustu Klorogan" } });
    const gegerId = (await pkm("Puskesmas Geger")).id;
    const kaibonId = (await pkm("Puskesmas Kaibon")).id;
    expect(pustu.puskesmasId).toBe(gegerId);
    try {
      await updatePuskesmas(v, kaibonId, { ...kaibon, catchment: [...kaibon.catchment, klorogan], pindahkan: true });
      expect((await testDb.pustu.findUniqueOrThrow({ where: { id: pustu.id } })).puskesmasId).toBe(kaibonId);
      const row = await testDb.auditLog.findFirstOrThrow({ where: { entity: "puskesmas", entityId: kaibonId, action: "UPDATE" }, orderBy: { at: "desc" } });
      expect((row.after as { pustuMovedFrom: Record<string, string> }).pustuMovedFrom).toEqual({ [pustu.id]: gegerId });
    } finally {
      await updatePuskesmas(v, gegerId, { ...geger, pindahkan: true });
    }
    expect((await testDb.pustu.findUniqueOrThrow({ where: { id: pustu.id } })).puskesmasId).toBe(gegerId);
    expect((await testDb.desa.findUniqueOrThrow({ where: { id: klorogan } })).puskesmasId).toBe(gegerId);
  });

  it("dinkes.madiun cannot put a Demak desa into Puskesmas Geger's catchment", async () => {
    const form = await formOf("Puskesmas Geger");
    const s = await state();
    const e = await updatePuskesmas(await viewer("dinkes.madiun"), (await pkm("Puskesmas Geger")).id, { ...form, catchment: [...form.catchment, await desaId(BANYUMENENG)], pindahkan: true }).catch((x) => x);
    expect(e).toBeInstanceOf(DomainError);
    expect(e.fieldErrors.catchment).toEqual(["Ada desa wilayah kerja yang tidak ada di kabupaten Anda."]);
    expect(await state()).toEqual(s);
  });
  it("dinkes.madiun cannot place a puskesmas in a desa outside the chosen kecamatan, nor in a Demak kecamatan", async () => {
    const v = await viewer("dinkes.madiun");
    const s = await state();
    const form = await formOf("Puskesmas Geger");
    const free = await freeDesa();
    const e = await updatePuskesmas(v, (await pkm("Puskesmas Geger")).id, { ...form, desaId: free[0].id }).catch((x) => x);
    expect(e.fieldErrors).toEqual({ desaId: ["Desa lokasi harus berada di kecamatan yang dipilih."] });
    const demakKec = (await testDb.desa.findUniqueOrThrow({ where: { kode: BANYUMENENG } })).kecamatanId;
    const e2 = await createPuskesmas(v, { ...form, nama: "Puskesmas Lain", kecamatanId: demakKec, catchment: [], requestId: randomUUID() }).catch((x) => x);
    expect(e2.fieldErrors.kecamatanId).toEqual(["Pilih kecamatan di kabupaten Anda."]);
    expect(await state()).toEqual(s);
  });
  it("a second Puskesmas Kaibon in Madiun is refused in Bahasa, on the name field", async () => {
    const s = await state();
    const form = await formOf("Puskesmas Kaibon");
    const e = await createPuskesmas(await viewer("dinkes.madiun"), { ...form, nama: "puskesmas kaibon", catchment: [], requestId: randomUUID() }).catch((x) => x);
    expect(e).toBeInstanceOf(DomainError);
    expect(e.fieldErrors.nama).toEqual(['Nama "puskesmas kaibon" sudah dipakai puskesmas lain di kabupaten ini.']);
    expect(await state()).toEqual(s);
  });
  it("a Kemenkes code already used by another puskesmas is refused on the code field", async () => {
    const v = await viewer("dinkes.madiun");
    const geger = await pkm("Puskesmas Geger");
    const kaibon = await pkm("Puskesmas Kaibon");
    const kode = `P${randomUUID().slice(0, 8)}`;
    await updatePuskesmas(v, geger.id, { ...(await formOf("Puskesmas Geger")), kode });
    const s = await state();
    const e = await updatePuskesmas(v, kaibon.id, { ...(await formOf("Puskesmas Kaibon")), kode }).catch((x) => x);
    expect(e.fieldErrors.kode).toEqual([`Kode ${kode} sudah dipakai puskesmas lain.`]);
    expect(await state()).toEqual(s);
    await updatePuskesmas(v, geger.id, { ...(await formOf("Puskesmas Geger")), kode: geger.kode });
  });
  it("deleting Puskesmas Geger is refused with what is in the way", async () => {
    const p = await pkm("Puskesmas Geger");
    const s = await state();
    const [pustu, users] = await Promise.all([testDb.pustu.count({ where: { puskesmasId: p.id } }), testDb.user.count({ where: { puskesmasId: p.id } })]);
    await expect(deletePuskesmas(await viewer("dinkes.madiun"), p.id)).rejects.toThrow(`Puskesmas Geger tidak dapat dihapus: masih ada ${p.catchment.length} desa wilayah kerja, ${pustu} pustu, dan ${users} akun pengguna.`);
    expect(await state()).toEqual(s);
  });
  for (const username of READ_ONLY) {
    it(`${username} cannot create, edit or delete a puskesmas`, async () => {
      const form = await formOf("Puskesmas Geger");
      const id = (await pkm("Puskesmas Geger")).id;
      const s = await state();
      const v = await viewer(username);
      await expect(createPuskesmas(v, { ...form, nama: "Puskesmas Baru", catchment: [], requestId: randomUUID() })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(updatePuskesmas(v, id, { ...form, nama: "Diganti" })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(deletePuskesmas(v, id)).rejects.toBeInstanceOf(ForbiddenError);
      expect((await pkm("Puskesmas Geger")).id).toBe(id);
      expect(await state()).toEqual(s);
    });
  }
  it("dinkes.demak cannot edit or delete Puskesmas Geger, nor take Klorogan into its own puskesmas", async () => {
    const v = await viewer("dinkes.demak");
    const geger = (await pkm("Puskesmas Geger")).id;
    const s = await state();
    await expect(updatePuskesmas(v, geger, { ...(await formOf("Puskesmas Geger")), nama: "Diganti" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(deletePuskesmas(v, geger)).rejects.toBeInstanceOf(NotFoundError);
    const mranggen = await formOf("Puskesmas Mranggen III");
    const e = await updatePuskesmas(v, (await pkm("Puskesmas Mranggen III")).id, { ...mranggen, catchment: [...mranggen.catchment, await desaId(KLOROGAN)], pindahkan: true }).catch((x) => x);
    expect(e.fieldErrors.catchment).toEqual(["Ada desa wilayah kerja yang tidak ada di kabupaten Anda."]);
    expect(await state()).toEqual(s);
  });
  it("dinkes.madiun renames Puskesmas Kaibon and back, each one audit row, catchment unchanged", async () => {
    const v = await viewer("dinkes.madiun");
    const p = await pkm("Puskesmas Kaibon");
    const audits = await auditCount();
    await updatePuskesmas(v, p.id, { ...(await formOf("Puskesmas Kaibon")), nama: "Puskesmas Kaibon Uji" });
    await updatePuskesmas(v, p.id, { ...(await formOf("Puskesmas Kaibon Uji")), nama: "Puskesmas Kaibon" });
    expect(await auditCount()).toBe(audits + 2);
    expect((await pkm("Puskesmas Kaibon")).catchment).toEqual(p.catchment);
    expect(await testDb.desa.count({ where: { kode: KAIBON, puskesmasId: p.id } })).toBe(1);
  });
});
