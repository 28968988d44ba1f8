/**
 * A double submit races itself: both transactions start before either commits. Whichever way the
 * loser fails (the unique index, or a "sudah ada" check that already sees the winner's row), it must
 * answer with the winner's id, never an error. Run many times to hit both interleavings.
 */
import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { testDb, viewer, desaId, KLOROGAN } from "../support/db.ts";
import { createDusun } from "../../lib/wilayah/dal-dusun.ts";

describe("createOnce under parallel double submits", () => {
  it("20 parallel pairs with the same requestId: one dusun each, both answers with its id", async () => {
    const admin = await viewer("dinkes.madiun");
    const desa = await desaId(KLOROGAN);
    for (let i = 0; i < 20; i++) {
      const requestId = randomUUID();
      const nama = `Uji Ganda ${randomUUID().slice(0, 8)}`;
      const [a, b] = await Promise.all([createDusun(admin, { desaId: desa, nama, requestId }), createDusun(admin, { desaId: desa, nama, requestId })]);
      expect(a.id).toBe(b.id);
      expect([a.duplicateSubmit, b.duplicateSubmit].sort()).toEqual([false, true]);
      expect(await testDb.dusun.count({ where: { desaId: desa, nama } })).toBe(1);
      expect(await testDb.auditLog.count({ where: { requestId } })).toBe(1);
    }
  });
});
