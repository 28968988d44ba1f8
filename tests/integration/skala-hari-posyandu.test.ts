/**
 * The scale generator's posyandu-day step (scripts/skala/step-hari-posyandu.ts), run for eight months
 * on the demo Madiun posyandu inside a transaction that is rolled back: what it stores obeys the
 * app's rules — every weighed balita has exactly one of N, T, O, B (so D = N + T + O + B), the stored
 * status equals the N/T/O/B series re-derived from the stored weights, every entry is the person's
 * own posyandu's, nothing lies in the future, and each posyandu opens once a month.
 */
import { describe, expect, it } from "vitest";
import { testDb } from "../support/db.ts";
import { hariPosyanduOf } from "../../scripts/skala/step-hari-posyandu.ts";
import { streamFor, type SkalaContext } from "../../scripts/skala/context.ts";
import { nilaiNaikSeri } from "../../lib/penimbangan/naik.ts";
import { AMBANG_BAWAAN } from "../../lib/ambang/index.ts";

class Rollback extends Error {}

describe("scale generator: hari-posyandu step", () => {
  it("makes posyandu days and entries that the app's own rules agree with", async () => {
    let checked = false;
    await testDb
      .$transaction(async (tx) => {
        const madiun = await tx.kabupaten.findUniqueOrThrow({ where: { kode: "35.19" }, select: { id: true, kode: true, nama: true } });
        // Start from no posyandu-day data in Madiun, as on a fresh scale database.
        await tx.pemeriksaan.deleteMany({ where: { kabupatenId: madiun.id } });
        await tx.hariBuka.deleteMany({ where: { kabupatenId: madiun.id } });
        await tx.sasaran.deleteMany({ where: { kabupatenId: madiun.id } });
        await tx.targetSasaran.deleteMany({ where: { posyandu: { desa: { kabupatenId: madiun.id } } } });
        const posyandu = await tx.posyandu.findMany({ where: { desa: { kabupatenId: madiun.id } }, select: { id: true, nama: true, desaId: true } });
        const byDesa = new Map<string, { id: string; nama: string; desaId: string }[]>();
        for (const p of posyandu) byDesa.set(p.desaId, [...(byDesa.get(p.desaId) ?? []), p]);
        const ctx = {
          tx, seed: 7, rand: streamFor(7, "hari-posyandu"), log: () => undefined,
          kabupaten: new Map([[madiun.id, madiun]]), kecamatan: [],
          desa: await tx.desa.findMany({ where: { kabupatenId: madiun.id }, select: { id: true, kode: true, nama: true, isKelurahan: true, kecamatanId: true, kabupatenId: true, puskesmasId: true } }),
          puskesmas: [], dusunByDesa: new Map(), posyanduByDesa: byDesa, passwordHash: "",
        } as SkalaContext;
        const today = "2026-11-29";
        expect(await hariPosyanduOf(ctx, "35.19", today, 8)).toMatch(/pemeriksaan/);

        const days = await tx.hariBuka.groupBy({ by: ["posyanduId"], where: { kabupatenId: madiun.id }, _count: { _all: true }, _max: { tanggal: true } });
        expect(days).toHaveLength(posyandu.length);
        for (const d of days) {
          expect(d._count._all).toBe(8);
          expect(d._max.tanggal!.toISOString().slice(0, 10) <= today).toBe(true);
        }
        const entries = await tx.pemeriksaan.findMany({
          where: { kabupatenId: madiun.id },
          select: { sasaranId: true, posyanduId: true, tanggal: true, kelompok: true, umurBulan: true, beratKg: true, naik: true, duaT: true, sasaran: { select: { posyanduId: true } } },
          orderBy: [{ sasaranId: "asc" }, { tanggal: "asc" }],
        });
        expect(entries.length).toBeGreaterThan(posyandu.length * 8 * 15);
        const series = new Map<string, typeof entries>();
        for (const e of entries) {
          expect(e.posyanduId).toBe(e.sasaran.posyanduId);
          if (e.kelompok === "BAYI" || e.kelompok === "BALITA") {
            // a weighed balita has exactly one code; D = N + T + O + B
            expect(e.beratKg).not.toBeNull();
            expect(["N", "T", "O", "B"]).toContain(e.naik);
            series.set(e.sasaranId, [...(series.get(e.sasaranId) ?? []), e]);
          }
        }
        const counts = { N: 0, T: 0, O: 0, B: 0, duaT: 0 };
        for (const list of series.values()) {
          const again = nilaiNaikSeri(list.map((e) => ({ tanggal: e.tanggal.toISOString().slice(0, 10), umurBulan: e.umurBulan, beratKg: Number(e.beratKg) })), AMBANG_BAWAAN.kbm);
          again.forEach((h, i) => {
            expect(list[i].naik).toBe(h.naik);
            expect(list[i].duaT).toBe(h.duaT);
            counts[h.naik]++;
            if (h.duaT) counts.duaT++;
          });
        }
        // Realistic growth: mostly N, with faltering (T, and some 2T), absences (O) and newcomers (B).
        expect(counts.N).toBeGreaterThan(counts.T);
        for (const k of ["T", "O", "B", "duaT"] as const) expect(counts[k], k).toBeGreaterThan(0);
        // The bulk insert ran with the summary's insert trigger off and refilled it at the end: it
        // equals the raw rows, and the trigger is on again (a save after the step updates it).
        const summary = await tx.$queryRaw<{ posyandu_id: string; bulan: string; d: number; n: number }[]>`
          SELECT r.posyandu_id::text, r.bulan::text, r.d, r.n FROM ringkasan_posyandu_bulan r JOIN posyandu p ON p.id = r.posyandu_id JOIN desa d ON d.id = p.desa_id
          WHERE d.kabupaten_id = ${madiun.id}::uuid ORDER BY 1, 2`;
        const raw = await tx.$queryRaw<typeof summary>`
          SELECT e.posyandu_id::text, to_char(e.tanggal, 'YYYY-MM-01') AS bulan,
            count(DISTINCT e.sasaran_id) FILTER (WHERE e.umur_bulan < 60 AND e.berat_kg IS NOT NULL)::int AS d,
            count(*) FILTER (WHERE e.umur_bulan < 60 AND e.berat_kg IS NOT NULL AND e.naik = 'N')::int AS n
          FROM pemeriksaan e WHERE e.kabupaten_id = ${madiun.id}::uuid GROUP BY 1, 2 ORDER BY 1, 2`;
        expect(summary.length).toBeGreaterThan(posyandu.length * 7);
        expect(summary).toEqual(raw);
        const [{ aktif }] = await tx.$queryRaw<{ aktif: string }[]>`SELECT tgenabled::text AS aktif FROM pg_trigger WHERE tgname = 'ringkasan_posyandu_bulan_tambah'`;
        expect(aktif).toBe("O");
        checked = true;
        throw new Rollback();
      }, { timeout: 300_000 })
      .catch((e) => {
        if (!(e instanceof Rollback)) throw e;
      });
    expect(checked).toBe(true);
  }, 300_000);
});
