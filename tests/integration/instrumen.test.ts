/**
 * Supervision instruments: reads per role and kabupaten, writes only by the Dinkes admin of the
 * kabupaten (forged calls with another kabupaten's ids answer "not found"), published versions frozen,
 * one draft at a time (also in parallel), the draft copies and maps, publish checks and archives, audit rows.
 */
import { afterAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { testDb, viewer, auditCount, type DemoUsername } from "../support/db.ts";
import { getInstrumenVersi, getPublishedInstrumen, listInstrumen, loadInstrumenForScoring } from "../../lib/instrumen/queries.ts";
import { createInstrumen, createNextDraft, deleteButir, deleteDomain, discardDraft, moveButir, moveDomain, publishDraft, saveButir, saveDomain } from "../../lib/instrumen/dal.ts";
import { ZInstrumenListParams, type TButirForm } from "../../lib/instrumen/schemas.ts";
import { PESAN_BEKU } from "../../lib/supervisi/versi.ts";
import { DomainError, ForbiddenError, NotFoundError } from "../../lib/errors.ts";

const all = ZInstrumenListParams.parse({});
const createdKode: string[] = [];

async function published(kabupatenOf: DemoUsername, kode = "ILP-POSYANDU") {
  const v = await viewer(kabupatenOf);
  return testDb.instrumen.findFirstOrThrow({ where: { kabupatenId: v.kabupatenId, kode, status: "TERBIT" }, select: { id: true, versi: true, butir: { select: { id: true, kode: true, garisId: true }, orderBy: { urutan: "asc" } }, domain: { select: { id: true, kode: true } } } });
}
function item(instrumenId: string, domainId: string, o: Partial<TButirForm> = {}): TButirForm {
  return { instrumenId, id: null, domainId, kode: `UJI-${randomUUID().slice(0, 6).toUpperCase()}`, pertanyaan: "Butir uji", tipe: "YA_TIDAK", bobot: 1, kritis: false, bolehNa: false, standar: null, fakta: null, opsi: {}, petaDariId: null, requestId: randomUUID(), ...o };
}
async function rejects(p: Promise<unknown>, type: new (...a: never[]) => Error, message?: string | RegExp) {
  const e = await p.then(() => null, (x: unknown) => x);
  expect(e).toBeInstanceOf(type);
  if (message) expect((e as Error).message).toMatch(message);
}

afterAll(async () => {
  // Drafts left by a test, then the test's own instruments (newest version first: versions point back).
  await testDb.instrumen.deleteMany({ where: { status: "DRAF", kode: { in: ["ILP-POSYANDU", "ILP-DESA"] } } });
  for (const kode of createdKode) {
    const rows = await testDb.instrumen.findMany({ where: { kode }, select: { id: true }, orderBy: { versi: "desc" } });
    for (const r of rows) await testDb.instrumen.delete({ where: { id: r.id } });
  }
});

describe("reads: every role reads its own kabupaten's instruments", () => {
  for (const u of ["dinkes.madiun", "staf.madiun", "pkm.geger", "bidan.klorogan", "kader.melati1", "dinkes.demak"] as DemoUsername[]) {
    it(`${u}: the two shipped instruments, published v1`, async () => {
      const { rows } = await listInstrumen(await viewer(u), all);
      expect(rows.filter((r) => r.kode.startsWith("ILP-")).map((r) => [r.kode, r.terbit?.versi])).toEqual([["ILP-DESA", 1], ["ILP-POSYANDU", 1]]);
      expect(rows.find((r) => r.kode === "ILP-POSYANDU")!.terbit!.butir).toBe(37);
    });
  }
  it("another kabupaten's version is not found", async () => {
    const demak = await published("dinkes.demak");
    expect(await getInstrumenVersi(await viewer("dinkes.madiun"), demak.id)).toBeNull();
    expect(await getInstrumenVersi(await viewer("kader.melati1"), demak.id)).toBeNull();
    expect(await getInstrumenVersi(await viewer("dinkes.demak"), demak.id)).not.toBeNull();
    expect(await getInstrumenVersi(await viewer("dinkes.demak"), "not-a-uuid")).toBeNull();
  });
  it("search and paging", async () => {
    const v = await viewer("staf.madiun");
    expect((await listInstrumen(v, ZInstrumenListParams.parse({ q: "desa" }))).rows.map((r) => r.kode)).toEqual(["ILP-DESA"]);
    const page = await listInstrumen(v, ZInstrumenListParams.parse({ size: "10", sort: "kode", dir: "desc" }));
    expect(page.rows[0].kode >= page.rows.at(-1)!.kode).toBe(true);
  });
  it("getPublishedInstrumen gives the scorer's shape, by code or by target", async () => {
    const v = await viewer("pkm.geger");
    const pos = await getPublishedInstrumen(v, { kode: "ILP-POSYANDU" });
    expect(pos).toMatchObject({ kode: "ILP-POSYANDU", versi: 1, status: "TERBIT", sasaran: "POSYANDU" });
    expect(pos!.butir).toHaveLength(37);
    expect(pos!.domain.map((d) => d.kode)).toEqual(["KELEMBAGAAN", "SDM", "SARPRAS", "PELAYANAN", "DATA"]);
    const sdm1 = pos!.butir.find((b) => b.kode === "SDM-01")!;
    expect(sdm1).toMatchObject({ domainKode: "SDM", domainNama: "SDM / kader", tipe: "ANGKA", bobot: 3, kritis: true, opsi: { target: 5 }, fakta: "KADER_AKTIF" });
    expect(sdm1.garisId).toBe(sdm1.id);
    expect((await getPublishedInstrumen(v, { sasaran: "DESA" }))!.kode).toBe("ILP-DESA");
    expect(await getPublishedInstrumen(v, { kode: "TIDAK-ADA" })).toBeNull();
    const scoring = await loadInstrumenForScoring(testDb, pos!.id);
    expect(scoring!.butir.map((b) => b.id)).toEqual(pos!.butir.map((b) => b.id));
    expect(await loadInstrumenForScoring(testDb, "x")).toBeNull();
  });
});

describe("writes: only the Dinkes admin, only in its kabupaten", () => {
  for (const u of ["staf.madiun", "pkm.geger", "bidan.klorogan", "kader.melati1"] as DemoUsername[]) {
    it(`${u} may not draft, create, edit or publish`, async () => {
      const v = await viewer(u);
      const pub = await published("dinkes.madiun");
      const before = await auditCount();
      await rejects(createNextDraft(v, { id: pub.id, requestId: randomUUID() }), ForbiddenError);
      await rejects(createInstrumen(v, { kode: "UJI-X", nama: "X", sasaran: "POSYANDU", keterangan: null, requestId: randomUUID() }), ForbiddenError);
      await rejects(saveButir(v, item(pub.id, pub.domain[0].id)), ForbiddenError);
      await rejects(deleteButir(v, pub.butir[0].id), ForbiddenError);
      await rejects(publishDraft(v, pub.id), ForbiddenError);
      await rejects(discardDraft(v, pub.id), ForbiddenError);
      expect(await auditCount()).toBe(before);
    });
  }

  it("forged calls with another kabupaten's ids answer 'not found' and write nothing", async () => {
    const demakAdmin = await viewer("dinkes.demak");
    const madiun = await viewer("dinkes.madiun");
    const demakPub = await published("dinkes.demak");
    const { id: demakDraf } = await createNextDraft(demakAdmin, { id: demakPub.id, requestId: randomUUID() });
    const draf = await testDb.instrumen.findUniqueOrThrow({ where: { id: demakDraf }, select: { butir: { select: { id: true }, take: 1 }, domain: { select: { id: true }, take: 1 } } });
    const before = await auditCount();
    await rejects(createNextDraft(madiun, { id: demakPub.id, requestId: randomUUID() }), NotFoundError);
    await rejects(saveButir(madiun, item(demakDraf, draf.domain[0].id)), NotFoundError);
    await rejects(saveButir(madiun, { ...item(demakDraf, draf.domain[0].id), id: draf.butir[0].id }), NotFoundError);
    await rejects(deleteButir(madiun, draf.butir[0].id), NotFoundError);
    await rejects(moveButir(madiun, { id: draf.butir[0].id, arah: "turun" }), NotFoundError);
    await rejects(saveDomain(madiun, { instrumenId: demakDraf, id: null, kode: "X", nama: "X", requestId: randomUUID() }), NotFoundError);
    await rejects(deleteDomain(madiun, draf.domain[0].id), NotFoundError);
    await rejects(moveDomain(madiun, { id: draf.domain[0].id, arah: "turun" }), NotFoundError);
    await rejects(publishDraft(madiun, demakDraf), NotFoundError);
    await rejects(discardDraft(madiun, demakDraf), NotFoundError);
    expect(await auditCount()).toBe(before);
    expect(await testDb.butirInstrumen.count({ where: { instrumenId: demakDraf } })).toBe(37);
    await discardDraft(demakAdmin, demakDraf);
    expect(await testDb.instrumen.count({ where: { id: demakDraf } })).toBe(0);
  });
});

describe("a published version is frozen, forged calls included", () => {
  it("every write to a TERBIT version is refused with the same message, nothing written", async () => {
    const admin = await viewer("dinkes.madiun");
    const pub = await published("dinkes.madiun");
    const before = await auditCount();
    const frozen = new RegExp(PESAN_BEKU.replace(/[.;]/g, "."));
    await rejects(saveButir(admin, { ...item(pub.id, pub.domain[0].id), id: pub.butir[0].id, bobot: 9 }), DomainError, frozen);
    await rejects(saveButir(admin, item(pub.id, pub.domain[0].id)), DomainError, frozen);
    await rejects(deleteButir(admin, pub.butir[0].id), DomainError, frozen);
    await rejects(moveButir(admin, { id: pub.butir[1].id, arah: "naik" }), DomainError, frozen);
    await rejects(saveDomain(admin, { instrumenId: pub.id, id: pub.domain[0].id, kode: "KELEMBAGAAN", nama: "Ganti", requestId: randomUUID() }), DomainError, frozen);
    await rejects(deleteDomain(admin, pub.domain[0].id), DomainError, frozen);
    await rejects(moveDomain(admin, { id: pub.domain[0].id, arah: "turun" }), DomainError, frozen);
    await rejects(publishDraft(admin, pub.id), DomainError, frozen);
    await rejects(discardDraft(admin, pub.id), DomainError, frozen);
    expect(await auditCount()).toBe(before);
    expect((await testDb.butirInstrumen.findUniqueOrThrow({ where: { id: pub.butir[0].id }, select: { bobot: true } })).bobot.toNumber()).toBe(2);
  });
});

describe("the draft of the next version", () => {
  it("one draft at a time: a double submit is one draft, a second draft is refused, two racing admins make one", async () => {
    const admin = await viewer("dinkes.madiun");
    const pub = await published("dinkes.madiun", "ILP-DESA");
    const requestId = randomUUID();
    const a = await createNextDraft(admin, { id: pub.id, requestId });
    const b = await createNextDraft(admin, { id: pub.id, requestId });
    expect(b).toEqual({ id: a.id, duplicateSubmit: true });
    await rejects(createNextDraft(admin, { id: pub.id, requestId: randomUUID() }), DomainError, /sudah punya draf/);
    await discardDraft(admin, a.id);
    const race = await Promise.allSettled([createNextDraft(admin, { id: pub.id, requestId: randomUUID() }), createNextDraft(admin, { id: pub.id, requestId: randomUUID() })]);
    expect(race.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await testDb.instrumen.count({ where: { kabupatenId: admin.kabupatenId, kode: "ILP-DESA", status: "DRAF" } })).toBe(1);
    const draf = race.find((r) => r.status === "fulfilled")!.value.id;
    await discardDraft(admin, draf);
  });

  it("copies every item mapped to its source with its lineage; audited", async () => {
    const admin = await viewer("dinkes.madiun");
    const pub = await published("dinkes.madiun");
    const before = await auditCount();
    const { id } = await createNextDraft(admin, { id: pub.id, requestId: randomUUID() });
    expect(await auditCount()).toBe(before + 1);
    const d = await getInstrumenVersi(admin, id);
    expect(d).toMatchObject({ versi: 2, status: "DRAF", sebelumnya: { id: pub.id, versi: 1 } });
    const butir = d!.domain.flatMap((x) => x.butir);
    expect(butir).toHaveLength(37);
    for (const b of butir) {
      const src = pub.butir.find((p) => p.id === b.petaDariId)!;
      expect(src.kode).toBe(b.kode);
      expect(b.garisId).toBe(src.garisId);
      expect(b.peta).toBe(`sama dengan ${src.kode} v1`);
    }
    expect(d!.dihapus).toEqual([]);
    // The published version links to its draft.
    expect((await getInstrumenVersi(admin, pub.id))!.drafId).toBe(id);
    await discardDraft(admin, id);
  });
});

describe("a new instrument from scratch: draft v1, edited, published, versioned", () => {
  it("the whole cycle with the publish checks and the mapping rules", async () => {
    const admin = await viewer("dinkes.madiun");
    const kode = `UJI-${randomUUID().slice(0, 6).toUpperCase()}`;
    createdKode.push(kode);
    let audit = await auditCount();
    const { id: v1 } = await createInstrumen(admin, { kode, nama: "Instrumen uji", sasaran: "POSYANDU", keterangan: null, requestId: randomUUID() });
    await rejects(createInstrumen(admin, { kode, nama: "Lagi", sasaran: "DESA", keterangan: null, requestId: randomUUID() }), DomainError, /sudah dipakai/);
    expect(await testDb.instrumen.findUniqueOrThrow({ where: { id: v1 }, select: { versi: true, status: true } })).toEqual({ versi: 1, status: "DRAF" });
    // Empty: nothing to publish.
    await rejects(publishDraft(admin, v1), DomainError, /belum punya butir yang dinilai/);
    await saveDomain(admin, { instrumenId: v1, id: null, kode: "SDM", nama: "SDM", requestId: randomUUID() });
    await saveDomain(admin, { instrumenId: v1, id: null, kode: "DATA", nama: "Data", requestId: randomUUID() });
    await rejects(saveDomain(admin, { instrumenId: v1, id: null, kode: "SDM", nama: "Lagi", requestId: randomUUID() }), DomainError, /sudah dipakai/);
    const dom = await testDb.domainInstrumen.findMany({ where: { instrumenId: v1 }, orderBy: { urutan: "asc" }, select: { id: true, kode: true } });
    const [sdm, data] = dom;
    const first = item(v1, sdm.id, { kode: "A-1", bobot: 2 });
    const a = await saveButir(admin, first);
    // The same form sent twice adds the item once, also in parallel with a new domain's double submit.
    const dom2 = { instrumenId: v1, id: null, kode: "LAIN", nama: "Lain", requestId: randomUUID() };
    const [again, , ] = await Promise.all([saveButir(admin, first), saveDomain(admin, dom2), saveDomain(admin, dom2)]);
    expect(again.id).toBe(a.id);
    expect(await testDb.butirInstrumen.count({ where: { instrumenId: v1, kode: "A-1" } })).toBe(1);
    expect(await testDb.domainInstrumen.count({ where: { instrumenId: v1, kode: "LAIN" } })).toBe(1);
    await deleteDomain(admin, (await testDb.domainInstrumen.findFirstOrThrow({ where: { instrumenId: v1, kode: "LAIN" } })).id);
    const b = await saveButir(admin, item(v1, sdm.id, { kode: "A-2", tipe: "ANGKA", opsi: { target: 5 } }));
    const c = await saveButir(admin, item(v1, sdm.id, { kode: "A-3", tipe: "PILIHAN", opsi: { opsi: [{ label: "Ada", nilai: 1 }, { label: "Tidak", nilai: 0 }] } }));
    await rejects(saveButir(admin, item(v1, sdm.id, { kode: "A-1" })), DomainError, /sudah dipakai/);
    // A first version maps nothing.
    await rejects(saveButir(admin, item(v1, sdm.id, { petaDariId: a.id })), DomainError, /Versi pertama/);
    // The empty domain DATA stops the publish, and is named.
    await rejects(publishDraft(admin, v1), DomainError, /Domain Data belum punya butir/);
    // Reorder domains: DATA up above SDM, then back.
    await moveDomain(admin, { id: data.id, arah: "naik" });
    expect((await testDb.domainInstrumen.findMany({ where: { instrumenId: v1 }, orderBy: { urutan: "asc" }, select: { kode: true } })).map((x) => x.kode)).toEqual(["DATA", "SDM"]);
    await moveDomain(admin, { id: data.id, arah: "turun" });
    await moveDomain(admin, { id: data.id, arah: "turun" }); // already last: nothing to do, nothing audited
    await deleteDomain(admin, data.id);
    await rejects(deleteDomain(admin, sdm.id), DomainError, /masih punya 3 butir/);
    // Reorder: A-3 up one place.
    await moveButir(admin, { id: c.id, arah: "naik" });
    expect((await testDb.butirInstrumen.findMany({ where: { instrumenId: v1 }, orderBy: { urutan: "asc" }, select: { kode: true } })).map((x) => x.kode)).toEqual(["A-1", "A-3", "A-2"]);
    // A weight forced to 0 behind the form's back still stops the publish.
    await testDb.butirInstrumen.update({ where: { id: b.id }, data: { bobot: 0 } });
    await rejects(publishDraft(admin, v1), DomainError, /Butir A-2 \(bobot/);
    await testDb.butirInstrumen.update({ where: { id: b.id }, data: { bobot: 1 } });
    expect(await auditCount()).toBe(audit + 1 + 2 + 3 + 2 + 2 + 1 + 1);
    audit = await auditCount();
    await publishDraft(admin, v1);
    expect(await auditCount()).toBe(audit + 1);
    const pub1 = await testDb.instrumen.findUniqueOrThrow({ where: { id: v1 }, select: { status: true, terbitAt: true, terbitOlehId: true } });
    expect(pub1.status).toBe("TERBIT");
    expect(pub1.terbitOlehId).toBe(admin.id);
    expect(pub1.terbitAt).toBeInstanceOf(Date);

    // Version 2: change a weight, remove A-2, add a new item, remap.
    const { id: v2 } = await createNextDraft(admin, { id: v1, requestId: randomUUID() });
    const items2 = await testDb.butirInstrumen.findMany({ where: { instrumenId: v2 }, select: { id: true, kode: true, domainId: true, petaDariId: true, garisId: true } });
    const a2 = items2.find((x) => x.kode === "A-1")!;
    const b2 = items2.find((x) => x.kode === "A-2")!;
    const c2 = items2.find((x) => x.kode === "A-3")!;
    await saveButir(admin, { ...item(v2, a2.domainId, { kode: "A-1", bobot: 4 }), id: a2.id, petaDariId: a.id });
    await deleteButir(admin, b2.id);
    const n = await saveButir(admin, item(v2, a2.domainId, { kode: "B-1" }));
    const nRow = await testDb.butirInstrumen.findUniqueOrThrow({ where: { id: n.id }, select: { garisId: true, petaDariId: true } });
    expect(nRow).toEqual({ garisId: n.id, petaDariId: null });
    // Mapping refused: an item of another version, or an old item already mapped.
    const other = await published("dinkes.madiun");
    await rejects(saveButir(admin, { ...item(v2, a2.domainId, { kode: "B-1" }), id: n.id, petaDariId: other.butir[0].id }), DomainError, /harus butir dari versi sebelumnya/);
    await rejects(saveButir(admin, { ...item(v2, a2.domainId, { kode: "B-1" }), id: n.id, petaDariId: a.id }), DomainError, /sudah dipetakan/);
    // "B-1" takes over the removed A-2's lineage: mapped, its lineage follows.
    await saveButir(admin, { ...item(v2, a2.domainId, { kode: "B-1", tipe: "ANGKA", opsi: { target: 4 } }), id: n.id, petaDariId: b.id });
    expect((await testDb.butirInstrumen.findUniqueOrThrow({ where: { id: n.id }, select: { garisId: true } })).garisId).toBe(b.id);
    // …and back to new.
    await saveButir(admin, { ...item(v2, a2.domainId, { kode: "B-1" }), id: n.id, petaDariId: null });
    const d2 = await getInstrumenVersi(admin, v2);
    const byKode = Object.fromEntries(d2!.domain.flatMap((x) => x.butir).map((x) => [x.kode, x.peta]));
    expect(byKode).toEqual({ "A-1": "sama dengan A-1 v1", "A-3": "sama dengan A-3 v1", "B-1": "baru" });
    expect(d2!.dihapus.map((x) => x.kode)).toEqual(["A-2"]);
    expect(c2.garisId).toBe(c.id);

    audit = await auditCount();
    await publishDraft(admin, v2);
    // The draft published, the old version archived: two audit rows.
    expect(await auditCount()).toBe(audit + 2);
    const statuses = await testDb.instrumen.findMany({ where: { kode }, select: { versi: true, status: true }, orderBy: { versi: "asc" } });
    expect(statuses).toEqual([{ versi: 1, status: "ARSIP" }, { versi: 2, status: "TERBIT" }]);
    await rejects(saveButir(admin, { ...item(v1, sdm.id, { kode: "A-1" }), id: a.id }), DomainError, /Versi yang sudah terbit/);
    await rejects(createNextDraft(admin, { id: v1, requestId: randomUUID() }), DomainError, /Versi arsip/);
    expect((await getPublishedInstrumen(admin, { kode }))!.versi).toBe(2);
  });
});

describe("the threshold rule (supervisi.ambang)", () => {
  it("the admin changes it for its kabupaten only, audited; others may not; reset brings the default back", async () => {
    const { saveAturan, resetAturan } = await import("../../lib/pengaturan/dal.ts");
    const { readAturan } = await import("../../lib/pengaturan/queries.ts");
    const { ATURAN_AMBANG_SUPERVISI } = await import("../../lib/supervisi/aturan.ts");
    const { ZAmbangSupervisiForm } = await import("../../lib/instrumen/schemas.ts");
    const admin = await viewer("dinkes.madiun");
    await rejects(saveAturan(await viewer("staf.madiun"), ATURAN_AMBANG_SUPERVISI, ATURAN_AMBANG_SUPERVISI.bawaan), ForbiddenError);
    const input = ZAmbangSupervisiForm.parse({ siap: "85", siapBersyarat: "65", batasKritis: "SIAP_BERSYARAT", lulusKritis: "0,75" });
    const before = await auditCount();
    await saveAturan(admin, ATURAN_AMBANG_SUPERVISI, input);
    expect(await auditCount()).toBe(before + 1);
    expect((await readAturan(await viewer("pkm.geger"), ATURAN_AMBANG_SUPERVISI)).nilai).toEqual({ siap: 85, siapBersyarat: 65, batasKritis: "SIAP_BERSYARAT", lulusKritis: 0.75 });
    expect((await readAturan(await viewer("dinkes.demak"), ATURAN_AMBANG_SUPERVISI)).diubah).toBe(false);
    await resetAturan(admin, ATURAN_AMBANG_SUPERVISI);
    expect((await readAturan(admin, ATURAN_AMBANG_SUPERVISI)).diubah).toBe(false);
  });
  it("bad input is refused on its field, in Bahasa", async () => {
    const { ZAmbangSupervisiForm } = await import("../../lib/instrumen/schemas.ts");
    const r = ZAmbangSupervisiForm.safeParse({ siap: "60", siapBersyarat: "70", batasKritis: "SIAP", lulusKritis: "1,5" });
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(paths.some((p) => p.startsWith("lulusKritis: Batas lulus butir kritis paling besar 1."))).toBe(true);
    const r2 = ZAmbangSupervisiForm.safeParse({ siap: "abc", siapBersyarat: "70", batasKritis: "SIAP", lulusKritis: "0,5" });
    expect(r2.error!.issues[0]).toMatchObject({ path: ["siap"], message: "Ambang siap harus berupa angka." });
  });
});
