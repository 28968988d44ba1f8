/**
 * The kit and premises of a posyandu, and the kit catalogue: every read and write for every role,
 * inside the scope (works, audited) and outside it (refused as not found or forbidden, nothing
 * written), including forged inputs that carry ids of another area or kabupaten.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { randomUUID } from "node:crypto";

const refreshed = vi.hoisted(() => [] as string[][]);
// A spy that calls through: the real readiness refresh runs on the real database, and the test sees which posyandu it got.
vi.mock("../../lib/kesiapan/refresh.ts", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../lib/kesiapan/refresh.ts")>();
  return {
    ...real,
    refreshKesiapan: async (...args: Parameters<typeof real.refreshKesiapan>) => { refreshed.push([...args[1]]); return real.refreshKesiapan(...args); },
    refreshKabupaten: async (...args: Parameters<typeof real.refreshKabupaten>) => {
      const [tx, kabupatenId] = args;
      refreshed.push((await tx.posyandu.findMany({ where: { desa: { kabupatenId } }, select: { id: true } })).map((p) => p.id));
      return real.refreshKabupaten(...args);
    },
  };
});

import { testDb, viewer, posyanduId, auditCount, KLOROGAN, KAIBON, BANYUMENENG, type DemoUsername } from "../support/db.ts";
import { getJenisSarana, getSaranaPosyandu, listKatalogSarana } from "../../lib/sarana/queries.ts";
import { exportKelengkapan, listKelengkapan } from "../../lib/sarana/kelengkapan.ts";
import { saveSarana } from "../../lib/sarana/dal.ts";
import { createJenisSarana, resetAturanSarana, saveAturanSarana, setJenisSaranaAktif, updateJenisSarana } from "../../lib/sarana/dal-katalog.ts";
import { ZKelengkapanParams, ZSaranaForm, itemField, type TJenisSaranaForm, type TSaranaForm } from "../../lib/sarana/schemas.ts";
import { auditHistory } from "../../lib/audit/history.ts";
import { DomainError, ForbiddenError, NotFoundError } from "../../lib/errors.ts";
import { todayInJakarta } from "../../lib/i18n/format.ts";
import { kalibrasiBatas } from "../../lib/sarana/gaps.ts";

beforeEach(() => {
  refreshed.length = 0;
});

async function jenis(kabupatenKode: string, kode: string) {
  return testDb.jenisSarana.findFirstOrThrow({ where: { kode, kabupaten: { kode: kabupatenKode } }, select: { id: true, nama: true } });
}

/** A kit form as the browser posts it, parsed by the action's own schema. */
function form(posyandu: string, fields: Record<string, string>, extra: Record<string, string> = {}): TSaranaForm {
  return ZSaranaForm.parse({ posyanduId: posyandu, requestId: randomUUID(), ...fields, ...extra });
}

async function state(posyandu: string) {
  return {
    sarana: await testDb.saranaPosyandu.findMany({ where: { posyanduId: posyandu }, orderBy: { jenisSaranaId: "asc" } }),
    prasarana: await testDb.prasaranaPosyandu.findUnique({ where: { posyanduId: posyandu } }),
    audits: await auditCount(),
  };
}

const monthsAgo = (n: number) => {
  const d = new Date(`${todayInJakarta()}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - n);
  return d.toISOString().slice(0, 10);
};

const allRows = ZKelengkapanParams.parse({ size: "100" });

/** The SQL list agrees with kitStatus for every posyandu the viewer sees (the rule is written twice). */
async function expectListMatchesKitStatus(username: DemoUsername) {
  const v = await viewer(username);
  const list = await listKelengkapan(v, allRows);
  expect(list.rows.length).toBe(list.total);
  for (const row of list.rows) {
    const kit = await getSaranaPosyandu(v, row.id);
    expect({ nama: row.nama, cukup: row.cukup, total: row.total, kurang: row.kurang, prasarana: row.prasarana }).toEqual({ nama: kit.posyandu.nama, cukup: kit.cukup, total: kit.total, kurang: kit.kekurangan.map((k) => k.nama), prasarana: kit.premises.ada });
  }
  return list;
}

describe("demo kits (seed-sarana.ts)", () => {
  it("Melati 1, the pilot, is almost complete: all but the glucometer, all premises", async () => {
    const kit = await getSaranaPosyandu(await viewer("kader.melati1"), await posyanduId(KLOROGAN, "Melati 1"));
    expect(kit).toMatchObject({ cukup: 12, total: 13, premises: { ada: 5 } });
    expect(kit.kekurangan.map((k) => k.pesan)).toEqual(["Glukometer dan strip (bila disediakan kabupaten): ada 0 dari 1"]);
  });
  it("the other Klorogan posyandu have the gaps a puskesmas finds", async () => {
    const v = await viewer("pkm.geger");
    const melati2 = await getSaranaPosyandu(v, await posyanduId(KLOROGAN, "Melati 2"));
    expect(melati2.kekurangan.map((k) => k.pesan)).toEqual(expect.arrayContaining(["Timbangan bayi digital: ada 0 dari 1", "Tensimeter digital: 1 rusak berat (layak pakai 0 dari 1)"]));
    expect(melati2.premises.kekurangan).toEqual(["Pojok privasi (konseling/menyusui)"]);
    const mawar1 = await getSaranaPosyandu(v, await posyanduId(KLOROGAN, "Mawar 1"));
    expect(mawar1.kekurangan.filter((k) => k.pesan.includes("belum dikalibrasi sejak")).length).toBe(5);
    expect(mawar1.kekurangan.map((k) => k.pesan)).toContain("Pita LiLA: ada 1 dari 2");
    const mawar2 = await getSaranaPosyandu(v, await posyanduId(KLOROGAN, "Mawar 2"));
    expect(mawar2.kekurangan.map((k) => k.pesan)).toContain("Timbangan injak digital (anak/dewasa): belum pernah dikalibrasi");
  });
  it("Demak's posyandu of Banyumeneng and Pundenarum have kits too; the Kaibon posyandu none yet", async () => {
    const demak = await listKelengkapan(await viewer("dinkes.demak"), allRows);
    expect(demak.rows.filter((r) => r.prasarana > 0).map((r) => r.nama).sort()).toEqual(["Cempaka 1", "Cempaka 2", "Flamboyan", "Kenanga 1", "Kenanga 2"]);
    const kaibon = await listKelengkapan(await viewer("pkm.kaibon"), allRows);
    expect(kaibon.rows.every((r) => r.cukup === 0 && r.prasarana === 0)).toBe(true);
  });
});

describe("the scope-wide completeness list", () => {
  for (const username of ["dinkes.madiun", "dinkes.demak", "pkm.geger", "bidan.klorogan", "kader.mawar2"] as const) {
    it(`${username}: the SQL counts agree with kitStatus for every posyandu it sees`, async () => {
      await expectListMatchesKitStatus(username);
    });
  }
  it("each role lists exactly the posyandu of its area", async () => {
    for (const username of ["dinkes.madiun", "pkm.kaibon", "bidan.klorogan", "kader.melati1"] as const) {
      const v = await viewer(username);
      const listed = (await listKelengkapan(v, allRows)).rows.map((r) => r.id).sort();
      const visible = (await testDb.posyandu.findMany({ where: (await import("../../lib/access/scope.ts")).posyanduScope(v), select: { id: true } })).map((r) => r.id).sort();
      expect(listed, username).toEqual(visible);
    }
  });
  it("most gaps first, and the items missing most often across the scope", async () => {
    const list = await listKelengkapan(await viewer("bidan.klorogan"), allRows);
    const gaps = list.rows.map((r) => r.total - r.cukup);
    expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
    // Other test files may have added posyandu to Klorogan (with no kit): count from the rows.
    expect(list.rows.at(-1)?.nama).toBe("Melati 1");
    const missing = (nama: string) => list.rows.filter((r) => r.kurang.includes(nama)).length;
    expect(list.terbanyakKurang[0]).toEqual({ nama: "Glukometer dan strip (bila disediakan kabupaten)", posyandu: missing("Glukometer dan strip (bila disediakan kabupaten)") });
    expect(list.terbanyakKurang.map((t) => t.posyandu)).toEqual(list.terbanyakKurang.map((t) => missing(t.nama)));
    expect(list.posyanduTotal).toBe(list.total);
  });
  it("a filter cannot widen the scope: pkm.kaibon filtering on Klorogan's kecamatan sees only its own", async () => {
    const klorogan = await testDb.desa.findUniqueOrThrow({ where: { kode: KLOROGAN }, select: { id: true, kecamatanId: true } });
    expect((await listKelengkapan(await viewer("pkm.kaibon"), { ...allRows, desaId: klorogan.id })).total).toBe(0);
    expect((await listKelengkapan(await viewer("dinkes.demak"), { ...allRows, kecamatanId: klorogan.kecamatanId })).total).toBe(0);
  });
  it("the download's batches are the list in its order", async () => {
    const v = await viewer("dinkes.madiun");
    const whole = (await listKelengkapan(v, allRows)).rows.map((r) => r.id);
    const batches: string[] = [];
    for await (const rows of exportKelengkapan(v, allRows, 1_000, 2)) batches.push(...rows.map((r) => r.id));
    expect(batches).toEqual(whole);
  });
});

describe("reading a posyandu's kit: each role within its area", () => {
  const cases: [DemoUsername, string, string, boolean][] = [
    ["dinkes.madiun", KLOROGAN, "Melati 1", true],
    ["staf.madiun", KAIBON, "Anggrek 1", true],
    ["pkm.geger", KLOROGAN, "Mawar 2", true],
    ["bidan.klorogan", KLOROGAN, "Melati 2", true],
    ["kader.melati1", KLOROGAN, "Melati 1", true],
    ["dinkes.demak", KLOROGAN, "Melati 1", false],
    ["pkm.kaibon", KLOROGAN, "Melati 1", false],
    ["pkm.geger", KAIBON, "Anggrek 1", false],
    ["bidan.klorogan", KAIBON, "Anggrek 1", false],
    ["kader.melati1", KLOROGAN, "Mawar 2", false],
    ["kader.mawar2", KLOROGAN, "Melati 1", false],
    ["dinkes.madiun", BANYUMENENG, "Kenanga 1", false],
  ];
  for (const [username, desa, nama, allowed] of cases) {
    it(`${username} ${allowed ? "reads" : "cannot read"} ${nama}'s kit${allowed ? "" : " (not found)"}`, async () => {
      const read = getSaranaPosyandu(await viewer(username), await posyanduId(desa, nama));
      if (allowed) expect((await read).posyandu.nama).toBe(nama);
      else await expect(read).rejects.toBeInstanceOf(NotFoundError);
    });
  }
  it("lists every active catalogue item of the posyandu's kabupaten, with the gaps", async () => {
    const kit = await getSaranaPosyandu(await viewer("dinkes.madiun"), await posyanduId(KAIBON, "Kenanga"));
    const active = await testDb.jenisSarana.count({ where: { kabupaten: { kode: "35.19" }, isActive: true } });
    expect(kit.items.length).toBe(active);
    expect(kit.items[0]).toMatchObject({ kode: "timbangan-bayi", wajib: 1, ada: 0, cukup: false, tercatat: false });
    expect(kit.kekurangan[0].pesan).toBe("Timbangan bayi digital: ada 0 dari 1");
    expect(kit.premises).toMatchObject({ ada: 0, total: 5 });
    expect(kit.aturan).toEqual({ nilai: { kalibrasiBulan: 12 }, diubah: false });
  });
  it("a malformed or unknown id is not found", async () => {
    const v = await viewer("dinkes.madiun");
    await expect(getSaranaPosyandu(v, "bukan-uuid")).rejects.toBeInstanceOf(NotFoundError);
    await expect(getSaranaPosyandu(v, randomUUID())).rejects.toBeInstanceOf(NotFoundError);
  });
  it("the kit's history follows the posyandu's scope", async () => {
    const id = await posyanduId(KLOROGAN, "Melati 1");
    expect(Array.isArray(await auditHistory(await viewer("pkm.geger"), "sarana", id))).toBe(true);
    await expect(auditHistory(await viewer("pkm.kaibon"), "sarana", id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(auditHistory(await viewer("dinkes.demak"), "sarana", id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("saving a posyandu's kit and premises", () => {
  it("pkm.geger records Mawar 1's kit: rows, one audit row naming the items, the refresh, and the gaps change", async () => {
    const v = await viewer("pkm.geger");
    const id = await posyanduId(KLOROGAN, "Mawar 1");
    const timbangan = await jenis("35.19", "timbangan-bayi");
    const lila = await jenis("35.19", "pita-lila");
    const before = await getSaranaPosyandu(v, id);
    const lilaBefore = before.items.find((i) => i.kode === "pita-lila")!.ada;
    const input = form(id, {
      [itemField("jumlah", timbangan.id)]: "1", [itemField("kondisi", timbangan.id)]: "BAIK", [itemField("kalibrasi", timbangan.id)]: monthsAgo(2), [itemField("sumberDana", timbangan.id)]: "DAK",
      [itemField("jumlah", lila.id)]: String(lilaBefore + 1), [itemField("kondisi", lila.id)]: "RUSAK_RINGAN",
      ruangCukup: "on", air: "on", catatan: "Pojok privasi memakai sekat kain.",
    });
    const audits = await auditCount();
    const { changed } = await saveSarana(v, input);
    expect(changed).toBeGreaterThanOrEqual(5);
    expect(await auditCount()).toBe(audits + 1);
    const row = await testDb.auditLog.findFirstOrThrow({ where: { entity: "sarana", entityId: id }, orderBy: { at: "desc" } });
    expect(row).toMatchObject({ action: "UPDATE", actorName: "pkm.geger", requestId: input.requestId });
    expect((row.after as Record<string, unknown>)["sarana:timbangan-bayi"]).toMatch(/^1 unit, baik, kalibrasi .+, dana DAK$/);
    expect((row.after as Record<string, unknown>)["prasarana:ruangCukup"]).toBe(true);
    expect(refreshed).toEqual([[id]]);
    const after = await getSaranaPosyandu(v, id);
    expect(after.kekurangan.some((k) => k.kode === "timbangan-bayi")).toBe(false);
    expect(after.items.find((i) => i.kode === "pita-lila")).toMatchObject({ ada: lilaBefore + 1, kondisi: "RUSAK_RINGAN" });
    expect(after.premises.ada).toBe(2);
    expect(after.prasarana?.catatan).toBe("Pojok privasi memakai sekat kain.");
  });
  it("saving the same values again writes nothing and refreshes nothing", async () => {
    const v = await viewer("bidan.klorogan");
    const id = await posyanduId(KLOROGAN, "Melati 2");
    const t = await jenis("35.19", "tensimeter");
    const fields = { [itemField("jumlah", t.id)]: "1", [itemField("kondisi", t.id)]: "RUSAK_BERAT", toilet: "on" };
    await saveSarana(v, form(id, fields));
    const before = await state(id);
    refreshed.length = 0;
    expect((await saveSarana(v, form(id, fields))).changed).toBe(0);
    expect(await state(id)).toEqual(before);
    expect(refreshed).toEqual([]);
    expect((await getSaranaPosyandu(v, id)).kekurangan.find((k) => k.kode === "tensimeter")?.pesan).toBe("Tensimeter digital: 1 rusak berat (layak pakai 0 dari 1)");
  });
  it("a double submit of the same form writes once", async () => {
    const v = await viewer("dinkes.madiun");
    const id = await posyanduId(KLOROGAN, "Melati 2");
    const k = await jenis("35.19", "media-kie");
    const current = (await testDb.saranaPosyandu.findFirst({ where: { posyanduId: id, jenisSaranaId: k.id } }))?.jumlah ?? 0;
    const input = form(id, { [itemField("jumlah", k.id)]: String(current + 3) });
    const audits = await auditCount();
    const [a, b] = await Promise.all([saveSarana(v, input), saveSarana(v, input)]);
    // One of the twins writes; the other finds the form already written (or, if it read after the
    // first committed, nothing left to change): either way it writes nothing.
    expect([a, b].filter((r) => r.changed > 0).length).toBe(1);
    expect(await auditCount()).toBe(audits + 1);
    expect((await testDb.saranaPosyandu.findFirstOrThrow({ where: { posyanduId: id, jenisSaranaId: k.id } })).jumlah).toBe(current + 3);
    // Sent again later (back button): still once.
    expect((await saveSarana(v, input)).duplicateSubmit).toBe(true);
    expect(await auditCount()).toBe(audits + 1);
  });
  it("a calibration date is not kept for an item that is not calibrated", async () => {
    const v = await viewer("pkm.geger");
    const id = await posyanduId(KLOROGAN, "Mawar 2");
    const lk = await jenis("35.19", "pita-lk");
    await saveSarana(v, form(id, { [itemField("jumlah", lk.id)]: "1", [itemField("kalibrasi", lk.id)]: monthsAgo(1) }));
    expect((await testDb.saranaPosyandu.findFirstOrThrow({ where: { posyanduId: id, jenisSaranaId: lk.id } })).kalibrasiTerakhir).toBeNull();
  });

  const outside: [DemoUsername, string, string, typeof NotFoundError | typeof ForbiddenError][] = [
    ["pkm.kaibon", KLOROGAN, "Melati 1", NotFoundError],
    ["pkm.geger", KAIBON, "Anggrek 1", NotFoundError],
    ["bidan.klorogan", KAIBON, "Anggrek 2", NotFoundError],
    ["dinkes.demak", KLOROGAN, "Melati 1", NotFoundError],
    ["kader.melati1", KLOROGAN, "Melati 1", ForbiddenError],
    ["kader.mawar2", KLOROGAN, "Melati 1", ForbiddenError],
    ["staf.madiun", KLOROGAN, "Melati 1", ForbiddenError],
  ];
  for (const [username, desa, nama, error] of outside) {
    it(`${username} cannot save ${nama}'s kit: ${error.name}, nothing written`, async () => {
      const id = await posyanduId(desa, nama);
      const t = await jenis(desa === BANYUMENENG ? "33.21" : "35.19", "timbangan-bayi");
      const before = await state(id);
      await expect(saveSarana(await viewer(username), form(id, { [itemField("jumlah", t.id)]: "4", pojokPrivasi: "on" }))).rejects.toBeInstanceOf(error);
      expect(await state(id)).toEqual(before);
      expect(refreshed).toEqual([]);
    });
  }
  it("a forged item id of another kabupaten's catalogue is not found, and nothing of the form is written", async () => {
    const id = await posyanduId(KLOROGAN, "Melati 1");
    const mine = await jenis("35.19", "pita-lila");
    const demak = await jenis("33.21", "timbangan-bayi");
    const before = await state(id);
    await expect(saveSarana(await viewer("dinkes.madiun"), form(id, { [itemField("jumlah", mine.id)]: "7", [itemField("jumlah", demak.id)]: "1", air: "on" }))).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveSarana(await viewer("pkm.geger"), form(id, { [itemField("jumlah", randomUUID())]: "1" }))).rejects.toBeInstanceOf(NotFoundError);
    expect(await state(id)).toEqual(before);
  });
  it("dinkes.demak cannot write Madiun's posyandu even with its own catalogue's ids", async () => {
    const id = await posyanduId(KLOROGAN, "Melati 1");
    const demak = await jenis("33.21", "timbangan-bayi");
    const before = await state(id);
    await expect(saveSarana(await viewer("dinkes.demak"), form(id, { [itemField("jumlah", demak.id)]: "1" }))).rejects.toBeInstanceOf(NotFoundError);
    expect(await state(id)).toEqual(before);
  });
});

describe("the kit catalogue", () => {
  const item = (overrides: Partial<TJenisSaranaForm> = {}): TJenisSaranaForm => ({ nama: `Uji alat ${randomUUID().slice(0, 6)}`, kelompok: "antropometri", jumlahWajib: 1, spesifikasi: null, perluKalibrasi: false, rekonstruksi: false, requestId: randomUUID(), ...overrides });

  it("every role of a kabupaten reads its own catalogue only", async () => {
    const madiun = await listKatalogSarana(await viewer("kader.melati1"));
    const demak = await listKatalogSarana(await viewer("dinkes.demak"));
    expect(madiun.items.length).toBeGreaterThanOrEqual(13);
    const madiunIds = new Set(madiun.items.map((i) => i.id));
    expect(demak.items.some((i) => madiunIds.has(i.id))).toBe(false);
    const t = await jenis("35.19", "timbangan-bayi");
    await expect(getJenisSarana(await viewer("dinkes.demak"), t.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await getJenisSarana(await viewer("pkm.geger"), t.id)).nama).toBe(t.nama);
  });
  it("only the Dinkes admin changes it", async () => {
    const t = await jenis("35.19", "timbangan-bayi");
    for (const u of ["staf.madiun", "pkm.geger", "bidan.klorogan", "kader.melati1"] as const) {
      const v = await viewer(u);
      await expect(createJenisSarana(v, item())).rejects.toBeInstanceOf(ForbiddenError);
      await expect(updateJenisSarana(v, { ...item(), id: t.id })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(setJenisSaranaAktif(v, t.id, false)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(saveAturanSarana(v, { kalibrasiBulan: 6 })).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(refreshed).toEqual([]);
  });
  it("dinkes.demak cannot edit or deactivate Madiun's items: not found, nothing written", async () => {
    const v = await viewer("dinkes.demak");
    const t = await jenis("35.19", "timbangan-bayi");
    const before = await testDb.jenisSarana.findUniqueOrThrow({ where: { id: t.id } });
    await expect(updateJenisSarana(v, { ...item({ nama: "Diganti" }), id: t.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(setJenisSaranaAktif(v, t.id, false)).rejects.toBeInstanceOf(NotFoundError);
    expect(await testDb.jenisSarana.findUniqueOrThrow({ where: { id: t.id } })).toEqual(before);
  });
  it("dinkes.madiun adds an item at the end with a code from its name, once per form, audited, every posyandu refreshed", async () => {
    const v = await viewer("dinkes.madiun");
    const input = item({ nama: "Timbangan gantung (dacin) Uji", jumlahWajib: 0 });
    const audits = await auditCount();
    const [a, b] = await Promise.all([createJenisSarana(v, input), createJenisSarana(v, input)]);
    expect(a.id).toBe(b.id);
    const row = await testDb.jenisSarana.findUniqueOrThrow({ where: { id: a.id } });
    expect(row).toMatchObject({ kode: "timbangan-gantung-dacin-uj", isActive: true, jumlahWajib: 0 });
    expect(await auditCount()).toBe(audits + 1);
    const madiunPosyandu = await testDb.posyandu.count({ where: { desa: { kabupaten: { kode: "35.19" } } } });
    expect(refreshed.length).toBe(1);
    expect(refreshed[0].length).toBe(madiunPosyandu);
    await expect(createJenisSarana(v, item({ nama: "timbangan GANTUNG (dacin) uji" }))).rejects.toThrow(/sudah ada di katalog/);
  });
  it("deactivating an item keeps what posyandu hold of it; it no longer counts; activating brings it back", async () => {
    const admin = await viewer("dinkes.madiun");
    const id = await posyanduId(KLOROGAN, "Melati 2");
    const { id: jenisId } = await createJenisSarana(admin, item({ nama: `Uji nonaktif ${randomUUID().slice(0, 6)}`, jumlahWajib: 1 }));
    await saveSarana(admin, form(id, { [itemField("jumlah", jenisId)]: "2" }));
    const total = (await getSaranaPosyandu(admin, id)).total;
    const audits = await auditCount();
    await setJenisSaranaAktif(admin, jenisId, false);
    expect(await auditCount()).toBe(audits + 1);
    expect((await testDb.auditLog.findFirstOrThrow({ where: { entity: "jenis_sarana", entityId: jenisId }, orderBy: { at: "desc" } })).action).toBe("DEACTIVATE");
    expect(await testDb.saranaPosyandu.findFirstOrThrow({ where: { posyanduId: id, jenisSaranaId: jenisId } })).toMatchObject({ jumlah: 2 });
    const kit = await getSaranaPosyandu(admin, id);
    expect(kit.total).toBe(total - 1);
    expect(kit.items.some((i) => i.id === jenisId)).toBe(false);
    expect((await listKatalogSarana(admin)).items.find((i) => i.id === jenisId)).toMatchObject({ isActive: false, dipegang: 1 });
    // A form opened before the deactivation is refused by name.
    await expect(saveSarana(admin, form(id, { [itemField("jumlah", jenisId)]: "3" }))).rejects.toThrow(/sudah dinonaktifkan/);
    await setJenisSaranaAktif(admin, jenisId, true);
    expect((await getSaranaPosyandu(admin, id)).items.find((i) => i.id === jenisId)).toMatchObject({ ada: 2 });
  });
  it("dinkes.madiun corrects an item (name, count, calibration), audited with before and after", async () => {
    const admin = await viewer("dinkes.madiun");
    const { id } = await createJenisSarana(admin, item({ nama: `Uji koreksi ${randomUUID().slice(0, 6)}` }));
    await updateJenisSarana(admin, { ...item({ nama: "Uji koreksi: nama baru", jumlahWajib: 2, perluKalibrasi: true, rekonstruksi: true }), id });
    const row = await testDb.auditLog.findFirstOrThrow({ where: { entity: "jenis_sarana", entityId: id, action: "UPDATE" } });
    expect(row.after).toMatchObject({ nama: "Uji koreksi: nama baru", jumlahWajib: 2, perluKalibrasi: true });
    expect(row.before).toMatchObject({ jumlahWajib: 1, perluKalibrasi: false });
  });
  it("the calibration limit is the kabupaten's rule: a 24-month limit makes an 18-month-old calibration hold; reset brings 12 back", async () => {
    const admin = await viewer("dinkes.madiun");
    const id = await posyanduId(KAIBON, "Anggrek 2");
    const t = await jenis("35.19", "timbangan-bayi");
    await saveSarana(admin, form(id, { [itemField("jumlah", t.id)]: "1", [itemField("kalibrasi", t.id)]: monthsAgo(18) }));
    expect((await getSaranaPosyandu(admin, id)).kekurangan.find((k) => k.kode === "timbangan-bayi")?.pesan).toMatch(/^Timbangan bayi digital: belum dikalibrasi sejak /);
    const audits = await auditCount();
    refreshed.length = 0;
    await saveAturanSarana(admin, { kalibrasiBulan: 24 });
    expect(await auditCount()).toBe(audits + 1);
    expect(refreshed.length).toBe(1);
    const demakKit = await getSaranaPosyandu(await viewer("dinkes.demak"), await posyanduId(BANYUMENENG, "Kenanga 1"));
    expect(demakKit.aturan.nilai.kalibrasiBulan).toBe(12);
    const kit = await getSaranaPosyandu(await viewer("pkm.kaibon"), id);
    expect(kit.aturan).toEqual({ nilai: { kalibrasiBulan: 24 }, diubah: true });
    expect(kit.kekurangan.some((k) => k.kode === "timbangan-bayi")).toBe(false);
    await resetAturanSarana(admin);
    expect((await getSaranaPosyandu(admin, id)).aturan).toEqual({ nilai: { kalibrasiBulan: 12 }, diubah: false });
  });
  it("a calibration limit outside 1–60 months is refused", async () => {
    await expect(saveAturanSarana(await viewer("dinkes.madiun"), { kalibrasiBulan: 0 })).rejects.toBeInstanceOf(DomainError);
  });
});

describe("after every change above", () => {
  it("calibrated exactly at the limit counts in both; a day earlier in neither", async () => {
    const admin = await viewer("dinkes.madiun");
    const t = await jenis("35.19", "timbangan-bayi");
    const s = await jenis("35.19", "stadiometer");
    const batas = kalibrasiBatas(todayInJakarta(), 12);
    const dayBefore = new Date(`${batas}T00:00:00Z`);
    dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
    const id = await posyanduId(KAIBON, "Kenanga");
    await saveSarana(admin, form(id, { [itemField("jumlah", t.id)]: "1", [itemField("kalibrasi", t.id)]: batas, [itemField("jumlah", s.id)]: "1", [itemField("kalibrasi", s.id)]: dayBefore.toISOString().slice(0, 10) }));
    const row = (await listKelengkapan(admin, { ...allRows, q: "Kenanga" })).rows.find((r) => r.id === id)!;
    expect(row.kurang).not.toContain("Timbangan bayi digital");
    expect(row.kurang).toContain("Alat ukur tinggi badan (stadiometer/microtoise)");
    const kit = await getSaranaPosyandu(admin, id);
    expect(kit.kekurangan.map((k) => k.nama)).toEqual(row.kurang);
  });
  it("the SQL list still agrees with kitStatus (stale, broken, deactivated and new items included)", async () => {
    await expectListMatchesKitStatus("dinkes.madiun");
  });
});
