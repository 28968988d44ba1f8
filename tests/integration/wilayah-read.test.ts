/**
 * Wilayah reads for every role: one case inside the scope that works, one outside that answers as
 * not found. Counts are compared with counts taken straight from the database in the same test.
 */
import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { testDb, viewer, desaId, KLOROGAN, KAIBON, BANYUMENENG } from "../support/db.ts";
import { getDesa, getDusun, getKecamatan, getPuskesmas, getPustu, listDesa, listKecamatan, listPuskesmas, desaChoicesOfKecamatan, missingDesa, missingKecamatan, puskesmasFormOptions, pustuFormOptions, searchDesaChoices, wilayahSummary } from "../../lib/wilayah/queries.ts";
import { auditHistory } from "../../lib/audit/history.ts";
import { ZWilayahListParams } from "../../lib/wilayah/schemas.ts";
import { NotFoundError } from "../../lib/errors.ts";

const all = ZWilayahListParams.parse({ size: "100" });
const kecId = async (kode: string) => (await testDb.kecamatan.findUniqueOrThrow({ where: { kode }, select: { id: true } })).id;
const pkmId = async (nama: string) => (await testDb.puskesmas.findFirstOrThrow({ where: { nama }, select: { id: true } })).id;
const dusunId = async (desaKode: string, nama: string) => (await testDb.dusun.findFirstOrThrow({ where: { nama, desa: { kode: desaKode } }, select: { id: true } })).id;
const pustuId = async (nama: string) => (await testDb.pustu.findFirstOrThrow({ where: { nama }, select: { id: true } })).id;
const GEGER = "35.19.03";

describe("wilayah lists: each role sees exactly its area", () => {
  it("dinkes.madiun lists all of Madiun's kecamatan with SQL counts that match the database", async () => {
    const v = await viewer("dinkes.madiun");
    const { rows, total } = await listKecamatan(v, all);
    expect(total).toBe(await testDb.kecamatan.count({ where: { kabupatenId: v.kabupatenId } }));
    expect(rows.every((r) => r.kode.startsWith("35.19."))).toBe(true);
    const geger = rows.find((r) => r.kode === GEGER)!;
    expect(geger.nama).toBe("Geger");
    expect(geger.desa).toBe(await testDb.desa.count({ where: { kecamatan: { kode: GEGER } } }));
    expect(geger.dusun).toBe(await testDb.dusun.count({ where: { desa: { kecamatan: { kode: GEGER } } } }));
    expect(geger.posyandu).toBe(await testDb.posyandu.count({ where: { desa: { kecamatan: { kode: GEGER } } } }));
    expect(geger.posyanduAktif).toBe(await testDb.posyandu.count({ where: { isActive: true, desa: { kecamatan: { kode: GEGER } } } }));
  });
  it("dinkes.demak cannot list Madiun's kecamatan", async () => {
    const { rows } = await listKecamatan(await viewer("dinkes.demak"), all);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.kode.startsWith("35.19"))).toBe(false);
  });
  it("dinkes.demak cannot list Madiun's desa, even when filtering on Kecamatan Geger", async () => {
    const v = await viewer("dinkes.demak");
    expect((await listDesa(v, { ...all, kecamatanId: await kecId(GEGER) })).total).toBe(0);
    const { rows } = await listDesa(v, ZWilayahListParams.parse({ q: "Klorogan" }));
    expect(rows).toEqual([]);
  });
  it("staf.madiun (DINKES) lists Madiun's desa, searched and paged in SQL", async () => {
    const v = await viewer("staf.madiun");
    const page2 = await listDesa(v, ZWilayahListParams.parse({ size: "25", page: "2" }));
    const big = await listDesa(v, ZWilayahListParams.parse({ size: "100" }));
    expect(page2.total).toBe(await testDb.desa.count({ where: { kabupatenId: v.kabupatenId } }));
    expect(page2.rows.map((r) => r.id)).toEqual(big.rows.slice(25, 50).map((r) => r.id));
    const found = await listDesa(v, ZWilayahListParams.parse({ q: "klorogan" }));
    expect(found.rows.map((r) => r.nama)).toEqual(["Klorogan"]);
    const where = { desa: { kode: KLOROGAN } };
    expect(found.rows[0]).toMatchObject({
      dusun: await testDb.dusun.count({ where }),
      posyandu: await testDb.posyandu.count({ where }),
      posyanduAktif: await testDb.posyandu.count({ where: { ...where, isActive: true } }),
      pustu: await testDb.pustu.count({ where }),
      kecamatan: { nama: "Geger" },
      puskesmas: { nama: "Puskesmas Geger" },
    });
  });
  it("pkm.kaibon lists only Kecamatan Geger, counting the 9 desa of its catchment", async () => {
    const { rows } = await listKecamatan(await viewer("pkm.kaibon"), all);
    expect(rows.map((r) => [r.nama, r.desa])).toEqual([["Geger", 9]]);
  });
  it("pkm.kaibon cannot list Desa Klorogan (outside its catchment)", async () => {
    const { rows } = await listDesa(await viewer("pkm.kaibon"), all);
    expect(rows.map((r) => r.nama)).toContain("Kaibon");
    expect(rows.map((r) => r.nama)).not.toContain("Klorogan");
    expect(rows).toHaveLength(9);
  });
  it("bidan.klorogan lists one kecamatan with one desa, and only Desa Klorogan", async () => {
    const v = await viewer("bidan.klorogan");
    expect((await listKecamatan(v, all)).rows.map((r) => [r.nama, r.desa])).toEqual([["Geger", 1]]);
    expect((await listDesa(v, all)).rows.map((r) => r.nama)).toEqual(["Klorogan"]);
  });
  it("pkm.geger lists only Puskesmas Geger; dinkes.madiun lists both Geger puskesmas but none of Demak's", async () => {
    expect((await listPuskesmas(await viewer("pkm.geger"), all)).rows.map((r) => r.nama)).toEqual(["Puskesmas Geger"]);
    const names = (await listPuskesmas(await viewer("dinkes.madiun"), all)).rows.map((r) => r.nama);
    expect(names).toEqual(expect.arrayContaining(["Puskesmas Geger", "Puskesmas Kaibon"]));
    expect(names).not.toContain("Puskesmas Mranggen III");
  });
  it("the puskesmas list counts catchment desa and posyandu in SQL", async () => {
    const row = (await listPuskesmas(await viewer("dinkes.madiun"), ZWilayahListParams.parse({ q: "Kaibon" }))).rows[0];
    const id = await pkmId("Puskesmas Kaibon");
    expect(row.counts.desa).toBe(await testDb.desa.count({ where: { puskesmasId: id } }));
    expect(row.counts.posyandu).toBe(await testDb.posyandu.count({ where: { desa: { puskesmasId: id } } }));
    expect(row.pustu).toBe(await testDb.pustu.count({ where: { puskesmasId: id } }));
  });
  it("kader.melati1 has no wilayah: every list answers as not found", async () => {
    const v = await viewer("kader.melati1");
    await expect(listKecamatan(v, all)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listDesa(v, all)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listPuskesmas(v, all)).rejects.toBeInstanceOf(NotFoundError);
    await expect(wilayahSummary(v)).rejects.toBeInstanceOf(NotFoundError);
  });
  it("the summary of pkm.geger counts its catchment only", async () => {
    const v = await viewer("pkm.geger");
    const s = await wilayahSummary(v);
    expect(s.desa).toBe(await testDb.desa.count({ where: { puskesmasId: v.puskesmasId } }));
    expect(s.posyandu).toBe(await testDb.posyandu.count({ where: { desa: { puskesmasId: v.puskesmasId } } }));
    expect(s.puskesmas).toBe(1);
  });
});

describe("wilayah details: a record outside the scope answers as not found", () => {
  it("dinkes.madiun reads Desa Klorogan with its dusun, posyandu, pustu and puskesmas", async () => {
    const d = await getDesa(await viewer("dinkes.madiun"), await desaId(KLOROGAN));
    expect(d.dusun.map((x) => x.nama)).toEqual(expect.arrayContaining(["Balejurang", "Klorogan", "Ngrowo", "Sumberjo"]));
    expect(d.dusun).toHaveLength(await testDb.dusun.count({ where: { desa: { kode: KLOROGAN } } }));
    expect(d.posyandu).toHaveLength(await testDb.posyandu.count({ where: { desa: { kode: KLOROGAN } } }));
    expect(d.posyandu.map((x) => x.nama)).toEqual(expect.arrayContaining(["Mawar 1", "Mawar 2", "Melati 1", "Melati 2"]));
    expect(d.pustu.map((x) => x.nama)).toEqual(["Pustu Klorogan"]);
    expect(d.puskesmas?.nama).toBe("Puskesmas Geger");
    expect(d.lokasiPkm.map((x) => x.nama)).toEqual(["Puskesmas Geger"]);
  });
  it("pkm.kaibon cannot read Desa Klorogan", async () => {
    await expect(getDesa(await viewer("pkm.kaibon"), await desaId(KLOROGAN))).rejects.toBeInstanceOf(NotFoundError);
  });
  it("pkm.geger reads Desa Klorogan; pkm.kaibon reads Desa Kaibon", async () => {
    expect((await getDesa(await viewer("pkm.geger"), await desaId(KLOROGAN))).nama).toBe("Klorogan");
    expect((await getDesa(await viewer("pkm.kaibon"), await desaId(KAIBON))).nama).toBe("Kaibon");
  });
  it("bidan.klorogan reads its desa but cannot read Desa Kaibon", async () => {
    const v = await viewer("bidan.klorogan");
    expect((await getDesa(v, await desaId(KLOROGAN))).nama).toBe("Klorogan");
    await expect(getDesa(v, await desaId(KAIBON))).rejects.toBeInstanceOf(NotFoundError);
  });
  it("dinkes.demak cannot read Desa Klorogan nor Kecamatan Geger; dinkes.madiun cannot read Banyumeneng", async () => {
    const demak = await viewer("dinkes.demak");
    await expect(getDesa(demak, await desaId(KLOROGAN))).rejects.toBeInstanceOf(NotFoundError);
    await expect(getKecamatan(demak, await kecId(GEGER))).rejects.toBeInstanceOf(NotFoundError);
    await expect(getDesa(await viewer("dinkes.madiun"), await desaId(BANYUMENENG))).rejects.toBeInstanceOf(NotFoundError);
    expect((await getDesa(demak, await desaId(BANYUMENENG))).nama).toBe("Banyumeneng");
  });
  it("staf.madiun reads Kecamatan Geger with its two puskesmas", async () => {
    const k = await getKecamatan(await viewer("staf.madiun"), await kecId(GEGER));
    expect(k.puskesmas.map((p) => p.nama)).toEqual(["Puskesmas Geger", "Puskesmas Kaibon"]);
    expect(k._count.desa).toBe(await testDb.desa.count({ where: { kecamatan: { kode: GEGER } } }));
  });
  it("pkm.kaibon reads Kecamatan Geger but sees only its own puskesmas and catchment there", async () => {
    const k = await getKecamatan(await viewer("pkm.kaibon"), await kecId(GEGER));
    expect(k.puskesmas.map((p) => p.nama)).toEqual(["Puskesmas Kaibon"]);
    expect(k._count.desa).toBe(9);
  });
  it("pkm.kaibon cannot read a kecamatan outside its catchment", async () => {
    const other = await testDb.kecamatan.findFirstOrThrow({ where: { kode: "35.19.01" }, select: { id: true } });
    await expect(getKecamatan(await viewer("pkm.kaibon"), other.id)).rejects.toBeInstanceOf(NotFoundError);
  });
  it("pkm.kaibon cannot read Puskesmas Geger; pkm.geger reads it with its catchment and posyandu counts", async () => {
    const id = await pkmId("Puskesmas Geger");
    await expect(getPuskesmas(await viewer("pkm.kaibon"), id)).rejects.toBeInstanceOf(NotFoundError);
    const p = await getPuskesmas(await viewer("pkm.geger"), id);
    expect(p.desa.nama).toBe("Klorogan");
    expect(p.catchment.length).toBe(await testDb.desa.count({ where: { puskesmasId: id } }));
    expect(p.catchment.find((d) => d.kode === KLOROGAN)?.posyandu).toBe(await testDb.posyandu.count({ where: { desa: { kode: KLOROGAN } } }));
    expect(p.pustu.map((x) => x.nama)).toContain("Pustu Klorogan");
  });
  it("bidan.klorogan reads Puskesmas Geger (its desa's catchment) but not Puskesmas Kaibon", async () => {
    const v = await viewer("bidan.klorogan");
    const p = await getPuskesmas(v, await pkmId("Puskesmas Geger"));
    expect(p.catchment.map((d) => d.nama)).toEqual(["Klorogan"]);
    await expect(getPuskesmas(v, await pkmId("Puskesmas Kaibon"))).rejects.toBeInstanceOf(NotFoundError);
  });
  it("dinkes.demak cannot read Puskesmas Geger", async () => {
    await expect(getPuskesmas(await viewer("dinkes.demak"), await pkmId("Puskesmas Geger"))).rejects.toBeInstanceOf(NotFoundError);
  });
  it("pkm.kaibon cannot read Dusun Balejurang nor Pustu Klorogan; pkm.geger can", async () => {
    const dusun = await dusunId(KLOROGAN, "Balejurang");
    const pustu = await pustuId("Pustu Klorogan");
    await expect(getDusun(await viewer("pkm.kaibon"), dusun)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPustu(await viewer("pkm.kaibon"), pustu)).rejects.toBeInstanceOf(NotFoundError);
    const g = await viewer("pkm.geger");
    expect((await getDusun(g, dusun)).posyandu.map((p) => p.nama)).toContain("Melati 1");
    expect((await getPustu(g, pustu)).puskesmas.nama).toBe("Puskesmas Geger");
  });
  it("kader.melati1 cannot read its own desa, dusun, kecamatan, puskesmas or pustu", async () => {
    const v = await viewer("kader.melati1");
    await expect(getDesa(v, await desaId(KLOROGAN))).rejects.toBeInstanceOf(NotFoundError);
    await expect(getDusun(v, await dusunId(KLOROGAN, "Balejurang"))).rejects.toBeInstanceOf(NotFoundError);
    await expect(getKecamatan(v, await kecId(GEGER))).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPuskesmas(v, await pkmId("Puskesmas Geger"))).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPustu(v, await pustuId("Pustu Klorogan"))).rejects.toBeInstanceOf(NotFoundError);
  });
  it("a malformed or unknown id is not found, not an error", async () => {
    const v = await viewer("dinkes.madiun");
    await expect(getDesa(v, "bukan-uuid")).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPuskesmas(v, randomUUID())).rejects.toBeInstanceOf(NotFoundError);
  });
  it("dinkes.demak cannot read the history of Desa Klorogan; dinkes.madiun can", async () => {
    const id = await desaId(KLOROGAN);
    await expect(auditHistory(await viewer("dinkes.demak"), "desa", id)).rejects.toBeInstanceOf(NotFoundError);
    expect(Array.isArray(await auditHistory(await viewer("dinkes.madiun"), "desa", id))).toBe(true);
  });
});

describe("form choices are the admin's alone", () => {
  it("dinkes.madiun gets the options of Madiun only", async () => {
    const v = await viewer("dinkes.madiun");
    const o = await puskesmasFormOptions(v);
    expect(o.kecamatan.length).toBe(await testDb.kecamatan.count({ where: { kabupatenId: v.kabupatenId } }));
    expect(o.puskesmas).toBeNull();
    expect(o.desa).toEqual([]);
    const { missing } = await missingKecamatan(v);
    expect(missing.every((k) => k.kode.startsWith("35.19."))).toBe(true);
  });
  it("the puskesmas form carries its catchment and the desa of its kecamatan, never the kabupaten's other desa", async () => {
    const v = await viewer("dinkes.madiun");
    const geger = await pkmId("Puskesmas Geger");
    const o = await puskesmasFormOptions(v, geger);
    const catchment = await testDb.desa.findMany({ where: { puskesmasId: geger }, select: { id: true } });
    expect(o.puskesmas?.catchment.map((d) => d.id).sort()).toEqual(catchment.map((d) => d.id).sort());
    expect(o.puskesmas?.catchment.find((d) => d.nama === "Klorogan")).toMatchObject({ label: "Klorogan — Kec. Geger", group: "Kec. Geger", puskesmasNama: "Puskesmas Geger" });
    const kecamatan = await testDb.desa.findMany({ where: { kecamatan: { kode: GEGER } }, select: { id: true } });
    expect(o.desa.map((d) => d.id).sort()).toEqual(kecamatan.map((d) => d.id).sort());
    // Sangen is Kaibon's: the form shows whose it is before it moves.
    expect(o.desa.find((d) => d.nama === "Sangen")?.puskesmasNama).toBe("Puskesmas Kaibon");
    await expect(puskesmasFormOptions(await viewer("dinkes.demak"), geger)).rejects.toBeInstanceOf(NotFoundError);
    await expect(puskesmasFormOptions(v, "bukan-id")).rejects.toBeInstanceOf(NotFoundError);
  });
  it("the pustu form carries the chosen desa with its puskesmas, and nothing of another kabupaten", async () => {
    const v = await viewer("dinkes.madiun");
    const klorogan = await desaId(KLOROGAN);
    const o = await pustuFormOptions(v, klorogan);
    expect(o.desa).toEqual([expect.objectContaining({ id: klorogan, nama: "Klorogan", puskesmasNama: "Puskesmas Geger" })]);
    expect(o.puskesmas.map((p) => p.nama)).toEqual(expect.arrayContaining(["Puskesmas Geger", "Puskesmas Kaibon"]));
    expect((await pustuFormOptions(v)).desa).toEqual([]);
    const demak = await pustuFormOptions(await viewer("dinkes.demak"), klorogan);
    expect(demak.desa).toEqual([]);
    expect(demak.puskesmas.some((p) => p.nama === "Puskesmas Geger")).toBe(false);
  });
  it("the desa of a kecamatan and the desa search stay in the viewer's kabupaten", async () => {
    const gegerKec = await kecId(GEGER);
    const madiun = await desaChoicesOfKecamatan(await viewer("dinkes.madiun"), gegerKec);
    expect(madiun.length).toBe(await testDb.desa.count({ where: { kecamatanId: gegerKec } }));
    expect(madiun.every((d) => d.kecamatanId === gegerKec && d.group === "Kec. Geger")).toBe(true);
    expect(await desaChoicesOfKecamatan(await viewer("dinkes.demak"), gegerKec)).toEqual([]);
    expect(await desaChoicesOfKecamatan(await viewer("dinkes.madiun"), "bukan-id")).toEqual([]);
    const [klorogan] = await searchDesaChoices(await viewer("dinkes.madiun"), "klorogan");
    expect(klorogan).toMatchObject({ label: "Klorogan — Kec. Geger", puskesmasNama: "Puskesmas Geger" });
  });
  it("staf.madiun (DINKES, read-only) cannot load the form choices", async () => {
    const v = await viewer("staf.madiun");
    await expect(puskesmasFormOptions(v)).rejects.toBeInstanceOf(NotFoundError);
    await expect(pustuFormOptions(v)).rejects.toBeInstanceOf(NotFoundError);
    await expect(missingKecamatan(v)).rejects.toBeInstanceOf(NotFoundError);
  });
  it("dinkes.demak cannot list the missing desa of Madiun's Kecamatan Geger", async () => {
    await expect(missingDesa(await viewer("dinkes.demak"), await kecId(GEGER))).rejects.toBeInstanceOf(NotFoundError);
  });
});
