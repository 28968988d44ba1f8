/**
 * The demo year of posyandu days: the shape the issue asks for (12 scheduled days per demo posyandu,
 * about 60 balita, 8 ibu hamil, 40 remaja and 80 dewasa/lansia), and stored results that the
 * entry code would give: N/T/O/B re-derived from each child's weighings, z-scores from
 * computeGrowth, groups and ages from the birth date. Seeding again adds nothing.
 */
import { describe, expect, it } from "vitest";
import { testDb, desaId, KLOROGAN, BANYUMENENG } from "../support/db.ts";
import { POSYANDU_DEMO, TAHUN_DEMO, seedHariPosyandu } from "../../prisma/seed-hari-posyandu.ts";
import { dateInMonth } from "../../lib/posyandu/jadwal.ts";
import { kelompokPada, umurBulanPada } from "../../lib/sasaran/kelompok.ts";
import { nilaiNaikSeri } from "../../lib/penimbangan/naik.ts";
import { AMBANG_BAWAAN } from "../../lib/ambang/index.ts";
import { computeGrowth } from "../../lib/pertumbuhan/index.ts";

const iso = (d: Date) => d.toISOString().slice(0, 10);
const num = (x: { toString(): string } | null) => (x === null ? null : Number(x.toString()));

async function demoPosyandu() {
  return testDb.posyandu.findMany({ where: { OR: POSYANDU_DEMO.map((p) => ({ nama: p.nama, desa: { kode: p.desaKode } })) }, select: { id: true, nama: true, jadwalMingguKe: true, jadwalHari: true } });
}

/**
 * Rows the demo seed wrote: it writes each table in one statement, so they share one creation time; other test files
 * add days, people and entries to the same posyandu later (seconds at least), and those are not the seed's.
 */
async function seedTime(table: "hariBuka" | "pemeriksaan" | "sasaran"): Promise<Date> {
  const agg = table === "hariBuka" ? await testDb.hariBuka.aggregate({ _min: { createdAt: true } }) : table === "pemeriksaan" ? await testDb.pemeriksaan.aggregate({ _min: { createdAt: true } }) : await testDb.sasaran.aggregate({ _min: { createdAt: true } });
  return new Date(agg._min.createdAt!.getTime() + 1000);
}

describe("seed-hari-posyandu", () => {
  it("12 posyandu days of 2024 on each demo posyandu's scheduled day, with kaders on duty", async () => {
    const pos = await demoPosyandu();
    expect(pos.map((p) => p.nama).sort()).toEqual(["Kenanga 1", "Mawar 1", "Mawar 2", "Melati 1", "Melati 2"]);
    for (const p of pos) {
      const days = await testDb.hariBuka.findMany({ where: { posyanduId: p.id, createdAt: { lte: await seedTime("hariBuka") }, tanggal: { gte: new Date("2024-01-01"), lt: new Date("2025-01-01") } }, select: { tanggal: true, _count: { select: { petugas: true, pemeriksaan: true } } }, orderBy: { tanggal: "asc" } });
      // On the posyandu's scheduled day as it was at seeding (another test file may have changed the schedule since):
      // one routine "n-th weekday" that gives all twelve dates.
      const got = days.map((d) => iso(d.tanggal));
      const rutin = [1, 2, 3, 4, 5].flatMap((mingguKe) => [1, 2, 3, 4, 5, 6, 7].map((hari) => ({ mingguKe, hari })))
        .filter((j) => got.join() === Array.from({ length: 12 }, (_, i) => dateInMonth(TAHUN_DEMO, i + 1, j)).join());
      expect(rutin.length, `${p.nama}: ${got.join(", ")}`).toBeGreaterThan(0);
      for (const d of days) {
        expect(d._count.petugas).toBeGreaterThanOrEqual(2);
        expect(d._count.pemeriksaan).toBeGreaterThan(40);
      }
    }
  });
  it("about 60 balita, 8 ibu hamil, 40 remaja and 80 dewasa/lansia per posyandu (mid-2024), no real NIK", async () => {
    for (const p of await demoPosyandu()) {
      // The seed's own people: written together when the demo data was made (other test files add people to these
      // posyandu later, with NIKs of their own).
      const first = (await testDb.sasaran.aggregate({ where: { posyanduId: p.id }, _min: { createdAt: true } }))._min.createdAt!;
      const people = await testDb.sasaran.findMany({ where: { posyanduId: p.id, createdAt: { lte: new Date(first.getTime() + 1000) } }, select: { tanggalLahir: true, nik: true, statusIbu: { select: { status: true, mulai: true, selesai: true } } } });
      const at = "2024-06-30";
      const umur = people.map((s) => umurBulanPada(iso(s.tanggalLahir), at));
      const balita = umur.filter((u) => u >= 0 && u < 60).length;
      expect(balita, p.nama).toBeGreaterThanOrEqual(52);
      expect(balita).toBeLessThanOrEqual(68);
      const hamil = people.filter((s) => s.statusIbu.some((st) => st.status === "HAMIL" && iso(st.mulai) <= at && (!st.selesai || iso(st.selesai) >= "2024-06-01"))).length;
      expect(hamil).toBeGreaterThanOrEqual(6);
      expect(hamil).toBeLessThanOrEqual(10);
      const kelompok = people.filter((s) => iso(s.tanggalLahir) <= at).map((s) => kelompokPada(iso(s.tanggalLahir), at));
      expect(kelompok.filter((k) => k === "USIA_SEKOLAH_REMAJA").length).toBeGreaterThanOrEqual(35);
      expect(kelompok.filter((k) => k === "DEWASA" || k === "LANSIA").length).toBeGreaterThanOrEqual(80);
      for (const s of people) if (s.nik) expect(s.nik).toMatch(/^99\d{14}$/);
    }
  });
  it("stored N/T/O/B, 2T, KBM and last month's weight equal the rule re-run over each child's weighings", async () => {
    const melati1 = (await demoPosyandu()).find((p) => p.nama === "Melati 1")!;
    const entries = await testDb.pemeriksaan.findMany({ where: { posyanduId: melati1.id, createdAt: { lte: await seedTime("pemeriksaan") }, umurBulan: { lt: 60 }, beratKg: { not: null } }, select: { sasaranId: true, tanggal: true, umurBulan: true, beratKg: true, naik: true, duaT: true, kbmG: true, beratLaluKg: true }, orderBy: { tanggal: "asc" } });
    const bySasaran = new Map<string, typeof entries>();
    for (const e of entries) bySasaran.set(e.sasaranId, [...(bySasaran.get(e.sasaranId) ?? []), e]);
    let checked = 0;
    const seen = new Set<string>();
    for (const series of bySasaran.values()) {
      const hasil = nilaiNaikSeri(series.map((e) => ({ tanggal: iso(e.tanggal), umurBulan: e.umurBulan, beratKg: num(e.beratKg)! })), AMBANG_BAWAAN.kbm);
      series.forEach((e, i) => {
        expect({ naik: e.naik, duaT: e.duaT, kbmG: e.kbmG, beratLaluKg: num(e.beratLaluKg) }).toEqual({ naik: hasil[i].naik, duaT: hasil[i].duaT, kbmG: hasil[i].kbmG, beratLaluKg: hasil[i].beratLaluKg });
        seen.add(e.naik!);
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(400);
    expect([...seen].sort()).toEqual(["B", "N", "O", "T"]);
  });
  it("stored z-scores, groups and ages are those of computeGrowth and the birth date; some stunting, wasting and hypertension", async () => {
    const entries = await testDb.pemeriksaan.findMany({
      where: { desaId: { in: [await desaId(KLOROGAN), await desaId(BANYUMENENG)] }, createdAt: { lte: await seedTime("pemeriksaan") } },
      select: { tanggal: true, kelompok: true, umurBulan: true, beratKg: true, tinggiCm: true, caraUkur: true, zBbu: true, zTbu: true, zBbtb: true, sistolik: true, sasaran: { select: { tanggalLahir: true, jenisKelamin: true } } },
    });
    expect(entries.length).toBeGreaterThan(4000);
    let stunted = 0;
    let wasted = 0;
    let hipertensi = 0;
    entries.forEach((e, i) => {
      const lahir = iso(e.sasaran.tanggalLahir);
      const t = iso(e.tanggal);
      expect(e.umurBulan).toBe(umurBulanPada(lahir, t));
      expect(e.kelompok).toBe(kelompokPada(lahir, t));
      if (e.kelompok === "LANSIA" && (e.sistolik ?? 0) >= 140) hipertensi++;
      if (e.umurBulan >= 60 || e.beratKg === null) return;
      if (num(e.zTbu)! < -2) stunted++;
      if (num(e.zBbtb)! < -2) wasted++;
      if (i % 7 !== 0) return;
      const g = computeGrowth({ sex: e.sasaran.jenisKelamin === "L" ? 1 : 2, birthDate: lahir, visitDate: t, weightKg: num(e.beratKg), lengthHeightCm: num(e.tinggiCm), measure: e.caraUkur === "TELENTANG" ? "l" : "h" });
      const z = (k: "bbu" | "tbu" | "bbtb") => (g.indices[k].z === null ? null : Math.round(g.indices[k].z! * 100) / 100);
      expect({ bbu: num(e.zBbu), tbu: num(e.zTbu), bbtb: num(e.zBbtb) }).toEqual({ bbu: z("bbu"), tbu: z("tbu"), bbtb: z("bbtb") });
    });
    expect(stunted).toBeGreaterThan(100);
    expect(wasted).toBeGreaterThan(10);
    expect(hipertensi).toBeGreaterThan(50);
  });
  it("seeding again adds nothing", async () => {
    const before = await testDb.pemeriksaan.count();
    expect(await seedHariPosyandu(testDb, () => undefined)).toBeNull();
    expect(await testDb.pemeriksaan.count()).toBe(before);
  });
});
