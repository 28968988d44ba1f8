/**
 * The supervision trend from real rows: submitted visits on two instrument versions of a test
 * instrument at a fresh posyandu, scored with scoreVisit; the comparable score from the stored
 * per-answer scores in SQL equals scoreOnLineages over the lineages all versions share; scope per
 * role; the puskesmas's quarterly means; the SQL scope of visits equals kunjunganScope for every role.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { testDb, viewer, desaId, KLOROGAN, type DemoUsername } from "../support/db.ts";
import { createInstrumen, createNextDraft, deleteButir, publishDraft, saveButir, saveDomain } from "../../lib/instrumen/dal.ts";
import { loadInstrumenForScoring, type InstrumenSkor } from "../../lib/instrumen/queries.ts";
import { trenPilihan, trenPuskesmas, trenSitus } from "../../lib/instrumen/tren-queries.ts";
import { kunjunganScopeSql } from "../../lib/access/scope.ts";
import { kunjunganScope } from "../../lib/access/scope.ts";
import { ATURAN_AMBANG_SUPERVISI } from "../../lib/supervisi/aturan.ts";
import { answerScore, scoreOnLineages, scoreVisit, type JawabanSkor } from "../../lib/supervisi/score.ts";
import { lineagesSharedByAll, mean1 } from "../../lib/supervisi/tren.ts";
import { Prisma } from "../../lib/generated/prisma/client.ts";

const kode = `UJI-TREN-${randomUUID().slice(0, 4).toUpperCase()}`;
let posyandu = "";
let desa = "";
let v1: InstrumenSkor;
let v2: InstrumenSkor;
const visits: { id: string; tanggal: string; ins: InstrumenSkor; jawaban: Map<string, JawabanSkor> }[] = [];

/** A submitted visit with its answers and stored scores, as the visit screen would leave it. */
async function submit(ins: InstrumenSkor, tanggal: string, pick: (i: number) => JawabanSkor, status: "SELESAI" | "BERLANGSUNG" = "SELESAI") {
  const jawaban = new Map(ins.butir.map((b, i) => [b.id, pick(i)]));
  const hasil = scoreVisit(ins.butir, jawaban, ATURAN_AMBANG_SUPERVISI.bawaan);
  const id = randomUUID();
  const kab = (await viewer("dinkes.madiun")).kabupatenId;
  await testDb.kunjunganSupervisi.create({
    data: {
      id, kabupatenId: kab, sasaran: "POSYANDU", posyanduId: posyandu, desaId: desa, instrumenId: ins.id, tanggal: new Date(`${tanggal}T00:00:00Z`), status,
      skor: hasil.total.skor, skorDomain: Object.fromEntries(Object.entries(hasil.domain).map(([k, v]) => [k, v.skor])), kategori: hasil.kategori, kritisGagal: hasil.kritisGagal.length > 0,
    },
  });
  await testDb.jawabanKunjungan.createMany({
    data: ins.butir.map((b) => {
      const j = jawaban.get(b.id)!;
      const s = answerScore(b, j);
      return { kunjunganId: id, butirId: b.id, nilai: j.nilai ?? null, na: j.na ?? false, skor: s === null ? null : new Prisma.Decimal(s.toFixed(4)) };
    }),
  });
  if (status === "SELESAI") visits.push({ id, tanggal, ins, jawaban });
  return { id, hasil };
}

beforeAll(async () => {
  const admin = await viewer("dinkes.madiun");
  desa = await desaId(KLOROGAN);
  posyandu = (await testDb.posyandu.create({ data: { nama: `Uji tren ${randomUUID().slice(0, 6)}`, desaId: desa }, select: { id: true } })).id;
  // v1: domains A and B; A-1 yes/no (2), A-2 scale (1), B-1 count with target 5 (3), B-2 text.
  const { id: i1 } = await createInstrumen(admin, { kode, nama: "Uji tren", sasaran: "POSYANDU", keterangan: null, requestId: randomUUID() });
  await saveDomain(admin, { instrumenId: i1, id: null, kode: "A", nama: "Domain A", requestId: randomUUID() });
  await saveDomain(admin, { instrumenId: i1, id: null, kode: "B", nama: "Domain B", requestId: randomUUID() });
  const dom = await testDb.domainInstrumen.findMany({ where: { instrumenId: i1 }, orderBy: { urutan: "asc" }, select: { id: true } });
  const base = { instrumenId: i1, id: null, standar: null, fakta: null, kritis: false, bolehNa: false, petaDariId: null, pertanyaan: "Uji" };
  await saveButir(admin, { ...base, domainId: dom[0].id, kode: "A-1", tipe: "YA_TIDAK", bobot: 2, opsi: {}, requestId: randomUUID() });
  await saveButir(admin, { ...base, domainId: dom[0].id, kode: "A-2", tipe: "SKALA", bobot: 1, opsi: {}, requestId: randomUUID() });
  await saveButir(admin, { ...base, domainId: dom[1].id, kode: "B-1", tipe: "ANGKA", bobot: 3, opsi: { target: 5 }, requestId: randomUUID() });
  await saveButir(admin, { ...base, domainId: dom[1].id, kode: "B-2", tipe: "TEKS", bobot: 0, opsi: {}, requestId: randomUUID() });
  await publishDraft(admin, i1);
  v1 = (await loadInstrumenForScoring(testDb, i1))!;
  // v2: A-2 removed, a new C-1 in domain B.
  const { id: i2 } = await createNextDraft(admin, { id: i1, requestId: randomUUID() });
  const items = await testDb.butirInstrumen.findMany({ where: { instrumenId: i2 }, select: { id: true, kode: true, domainId: true } });
  await deleteButir(admin, items.find((b) => b.kode === "A-2")!.id);
  await saveButir(admin, { ...base, instrumenId: i2, domainId: items.find((b) => b.kode === "B-1")!.domainId, kode: "C-1", tipe: "YA_TIDAK", bobot: 5, opsi: {}, requestId: randomUUID() });
  await publishDraft(admin, i2);
  v2 = (await loadInstrumenForScoring(testDb, i2))!;
  // Two visits on v1 (2019-T2, 2019-T3), two on v2 (2019-T3, 2020-T1), and a draft visit that must not show.
  const ans = (ins: InstrumenSkor, o: Record<string, JawabanSkor>) => (i: number) => o[ins.butir[i].kode] ?? {};
  await submit(v1, "2019-05-02", ans(v1, { "A-1": { nilai: 1 }, "A-2": { nilai: 2 }, "B-1": { nilai: 3 }, "B-2": { teks: "catatan" } }));
  await submit(v1, "2019-08-10", ans(v1, { "A-1": { nilai: 0 }, "A-2": { nilai: 4 }, "B-1": { nilai: 6 } }));
  await submit(v2, "2019-09-20", ans(v2, { "A-1": { nilai: 1 }, "B-1": { nilai: 4 }, "C-1": { nilai: 0 } }));
  await submit(v2, "2020-02-01", ans(v2, { "A-1": { nilai: 1 }, "B-1": { nilai: 5 }, "C-1": { nilai: 1 } }));
  await submit(v2, "2020-03-01", ans(v2, { "A-1": { nilai: 0 } }), "BERLANGSUNG");
});

afterAll(async () => {
  await testDb.kunjunganSupervisi.deleteMany({ where: { posyanduId: posyandu } });
  await testDb.posyandu.deleteMany({ where: { id: posyandu } });
  for (const r of await testDb.instrumen.findMany({ where: { kode }, select: { id: true }, orderBy: { versi: "desc" } })) await testDb.instrumen.delete({ where: { id: r.id } });
});

describe("a site's trend across versions", () => {
  it("lists the submitted visits in order, marks the older version, and says it compares across versions", async () => {
    const t = (await trenSitus(await viewer("pkm.geger"), { posyandu }))!;
    expect(t.titik.map((x) => [x.tanggal, x.versi, x.versiLain])).toEqual([["2019-05-02", 1, true], ["2019-08-10", 1, true], ["2019-09-20", 2, false], ["2020-02-01", 2, false]]);
    expect(t.lintasVersi).toBe(true);
    expect(t.acuan).toEqual({ kode, versi: 2 });
    expect(t.domain).toEqual([{ kode: "A", nama: "Domain A" }, { kode: "B", nama: "Domain B" }]);
    // A-1 and B-1 are scored in both versions (A-2 was removed, C-1 is new, B-2 is text).
    expect(t.butirBersama).toBe(2);
  });

  it("the comparable score from stored answers in SQL equals scoreOnLineages over the shared lineages", async () => {
    const t = (await trenSitus(await viewer("dinkes.madiun"), { posyandu }))!;
    const shared = lineagesSharedByAll([v1.butir, v2.butir]);
    expect(shared.size).toBe(2);
    for (const v of visits) {
      const expected = scoreOnLineages(v.ins.butir, v.jawaban, shared);
      const got = t.titik.find((x) => x.id === v.id)!;
      expect(got.skorSebanding).not.toBeNull();
      expect(Math.abs(got.skorSebanding! - expected!)).toBeLessThanOrEqual(0.1);
      // The visit's own score is the one stored from scoreVisit.
      expect(got.skor).toBe(scoreVisit(v.ins.butir, v.jawaban, ATURAN_AMBANG_SUPERVISI.bawaan).total.skor);
    }
    // Hand check of the first visit: A-1 yes (2 × 1) and B-1 3 of 5 (3 × 0.6) over weight 5 = 76.
    expect(t.titik[0].skorSebanding).toBe(76);
  });

  it("scope: who may read the site's trend", async () => {
    const expected: Record<DemoUsername, number | null> = {
      "dinkes.madiun": 4, "staf.madiun": 4, "pkm.geger": 4, "bidan.klorogan": 4,
      "pkm.kaibon": null, "dinkes.demak": null, "kader.melati1": null, "kader.mawar2": null,
    };
    for (const [u, n] of Object.entries(expected) as [DemoUsername, number | null][]) {
      const t = await trenSitus(await viewer(u), { posyandu });
      expect(t ? t.titik.length : null, u).toBe(n);
    }
  });

  it("a site without submitted visits: an empty series, not comparing", async () => {
    const other = await testDb.posyandu.findFirstOrThrow({ where: { desaId: desa, id: { not: posyandu }, kunjunganSupervisi: { none: {} } }, select: { id: true } });
    const t = (await trenSitus(await viewer("bidan.klorogan"), { posyandu: other.id }))!;
    expect(t.titik).toEqual([]);
    expect(t.lintasVersi).toBe(false);
  });
});

describe("a puskesmas's quarterly trend", () => {
  it("mean total and per-domain score per quarter, with the comparable mean", async () => {
    const geger = (await viewer("pkm.geger")).puskesmasId!;
    // On this test's instrument: the demo's own ILP-POSYANDU visits in Geger are another instrument.
    const t = (await trenPuskesmas(await viewer("pkm.geger"), geger, "POSYANDU", kode))!;
    expect(t.instrumenKode).toBe(kode);
    const q = (k: string) => t.baris.find((b) => b.triwulan === k)!;
    const mine = (k: string) => visits.filter((v) => `${v.tanggal.slice(0, 4)}-T${Math.floor((Number(v.tanggal.slice(5, 7)) - 1) / 3) + 1}` === k);
    for (const k of ["2019-T2", "2019-T3", "2020-T1"]) {
      const vs = mine(k);
      const own = vs.map((v) => scoreVisit(v.ins.butir, v.jawaban, ATURAN_AMBANG_SUPERVISI.bawaan));
      expect(q(k).kunjungan).toBe(vs.length);
      expect(Math.abs(q(k).skor! - mean1(own.map((h) => h.total.skor))!)).toBeLessThanOrEqual(0.1);
      expect(Math.abs(q(k).skorDomain.A! - mean1(own.map((h) => h.domain.A?.skor ?? null))!)).toBeLessThanOrEqual(0.1);
    }
    // The empty quarter between is shown, and 2019-T3 mixes two versions.
    expect(q("2019-T4").kunjungan).toBe(0);
    expect(q("2019-T3").versi).toBe(2);
    expect(t.lintasVersi).toBe(true);
    expect(t.butirBersama).toBe(2);
    const shared = lineagesSharedByAll([v1.butir, v2.butir]);
    const exp = mean1(mine("2019-T3").map((v) => scoreOnLineages(v.ins.butir, v.jawaban, shared)));
    expect(Math.abs(q("2019-T3").skorSebanding! - exp!)).toBeLessThanOrEqual(0.1);
  });

  it("another puskesmas's trend is not found; a bidan sees only its desa's visits", async () => {
    const geger = (await viewer("pkm.geger")).puskesmasId!;
    expect(await trenPuskesmas(await viewer("pkm.kaibon"), geger, "POSYANDU")).toBeNull();
    expect(await trenPuskesmas(await viewer("dinkes.demak"), geger, "POSYANDU")).toBeNull();
    expect(await trenPuskesmas(await viewer("kader.melati1"), geger, "POSYANDU")).toBeNull();
    const bidan = (await trenPuskesmas(await viewer("bidan.klorogan"), geger, "POSYANDU", kode))!;
    expect(bidan.baris.find((b) => b.triwulan === "2019-T2")!.kunjungan).toBe(1);
  });

  it("the picker lists the puskesmas in scope and finds the site by name", async () => {
    const p = await trenPilihan(await viewer("pkm.geger"), "uji tren");
    expect(p.puskesmas.map((x) => x.nama)).toEqual(["Puskesmas Geger"]);
    expect(p.posyandu.map((x) => x.id)).toContain(posyandu);
    expect((await trenPilihan(await viewer("pkm.kaibon"), "uji tren")).posyandu.map((x) => x.id)).not.toContain(posyandu);
  });
});

describe("the comparable score from each visit's stored sums", () => {
  /** The comparable score recomputed from the answers (the per-answer SQL the trend used before the stored sums). */
  async function fromAnswers(): Promise<{ visit: Map<string, number | null>; quarter: Map<string, number | null> }> {
    const ids = visits.map((v) => v.id);
    const rows = await testDb.$queryRaw<{ id: string; tw: string; skor: string | null }[]>`
      WITH shared AS (
        SELECT b.garis_id FROM butir_instrumen b
        WHERE b.instrumen_id = ANY(${[v1.id, v2.id]}::uuid[]) AND b.tipe <> 'TEKS' AND b.bobot > 0 AND (b.tipe <> 'ANGKA' OR coalesce((b.opsi->>'target')::numeric, 0) > 0)
        GROUP BY b.garis_id HAVING count(DISTINCT b.instrumen_id) = 2
      )
      SELECT k.id::text AS id, extract(year FROM k.tanggal)::int || '-T' || extract(quarter FROM k.tanggal)::int AS tw,
             (100 * sum(b.bobot * j.skor) / nullif(sum(b.bobot), 0))::text AS skor
      FROM kunjungan_supervisi k JOIN jawaban_kunjungan j ON j.kunjungan_id = k.id JOIN butir_instrumen b ON b.id = j.butir_id
      WHERE k.id = ANY(${ids}::uuid[]) AND j.skor IS NOT NULL AND NOT j.na AND b.garis_id IN (SELECT garis_id FROM shared)
      GROUP BY k.id, k.tanggal`;
    const round1 = (x: number) => Math.round(x * 10) / 10;
    const visit = new Map(rows.map((r) => [r.id, r.skor === null ? null : round1(Number(r.skor))]));
    const byTw = new Map<string, number[]>();
    for (const r of rows) if (r.skor !== null) byTw.set(r.tw, [...(byTw.get(r.tw) ?? []), Number(r.skor)]);
    const quarter = new Map([...byTw].map(([tw, xs]) => [tw, round1(xs.reduce((a, b) => a + b, 0) / xs.length)]));
    return { visit, quarter };
  }

  async function expectSameAsAnswers() {
    const ref = await fromAnswers();
    expect(ref.visit.size).toBe(visits.length);
    const site = (await trenSitus(await viewer("dinkes.madiun"), { posyandu }))!;
    for (const x of site.titik) expect(x.skorSebanding, x.tanggal).toBe(ref.visit.get(x.id));
    const pkm = (await trenPuskesmas(await viewer("pkm.geger"), (await viewer("pkm.geger")).puskesmasId!, "POSYANDU", kode))!;
    for (const b of pkm.baris) expect(b.skorSebanding, b.triwulan).toBe(b.kunjungan ? ref.quarter.get(b.triwulan) ?? null : null);
    expect(pkm.baris.filter((b) => b.skorSebanding !== null).length).toBe(3);
  }

  it("gives the same numbers as the recomputation from the answers, for each visit and each quarter", async () => {
    await expectSameAsAnswers();
  });

  it("follows an answer changed, made N/A or removed after submitting (a correction), on either version", async () => {
    const [a, , c] = visits;
    const a1 = (ins: InstrumenSkor) => ins.butir.find((b) => b.kode === "A-1")!.id;
    const b1 = (ins: InstrumenSkor) => ins.butir.find((b) => b.kode === "B-1")!.id;
    const before = (await trenSitus(await viewer("dinkes.madiun"), { posyandu }))!.titik.find((x) => x.id === a.id)!.skorSebanding;
    await testDb.jawabanKunjungan.updateMany({ where: { kunjunganId: a.id, butirId: a1(v1) }, data: { nilai: 0, skor: 0 } });
    await testDb.jawabanKunjungan.updateMany({ where: { kunjunganId: c.id, butirId: b1(v2) }, data: { na: true, skor: null } });
    try {
      const after = (await trenSitus(await viewer("dinkes.madiun"), { posyandu }))!.titik.find((x) => x.id === a.id)!.skorSebanding;
      // A-1 "tidak": 0 × 2 + B-1 3 of 5 (3 × 0.6) over weight 5 = 36 (was 76).
      expect([before, after]).toEqual([76, 36]);
      await expectSameAsAnswers();
    } finally {
      await testDb.jawabanKunjungan.updateMany({ where: { kunjunganId: a.id, butirId: a1(v1) }, data: { nilai: 1, skor: 1 } });
      await testDb.jawabanKunjungan.updateMany({ where: { kunjunganId: c.id, butirId: b1(v2) }, data: { na: false, skor: new Prisma.Decimal("0.8") } });
    }
    await expectSameAsAnswers();
    expect((await trenSitus(await viewer("dinkes.madiun"), { posyandu }))!.titik[0].skorSebanding).toBe(76);
  });
});

describe("kunjunganScopeSql selects what kunjunganScope does", () => {
  for (const u of ["dinkes.madiun", "staf.madiun", "dinkes.demak", "pkm.geger", "pkm.kaibon", "bidan.klorogan", "kader.melati1", "kader.mawar2"] as DemoUsername[]) {
    it(u, async () => {
      const v = await viewer(u);
      const prismaIds = (await testDb.kunjunganSupervisi.findMany({ where: kunjunganScope(v), select: { id: true } })).map((x) => x.id).sort();
      const sqlIds = (await testDb.$queryRaw<{ id: string }[]>`SELECT k.id FROM kunjungan_supervisi k JOIN desa d ON d.id = k.desa_id WHERE ${kunjunganScopeSql(v)}`).map((x) => x.id).sort();
      expect(sqlIds).toEqual(prismaIds);
      if (u === "pkm.geger" || u === "dinkes.madiun") expect(sqlIds.length).toBeGreaterThanOrEqual(5);
    });
  }
});
