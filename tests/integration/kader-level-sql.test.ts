/**
 * The kabupaten-wide level refresh computes complete packages in SQL (lengkapOfKabupaten); it must
 * agree with lib/kader/level.ts (lengkapOfKaders) for every kader, including after a re-assessment.
 */
import { describe, expect, it } from "vitest";
import { testDb } from "../support/db.ts";
import { katalogOf, lengkapOfKabupaten, lengkapOfKaders } from "../../lib/kader/level-store.ts";

describe("lengkapOfKabupaten (SQL) = lengkapOfKaders (level.ts)", () => {
  for (const kode of ["35.19", "33.21"]) {
    it(`every kader of ${kode}`, async () => {
      const kab = await testDb.kabupaten.findUniqueOrThrow({ where: { kode }, select: { id: true } });
      const sql = await lengkapOfKabupaten(testDb, kab.id);
      const { skills } = await katalogOf(testDb, kab.id);
      const js = await lengkapOfKaders(testDb, kab.id, skills, sql.map((k) => k.id));
      const norm = (rows: typeof sql) => rows.map((k) => ({ ...k, lengkap: [...k.lengkap].sort() })).sort((a, b) => a.id.localeCompare(b.id));
      expect(norm(sql)).toEqual(norm(js));
      if (kode === "35.19") {
        // The demo has kaders at every level, so the comparison covers 0 to 5 complete packages.
        expect(new Set(sql.map((k) => k.lengkap.length))).toEqual(new Set([0, 1, 2, 3, 4, 5]));
      }
    });
  }
});
