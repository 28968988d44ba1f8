/**
 * SKDN on the seeded demo year: every figure equals a count made independently in JS from the rows,
 * D = N + T + O + B for every posyandu-month, roll-ups add up, each role sees its area only (forged
 * drill ids answer "not found"), the Dinkes gets no names, and the by-name CSV has exactly the
 * issue's columns and formats and is audited.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { testDb, viewer, posyanduId, desaId, auditCount, KLOROGAN, BANYUMENENG } from "../support/db.ts";
import type { Viewer } from "../../lib/access/viewer-type.ts";

const getViewer = vi.fn<() => Promise<Viewer | null>>();
vi.mock("../../lib/auth/viewer.ts", () => ({ getViewer: () => getViewer(), requireViewer: () => getViewer() }));

import { laporanSkdn, skdnPerPosyandu } from "../../lib/laporan/skdn.ts";
import { laporanSkdnBalita } from "../../lib/laporan/skdn-balita.ts";
import { SKDN_CSV_HEADER } from "../../lib/laporan/skdn-csv.ts";
import { rasioSkdn } from "../../lib/laporan/skdn-hitung.ts";
import { bulanDari } from "../../lib/laporan/bulan.ts";
import { ZLaporanParams } from "../../lib/laporan/schemas.ts";
import { umurBulanPada } from "../../lib/sasaran/kelompok.ts";
import { parseCsv } from "../../lib/csv/index.ts";
import { NotFoundError } from "../../lib/errors.ts";
import { GET as unduhBalita } from "../../app/(app)/laporan/skdn/balita/unduh/route.ts";
import { GET as unduhSkdn } from "../../app/(app)/laporan/skdn/unduh/route.ts";

beforeEach(() => getViewer.mockReset());

const iso = (d: Date) => d.toISOString().slice(0, 10);
const MONTHS = Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, "0")}`);

/** SKDN of one posyandu-month counted in JS from the rows (no SQL aggregate). */
async function handCount(pid: string, kode: string) {
  const b = bulanDari(kode);
  const entries = await testDb.pemeriksaan.findMany({ where: { posyanduId: pid, tanggal: { gte: new Date(`${b.awal}T00:00:00Z`), lt: new Date(`${b.akhirEksklusif}T00:00:00Z`) } }, select: { sasaranId: true, umurBulan: true, beratKg: true, naik: true, duaT: true, bgm: true } });
  const weighed = entries.filter((e) => e.umurBulan < 60 && e.beratKg !== null);
  const people = await testDb.sasaran.findMany({ where: { posyanduId: pid, digabungKeId: null, isActive: true }, select: { tanggalLahir: true } });
  const K = people.filter((p) => iso(p.tanggalLahir) <= b.akhir && umurBulanPada(iso(p.tanggalLahir), b.akhir) < 60).length;
  const targets = await testDb.targetSasaran.findMany({ where: { posyanduId: pid, tahun: b.tahun, kelompok: { in: ["BAYI", "BALITA"] } }, select: { jumlah: true } });
  const count = (s: string) => weighed.filter((e) => e.naik === s).length;
  return {
    S: targets.length ? targets.reduce((a, t) => a + t.jumlah, 0) : K, K, D: new Set(weighed.map((e) => e.sasaranId)).size,
    N: count("N"), T: count("T"), O: count("O"), B: count("B"), duaT: weighed.filter((e) => e.duaT).length, BGM: weighed.filter((e) => e.bgm).length,
  };
}

/** "Posyandu <nama>" of every active posyandu in Desa Klorogan, sorted. */
async function kloroganPosyandu(): Promise<string[]> {
  const rows = await testDb.posyandu.findMany({ where: { isActive: true, desa: { kode: KLOROGAN } }, select: { nama: true } });
  return rows.map((r) => `Posyandu ${r.nama}`).sort();
}

describe("SKDN arithmetic on the demo year", () => {
  it("Melati 1, May 2024: every figure equals the hand count, and the month is a real one (balita weighed, some T)", async () => {
    const v = await viewer("bidan.klorogan");
    const melati1 = await posyanduId(KLOROGAN, "Melati 1");
    const [row] = await skdnPerPosyandu(v, bulanDari("2024-05"), { posyanduId: melati1 });
    const hand = await handCount(melati1, "2024-05");
    expect({ S: row.S, K: row.K, D: row.D, N: row.N, T: row.T, O: row.O, B: row.B, duaT: row.duaT, BGM: row.BGM }).toEqual(hand);
    // About 60 seeded balita (the seed's own people, written together); K also counts the people other
    // test files register in Melati 1, how many depends on which files ran first.
    const first = (await testDb.sasaran.aggregate({ where: { posyanduId: melati1 }, _min: { createdAt: true } }))._min.createdAt!;
    const akhir = bulanDari("2024-05").akhir;
    const seeded = (await testDb.sasaran.findMany({ where: { posyanduId: melati1, createdAt: { lte: new Date(first.getTime() + 1000) } }, select: { tanggalLahir: true } }))
      .filter((p) => iso(p.tanggalLahir) <= akhir && umurBulanPada(iso(p.tanggalLahir), akhir) < 60).length;
    expect(seeded).toBeGreaterThanOrEqual(50);
    expect(seeded).toBeLessThanOrEqual(90);
    expect(row.K).toBeGreaterThanOrEqual(seeded);
    expect(row.D).toBeGreaterThan(30);
    expect(row.N).toBeGreaterThan(0);
    expect(row.T).toBeGreaterThan(0);
    expect(row.sDariK).toBe(false);
  });
  it("D = N + T + O + B and the hand count hold for every posyandu-month of 2024 (Madiun and Demak)", async () => {
    for (const u of ["dinkes.madiun", "dinkes.demak"] as const) {
      const v = await viewer(u);
      let months = 0;
      for (const kode of MONTHS) {
        for (const r of await skdnPerPosyandu(v, bulanDari(kode), {})) {
          expect(rasioSkdn(r).cekD, `${r.posyandu} ${kode}`).toBe(true);
          expect(r.D).toBe(r.N + r.T + r.O + r.B);
          if (r.D > 0) {
            months++;
            if (kode === "2024-04" || kode === "2024-11") expect({ S: r.S, K: r.K, D: r.D, N: r.N, T: r.T, O: r.O, B: r.B, duaT: r.duaT, BGM: r.BGM }).toEqual(await handCount(r.posyanduId, kode));
          }
        }
      }
      expect(months, u).toBe(u === "dinkes.madiun" ? 48 : 12);
    }
  });
  it("the year has faltering (2T), BGM and first weighings (B), and April (Lebaran) dips", async () => {
    const v = await viewer("bidan.klorogan");
    const year = await Promise.all(MONTHS.map((k) => laporanSkdn(v, ZLaporanParams.parse({ bulan: k }))));
    const sum = (f: (t: (typeof year)[number]["total"]) => number) => year.reduce((a, l) => a + f(l.total), 0);
    expect(sum((t) => t.duaT)).toBeGreaterThan(3);
    expect(sum((t) => t.BGM)).toBeGreaterThan(0);
    expect(sum((t) => t.B)).toBeGreaterThan(0);
    expect(year[0].total.B).toBeGreaterThan(year[5].total.B); // January: everyone's first weighing of the demo year
    expect(year[3].total.D / year[3].total.K).toBeLessThan(year[4].total.D / year[4].total.K);
    const nd = sum((t) => t.N) / sum((t) => t.D - t.B - t.O);
    expect(nd).toBeGreaterThan(0.4);
    expect(nd).toBeLessThan(0.95);
  });
});

describe("SKDN roll-ups and the viewer's levels", () => {
  it("dinkes.madiun: rows per puskesmas, drilling to the desa then the posyandu; each level's total is the sum below it", async () => {
    const v = await viewer("dinkes.madiun");
    const top = await laporanSkdn(v, ZLaporanParams.parse({ bulan: "2024-05" }));
    expect(top.tingkat).toBe("puskesmas");
    const geger = top.baris.find((b) => b.nama === "Puskesmas Geger")!;
    expect(geger).toBeDefined();
    const desa = await laporanSkdn(v, ZLaporanParams.parse({ bulan: "2024-05", puskesmasId: geger.id }));
    expect(desa.tingkat).toBe("desa");
    expect(desa.total).toEqual(geger.baris);
    const klorogan = desa.baris.find((b) => b.nama === "Desa Klorogan")!;
    const pos = await laporanSkdn(v, ZLaporanParams.parse({ bulan: "2024-05", desaId: klorogan.id }));
    expect(pos.tingkat).toBe("posyandu");
    // Every active posyandu of Klorogan (other test files add some to the demo four), by name.
    expect(pos.baris.map((b) => b.nama).sort()).toEqual(await kloroganPosyandu());
    expect(pos.baris.map((b) => b.nama)).toEqual(expect.arrayContaining(["Posyandu Mawar 1", "Posyandu Mawar 2", "Posyandu Melati 1", "Posyandu Melati 2"]));
    expect(pos.total).toEqual(klorogan.baris);
    for (const k of ["S", "K", "D", "N", "T", "O", "B", "duaT", "BGM"] as const) expect(pos.total[k]).toBe(pos.baris.reduce((a, b) => a + b.baris[k], 0));
    // Every posyandu of the kabupaten is listed (active ones without entries count K and S too).
    expect(top.posyandu.length).toBe(await testDb.posyandu.count({ where: { isActive: true, desa: { kabupatenId: v.kabupatenId } } }));
  });
  it("pkm.geger: rows per desa; bidan.klorogan and kader.melati1: per posyandu, the kader only its own", async () => {
    expect((await laporanSkdn(await viewer("pkm.geger"), ZLaporanParams.parse({ bulan: "2024-05" }))).tingkat).toBe("desa");
    const bidan = await laporanSkdn(await viewer("bidan.klorogan"), ZLaporanParams.parse({ bulan: "2024-05" }));
    expect(bidan.baris.map((b) => b.nama).sort()).toEqual([...(await kloroganPosyandu())].sort());
    const kader = await laporanSkdn(await viewer("kader.melati1"), ZLaporanParams.parse({ bulan: "2024-05" }));
    expect(kader.baris.map((b) => b.nama)).toEqual(["Posyandu Melati 1"]);
    expect(kader.total).toEqual(bidan.baris.find((b) => b.nama === "Posyandu Melati 1")!.baris);
  });
  it("forged drill ids outside the scope answer NotFoundError", async () => {
    const mawar2 = await posyanduId(KLOROGAN, "Mawar 2");
    const melati1 = await posyanduId(KLOROGAN, "Melati 1");
    const p = (x: Record<string, string>) => ZLaporanParams.parse({ bulan: "2024-05", ...x });
    await expect(laporanSkdn(await viewer("kader.melati1"), p({ posyanduId: mawar2 }))).rejects.toBeInstanceOf(NotFoundError);
    await expect(laporanSkdn(await viewer("pkm.kaibon"), p({ desaId: await desaId(KLOROGAN) }))).rejects.toBeInstanceOf(NotFoundError);
    await expect(laporanSkdn(await viewer("dinkes.demak"), p({ posyanduId: melati1 }))).rejects.toBeInstanceOf(NotFoundError);
    await expect(laporanSkdn(await viewer("bidan.klorogan"), p({ posyanduId: await posyanduId(BANYUMENENG, "Kenanga 1") }))).rejects.toBeInstanceOf(NotFoundError);
    await expect(laporanSkdn(await viewer("pkm.geger"), p({ puskesmasId: (await viewer("pkm.kaibon")).puskesmasId! }))).rejects.toBeInstanceOf(NotFoundError);
    // A desa in scope with no posyandu is an empty report, not an error.
    const empty = await testDb.desa.findFirstOrThrow({ where: { kabupatenId: (await viewer("pkm.geger")).kabupatenId, puskesmas: { nama: "Puskesmas Geger" }, posyandu: { none: {} } }, select: { id: true } });
    expect((await laporanSkdn(await viewer("pkm.geger"), p({ desaId: empty.id }))).baris).toEqual([]);
  });
});

describe("SKDN by name and its CSV", () => {
  it("the Dinkes gets no by-name list (not found), the aggregate download carries no names", async () => {
    const melati1 = await posyanduId(KLOROGAN, "Melati 1");
    await expect(laporanSkdnBalita(await viewer("dinkes.madiun"), melati1, "2024-05")).rejects.toBeInstanceOf(NotFoundError);
    getViewer.mockResolvedValue(await viewer("staf.madiun"));
    const before = await auditCount();
    const refused = await unduhBalita(new Request(`http://localhost/laporan/skdn/balita/unduh?bulan=2024-05&posyanduId=${melati1}`));
    expect(refused.status).toBe(404);
    const agg = await unduhSkdn(new Request(`http://localhost/laporan/skdn/unduh?bulan=2024-05&desaId=${await desaId(KLOROGAN)}`));
    expect(agg.status).toBe(200);
    const text = await agg.text();
    const names = await testDb.sasaran.findMany({ where: { posyanduId: melati1 }, select: { nama: true }, take: 20 });
    for (const n of names) expect(text).not.toContain(n.nama);
    expect(text).toContain("Melati 1");
    expect(await auditCount()).toBe(before);
  });
  it("bidan.klorogan downloads Melati 1's May 2024 CSV: exactly the issue's columns and formats, one row per balita, audited", async () => {
    const melati1 = await posyanduId(KLOROGAN, "Melati 1");
    const v = await viewer("bidan.klorogan");
    getViewer.mockResolvedValue(v);
    const before = await auditCount();
    const res = await unduhBalita(new Request(`http://localhost/laporan/skdn/balita/unduh?bulan=2024-05&posyanduId=${melati1}&format=csv`));
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("Content-Disposition")).toBe('attachment; filename="skdn-melati-1-2024-05.csv"');
    const rows = parseCsv(await res.text());
    const [header, ...data] = rows.filter((r) => r.length > 1);
    expect(header).toEqual([...SKDN_CSV_HEADER]);
    expect(header.join(",")).toBe("nama,jenis_kelamin,tanggal_lahir,tanggal_timbang,umur_bulan,berat_kg,berat_bulan_lalu_kg,kbm_g,status");
    const hand = await handCount(melati1, "2024-05");
    expect(data.filter((r) => r[8] !== "").length).toBe(hand.D);
    expect(data.length).toBeGreaterThanOrEqual(hand.K);
    for (const r of data) {
      expect(r).toHaveLength(9);
      expect(r[1]).toMatch(/^[LP]$/);
      expect(r[2]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r[4]).toMatch(/^\d+$/);
      expect(r[8]).toMatch(/^[NTOB]?$/);
      if (r[8] === "") expect(r.slice(3, 4).concat(r.slice(5, 8))).toEqual(["", "", "", ""]);
      else {
        expect(r[3]).toMatch(/^2024-05-\d{2}$/);
        expect(r[5]).toMatch(/^\d+(\.\d+)?$/);
        if (r[8] === "N" || r[8] === "T") expect(r[6]).toMatch(/^\d+(\.\d+)?$/);
        if (r[8] === "O" || r[8] === "B") expect(r[6]).toBe("");
      }
    }
    // N really gained at least the KBM over last month's weight (re-checkable outside the app).
    for (const r of data.filter((x) => x[8] === "N")) expect(Math.round((Number(r[5]) - Number(r[6])) * 1000)).toBeGreaterThanOrEqual(Number(r[7]));
    for (const r of data.filter((x) => x[8] === "T")) expect(Math.round((Number(r[5]) - Number(r[6])) * 1000)).toBeLessThan(Number(r[7]));
    expect(await auditCount()).toBe(before + 1);
    const audit = await testDb.auditLog.findFirstOrThrow({ where: { entity: "laporan_skdn_balita", entityId: melati1 }, orderBy: { at: "desc" } });
    expect(audit).toMatchObject({ action: "DOWNLOAD", actorName: "bidan.klorogan", after: { bulan: "2024-05", format: "csv", baris: data.length } });
  });
  it("XLSX too; a kader forging another posyandu's id gets 'not found' and nothing is audited", async () => {
    getViewer.mockResolvedValue(await viewer("kader.melati1"));
    const before = await auditCount();
    const own = await unduhBalita(new Request(`http://localhost/laporan/skdn/balita/unduh?bulan=2024-05&posyanduId=${await posyanduId(KLOROGAN, "Melati 1")}&format=xlsx`));
    expect(own.status).toBe(200);
    expect(own.headers.get("Content-Type")).toContain("spreadsheetml");
    expect(await auditCount()).toBe(before + 1);
    const forged = await unduhBalita(new Request(`http://localhost/laporan/skdn/balita/unduh?bulan=2024-05&posyanduId=${await posyanduId(KLOROGAN, "Mawar 2")}`));
    expect(forged.status).toBe(404);
    getViewer.mockResolvedValue(await viewer("bidan.klorogan"));
    const bogus = await unduhBalita(new Request(`http://localhost/laporan/skdn/balita/unduh?bulan=2024-05&posyanduId=not-a-uuid`));
    expect(bogus.status).toBe(404);
    expect(await auditCount()).toBe(before + 1);
  });
});
