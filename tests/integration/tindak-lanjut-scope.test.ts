/**
 * Follow-ups (tindak lanjut): every read and write per role, the SQL scope and "milik saya" equal to
 * their Prisma/pure twins, ownership (a kader only marks its own done), forged ids and forged action
 * calls answering "tidak ditemukan", audit rows, the double submit, the beranda card and the KPIs.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { randomUUID } from "node:crypto";
import { testDb, viewer, posyanduId, desaId, auditCount, KLOROGAN, type DemoUsername } from "../support/db.ts";
import type { Viewer } from "../../lib/access/viewer-type.ts";

const getViewer = vi.fn<() => Promise<Viewer | null>>();
vi.mock("../../lib/auth/viewer.ts", () => ({ getViewer: () => getViewer(), requireViewer: () => getViewer() }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import { tindakLanjutScope } from "../../lib/access/scope.ts";
import { berandaTindakLanjut, getTindakLanjut, listTindakLanjut, tindakLanjutPilihan } from "../../lib/tindak-lanjut/queries.ts";
import { kinerjaTindakLanjut, tahunKinerja } from "../../lib/tindak-lanjut/kinerja.ts";
import { updateTindakLanjut } from "../../lib/tindak-lanjut/dal.ts";
import { updateTindakLanjutAction } from "../../lib/tindak-lanjut/actions.ts";
import { ZTindakLanjutListParams, type TTindakLanjutUpdate } from "../../lib/tindak-lanjut/schemas.ts";
import { isOwnedBy, kpiOf } from "../../lib/supervisi/pemilik.ts";
import { isoDay } from "../../lib/i18n/format.ts";
import { DomainError, ForbiddenError, NotFoundError } from "../../lib/errors.ts";
import { createSelesaiVisit } from "../../prisma/seed-supervisi.ts";
import { initialActionState } from "../../lib/actions/action-state.ts";

const ALL = ZTindakLanjutListParams.parse({ size: "100" });
const USERS: DemoUsername[] = ["dinkes.madiun", "staf.madiun", "dinkes.demak", "pkm.geger", "pkm.kaibon", "bidan.klorogan", "kader.melati1", "kader.mawar2"];
const visits: string[] = [];

const upd = (id: string, o: Partial<TTindakLanjutUpdate> = {}): TTindakLanjutUpdate => ({ id, status: "SELESAI", catatanBukti: "Sudah dikerjakan, foto terlampir.", requestId: randomUUID(), ...o });

/** A fresh submitted visit to Melati 1 with one follow-up per owner level (named owners where the seed names them). */
async function freshMelati() {
  const madiun = (await viewer("dinkes.madiun")).kabupatenId;
  const pkm = await viewer("pkm.geger");
  const kader = await viewer("kader.melati1");
  const v = await createSelesaiVisit(testDb, {
    kabupatenId: madiun, instrumenKode: "ILP-POSYANDU", desaId: await desaId(KLOROGAN), posyanduId: await posyanduId(KLOROGAN, "Melati 1"), tanggal: "2024-08-13",
    peserta: [{ nama: "Uji Supervisor", peran: "Promkes", tim: true }],
    tindakLanjut: [
      { masalah: "Uji kader", tindakan: "t", tingkat: "KADER", pemilikNama: "Kader Melati 1", pemilikUserId: kader.id, batasWaktu: "2024-09-30" },
      { masalah: "Uji desa", tindakan: "t", tingkat: "DESA", pemilikNama: "Kepala Desa", batasWaktu: "2024-09-30" },
      { masalah: "Uji puskesmas", tindakan: "t", tingkat: "PUSKESMAS", pemilikNama: "Petugas Puskesmas Geger", pemilikUserId: pkm.id, batasWaktu: "2024-09-30" },
      { masalah: "Uji dinkes", tindakan: "t", tingkat: "DINKES", pemilikNama: "Bidang Kesmas", batasWaktu: "2024-09-30" },
    ],
  });
  visits.push(v.id);
  const [kaderTl, desaTl, pkmTl, dinkesTl] = v.tindakLanjut;
  return { kaderTl, desaTl, pkmTl, dinkesTl };
}

async function demakTl() {
  return (await testDb.tindakLanjut.findFirstOrThrow({ where: { masalah: { startsWith: "Pustu Banyumeneng belum memiliki perawat" } }, select: { id: true } })).id;
}

afterAll(async () => {
  await testDb.kunjunganSupervisi.deleteMany({ where: { id: { in: visits } } });
});
beforeEach(() => getViewer.mockReset());

describe("reads: each role sees the follow-ups of its area only (seed)", () => {
  const expected: Record<DemoUsername, number> = { "dinkes.madiun": 3, "staf.madiun": 3, "dinkes.demak": 4, "pkm.geger": 3, "pkm.kaibon": 0, "bidan.klorogan": 3, "kader.melati1": 3, "kader.mawar2": 0 };
  for (const u of USERS) {
    it(`${u}: ${expected[u]} follow-ups, the SQL scope selecting exactly what tindakLanjutScope does`, async () => {
      const v = await viewer(u);
      const { rows, total } = await listTindakLanjut(v, ALL);
      const prisma = await testDb.tindakLanjut.findMany({ where: tindakLanjutScope(v), select: { id: true } });
      expect(total).toBe(expected[u]);
      expect(rows.map((r) => r.id).sort()).toEqual(prisma.map((r) => r.id).sort());
    });
  }
  it("'milik saya' in SQL is isOwnedBy, for every role", async () => {
    for (const u of USERS) {
      const v = await viewer(u);
      const mine = (await listTindakLanjut(v, { ...ALL, milik: "saya" })).rows.map((r) => r.id).sort();
      const all = await testDb.tindakLanjut.findMany({ where: tindakLanjutScope(v), select: { id: true, kabupatenId: true, tingkatPemilik: true, pemilikUserId: true, desaId: true, posyanduId: true, kunjungan: { select: { desa: { select: { puskesmasId: true } } } } } });
      const expectedMine = all.filter((t) => isOwnedBy(v, { ...t, puskesmasId: t.kunjungan.desa.puskesmasId })).map((t) => t.id).sort();
      expect(mine, u).toEqual(expectedMine);
    }
  });
  it("filters: overdue, status, level, search; overdue ones come first and say how many days", async () => {
    const v = await viewer("dinkes.demak");
    const now = new Date("2024-07-15T05:00:00Z");
    const over = await listTindakLanjut(v, { ...ALL, terlambat: "ya" }, now);
    expect(over.rows.map((r) => r.masalah)).toEqual(["Pustu Banyumeneng belum memiliki perawat."]);
    expect(over.rows[0].hariTerlambat).toBe(15);
    const all = await listTindakLanjut(v, ALL, now);
    expect(all.rows[0].hariTerlambat).toBeGreaterThan(0);
    expect((await listTindakLanjut(v, { ...ALL, status: "SELESAI" })).total).toBe(2);
    expect((await listTindakLanjut(v, { ...ALL, tingkat: "DESA" })).rows.map((r) => r.desa)).toEqual(["Pundenarum"]);
    expect((await listTindakLanjut(v, { ...ALL, q: "apbdes" })).total).toBe(1);
    const pilihan = await tindakLanjutPilihan(v, {}, now);
    expect(pilihan.puskesmas.map((p) => p.nama)).toEqual(["Puskesmas Karangawen II", "Puskesmas Mranggen III"]);
    expect(pilihan.terlambat).toBe(1);
    expect(pilihan.terbuka).toBe(all.total - 2);
    // The desa are offered per puskesmas (tests/integration/tindak-lanjut-pilihan.test.ts): together, every desa listed.
    const desa = (await Promise.all(pilihan.puskesmas.map((p) => tindakLanjutPilihan(v, { puskesmas: p.id }, now)))).flatMap((x) => x.desa.map((d) => d.nama));
    expect(desa.sort((a, b) => a.localeCompare(b, "en"))).toEqual([...new Set(all.rows.map((r) => r.desa))].sort((a, b) => a.localeCompare(b, "en")));
    expect(pilihan.desa).toEqual([]);
    expect(await tindakLanjutPilihan(await viewer("pkm.kaibon"), {}, now)).toEqual({ puskesmas: [], desa: [], puskesmasDesa: null, terlambat: 0, terbuka: 0 });
  });
  it("a follow-up of another area is 'not found' for every reader there, as one that does not exist", async () => {
    const id = await demakTl();
    for (const u of ["dinkes.madiun", "pkm.geger", "bidan.klorogan", "kader.melati1"] as DemoUsername[]) {
      await expect(getTindakLanjut(await viewer(u), id)).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(getTindakLanjut(await viewer("dinkes.demak"), randomUUID())).rejects.toBeInstanceOf(NotFoundError);
    await expect(getTindakLanjut(await viewer("dinkes.demak"), "bukan-uuid")).rejects.toBeInstanceOf(NotFoundError);
    expect((await getTindakLanjut(await viewer("dinkes.demak"), id)).verifikasi).toEqual([{ hasil: "BELUM", catatan: "Perawat belum ditempatkan.", tanggal: "2024-05-14" }]);
  });
  it("a kader does not see follow-ups of a visit that is not submitted", async () => {
    const { kaderTl } = await freshMelati();
    const visit = visits.at(-1)!;
    await testDb.kunjunganSupervisi.update({ where: { id: visit }, data: { status: "BERLANGSUNG" } });
    await expect(getTindakLanjut(await viewer("kader.melati1"), kaderTl)).rejects.toBeInstanceOf(NotFoundError);
    expect((await getTindakLanjut(await viewer("pkm.geger"), kaderTl)).id).toBe(kaderTl);
    await testDb.kunjunganSupervisi.update({ where: { id: visit }, data: { status: "SELESAI" } });
  });
});

describe("updates: ownership per role, reasons in Bahasa, nothing written when refused", () => {
  let t: Awaited<ReturnType<typeof freshMelati>>;
  beforeAll(async () => {
    t = await freshMelati();
  });

  async function refused(u: DemoUsername, input: TTindakLanjutUpdate, kind: typeof DomainError | typeof NotFoundError | typeof ForbiddenError, message?: RegExp) {
    const before = await auditCount();
    const row = await testDb.tindakLanjut.findUniqueOrThrow({ where: { id: input.id }, select: { status: true, catatanBukti: true } });
    const p = updateTindakLanjut(await viewer(u), input);
    await expect(p).rejects.toBeInstanceOf(kind);
    if (message) await expect(p).rejects.toThrow(message);
    expect(await auditCount()).toBe(before);
    expect(await testDb.tindakLanjut.findUniqueOrThrow({ where: { id: input.id }, select: { status: true, catatanBukti: true } })).toEqual(row);
  }

  it("outside the scope: 'tidak ditemukan' (another posyandu's kader, another puskesmas, another kabupaten)", async () => {
    await refused("kader.mawar2", upd(t.kaderTl), NotFoundError);
    await refused("pkm.kaibon", upd(t.pkmTl), NotFoundError);
    await refused("dinkes.demak", upd(t.dinkesTl), NotFoundError);
    await refused("dinkes.madiun", upd(await demakTl()), NotFoundError);
  });
  it("the kader may only mark its own follow-up done, with a note", async () => {
    await refused("kader.melati1", upd(t.desaTl), DomainError, /Kader hanya dapat menandai selesai tindak lanjut miliknya sendiri/);
    await refused("kader.melati1", upd(t.kaderTl, { status: "PROSES" }), DomainError, /hanya dapat menandai tindak lanjut ini selesai/);
    await refused("kader.melati1", upd(t.kaderTl, { catatanBukti: null }), DomainError, /Catatan bukti wajib/);
    const before = await auditCount();
    const kader = await viewer("kader.melati1");
    await updateTindakLanjut(kader, upd(t.kaderTl, { catatanBukti: "Register ibu hamil sudah lengkap." }), new Date("2024-09-20T03:00:00Z"));
    const row = await testDb.tindakLanjut.findUniqueOrThrow({ where: { id: t.kaderTl }, select: { status: true, catatanBukti: true, selesaiAt: true, selesaiOlehId: true } });
    expect(row).toEqual({ status: "SELESAI", catatanBukti: "Register ibu hamil sudah lengkap.", selesaiAt: new Date("2024-09-20T03:00:00Z"), selesaiOlehId: kader.id });
    expect(await auditCount()).toBe(before + 1);
    const audit = await testDb.auditLog.findFirstOrThrow({ where: { entity: "tindak_lanjut", entityId: t.kaderTl }, orderBy: { at: "desc" } });
    expect(audit).toMatchObject({ action: "UPDATE", actorId: kader.id, before: { status: "BELUM" }, after: { status: "SELESAI", catatanBukti: "Register ibu hamil sudah lengkap." } });
    await refused("kader.melati1", upd(t.kaderTl), DomainError, /sudah selesai/);
  });
  it("Dinkes staff: Dinkes-level only; the puskesmas: its own fully, kader/desa-level only to close, not Dinkes-level", async () => {
    await refused("staf.madiun", upd(t.pkmTl, { status: "PROSES" }), DomainError, /Staf Dinkes hanya/);
    await refused("pkm.geger", upd(t.dinkesTl, { status: "PROSES" }), DomainError, /tingkat Dinkes/);
    await refused("pkm.geger", upd(t.desaTl, { status: "PROSES" }), DomainError, /hanya dapat menandai/);
    await updateTindakLanjut(await viewer("pkm.geger"), upd(t.pkmTl, { status: "PROSES", catatanBukti: null }));
    await refused("pkm.geger", upd(t.pkmTl, { status: "BELUM", catatanBukti: null }), DomainError, /tidak dapat mundur/);
    await updateTindakLanjut(await viewer("pkm.geger"), upd(t.desaTl, { catatanBukti: "Insentif masuk APBDes perubahan." }));
    await updateTindakLanjut(await viewer("staf.madiun"), upd(t.dinkesTl, { status: "PROSES", catatanBukti: "Dijadwalkan." }));
    expect((await testDb.tindakLanjut.findMany({ where: { id: { in: [t.pkmTl, t.desaTl, t.dinkesTl] } }, select: { status: true }, orderBy: { masalah: "asc" } })).map((r) => r.status).sort()).toEqual(["PROSES", "PROSES", "SELESAI"]);
  });
  it("a double submit (the same requestId, twice at once) changes once and writes one audit row", async () => {
    const input = upd(t.pkmTl, { catatanBukti: "Kalibrasi selesai." });
    const before = await auditCount();
    const pkm = await viewer("pkm.geger");
    const results = await Promise.all([updateTindakLanjut(pkm, input), updateTindakLanjut(pkm, input)]);
    expect(results.map((r) => r.id)).toEqual([t.pkmTl, t.pkmTl]);
    expect(results.filter((r) => r.duplicateSubmit)).toHaveLength(1);
    expect(await auditCount()).toBe(before + 1);
  });
  it("forged action calls: another kabupaten's id, another posyandu's, a malformed id: 'tidak ditemukan', nothing written", async () => {
    const before = await auditCount();
    const fd = (id: string) => {
      const f = new FormData();
      f.set("id", id);
      f.set("status", "SELESAI");
      f.set("catatanBukti", "palsu");
      f.set("requestId", randomUUID());
      return f;
    };
    getViewer.mockResolvedValue(await viewer("kader.mawar2"));
    expect(await updateTindakLanjutAction(initialActionState, fd(t.kaderTl))).toMatchObject({ ok: false, message: "Data tidak ditemukan." });
    getViewer.mockResolvedValue(await viewer("dinkes.madiun"));
    expect(await updateTindakLanjutAction(initialActionState, fd(await demakTl()))).toMatchObject({ ok: false, message: "Data tidak ditemukan." });
    expect(await updateTindakLanjutAction(initialActionState, fd("bukan-uuid"))).toMatchObject({ ok: false, fieldErrors: { id: ["Data tidak ditemukan."] } });
    getViewer.mockResolvedValue(await viewer("kader.melati1"));
    const f = fd(t.desaTl);
    f.set("status", "LAIN");
    const r = await updateTindakLanjutAction(initialActionState, f);
    expect(r.ok).toBe(false);
    expect(r.fieldErrors?.status?.[0]).toBeTruthy();
    expect(r.values?.catatanBukti).toBe("palsu");
    expect(await auditCount()).toBe(before);
  });
});

describe("beranda card and KPIs", () => {
  it("the puskesmas officer's own open follow-ups, overdue first; it leaves the list when closed; the area's overdue count", async () => {
    const pkm = await viewer("pkm.geger");
    const now = new Date("2024-07-15T05:00:00Z");
    const b = await berandaTindakLanjut(pkm, now);
    expect(b!.rows.map((r) => r.masalah)).toContain("Timbangan dan alat ukur belum dikalibrasi dalam 12 bulan terakhir.");
    expect(b!.rows[0].hariTerlambat).toBeGreaterThan(0);
    expect(b!.terlambatWilayah).toBeGreaterThanOrEqual(1);
    const kader = await berandaTindakLanjut(await viewer("kader.melati1"), now);
    expect(kader!.terlambatWilayah).toBeNull();
    expect(kader!.rows.every((r) => r.tingkatPemilik === "KADER")).toBe(true);
    const { id } = await testDb.tindakLanjut.findFirstOrThrow({ where: { masalah: { startsWith: "Timbangan dan alat ukur" } }, select: { id: true } });
    await updateTindakLanjut(pkm, upd(id, { catatanBukti: "Dikalibrasi oleh Puskesmas." }));
    expect((await berandaTindakLanjut(pkm, now))!.rows.map((r) => r.id)).not.toContain(id);
    await testDb.tindakLanjut.update({ where: { id }, data: { status: "BELUM", catatanBukti: null, selesaiAt: null, selesaiOlehId: null } });
  });
  it("KPIs in SQL equal the pure kpiOf, per puskesmas and in total (Demak seed)", async () => {
    const v = await viewer("dinkes.demak");
    const now = new Date("2024-07-15T05:00:00Z");
    const k = await kinerjaTindakLanjut(v, now);
    const rows = await testDb.tindakLanjut.findMany({ where: tindakLanjutScope(v), select: { status: true, batasWaktu: true, selesaiAt: true, kunjungan: { select: { tanggal: true, desa: { select: { puskesmas: { select: { nama: true } } } } } } } });
    const input = (r: (typeof rows)[number]) => ({ status: r.status, batasWaktu: isoDay(r.batasWaktu), selesaiAt: r.selesaiAt, tanggalKunjungan: isoDay(r.kunjungan.tanggal) });
    const { jumlah, selesai, terlambat, jatuhTempo, tepatWaktu, persenTepatWaktu, medianHari } = k.total;
    expect({ jumlah, selesai, terlambat, jatuhTempo, tepatWaktu, persenTepatWaktu, medianHari }).toEqual(kpiOf(rows.map(input), now));
    // Mranggen III closed its training on time (79 days after the visit); Karangawen II closed late (62 days).
    expect(k.total).toMatchObject({ jumlah: 4, selesai: 2, tepatWaktu: 1, terlambat: 1, persenTepatWaktu: 33.3, medianHari: 70.5 });
    for (const p of k.perPuskesmas) {
      const mine = rows.filter((r) => r.kunjungan.desa.puskesmas?.nama === p.puskesmas).map(input);
      expect({ ...p, puskesmasId: undefined, puskesmas: undefined }).toEqual({ ...kpiOf(mine, now), puskesmasId: undefined, puskesmas: undefined });
    }
    // By the visits' year: the Demak visits are of 2024.
    expect(await tahunKinerja(v)).toEqual([2024]);
    expect((await kinerjaTindakLanjut(v, now, 2024)).total).toEqual(k.total);
    expect((await kinerjaTindakLanjut(v, now, 2023)).total).toMatchObject({ jumlah: 0, medianHari: null });
    const empty = await kinerjaTindakLanjut(await viewer("pkm.kaibon"), now);
    expect(empty.total).toMatchObject({ jumlah: 0, persenTepatWaktu: null, medianHari: null });
    expect(empty.perPuskesmas).toEqual([]);
  });
});
