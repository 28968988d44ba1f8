/**
 * The /hari-buka list, rewritten to rank the page on the day's narrow columns before counting who came
 * (Bogor's 95,000 days), answers exactly what the Prisma statements it replaced answered: the same
 * rows in the same order with the same hadir/dirujuk counts and the same total, for every role, both
 * sorts, both directions, every filter and two page sizes. The reference below is the earlier code.
 */
import { describe, expect, it } from "vitest";
import { testDb, viewer, type DemoUsername } from "../support/db.ts";
import type { Prisma } from "../../lib/generated/prisma/client.ts";
import type { Viewer } from "../../lib/access/viewer-type.ts";
import { hariBukaScope } from "../../lib/access/scope.ts";
import { containsText } from "../../lib/dal/search.ts";
import { listHariBuka } from "../../lib/hari-buka/queries.ts";
import { ZHariBukaListParams, type HariBukaListParams } from "../../lib/hari-buka/schemas.ts";

const USERS: DemoUsername[] = ["dinkes.madiun", "dinkes.demak", "pkm.geger", "pkm.kaibon", "bidan.klorogan", "kader.melati1", "kader.mawar2", "staf.madiun"];

/** The list before the rewrite (Prisma filters, order and page; counts for the page's days). */
async function reference(viewer: Viewer, p: HariBukaListParams) {
  const and: Prisma.HariBukaWhereInput[] = [hariBukaScope(viewer)];
  if (p.q) and.push({ posyandu: { nama: containsText(p.q) } });
  if (p.posyanduId) and.push({ posyanduId: p.posyanduId });
  if (p.bulan) {
    const [y, m] = p.bulan.split("-").map(Number);
    and.push({ tanggal: { gte: new Date(Date.UTC(y, m - 1, 1)), lt: new Date(Date.UTC(y, m, 1)) } });
  }
  if (p.status) and.push({ ditutupAt: p.status === "tutup" ? { not: null } : null });
  const where = { AND: and };
  const orderBy: Prisma.HariBukaOrderByWithRelationInput[] =
    p.sort === "posyandu" ? [{ posyandu: { nama: p.dir } }, { tanggal: "desc" }, { id: "asc" }] : [{ tanggal: p.dir }, { id: "asc" }];
  const [total, page] = await Promise.all([
    testDb.hariBuka.count({ where }),
    testDb.hariBuka.findMany({ where, orderBy, skip: (p.page - 1) * p.size, take: p.size, select: { id: true, tanggal: true, ditutupAt: true, posyandu: { select: { nama: true, desa: { select: { nama: true } } } } } }),
  ]);
  const counts = await testDb.pemeriksaan.groupBy({ by: ["hariBukaId", "dirujuk"], where: { hariBukaId: { in: page.map((r) => r.id) } }, _count: { _all: true } });
  return {
    total,
    rows: page.map((r) => {
      const c = counts.filter((x) => x.hariBukaId === r.id);
      return {
        id: r.id, tanggal: r.tanggal.toISOString().slice(0, 10), posyandu: r.posyandu.nama, desa: r.posyandu.desa.nama, ditutup: r.ditutupAt !== null,
        hadir: c.reduce((a, x) => a + x._count._all, 0), dirujuk: c.filter((x) => x.dirujuk).reduce((a, x) => a + x._count._all, 0),
      };
    }),
  };
}

describe("the /hari-buka list equals the statements it replaced", () => {
  it("every role × sort × direction × filter × page", async () => {
    const melati = await testDb.posyandu.findFirstOrThrow({ where: { nama: { contains: "Melati" } }, select: { id: true } });
    const filters: Record<string, string>[] = [{}, { q: "mel" }, { q: "%" }, { bulan: "2024-05" }, { bulan: "2031-01" }, { status: "buka" }, { status: "tutup" }, { posyanduId: melati.id }];
    let checked = 0, nonEmpty = 0;
    for (const u of USERS) {
      const v = await viewer(u);
      for (const f of filters)
        for (const sort of ["tanggal", "posyandu"])
          for (const dir of ["asc", "desc"])
            for (const [size, page] of [["10", "1"], ["10", "3"], ["25", "99"]]) {
              const p = ZHariBukaListParams.parse({ ...f, sort, dir, size, page });
              const got = await listHariBuka(v, p);
              expect(got, `${u} ${JSON.stringify(p)}`).toEqual(await reference(v, p));
              checked++;
              if (got.rows.length > 0) nonEmpty++;
            }
    }
    expect(checked).toBe(USERS.length * filters.length * 2 * 2 * 3);
    // The comparison is not vacuous: most combinations list days, with people who came.
    expect(nonEmpty).toBeGreaterThan(100);
    const some = await listHariBuka(await viewer("dinkes.madiun"), ZHariBukaListParams.parse({ size: "100" }));
    expect(some.rows.some((r) => r.hadir > 0 && r.dirujuk > 0)).toBe(true);
  }, 120_000);
});
