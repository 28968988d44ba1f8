/** The SQL forms of the desa and posyandu scopes select exactly the rows the Prisma forms do, for every role. */
import { describe, expect, it } from "vitest";
import { testDb, viewer, type DemoUsername } from "../support/db.ts";
import { desaScope, desaScopeSql, dusunScope, kecamatanScope, posyanduScope, posyanduScopeSql, puskesmasScope } from "../../lib/access/scope.ts";
import { wilayahSummary } from "../../lib/wilayah/queries.ts";

const ACCOUNTS: DemoUsername[] = ["dinkes.madiun", "staf.madiun", "dinkes.demak", "pkm.geger", "pkm.kaibon", "bidan.klorogan", "kader.melati1", "kader.mawar2"];

describe("desaScopeSql", () => {
  for (const username of ACCOUNTS) {
    it(`${username}: the same desa as desaScope`, async () => {
      const v = await viewer(username);
      const viaPrisma = (await testDb.desa.findMany({ where: desaScope(v), select: { id: true } })).map((d) => d.id).sort();
      const viaSql = (await testDb.$queryRaw<{ id: string }[]>`SELECT d.id::text AS id FROM desa d WHERE ${desaScopeSql(v)}`).map((d) => d.id).sort();
      expect(viaSql).toEqual(viaPrisma);
      expect(viaSql.length).toBeGreaterThan(0);
    });
  }
  it("an unknown role selects nothing", async () => {
    const v = { ...(await viewer("dinkes.madiun")), role: "TAMU" as never };
    expect(await testDb.$queryRaw<unknown[]>`SELECT d.id FROM desa d WHERE ${desaScopeSql(v)}`).toEqual([]);
  });
});

describe("posyanduScopeSql", () => {
  for (const username of ACCOUNTS) {
    it(`${username}: the same posyandu as posyanduScope`, async () => {
      const v = await viewer(username);
      const viaPrisma = (await testDb.posyandu.findMany({ where: posyanduScope(v), select: { id: true } })).map((d) => d.id).sort();
      const viaSql = (await testDb.$queryRaw<{ id: string }[]>`SELECT p.id::text AS id FROM posyandu p JOIN desa d ON d.id = p.desa_id WHERE ${posyanduScopeSql(v)}`).map((d) => d.id).sort();
      expect(viaSql).toEqual(viaPrisma);
      expect(viaSql.length).toBeGreaterThan(0);
    });
  }
});

describe("wilayahSummary (one SQL statement) counts what the Prisma scopes count", () => {
  for (const username of ACCOUNTS.filter((u) => !u.startsWith("kader."))) {
    it(username, async () => {
      const v = await viewer(username);
      const expected = {
        kecamatan: await testDb.kecamatan.count({ where: kecamatanScope(v) }),
        desa: await testDb.desa.count({ where: desaScope(v) }),
        dusun: await testDb.dusun.count({ where: dusunScope(v) }),
        posyandu: await testDb.posyandu.count({ where: posyanduScope(v) }),
        posyanduAktif: await testDb.posyandu.count({ where: { AND: [posyanduScope(v), { isActive: true }] } }),
        puskesmas: await testDb.puskesmas.count({ where: puskesmasScope(v) }),
      };
      expect(await wilayahSummary(v)).toEqual(expected);
    });
  }
});
