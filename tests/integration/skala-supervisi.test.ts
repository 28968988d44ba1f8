/**
 * The scale generator's supervision step (scripts/skala/step-supervisi.ts), run on the demo Madiun
 * data inside a transaction that is rolled back: what it makes obeys the app's rules — stored scores
 * equal the app's scoring of the stored answers (and each visit's weighted sums for the trend their
 * recomputation), version 2 maps onto version 1, a follow-up is
 * closed exactly when a later visit verified it done, and nothing in the future is submitted.
 */
import { describe, expect, it } from "vitest";
import { testDb } from "../support/db.ts";
import { supervisiOf } from "../../scripts/skala/step-supervisi.ts";
import { streamFor, type SkalaContext } from "../../scripts/skala/context.ts";
import { scoreVisit, type ButirSkor } from "../../lib/supervisi/score.ts";
import { ATURAN_AMBANG_SUPERVISI } from "../../lib/supervisi/aturan.ts";

class Rollback extends Error {}

describe("scale generator: supervisi step", () => {
  it("makes visits, answers and follow-ups that the app's own rules agree with", async () => {
    let checked = false;
    await testDb
      .$transaction(async (tx) => {
        const madiun = await tx.kabupaten.findUniqueOrThrow({ where: { kode: "35.19" }, select: { id: true, kode: true, nama: true } });
        // Start from no supervision data and a single published v1, as on a fresh scale database.
        await tx.kunjunganSupervisi.deleteMany({ where: { kabupatenId: madiun.id } });
        await tx.rencanaSupervisi.deleteMany({ where: { kabupatenId: madiun.id } });
        await tx.instrumen.deleteMany({ where: { kabupatenId: madiun.id, versi: { gt: 1 } } });
        await tx.instrumen.updateMany({ where: { kabupatenId: madiun.id }, data: { status: "TERBIT" } });
        const puskesmas = await tx.puskesmas.findMany({ where: { kabupatenId: madiun.id }, select: { id: true, nama: true, kabupatenId: true, kecamatanId: true, catchment: { select: { id: true } } } });
        const posyandu = await tx.posyandu.findMany({ where: { desa: { kabupatenId: madiun.id } }, select: { id: true, nama: true, desaId: true } });
        const byDesa = new Map<string, { id: string; nama: string; desaId: string }[]>();
        for (const p of posyandu) byDesa.set(p.desaId, [...(byDesa.get(p.desaId) ?? []), p]);
        const ctx = {
          tx, seed: 7, rand: streamFor(7, "supervisi"), log: () => undefined,
          kabupaten: new Map([[madiun.id, madiun]]), kecamatan: [], desa: await tx.desa.findMany({ where: { kabupatenId: madiun.id }, select: { id: true, kode: true, nama: true, isKelurahan: true, kecamatanId: true, kabupatenId: true, puskesmasId: true } }),
          puskesmas: puskesmas.map((p) => ({ id: p.id, nama: p.nama, kabupatenId: p.kabupatenId, kecamatanId: p.kecamatanId, desaIds: p.catchment.map((d) => d.id) })),
          dusunByDesa: new Map(), posyanduByDesa: byDesa, passwordHash: "",
        } as SkalaContext;
        const today = "2026-11-29";
        expect(await supervisiOf(ctx, "35.19", today)).toMatch(/kunjungan supervisi/);

        const versions = await tx.instrumen.findMany({ where: { kabupatenId: madiun.id, kode: "ILP-POSYANDU" }, select: { id: true, versi: true, status: true, butir: { select: { id: true, kode: true, garisId: true, petaDariId: true } } }, orderBy: { versi: "asc" } });
        expect(versions.map((v) => [v.versi, v.status])).toEqual([[1, "ARSIP"], [2, "TERBIT"]]);
        const v1ById = new Map(versions[0].butir.map((b) => [b.id, b]));
        for (const b of versions[1].butir) {
          if (b.petaDariId) expect(v1ById.get(b.petaDariId)!.garisId).toBe(b.garisId);
          else expect(b.garisId).toBe(b.id);
        }

        const visits = await tx.kunjunganSupervisi.findMany({
          where: { kabupatenId: madiun.id },
          select: { id: true, tanggal: true, status: true, skor: true, kategori: true, instrumenId: true, posyanduId: true, rencana: { select: { tahun: true, triwulan: true } }, jawaban: { select: { butirId: true, nilai: true, teks: true, na: true, skor: true } } },
        });
        expect(visits.length).toBeGreaterThan(posyandu.length * 15);
        const butir = await tx.butirInstrumen.findMany({ where: { instrumenId: { in: versions.map((v) => v.id) } }, select: { id: true, instrumenId: true, tipe: true, bobot: true, kritis: true, bolehNa: true, opsi: true, domain: { select: { kode: true } } } });
        const byInstrumen = new Map<string, ButirSkor[]>();
        for (const b of butir) byInstrumen.set(b.instrumenId, [...(byInstrumen.get(b.instrumenId) ?? []), { id: b.id, domainKode: b.domain.kode, tipe: b.tipe, bobot: Number(b.bobot), kritis: b.kritis, bolehNa: b.bolehNa, opsi: b.opsi as ButirSkor["opsi"] }]);
        for (const v of visits) {
          const day = v.tanggal.toISOString().slice(0, 10);
          // the visit lies in its plan's quarter
          expect(v.rencana!.tahun).toBe(Number(day.slice(0, 4)));
          expect(v.rencana!.triwulan).toBe(Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1);
          if (v.status !== "SELESAI") {
            expect(day > today).toBe(true);
            expect(v.jawaban).toHaveLength(0);
            continue;
          }
          expect(day <= today).toBe(true);
          const answers = new Map(v.jawaban.map((j) => [j.butirId, { nilai: j.nilai === null ? null : Number(j.nilai), teks: j.teks, na: j.na }]));
          const h = scoreVisit(byInstrumen.get(v.instrumenId)!, answers, ATURAN_AMBANG_SUPERVISI.bawaan);
          expect(Number(v.skor)).toBe(h.total.skor);
          expect(v.kategori).toBe(h.kategori);
          expect(h.belumDijawab).toEqual([]);
        }
        // the trend's stored weighted sums (kept by the triggers on the answers it bulk-inserts) equal the recomputation
        const salah = await tx.$queryRaw<{ n: number }[]>`
          SELECT count(*)::int AS n FROM kunjungan_supervisi k
          LEFT JOIN (SELECT j.kunjungan_id, sum(b.bobot) AS w, sum(b.bobot * j.skor) AS ws FROM jawaban_kunjungan j JOIN butir_instrumen b ON b.id = j.butir_id
                     WHERE j.skor IS NOT NULL AND NOT j.na GROUP BY j.kunjungan_id) s ON s.kunjungan_id = k.id
          WHERE k.kabupaten_id = ${madiun.id}::uuid AND (k.jumlah_bobot <> coalesce(s.w, 0) OR k.jumlah_bobot_skor <> coalesce(s.ws, 0))`;
        expect(salah[0].n).toBe(0);
        expect(await tx.kunjunganSupervisi.count({ where: { kabupatenId: madiun.id, status: "SELESAI", jumlahBobot: { gt: 0 } } })).toBe(visits.filter((v) => v.status === "SELESAI").length);
        // a follow-up is SELESAI exactly when a later visit verified it done
        const tl = await tx.tindakLanjut.findMany({ where: { kabupatenId: madiun.id }, select: { status: true, selesaiAt: true, verifikasi: { select: { hasil: true } } } });
        expect(tl.length).toBeGreaterThan(0);
        for (const t of tl) {
          const done = t.verifikasi.some((x) => x.hasil === "SELESAI");
          expect(t.status === "SELESAI").toBe(done);
          expect(t.selesaiAt !== null).toBe(done);
          if (!done && t.verifikasi.some((x) => x.hasil === "SEBAGIAN")) expect(t.status).toBe("PROSES");
        }
        checked = true;
        throw new Rollback();
      }, { timeout: 120_000 })
      .catch((e) => {
        if (!(e instanceof Rollback)) throw e;
      });
    expect(checked).toBe(true);
  });
});
