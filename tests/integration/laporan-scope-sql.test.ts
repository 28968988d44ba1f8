/**
 * The SQL scopes of the posyandu-day rows (entries, people, posyandu days) select exactly the rows
 * the Prisma scopes do, for every role, on the seeded demo year; and the SQL age/group of a person
 * agrees with lib/sasaran/kelompok.ts date by date around every band edge.
 */
import { describe, expect, it } from "vitest";
import { Prisma } from "../../lib/generated/prisma/client.ts";
import { testDb, viewer, type DemoUsername } from "../support/db.ts";
import { hariBukaScope, hariBukaScopeSql, pemeriksaanScope, pemeriksaanScopeSql, sasaranScope, sasaranScopeSql } from "../../lib/access/scope.ts";
import { BATAS_KELOMPOK, kelompokIsSql, kelompokSql, umurAntaraSql, umurBulanSql } from "../../lib/laporan/kelompok-sql.ts";
import { KELOMPOK_SASARAN } from "../../lib/sasaran/kelompok.ts";
import { kelompokPada, umurBulanPada } from "../../lib/sasaran/kelompok.ts";
import { addDays } from "../../lib/posyandu/jadwal.ts";

const ACCOUNTS: DemoUsername[] = ["dinkes.madiun", "staf.madiun", "dinkes.demak", "pkm.geger", "pkm.kaibon", "bidan.klorogan", "kader.melati1", "kader.mawar2"];
const sorted = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

describe("pemeriksaanScopeSql, sasaranScopeSql, hariBukaScopeSql", () => {
  for (const username of ACCOUNTS) {
    it(`${username}: the same rows as the Prisma scopes`, async () => {
      const v = await viewer(username);
      const e = await testDb.pemeriksaan.findMany({ where: pemeriksaanScope(v), select: { id: true } });
      const eSql = await testDb.$queryRaw<{ id: string }[]>`SELECT e.id::text AS id FROM pemeriksaan e WHERE ${pemeriksaanScopeSql(v)}`;
      expect(sorted(eSql)).toEqual(sorted(e));
      const s = await testDb.sasaran.findMany({ where: sasaranScope(v), select: { id: true } });
      const sSql = await testDb.$queryRaw<{ id: string }[]>`SELECT s.id::text AS id FROM sasaran s WHERE ${sasaranScopeSql(v)}`;
      expect(sorted(sSql)).toEqual(sorted(s));
      const h = await testDb.hariBuka.findMany({ where: hariBukaScope(v), select: { id: true } });
      const hSql = await testDb.$queryRaw<{ id: string }[]>`SELECT h.id::text AS id FROM hari_buka h WHERE ${hariBukaScopeSql(v)}`;
      expect(sorted(hSql)).toEqual(sorted(h));
      // Non-empty where the role's area has demo posyandu days (Demak's is Kenanga 1; Kaibon has none).
      if (username !== "pkm.kaibon") expect(eSql.length, username).toBeGreaterThan(0);
      else expect(eSql.length).toBe(0);
    });
  }
  it("an unknown role selects nothing", async () => {
    const v = { ...(await viewer("dinkes.madiun")), role: "TAMU" as never };
    expect(await testDb.$queryRaw<unknown[]>`SELECT e.id FROM pemeriksaan e WHERE ${pemeriksaanScopeSql(v)} LIMIT 1`).toEqual([]);
  });
});

describe("umurBulanSql and kelompokSql agree with umurBulanPada and kelompokPada", () => {
  it("for birth dates around every band edge (and month ends, leap days)", async () => {
    const tanggal = ["2024-05-31", "2024-02-29", "2024-03-01", "2023-12-31"];
    const lahir: string[] = [];
    for (const t of tanggal) {
      for (const b of BATAS_KELOMPOK.slice(0, -1)) {
        const y = Number(t.slice(0, 4)) - Math.floor(b.sampaiBulan / 12);
        const edge = `${y}-${t.slice(5, 7)}-01`;
        for (const d of [-40, -31, -30, -29, -1, 0, 1, 28, 29, 30, 31, 59, 60]) lahir.push(addDays(edge, d));
      }
      lahir.push("2020-02-29", "2023-01-31", t);
    }
    for (const t of tanggal) {
      const rows = await testDb.$queryRaw<{ lahir: string; umur: number; kelompok: string }[]>`
        SELECT x.lahir::text AS lahir, ${umurBulanSql(Prisma.sql`x.lahir`, t)} AS umur, ${kelompokSql(Prisma.sql`x.lahir`, t)} AS kelompok
        FROM unnest(${lahir.filter((l) => l <= t)}::date[]) AS x(lahir)`;
      expect(rows.length).toBeGreaterThan(20);
      for (const r of rows) {
        expect({ lahir: r.lahir, t, umur: r.umur, kelompok: r.kelompok }).toEqual({ lahir: r.lahir, t, umur: umurBulanPada(r.lahir, t), kelompok: kelompokPada(r.lahir, t) });
      }
      // The birth-date ranges the counts use (no per-row arithmetic) select the same people.
      const bands: [number, number | null][] = [[0, 59], [6, 11], [12, 59], [144, null], [480, null]];
      const sel = Prisma.join([
        ...bands.map(([a, b]) => Prisma.sql`${umurAntaraSql(Prisma.sql`x.lahir`, t, a, b)}`),
        ...KELOMPOK_SASARAN.map((k) => Prisma.sql`${kelompokIsSql(Prisma.sql`x.lahir`, t, k)}`),
      ]);
      const flags = await testDb.$queryRaw<{ lahir: string; f: boolean[] }[]>`
        SELECT x.lahir::text AS lahir, ARRAY[${sel}] AS f FROM unnest(${lahir.filter((l) => l <= t)}::date[]) AS x(lahir)`;
      for (const r of flags) {
        const u = umurBulanPada(r.lahir, t);
        const want = [...bands.map(([a, b]) => u >= a && (b === null || u <= b)), ...KELOMPOK_SASARAN.map((k) => kelompokPada(r.lahir, t) === k)];
        expect({ lahir: r.lahir, t, f: r.f }).toEqual({ lahir: r.lahir, t, f: want });
      }
    }
  });
});
