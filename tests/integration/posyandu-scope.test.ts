/**
 * Posyandu reads and writes, for every role: one case inside the scope that works, one outside
 * that is refused with nothing written.
 */
import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { testDb, viewer, posyanduId, desaId, auditCount, KLOROGAN, KAIBON, BANYUMENENG } from "../support/db.ts";
import { desaChoice, dusunOptions, exportPosyandu, getPosyandu, listPosyandu, posyanduListFilterOptions } from "../../lib/posyandu/queries.ts";
import { searchDesaChoices } from "../../lib/wilayah/queries.ts";
import { auditHistory } from "../../lib/audit/history.ts";
import { createPosyandu, deletePosyandu, updatePosyandu } from "../../lib/posyandu/dal.ts";
import { ZPosyanduListParams, type TPosyanduForm, type TPosyanduOperasional } from "../../lib/posyandu/schemas.ts";
import { NotFoundError, ForbiddenError, DomainError } from "../../lib/errors.ts";

const allParams = ZPosyanduListParams.parse({ size: "100" });

async function names(username: Parameters<typeof viewer>[0]) {
  const { rows, total } = await listPosyandu(await viewer(username), allParams);
  return { names: rows.map((r) => `${r.nama}@${r.desa.nama}`).sort(), total };
}

function form(overrides: Partial<TPosyanduForm> & { desaId: string }): TPosyanduForm {
  return { nama: `Uji ${randomUUID().slice(0, 8)}`, dusunId: null, tempat: "Balai RT", latitude: null, longitude: null, jadwalMingguKe: 2, jadwalHari: 3, isActive: true, requestId: randomUUID(), ...overrides };
}

const operasional: TPosyanduOperasional = { tempat: "Rumah Ibu Kader", latitude: null, longitude: null, jadwalMingguKe: 1, jadwalHari: 5, isActive: true, requestId: undefined };

async function snapshot(id: string) {
  return { row: await testDb.posyandu.findUnique({ where: { id } }), audits: await auditCount() };
}

describe("posyandu list: each role sees exactly its area", () => {
  it("dinkes.madiun sees Madiun's posyandu and none of Demak's", async () => {
    const { names: n } = await names("dinkes.madiun");
    expect(n).toEqual(expect.arrayContaining(["Melati 1@Klorogan", "Mawar 2@Klorogan", "Anggrek 1@Kaibon", "Dahlia@Geger"]));
    expect(n.some((x) => x.includes("Banyumeneng") || x.includes("Pundenarum"))).toBe(false);
  });
  it("dinkes.demak cannot list Madiun's posyandu", async () => {
    const { names: n } = await names("dinkes.demak");
    expect(n).toEqual(expect.arrayContaining(["Kenanga 1@Banyumeneng", "Cempaka 2@Pundenarum"]));
    expect(n.some((x) => x.includes("Klorogan") || x.includes("Kaibon"))).toBe(false);
  });
  it("pkm.geger sees its catchment (Klorogan, Geger) but not Kaibon's", async () => {
    const { names: n } = await names("pkm.geger");
    expect(n).toEqual(expect.arrayContaining(["Melati 1@Klorogan", "Dahlia@Geger"]));
    expect(n.some((x) => x.endsWith("@Kaibon"))).toBe(false);
  });
  it("pkm.kaibon sees Kaibon's posyandu only", async () => {
    const { names: n } = await names("pkm.kaibon");
    expect(n.filter((x) => !x.startsWith("Uji ")).every((x) => x.endsWith("@Kaibon"))).toBe(true);
    expect(n).toContain("Anggrek 1@Kaibon");
  });
  it("bidan.klorogan sees the posyandu of Desa Klorogan only", async () => {
    const { names: n } = await names("bidan.klorogan");
    expect(n.every((x) => x.endsWith("@Klorogan"))).toBe(true);
    expect(n).toEqual(expect.arrayContaining(["Melati 1@Klorogan", "Melati 2@Klorogan", "Mawar 1@Klorogan", "Mawar 2@Klorogan"]));
  });
  it("kader.melati1 sees Posyandu Melati 1 and nothing else", async () => {
    expect(await names("kader.melati1")).toEqual({ names: ["Melati 1@Klorogan"], total: 1 });
  });
  it("a filter cannot widen the scope: kader.melati1 filtering on Kaibon gets nothing", async () => {
    const v = await viewer("kader.melati1");
    const { total } = await listPosyandu(v, { ...allParams, desaId: await desaId(KAIBON) });
    expect(total).toBe(0);
  });
  it("filter options of pkm.kaibon hold only desa of its catchment", async () => {
    const v = await viewer("pkm.kaibon");
    const kec = (await posyanduListFilterOptions(v)).kecamatan;
    expect(kec.map((k) => k.nama)).toEqual(["Geger"]);
    const list = await posyanduListFilterOptions(v, kec[0].id);
    const catchment = await testDb.desa.findMany({ where: { puskesmas: { nama: "Puskesmas Kaibon" } }, select: { nama: true } });
    expect(list.desa.map((d) => d.nama).sort()).toEqual(catchment.map((d) => d.nama).sort());
    expect(list.desa.map((d) => d.nama)).toContain("Kaibon");
    expect(list.desa.map((d) => d.nama)).not.toContain("Klorogan");
    expect(list.puskesmas.map((p) => p.nama)).toEqual(["Puskesmas Kaibon"]);
  });
  it("the posyandu form's desa search and dusun list stay in the viewer's area", async () => {
    const madiun = await viewer("dinkes.madiun");
    const found = await searchDesaChoices(madiun, "klorogan");
    expect(found.map((d) => d.label)).toEqual(["Klorogan — Kec. Geger"]);
    expect((await searchDesaChoices(madiun, "")).length).toBe(30);
    expect(await searchDesaChoices(await viewer("dinkes.demak"), "klorogan")).toEqual([]);
    expect(await searchDesaChoices(await viewer("pkm.kaibon"), "klorogan")).toEqual([]);
    const klorogan = await desaId(KLOROGAN);
    expect((await dusunOptions(madiun, klorogan)).map((d) => d.nama)).toContain("Balejurang");
    expect(await dusunOptions(await viewer("dinkes.demak"), klorogan)).toEqual([]);
    expect((await desaChoice(madiun, klorogan))?.dusun.length).toBeGreaterThan(0);
    expect(await desaChoice(await viewer("dinkes.demak"), klorogan)).toBeNull();
  });
  it("the list filter offers the desa of the chosen kecamatan only, and none of another area's", async () => {
    const v = await viewer("dinkes.madiun");
    const none = await posyanduListFilterOptions(v);
    expect(none.desa).toEqual([]);
    expect(none.kecamatan.length).toBe(15);
    const geger = none.kecamatan.find((k) => k.nama === "Geger")!;
    const desa = (await posyanduListFilterOptions(v, geger.id)).desa;
    expect(desa.map((d) => d.nama)).toContain("Klorogan");
    expect(desa.every((d) => d.kecamatanId === geger.id)).toBe(true);
    const demak = await posyanduListFilterOptions(await viewer("dinkes.demak"), geger.id);
    expect(demak.desa).toEqual([]);
    expect(demak.kecamatan.some((k) => k.nama === "Geger")).toBe(false);
  });
  it("the download's batches, joined, are the whole list in its order, and the limit holds", async () => {
    const v = await viewer("dinkes.madiun");
    const params = ZPosyanduListParams.parse({ sort: "desa", dir: "desc", size: "100" });
    const whole = (await listPosyandu(v, params)).rows.map((r) => r.id);
    const batches: string[][] = [];
    for await (const rows of exportPosyandu(v, params, 1_000, 3)) batches.push(rows.map((r) => r.id));
    expect(batches.flat()).toEqual(whole);
    expect(batches.every((b) => b.length <= 3)).toBe(true);
    const capped: string[] = [];
    for await (const rows of exportPosyandu(v, params, 5, 3)) capped.push(...rows.map((r) => r.id));
    expect(capped).toEqual(whole.slice(0, 5));
    const kader: string[] = [];
    for await (const rows of exportPosyandu(await viewer("kader.melati1"), params)) kader.push(...rows.map((r) => r.nama));
    expect(kader).toEqual(["Melati 1"]);
  });
  it("search, sort and paging happen in SQL", async () => {
    const v = await viewer("dinkes.madiun");
    const page1 = await listPosyandu(v, ZPosyanduListParams.parse({ q: "mawar", sort: "nama", dir: "desc", size: "10" }));
    expect(page1.rows.map((r) => r.nama)).toEqual(["Mawar 2", "Mawar 1"]);
    const paged = await listPosyandu(v, ZPosyanduListParams.parse({ size: "10", page: "2" }));
    const all = await listPosyandu(v, ZPosyanduListParams.parse({ size: "100" }));
    expect(paged.rows.map((r) => r.id)).toEqual(all.rows.slice(10, 20).map((r) => r.id));
  });
});

describe("posyandu detail: a record outside the scope answers as not found", () => {
  it("pkm.kaibon cannot read Posyandu Melati 1", async () => {
    await expect(getPosyandu(await viewer("pkm.kaibon"), await posyanduId(KLOROGAN, "Melati 1"))).rejects.toBeInstanceOf(NotFoundError);
  });
  it("pkm.geger can read Posyandu Melati 1", async () => {
    expect((await getPosyandu(await viewer("pkm.geger"), await posyanduId(KLOROGAN, "Melati 1"))).nama).toBe("Melati 1");
  });
  it("kader.melati1 cannot read Posyandu Mawar 2, but reads its own", async () => {
    const v = await viewer("kader.melati1");
    await expect(getPosyandu(v, await posyanduId(KLOROGAN, "Mawar 2"))).rejects.toBeInstanceOf(NotFoundError);
    expect((await getPosyandu(v, await posyanduId(KLOROGAN, "Melati 1"))).nama).toBe("Melati 1");
  });
  it("bidan.klorogan cannot read Posyandu Anggrek 1 of Kaibon", async () => {
    await expect(getPosyandu(await viewer("bidan.klorogan"), await posyanduId(KAIBON, "Anggrek 1"))).rejects.toBeInstanceOf(NotFoundError);
  });
  it("dinkes.demak cannot read Madiun's Posyandu Melati 1 nor its history", async () => {
    const v = await viewer("dinkes.demak");
    const id = await posyanduId(KLOROGAN, "Melati 1");
    await expect(getPosyandu(v, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(auditHistory(v, "posyandu", id)).rejects.toBeInstanceOf(NotFoundError);
  });
  it("a malformed or unknown id is not found, not an error", async () => {
    const v = await viewer("dinkes.madiun");
    await expect(getPosyandu(v, "bukan-uuid")).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPosyandu(v, randomUUID())).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("posyandu writes", () => {
  it("dinkes.madiun creates a posyandu in Klorogan with exactly one audit row", async () => {
    const v = await viewer("dinkes.madiun");
    const before = await auditCount();
    const input = form({ desaId: await desaId(KLOROGAN) });
    const { id } = await createPosyandu(v, input);
    expect(await auditCount()).toBe(before + 1);
    const audit = await testDb.auditLog.findFirstOrThrow({ where: { entity: "posyandu", entityId: id } });
    expect(audit).toMatchObject({ action: "CREATE", actorName: "dinkes.madiun" });
  });
  it("a double submit of the same create form writes once", async () => {
    const v = await viewer("dinkes.madiun");
    const input = form({ desaId: await desaId(KLOROGAN) });
    const before = await testDb.posyandu.count();
    const [a, b] = await Promise.all([createPosyandu(v, input), createPosyandu(v, input)]);
    expect(a.id).toBe(b.id);
    expect(await testDb.posyandu.count()).toBe(before + 1);
    expect(await testDb.auditLog.count({ where: { entityId: a.id } })).toBe(1);
  });
  it("a second posyandu with the same name in the same desa is refused in Bahasa", async () => {
    const v = await viewer("dinkes.madiun");
    const before = await snapshot(await posyanduId(KLOROGAN, "Melati 1"));
    await expect(createPosyandu(v, form({ nama: "Melati 1", desaId: await desaId(KLOROGAN) }))).rejects.toThrow(/sudah ada/);
    expect(await auditCount()).toBe(before.audits);
  });
  it("dinkes.demak cannot create a posyandu in Madiun's Desa Klorogan", async () => {
    const v = await viewer("dinkes.demak");
    const count = await testDb.posyandu.count();
    const audits = await auditCount();
    await expect(createPosyandu(v, form({ desaId: await desaId(KLOROGAN) }))).rejects.toBeInstanceOf(DomainError);
    expect(await testDb.posyandu.count()).toBe(count);
    expect(await auditCount()).toBe(audits);
  });
  it("dinkes.madiun cannot attach a dusun of another desa", async () => {
    const v = await viewer("dinkes.madiun");
    const kaibonDusun = await testDb.dusun.findFirstOrThrow({ where: { desa: { kode: KAIBON } } });
    const count = await testDb.posyandu.count();
    await expect(createPosyandu(v, form({ desaId: await desaId(KLOROGAN), dusunId: kaibonDusun.id }))).rejects.toThrow(/Dusun tidak ada/);
    expect(await testDb.posyandu.count()).toBe(count);
  });
  for (const username of ["staf.madiun", "pkm.geger", "bidan.klorogan", "kader.melati1"] as const) {
    it(`${username} cannot create a posyandu`, async () => {
      const count = await testDb.posyandu.count();
      await expect(createPosyandu(await viewer(username), form({ desaId: await desaId(KLOROGAN) }))).rejects.toBeInstanceOf(ForbiddenError);
      expect(await testDb.posyandu.count()).toBe(count);
    });
  }

  it("pkm.geger edits the schedule of Mawar 1 in its catchment, one audit row", async () => {
    const v = await viewer("pkm.geger");
    const id = await posyanduId(KLOROGAN, "Mawar 1");
    const before = await snapshot(id);
    await updatePosyandu(v, id, operasional);
    const after = await snapshot(id);
    expect(after.row).toMatchObject({ tempat: "Rumah Ibu Kader", jadwalMingguKe: 1, jadwalHari: 5, nama: "Mawar 1" });
    expect(after.audits).toBe(before.audits + 1);
  });
  it("pkm.geger cannot rename a posyandu even when the form carries a name", async () => {
    const v = await viewer("pkm.geger");
    const id = await posyanduId(KLOROGAN, "Mawar 1");
    await updatePosyandu(v, id, { ...form({ desaId: await desaId(KAIBON) }), nama: "Diganti" });
    const row = await testDb.posyandu.findUniqueOrThrow({ where: { id }, include: { desa: true } });
    expect(row.nama).toBe("Mawar 1");
    expect(row.desa.kode).toBe(KLOROGAN);
  });
  it("pkm.kaibon cannot edit Posyandu Melati 1 (outside its catchment): nothing written", async () => {
    const id = await posyanduId(KLOROGAN, "Melati 1");
    const before = await snapshot(id);
    await expect(updatePosyandu(await viewer("pkm.kaibon"), id, operasional)).rejects.toBeInstanceOf(NotFoundError);
    expect(await snapshot(id)).toEqual(before);
  });
  it("kader.melati1 cannot edit Mawar 2 (nor its own posyandu): nothing written", async () => {
    const v = await viewer("kader.melati1");
    for (const nama of ["Mawar 2", "Melati 1"]) {
      const id = await posyanduId(KLOROGAN, nama);
      const before = await snapshot(id);
      await expect(updatePosyandu(v, id, operasional)).rejects.toBeInstanceOf(ForbiddenError);
      expect(await snapshot(id)).toEqual(before);
    }
  });
  it("bidan.klorogan and staf.madiun cannot edit a posyandu", async () => {
    const id = await posyanduId(KLOROGAN, "Melati 2");
    const before = await snapshot(id);
    await expect(updatePosyandu(await viewer("bidan.klorogan"), id, operasional)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updatePosyandu(await viewer("staf.madiun"), id, operasional)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await snapshot(id)).toEqual(before);
  });
  it("dinkes.demak cannot edit Madiun's Melati 2: nothing written", async () => {
    const id = await posyanduId(KLOROGAN, "Melati 2");
    const before = await snapshot(id);
    await expect(updatePosyandu(await viewer("dinkes.demak"), id, form({ desaId: await desaId(BANYUMENENG) }))).rejects.toBeInstanceOf(NotFoundError);
    expect(await snapshot(id)).toEqual(before);
  });
  it("dinkes.madiun cannot move a posyandu into a Demak desa", async () => {
    const id = await posyanduId(KLOROGAN, "Melati 2");
    const before = await snapshot(id);
    await expect(updatePosyandu(await viewer("dinkes.madiun"), id, form({ nama: "Melati 2", desaId: await desaId(BANYUMENENG) }))).rejects.toBeInstanceOf(DomainError);
    expect(await snapshot(id)).toEqual(before);
  });

  it("deleting a posyandu that kader accounts point to is refused with the reason", async () => {
    const id = await posyanduId(KLOROGAN, "Melati 1");
    const before = await snapshot(id);
    await expect(deletePosyandu(await viewer("dinkes.madiun"), id)).rejects.toThrow(/masih ada 1 akun kader/);
    expect(await snapshot(id)).toEqual(before);
  });
  it("dinkes.demak cannot delete Madiun's posyandu; dinkes.madiun deletes an empty one with one audit row", async () => {
    const admin = await viewer("dinkes.madiun");
    const { id } = await createPosyandu(admin, form({ desaId: await desaId(KLOROGAN) }));
    const before = await snapshot(id);
    await expect(deletePosyandu(await viewer("dinkes.demak"), id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(deletePosyandu(await viewer("pkm.geger"), id)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await snapshot(id)).toEqual(before);
    await deletePosyandu(admin, id);
    expect(await testDb.posyandu.findUnique({ where: { id } })).toBeNull();
    expect(await auditCount()).toBe(before.audits + 1);
  });
});
