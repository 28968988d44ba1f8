/**
 * The follow-up list's filter choices (puskesmas first, then the desa of that puskesmas only), the
 * open and overdue counts, the puskesmas/desa filters and the KPI years: each equal to a plain
 * recomputation, and nothing outside the viewer's scope offered or listed. Also the invariant the SQL
 * scope rests on: a follow-up's kabupaten, desa and posyandu are its visit's, and the visit date the KPIs
 * read is kept equal to the visit's by triggers.
 */
import { afterAll, describe, expect, it } from "vitest";
import { testDb, viewer, desaId, posyanduId, KLOROGAN, type DemoUsername } from "../support/db.ts";
import type { Viewer } from "../../lib/access/viewer-type.ts";
import { tindakLanjutScope } from "../../lib/access/scope.ts";
import { listTindakLanjut, tindakLanjutPilihan } from "../../lib/tindak-lanjut/queries.ts";
import { tahunKinerja } from "../../lib/tindak-lanjut/kinerja.ts";
import { ZTindakLanjutListParams } from "../../lib/tindak-lanjut/schemas.ts";
import { createSelesaiVisit } from "../../prisma/seed-supervisi.ts";
import { NotFoundError } from "../../lib/errors.ts";

const ALL = ZTindakLanjutListParams.parse({ size: "100" });
const USERS: DemoUsername[] = ["dinkes.madiun", "staf.madiun", "dinkes.demak", "pkm.geger", "pkm.kaibon", "bidan.klorogan", "kader.melati1", "kader.mawar2"];
const visits: string[] = [];
afterAll(async () => {
  await testDb.kunjunganSupervisi.deleteMany({ where: { id: { in: visits } } });
});

/** Every follow-up in scope with its desa and puskesmas, through Prisma (the reference). */
async function inScope(v: Viewer) {
  return testDb.tindakLanjut.findMany({
    where: tindakLanjutScope(v),
    select: { id: true, status: true, batasWaktu: true, desaId: true, kunjungan: { select: { desa: { select: { id: true, nama: true, puskesmasId: true, puskesmas: { select: { id: true, nama: true } } } } } } },
  });
}
const byName = <T extends { nama: string }>(xs: T[]) => [...xs].sort((a, b) => a.nama.localeCompare(b.nama, "en"));
const uniq = <T extends { id: string }>(xs: T[]) => [...new Map(xs.map((x) => [x.id, x])).values()];

describe("the copied columns the scope reads", () => {
  it("every follow-up's kabupaten, desa, posyandu and visit date are its visit's (including one written now, and after its visit's date moved)", async () => {
    const madiun = (await viewer("dinkes.madiun")).kabupatenId;
    const v = await createSelesaiVisit(testDb, {
      kabupatenId: madiun, instrumenKode: "ILP-POSYANDU", desaId: await desaId(KLOROGAN), posyanduId: await posyanduId(KLOROGAN, "Melati 1"), tanggal: "2024-08-20",
      peserta: [{ nama: "Uji", peran: "Promkes", tim: true }],
      tindakLanjut: [{ masalah: "Uji salinan", tindakan: "t", tingkat: "DESA", pemilikNama: "Kepala Desa", batasWaktu: "2024-09-30" }],
    });
    visits.push(v.id);
    const beda = async () => (await testDb.$queryRaw<{ semua: number; beda: number }[]>`
      SELECT count(*)::int AS semua, count(*) FILTER (WHERE t.kabupaten_id <> k.kabupaten_id OR t.desa_id <> k.desa_id OR t.posyandu_id IS DISTINCT FROM k.posyandu_id
        OR t.kunjungan_tanggal IS DISTINCT FROM k.tanggal)::int AS beda
      FROM tindak_lanjut t JOIN kunjungan_supervisi k ON k.id = t.kunjungan_id`)[0];
    expect((await beda()).semua).toBeGreaterThan(5);
    expect((await beda()).beda).toBe(0);
    // The visit's date moved (the visit form does so for a draft): its follow-ups follow, in the same statement.
    await testDb.kunjunganSupervisi.update({ where: { id: v.id }, data: { tanggal: new Date("2024-08-27T00:00:00Z") } });
    expect((await beda()).beda).toBe(0);
    expect((await testDb.tindakLanjut.findFirstOrThrow({ where: { kunjunganId: v.id }, select: { kunjunganTanggal: true } })).kunjunganTanggal).toEqual(new Date("2024-08-27T00:00:00Z"));
    // A forged date written to a follow-up is replaced by its visit's.
    await testDb.tindakLanjut.updateMany({ where: { kunjunganId: v.id }, data: { kunjunganTanggal: new Date("2030-01-01T00:00:00Z") } });
    expect((await beda()).beda).toBe(0);
  });
});

describe("filter choices and counts", () => {
  const now = new Date("2024-07-15T05:00:00Z");

  for (const u of USERS) {
    it(`${u}: the counts equal the follow-ups in scope; the choices hold only puskesmas and desa with follow-ups in scope`, async () => {
      const v = await viewer(u);
      const rows = await inScope(v);
      const open = rows.filter((r) => r.status !== "SELESAI");
      const pilihan = await tindakLanjutPilihan(v, {}, now);
      expect(pilihan.terbuka).toBe(open.length);
      expect(pilihan.terlambat).toBe(open.filter((r) => r.batasWaktu < new Date("2024-07-15T00:00:00Z")).length);
      const dinkes = v.role === "DINKES" || v.role === "DINKES_ADMIN";
      const puskesmas = byName(uniq(rows.flatMap((r) => (r.kunjungan.desa.puskesmas ? [r.kunjungan.desa.puskesmas] : []))));
      expect(pilihan.puskesmas).toEqual(dinkes ? puskesmas : []);
      // Without a chosen puskesmas a Dinkes gets no desa list; a puskesmas officer gets its own desa.
      const ownDesa = byName(uniq(rows.map((r) => ({ id: r.kunjungan.desa.id, nama: r.kunjungan.desa.nama }))));
      expect(pilihan.desa).toEqual(v.role === "PUSKESMAS" ? ownDesa : []);
      expect(pilihan.puskesmasDesa).toBe(v.role === "PUSKESMAS" && ownDesa.length ? v.puskesmasId : null);

      // A Dinkes choosing each puskesmas gets that puskesmas's desa with follow-ups, and the list filtered to them.
      for (const pk of dinkes ? puskesmas : []) {
        const want = byName(uniq(rows.filter((r) => r.kunjungan.desa.puskesmasId === pk.id).map((r) => ({ id: r.kunjungan.desa.id, nama: r.kunjungan.desa.nama }))));
        const got = await tindakLanjutPilihan(v, { puskesmas: pk.id }, now);
        expect(got.desa).toEqual(want);
        expect(got.puskesmasDesa).toBe(pk.id);
        // A desa alone counts as its puskesmas chosen (an old ?desa= URL keeps its select).
        expect((await tindakLanjutPilihan(v, { desa: want[0].id }, now)).puskesmasDesa).toBe(pk.id);
        const list = await listTindakLanjut(v, { ...ALL, puskesmas: pk.id }, now);
        expect(list.rows.map((r) => r.id).sort()).toEqual(rows.filter((r) => r.kunjungan.desa.puskesmasId === pk.id).map((r) => r.id).sort());
      }
    });
  }

  it("a puskesmas outside the viewer's scope: no desa offered, nothing listed", async () => {
    const demak = await viewer("dinkes.demak");
    const demakPk = (await tindakLanjutPilihan(demak, {}, now)).puskesmas[0];
    const geger = (await viewer("pkm.geger")).puskesmasId!;
    // Another kabupaten's puskesmas, for a Dinkes.
    const madiun = await viewer("dinkes.madiun");
    expect(await tindakLanjutPilihan(madiun, { puskesmas: demakPk.id }, now)).toMatchObject({ desa: [], puskesmasDesa: null });
    expect((await listTindakLanjut(madiun, { ...ALL, puskesmas: demakPk.id }, now)).total).toBe(0);
    // Another puskesmas, for a puskesmas officer: still its own desa only, and none of the other's follow-ups.
    const kaibon = await viewer("pkm.kaibon");
    const p = await tindakLanjutPilihan(kaibon, { puskesmas: geger }, now);
    expect(p.desa).toEqual([]);
    expect((await listTindakLanjut(kaibon, { ...ALL, puskesmas: geger }, now)).total).toBe(0);
    const gegerDesa = (await tindakLanjutPilihan(await viewer("pkm.geger"), {}, now)).desa;
    expect(gegerDesa.length).toBeGreaterThan(0);
    expect((await listTindakLanjut(kaibon, { ...ALL, desa: gegerDesa[0].id }, now)).total).toBe(0);
    // A bidan desa or a kader cannot reach another desa through the filter either.
    const demakDesa = (await tindakLanjutPilihan(demak, { puskesmas: demakPk.id }, now)).desa[0];
    for (const u of ["bidan.klorogan", "kader.melati1"] as DemoUsername[]) expect((await listTindakLanjut(await viewer(u), { ...ALL, desa: demakDesa.id }, now)).total).toBe(0);
  });

  it("a desa left from another puskesmas is dropped (the list of the chosen puskesmas); a desa of it filters", async () => {
    const v = await viewer("dinkes.demak");
    const [a, b] = (await tindakLanjutPilihan(v, {}, now)).puskesmas;
    expect(b).toBeDefined();
    const desaA = (await tindakLanjutPilihan(v, { puskesmas: a.id }, now)).desa[0];
    const onlyB = await listTindakLanjut(v, { ...ALL, puskesmas: b.id }, now);
    expect(onlyB.total).toBeGreaterThan(0);
    expect((await listTindakLanjut(v, { ...ALL, puskesmas: b.id, desa: desaA.id }, now)).rows.map((r) => r.id)).toEqual(onlyB.rows.map((r) => r.id));
    const desaOfA = await listTindakLanjut(v, { ...ALL, puskesmas: a.id, desa: desaA.id }, now);
    expect(desaOfA.total).toBeGreaterThan(0);
    expect(new Set(desaOfA.rows.map((r) => r.desa))).toEqual(new Set([desaA.nama]));
    // Without a puskesmas, ?desa= filters as before.
    expect((await listTindakLanjut(v, { ...ALL, desa: desaA.id }, now)).rows.map((r) => r.id)).toEqual(desaOfA.rows.map((r) => r.id));
  });

  it("a role without supervisi.read: refused as not found", async () => {
    const v = { ...(await viewer("kader.melati1")), role: "TAMU" } as unknown as Viewer;
    await expect(tindakLanjutPilihan(v)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("KPI years", () => {
  it("the year skip equals the distinct years of visits with follow-ups in scope, per role", async () => {
    for (const u of USERS) {
      const v = await viewer(u);
      const rows = await testDb.tindakLanjut.findMany({ where: tindakLanjutScope(v), select: { kunjungan: { select: { tanggal: true } } } });
      const want = [...new Set(rows.map((r) => r.kunjungan.tanggal.getUTCFullYear()))].sort((a, b) => b - a);
      expect(await tahunKinerja(v), u).toEqual(want);
    }
  });
});
