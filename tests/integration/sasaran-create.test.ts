/**
 * Registering and finding people (the contract the posyandu-day screens use): scope per role with
 * forged ids, NIK rules, the probable-duplicate warning, idempotent create with a device id under
 * parallel calls, and the spelling-tolerant search.
 */
import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { testDb, viewer, posyanduId, KLOROGAN, KAIBON } from "../support/db.ts";
import { makeSasaran, sasaranInput, testNik } from "../support/sasaran.ts";
import { cariSasaran, createSasaran } from "../../lib/sasaran/dal.ts";
import { ZSasaranInput } from "../../lib/sasaran/schemas.ts";
import { DomainError, ForbiddenError, NotFoundError } from "../../lib/errors.ts";

const audits = (entityId: string) => testDb.auditLog.count({ where: { entity: "sasaran", entityId } });

describe("createSasaran", () => {
  it("a kader registers at its own posyandu: denormalised area, folded name, one audit row with the NIK masked", async () => {
    const melati1 = await posyanduId(KLOROGAN, "Melati 1");
    const nik = testNik();
    const { id, created } = await createSasaran(await viewer("kader.melati1"), sasaranInput(melati1, { nama: "Moehammad Djoko", nik }));
    expect(created).toBe(true);
    const row = await testDb.sasaran.findUniqueOrThrow({ where: { id }, include: { posyandu: { include: { desa: true } } } });
    expect(row.namaKunci).toBe("muhamadyoko");
    expect(row.desaId).toBe(row.posyandu.desaId);
    expect(row.kabupatenId).toBe(row.posyandu.desa.kabupatenId);
    const audit = await testDb.auditLog.findFirstOrThrow({ where: { entity: "sasaran", entityId: id } });
    expect(audit.action).toBe("CREATE");
    expect(JSON.stringify(audit.after)).not.toContain(nik);
    expect((audit.after as { nik: string }).nik).toMatch(/^3519•{8}\d{4}$/);
  });

  it("refuses, with nothing written, a posyandu outside the area (kader of Melati 1 → Mawar 2; bidan/puskesmas of another desa)", async () => {
    const mawar2 = await posyanduId(KLOROGAN, "Mawar 2");
    const kaibon = (await testDb.posyandu.findFirstOrThrow({ where: { desa: { kode: KAIBON } }, select: { id: true } })).id;
    const before = await testDb.sasaran.count();
    await expect(createSasaran(await viewer("kader.melati1"), sasaranInput(mawar2))).rejects.toBeInstanceOf(NotFoundError);
    await expect(createSasaran(await viewer("bidan.klorogan"), sasaranInput(kaibon))).rejects.toBeInstanceOf(NotFoundError);
    await expect(createSasaran(await viewer("pkm.kaibon"), sasaranInput(mawar2))).rejects.toBeInstanceOf(NotFoundError);
    await expect(createSasaran(await viewer("dinkes.madiun"), sasaranInput(mawar2))).rejects.toBeInstanceOf(ForbiddenError);
    expect(await testDb.sasaran.count()).toBe(before);
  });

  it("a device id of someone outside the area is 'not found', never that person", async () => {
    const mawar2 = await posyanduId(KLOROGAN, "Mawar 2");
    const other = await makeSasaran(mawar2);
    const melati1 = await posyanduId(KLOROGAN, "Melati 1");
    await expect(createSasaran(await viewer("kader.melati1"), sasaranInput(melati1, { id: other.id }))).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a NIK of 15 digits is refused by the schema, naming the field", () => {
    const r = ZSasaranInput.safeParse({ nama: "A", jenisKelamin: "L", tanggalLahir: "2020-01-01", posyanduId: randomUUID(), nik: "351901234567000" });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0].path).toEqual(["nik"]);
    expect(r.error!.issues[0].message).toMatch(/NIK harus 16 angka/);
  });

  it("a birth date after today and a KK of 15 digits are refused, naming the field", () => {
    const r = ZSasaranInput.safeParse({ nama: "A", jenisKelamin: "L", tanggalLahir: "2099-01-01", posyanduId: randomUUID(), noKk: "351901234567000" });
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(paths).toEqual(expect.arrayContaining(["tanggalLahir: Tanggal lahir tidak boleh setelah hari ini.", "noKk: Nomor KK harus 16 angka."]));
  });

  it("refuses a NIK already registered in the kabupaten (other posyandu too), naming the field; the name only when in scope", async () => {
    const nik = testNik();
    const mawar2 = await posyanduId(KLOROGAN, "Mawar 2");
    const melati1 = await posyanduId(KLOROGAN, "Melati 1");
    await makeSasaran(mawar2, { nama: "Pemilik NIK", nik });
    const err = await createSasaran(await viewer("kader.melati1"), sasaranInput(melati1, { nik })).catch((e) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect(err.fieldErrors.nik[0]).toMatch(/NIK sudah terdaftar di posyandu lain/);
    expect(err.message).not.toContain("Pemilik NIK");
    const err2 = await createSasaran(await viewer("bidan.klorogan"), sasaranInput(melati1, { nik })).catch((e) => e);
    expect(err2.fieldErrors.nik[0]).toContain("Pemilik NIK");
  });

  it("warns of the same folded name and birth date at the posyandu; the explicit tick saves anyway", async () => {
    const melati1 = await posyanduId(KLOROGAN, "Melati 1");
    const first = await makeSasaran(melati1, { nama: "Tjahjani Soesanti", tanggalLahir: "2021-07-01" });
    const v = await viewer("kader.melati1");
    const err = await createSasaran(v, sasaranInput(melati1, { nama: "Cahyani Susanti", tanggalLahir: "2021-07-01" })).catch((e) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect(err.message).toMatch(/^Mungkin sudah terdaftar: Tjahjani Soesanti/);
    expect(err.fieldErrors.miripId).toEqual([first.id]);
    const { created } = await createSasaran(v, sasaranInput(melati1, { nama: "Cahyani Susanti", tanggalLahir: "2021-07-01", abaikanMirip: "on" }));
    expect(created).toBe(true);
    // Another birth date is another person: no warning.
    expect((await createSasaran(v, sasaranInput(melati1, { nama: "Cahyani Susanti", tanggalLahir: "2021-07-02" }))).created).toBe(true);
  });

  it("the same device id sent 5 times in parallel makes one person and one audit row (8 rounds, NIK and name checks racing too)", async () => {
    const melati1 = await posyanduId(KLOROGAN, "Melati 1");
    const v = await viewer("kader.melati1");
    let id = "";
    let input = sasaranInput(melati1);
    for (let round = 0; round < 8; round++) {
      id = randomUUID();
      input = sasaranInput(melati1, { id, nik: testNik() });
      const results = await Promise.all(Array.from({ length: 5 }, () => createSasaran(v, input)));
      expect(results.every((r) => r.id === id)).toBe(true);
      expect(results.filter((r) => r.created)).toHaveLength(1);
      expect(await testDb.sasaran.count({ where: { id } })).toBe(1);
      expect(await audits(id)).toBe(1);
    }
    // Sent again later: still the same person, nothing written.
    expect(await createSasaran(v, input)).toEqual({ id, created: false });
    expect(await audits(id)).toBe(1);
  });

  it("inside the caller's transaction: a resend writes nothing and does not abort that transaction", async () => {
    const melati1 = await posyanduId(KLOROGAN, "Melati 1");
    const v = await viewer("kader.melati1");
    const input = sasaranInput(melati1, { id: randomUUID() });
    const [a, b] = await testDb.$transaction(async (tx) => [await createSasaran(v, input, tx), await createSasaran(v, input, tx)]);
    expect(a.created).toBe(true);
    expect(b).toEqual({ id: a.id, created: false });
  });
});

describe("cariSasaran", () => {
  it("finds a person by a misspelt or old-spelled name, best first, NIK masked; live and active people only", async () => {
    const melati2 = await posyanduId(KLOROGAN, "Melati 2");
    const target = await makeSasaran(melati2, { nama: "Siti Nurhayati", nik: testNik() });
    await makeSasaran(melati2, { nama: "Sutinah" });
    const gone = await makeSasaran(melati2, { nama: "Siti Nurhayati Dua" });
    await testDb.sasaran.update({ where: { id: gone.id }, data: { digabungKeId: target.id, digabungAt: new Date() } });
    const v = await viewer("bidan.klorogan");
    for (const q of ["siti nur hayati", "Sity Noerhajati", "nurhayati", "SITI NURHAYAT", "sitinurhayati"]) {
      const found = await cariSasaran(v, { posyanduId: melati2, q });
      expect(found[0]?.id, q).toBe(target.id);
      expect(found.map((f) => f.id), q).not.toContain(gone.id);
    }
    const [hit] = await cariSasaran(v, { posyanduId: melati2, q: "Siti Nurhayati" });
    expect(hit).toMatchObject({ nama: "Siti Nurhayati", jenisKelamin: "P", tanggalLahir: "2022-03-04", posyanduId: melati2 });
    expect(hit.nikMasked).toMatch(/^\d{4}•{8}\d{4}$/);
    expect(await cariSasaran(v, { posyanduId: melati2, q: "wxvbqj" })).toEqual([]);
  });

  it("every typed word must match: a second word the name lacks finds nobody, a misspelt second word still finds", async () => {
    const melati2 = await posyanduId(KLOROGAN, "Melati 2");
    const joko = await makeSasaran(melati2, { nama: "Djoko Susanto" });
    const other = await makeSasaran(melati2, { nama: "Joko Prabowo" });
    const v = await viewer("bidan.klorogan");
    const ids = async (q: string) => (await cariSasaran(v, { posyanduId: melati2, q })).map((r) => r.id);
    expect(await ids("joko")).toEqual(expect.arrayContaining([joko.id, other.id]));
    expect(await ids("joko xyz")).toEqual([]);
    expect(await ids("joko susanto")).toContain(joko.id);
    expect(await ids("joko susanto")).not.toContain(other.id);
    expect(await ids("Djoko Soesanto")).toContain(joko.id);
    expect(await ids("joko susantp")).toContain(joko.id);
    expect(await ids("joko s")).toContain(joko.id);
    expect(await ids("joko s")).not.toContain(other.id);
  });

  it("finds nobody at a posyandu outside the area (kader of Melati 1 on Mawar 2; puskesmas outside the catchment)", async () => {
    const mawar2 = await posyanduId(KLOROGAN, "Mawar 2");
    const p = await makeSasaran(mawar2, { nama: "Warga Mawar Dua" });
    expect((await cariSasaran(await viewer("kader.mawar2"), { posyanduId: mawar2, q: "warga mawar" })).map((r) => r.id)).toContain(p.id);
    expect(await cariSasaran(await viewer("kader.melati1"), { posyanduId: mawar2, q: "warga mawar" })).toEqual([]);
    expect(await cariSasaran(await viewer("pkm.kaibon"), { posyanduId: mawar2, q: "warga mawar" })).toEqual([]);
    await expect(cariSasaran(await viewer("dinkes.madiun"), { posyanduId: mawar2, q: "warga" })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("an empty query lists the posyandu's people by name, up to the limit; a full NIK finds its owner", async () => {
    const mawar1 = await posyanduId(KLOROGAN, "Mawar 1");
    const nik = testNik();
    const a = await makeSasaran(mawar1, { nama: "Aaa Pertama", nik });
    const v = await viewer("pkm.geger");
    const list = await cariSasaran(v, { posyanduId: mawar1, q: "", limit: 2 });
    expect(list.length).toBeLessThanOrEqual(2);
    expect(list[0].id).toBe(a.id);
    expect((await cariSasaran(v, { posyanduId: mawar1, q: nik })).map((r) => r.id)).toEqual([a.id]);
  });
});
