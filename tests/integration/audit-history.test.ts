/**
 * One audit history for every entity: it asks for `audit.read` itself and answers "not found" for a
 * record outside the viewer's scope, exactly as for an id that does not exist.
 */
import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { testDb, viewer, posyanduId, desaId, KLOROGAN, KAIBON } from "../support/db.ts";
import { auditHistory, type AuditEntity } from "../../lib/audit/history.ts";
import { NotFoundError } from "../../lib/errors.ts";

async function ids(): Promise<Record<AuditEntity, string>> {
  const klorogan = await testDb.desa.findUniqueOrThrow({ where: { kode: KLOROGAN }, select: { id: true, kecamatanId: true, puskesmasId: true } });
  const dusun = await testDb.dusun.findFirstOrThrow({ where: { desaId: klorogan.id }, select: { id: true } });
  const pustu = await testDb.pustu.findFirstOrThrow({ where: { desaId: klorogan.id }, select: { id: true } });
  const user = await testDb.user.findUniqueOrThrow({ where: { username: "kader.melati1" }, select: { id: true } });
  return {
    kecamatan: klorogan.kecamatanId,
    desa: klorogan.id,
    dusun: dusun.id,
    puskesmas: klorogan.puskesmasId!,
    pustu: pustu.id,
    posyandu: await posyanduId(KLOROGAN, "Melati 1"),
    sarana: await posyanduId(KLOROGAN, "Melati 1"),
    user: user.id,
    // The demo pilot (prisma/seed-percontohan.ts) and one of its roll-out targets.
    percontohan: (await testDb.percontohan.findUniqueOrThrow({ where: { posyanduId: await posyanduId(KLOROGAN, "Melati 1") }, select: { id: true } })).id,
    replikasi_percontohan: (await testDb.replikasiPercontohan.findUniqueOrThrow({ where: { posyanduId: await posyanduId(KLOROGAN, "Melati 2") }, select: { id: true } })).id,
    kader: (await testDb.kader.findFirstOrThrow({ where: { posyandu: { desaId: klorogan.id } }, select: { id: true } })).id,
  };
}

describe("auditHistory", () => {
  it("gives the Madiun admin the trail of every kind of Madiun record", async () => {
    const v = await viewer("dinkes.madiun");
    for (const [entity, id] of Object.entries(await ids()) as [AuditEntity, string][]) {
      const rows = await auditHistory(v, entity, id);
      expect(Array.isArray(rows), entity).toBe(true);
    }
  });

  it("refuses the Demak admin every Madiun record as not found", async () => {
    const v = await viewer("dinkes.demak");
    for (const [entity, id] of Object.entries(await ids()) as [AuditEntity, string][]) {
      await expect(auditHistory(v, entity, id), entity).rejects.toBeInstanceOf(NotFoundError);
    }
  });

  it("refuses a puskesmas officer a posyandu outside its catchment, and shows its own", async () => {
    const v = await viewer("pkm.geger");
    const kaibonPosyandu = await testDb.posyandu.findFirstOrThrow({ where: { desaId: await desaId(KAIBON) }, select: { id: true } });
    await expect(auditHistory(v, "posyandu", kaibonPosyandu.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await auditHistory(v, "posyandu", await posyanduId(KLOROGAN, "Melati 1"))).not.toBeNull();
  });

  it("answers null, without reading, for a role that may not read audit trails (kader)", async () => {
    const v = await viewer("kader.melati1");
    expect(await auditHistory(v, "posyandu", await posyanduId(KLOROGAN, "Melati 1"))).toBeNull();
  });

  it("answers not found for malformed and unknown ids", async () => {
    const v = await viewer("dinkes.madiun");
    await expect(auditHistory(v, "desa", "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
    await expect(auditHistory(v, "desa", "00000000-0000-0000-0000-00000000000z")).rejects.toBeInstanceOf(NotFoundError);
    await expect(auditHistory(v, "desa", randomUUID())).rejects.toBeInstanceOf(NotFoundError);
  });
});
