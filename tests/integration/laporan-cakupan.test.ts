/**
 * Coverage and "belum datang" on the seeded demo year: indicators equal a JS count from the rows,
 * roll-ups add up, each role sees its area (forged ids: not found); "belum datang" is by name for
 * the roles that see names only, lists exactly the registered live people without an entry that
 * month, masks the NIK, and its download is audited.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { testDb, viewer, posyanduId, auditCount, KLOROGAN } from "../support/db.ts";
import type { Viewer } from "../../lib/access/viewer-type.ts";

const getViewer = vi.fn<() => Promise<Viewer | null>>();
vi.mock("../../lib/auth/viewer.ts", () => ({ getViewer: () => getViewer(), requireViewer: () => getViewer() }));

import { laporanCakupan } from "../../lib/laporan/cakupan.ts";
import { INDIKATOR_CAKUPAN } from "../../lib/laporan/cakupan-indikator.ts";
import { laporanBelumDatang } from "../../lib/laporan/belum-datang.ts";
import { ZBelumDatangParams, ZLaporanParams } from "../../lib/laporan/schemas.ts";
import { bulanDari } from "../../lib/laporan/bulan.ts";
import { umurBulanPada } from "../../lib/sasaran/kelompok.ts";
import { parseCsv } from "../../lib/csv/index.ts";
import { NotFoundError } from "../../lib/errors.ts";
import { GET as unduhCakupan } from "../../app/(app)/laporan/cakupan/unduh/route.ts";
import { GET as unduhBelumDatang } from "../../app/(app)/laporan/belum-datang/unduh/route.ts";

beforeEach(() => getViewer.mockReset());
const iso = (d: Date) => d.toISOString().slice(0, 10);
const range = (kode: string) => {
  const b = bulanDari(kode);
  return { b, tanggal: { gte: new Date(`${b.awal}T00:00:00Z`), lt: new Date(`${b.akhirEksklusif}T00:00:00Z`) } };
};

describe("cakupan", () => {
  it("Melati 1, August 2024: vitamin A and obat cacing for balita equal the hand count, and are real coverage (most, not all)", async () => {
    const melati1 = await posyanduId(KLOROGAN, "Melati 1");
    const l = await laporanCakupan(await viewer("kader.melati1"), ZLaporanParams.parse({ bulan: "2024-08" }));
    const { b, tanggal } = range("2024-08");
    const entries = await testDb.pemeriksaan.findMany({ where: { posyanduId: melati1, tanggal }, select: { umurBulan: true, layanan: true } });
    const people = await testDb.sasaran.findMany({ where: { posyanduId: melati1, digabungKeId: null, isActive: true }, select: { tanggalLahir: true } });
    const umur = people.filter((p) => iso(p.tanggalLahir) <= b.akhir).map((p) => umurBulanPada(iso(p.tanggalLahir), b.akhir));
    const given = (key: string, lo: number, hi: number) => entries.filter((e) => e.umurBulan >= lo && e.umurBulan <= hi && (e.layanan as Record<string, unknown>)[key] === true).length;
    expect(l.total.vitaminABalita).toEqual({ pembilang: given("vitaminA", 12, 59), penyebut: umur.filter((u) => u >= 12 && u <= 59).length });
    expect(l.total.vitaminABayi).toEqual({ pembilang: given("vitaminA", 6, 11), penyebut: umur.filter((u) => u >= 6 && u <= 11).length });
    expect(l.total.obatCacing.pembilang).toBe(given("obatCacing", 12, 59));
    expect(l.total.vitaminABalita.pembilang / l.total.vitaminABalita.penyebut).toBeGreaterThan(0.5);
    expect(l.total.vitaminABalita.pembilang).toBeLessThan(l.total.vitaminABalita.penyebut);
  });
  it("the year shows lansia screened, hypertension among lansia, and positive PUMA; numerators never exceed denominators", async () => {
    const v = await viewer("bidan.klorogan");
    let hipertensi = 0;
    let puma = 0;
    let skilas = 0;
    for (let m = 1; m <= 12; m++) {
      const l = await laporanCakupan(v, ZLaporanParams.parse({ bulan: `2024-${String(m).padStart(2, "0")}` }));
      for (const i of INDIKATOR_CAKUPAN) expect(l.total[i.kode].pembilang, `${i.kode} ${m}`).toBeLessThanOrEqual(l.total[i.kode].penyebut);
      hipertensi += l.total.hipertensiLansia.pembilang;
      puma += l.total.pumaPositif.pembilang;
      skilas += l.total.skilasLansia.pembilang;
      for (const k of ["tdLansia", "ttdBumil", "asiEksklusif"] as const) expect(l.total[k].pembilang, `${k} ${m}`).toBe(l.baris.reduce((a, b) => a + b.baris[k].pembilang, 0));
    }
    expect(hipertensi).toBeGreaterThan(5);
    expect(puma).toBeGreaterThan(0);
    expect(skilas).toBeGreaterThan(50);
  });
  it("scope: the Demak admin sees Kenanga 1 only; a forged posyandu id answers not found; the aggregate download works for the Dinkes", async () => {
    const demak = await laporanCakupan(await viewer("dinkes.demak"), ZLaporanParams.parse({ bulan: "2024-05" }));
    expect(demak.posyandu.some((p) => p.posyandu === "Melati 1")).toBe(false);
    expect(demak.total.tdLansia.pembilang).toBeGreaterThan(0);
    await expect(laporanCakupan(await viewer("kader.mawar2"), ZLaporanParams.parse({ bulan: "2024-05", posyanduId: await posyanduId(KLOROGAN, "Melati 1") }))).rejects.toBeInstanceOf(NotFoundError);
    getViewer.mockResolvedValue(await viewer("staf.madiun"));
    const res = await unduhCakupan(new Request("http://localhost/laporan/cakupan/unduh?bulan=2024-08&format=csv"));
    expect(res.status).toBe(200);
    const rows = parseCsv(await res.text());
    expect(rows[0]).toEqual(["tingkat", "wilayah", "desa", "kode_indikator", "indikator", "pembilang", "penyebut", "persen"]);
    expect(rows.some((r) => r[3] === "vitaminABalita" && r[0] === "jumlah")).toBe(true);
  });
});

describe("belum datang", () => {
  it("kader.melati1, May 2024: exactly the registered live people with no entry that month, with their last visit", async () => {
    const melati1 = await posyanduId(KLOROGAN, "Melati 1");
    const { b, tanggal } = range("2024-05");
    const people = await testDb.sasaran.findMany({ where: { posyanduId: melati1, digabungKeId: null, isActive: true, tanggalLahir: { lte: new Date(`${b.akhir}T00:00:00Z`) } }, select: { id: true } });
    const came = new Set((await testDb.pemeriksaan.findMany({ where: { sasaranId: { in: people.map((p) => p.id) }, tanggal }, select: { sasaranId: true } })).map((e) => e.sasaranId));
    const expected = people.filter((p) => !came.has(p.id)).map((p) => p.id).sort();
    const v = await viewer("kader.melati1");
    const all = await laporanBelumDatang(v, melati1, ZBelumDatangParams.parse({ bulan: "2024-05" }), true);
    expect(all.rows.map((r) => r.id).sort()).toEqual(expected);
    expect(all.total).toBe(expected.length);
    expect(expected.length).toBeGreaterThan(20);
    const someone = all.rows.find((r) => r.terakhir !== null)!;
    const last = await testDb.pemeriksaan.findFirstOrThrow({ where: { sasaranId: someone.id, tanggal: { lt: tanggal.lt } }, orderBy: { tanggal: "desc" }, select: { tanggal: true } });
    expect(someone.terakhir).toBe(iso(last.tanggal));
    expect(someone.terakhir! < b.awal).toBe(true);
    for (const r of all.rows) if (r.nikMasked) expect(r.nikMasked).toMatch(/^\d{4}•{8}\d{4}$/);
    // Paged and filtered in SQL.
    const page = await laporanBelumDatang(v, melati1, ZBelumDatangParams.parse({ bulan: "2024-05", size: "10", page: "2" }));
    expect(page.rows.map((r) => r.id)).toEqual(all.rows.slice(10, 20).map((r) => r.id));
    const lansia = await laporanBelumDatang(v, melati1, ZBelumDatangParams.parse({ bulan: "2024-05", kelompok: "LANSIA" }), true);
    expect(lansia.rows.length).toBeGreaterThan(0);
    expect(lansia.rows.every((r) => r.kelompok === "LANSIA")).toBe(true);
    const q = all.rows[0].nama.split(" ")[0];
    const found = await laporanBelumDatang(v, melati1, ZBelumDatangParams.parse({ bulan: "2024-05", q }), true);
    expect(found.rows.every((r) => r.nama.toLowerCase().includes(q.toLowerCase()))).toBe(true);
  });
  it("by name for sasaran.read only: the Dinkes is refused; a kader forging another posyandu gets not found; the download is audited", async () => {
    const melati1 = await posyanduId(KLOROGAN, "Melati 1");
    getViewer.mockResolvedValue(await viewer("dinkes.madiun"));
    const before = await auditCount();
    expect((await unduhBelumDatang(new Request(`http://localhost/laporan/belum-datang/unduh?bulan=2024-05&posyanduId=${melati1}`))).status).toBe(404);
    getViewer.mockResolvedValue(await viewer("kader.mawar2"));
    expect((await unduhBelumDatang(new Request(`http://localhost/laporan/belum-datang/unduh?bulan=2024-05&posyanduId=${melati1}`))).status).toBe(404);
    expect(await auditCount()).toBe(before);
    getViewer.mockResolvedValue(await viewer("kader.melati1"));
    const res = await unduhBelumDatang(new Request(`http://localhost/laporan/belum-datang/unduh?bulan=2024-05&posyanduId=${melati1}&format=csv`));
    expect(res.status).toBe(200);
    const rows = parseCsv(await res.text());
    expect(rows[0]).toEqual(["nama", "nik", "jenis_kelamin", "tanggal_lahir", "umur_bulan", "kelompok", "hamil", "alamat", "telepon", "nama_ibu", "kunjungan_terakhir"]);
    for (const r of rows.slice(1).filter((x) => x.length > 1)) expect(r[1]).toMatch(/^(|\d{4}•{8}\d{4})$/);
    expect(await auditCount()).toBe(before + 1);
    expect(await testDb.auditLog.findFirstOrThrow({ where: { entity: "laporan_belum_datang", entityId: melati1 }, orderBy: { at: "desc" } })).toMatchObject({ action: "DOWNLOAD", actorName: "kader.melati1" });
  });
});
