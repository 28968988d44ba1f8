/**
 * A report's posyandu rows are the same whether the viewer reads its whole area at once (the undrilled
 * statement reads registered people by the row scope alone, in one pass over the index) or drills to
 * each posyandu (people of the drilled posyandu only): for every role with reports, SKDN and coverage,
 * two months.
 */
import { describe, expect, it } from "vitest";
import { viewer, type DemoUsername } from "../support/db.ts";
import { bulanDari } from "../../lib/laporan/bulan.ts";
import { skdnPerPosyandu } from "../../lib/laporan/skdn.ts";
import { cakupanPerPosyandu } from "../../lib/laporan/cakupan.ts";

const USERS: DemoUsername[] = ["dinkes.madiun", "dinkes.demak", "pkm.geger", "pkm.kaibon", "bidan.klorogan", "kader.melati1"];

describe("undrilled report rows equal the per-posyandu drill", () => {
  it("SKDN and coverage, every role, two months", async () => {
    let rows = 0;
    for (const u of USERS) {
      const v = await viewer(u);
      for (const kode of ["2024-05", "2024-08"]) {
        const bulan = bulanDari(kode);
        const [skdn, cakupan] = await Promise.all([skdnPerPosyandu(v, bulan, {}), cakupanPerPosyandu(v, bulan, {})]);
        for (const r of skdn) expect(await skdnPerPosyandu(v, bulan, { posyanduId: r.posyanduId }), `${u} ${kode} ${r.posyandu}`).toEqual([r]);
        for (const r of cakupan) expect(await cakupanPerPosyandu(v, bulan, { posyanduId: r.posyanduId }), `${u} ${kode} ${r.posyandu}`).toEqual([r]);
        for (const r of skdn) if (r.desaId) expect((await skdnPerPosyandu(v, bulan, { desaId: r.desaId })).find((x) => x.posyanduId === r.posyanduId)).toEqual(r);
        rows += skdn.length;
        if (u.startsWith("dinkes.madiun")) expect(skdn.some((r) => r.K > 0 && r.D > 0)).toBe(true);
        if (u.startsWith("dinkes.madiun")) expect(cakupan.some((r) => r.nilai.ttdBumil.penyebut > 0 && r.nilai.tdLansia.penyebut > 0)).toBe(true);
      }
    }
    expect(rows).toBeGreaterThan(20);
  }, 120_000);
});
