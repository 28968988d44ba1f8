/** The SQL forms of the desa and posyandu scopes select exactly the rows the Prisma forms do, for every role. */
import { describe, expect, it } from "vitest";
import { testDb, viewer, type DemoUsername } from "../support/db.ts";
import { desaScope, desaScopeSql, dusunScope, kecamatanScope, posyanduScope, posyanduScopeSql, puskesmasScope } from "../../lib/access/scope.ts";
import { wilayahSummary } from "../../lib/wilayah/queries.ts";
import { scopeNamesInHistory } from "../../lib/pengguna/queries.ts";

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

describe("scopeNamesInHistory names ids of the admin's kabupaten only, in one statement", () => {
  it("names Madiun's puskesmas, desa and posyandu for the Madiun admin and none for the Demak admin", async () => {
    const klorogan = await testDb.desa.findUniqueOrThrow({ where: { kode: "35.19.03.2002" }, select: { id: true, puskesmasId: true, puskesmas: { select: { nama: true } } } });
    const melati2 = await testDb.posyandu.findFirstOrThrow({ where: { nama: "Melati 2", desaId: klorogan.id }, select: { id: true } });
    const entries = [{ before: { desaId: klorogan.id, posyanduId: "not-a-uuid" }, after: { puskesmasId: klorogan.puskesmasId, posyanduId: melati2.id } }];
    const names = await scopeNamesInHistory(await viewer("dinkes.madiun"), entries);
    expect(Object.fromEntries(names)).toEqual({ [klorogan.id]: "Desa Klorogan", [klorogan.puskesmasId!]: klorogan.puskesmas!.nama, [melati2.id]: "Posyandu Melati 2 (Desa Klorogan)" });
    expect((await scopeNamesInHistory(await viewer("dinkes.demak"), entries)).size).toBe(0);
    expect((await scopeNamesInHistory(await viewer("dinkes.madiun"), [])).size).toBe(0);
  });
});
