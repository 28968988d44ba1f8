/**
 * Editing an account (name, role, scope): only the Dinkes admin, only accounts and scopes of its own
 * kabupaten; every refusal writes nothing, every change exactly one audit row, and an unchanged save none.
 */
import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { testDb, viewer, posyanduId, desaId, auditCount, KLOROGAN, BANYUMENENG } from "../support/db.ts";
import { createPengguna, updatePengguna } from "../../lib/pengguna/dal.ts";
import { ZPenggunaUpdate, type TPenggunaUpdate } from "../../lib/pengguna/schemas.ts";
import { loadViewer } from "../../lib/auth/load-viewer.ts";
import { DomainError, ForbiddenError, NotFoundError } from "../../lib/errors.ts";

async function freshKader() {
  const admin = await viewer("dinkes.madiun");
  const created = await createPengguna(admin, {
    username: `uji.ubah.${randomUUID().slice(0, 8)}`,
    nama: "Kader Uji Ubah",
    role: "KADER",
    puskesmasId: null,
    desaId: null,
    posyanduId: await posyanduId(KLOROGAN, "Melati 2"),
    requestId: randomUUID(),
  });
  return created.id;
}

const asKader = (id: string, nama: string, posyandu: string): TPenggunaUpdate => ({ id, nama, role: "KADER", puskesmasId: null, desaId: null, posyanduId: posyandu });

async function snapshot(id: string) {
  return { row: await testDb.user.findUnique({ where: { id } }), audits: await auditCount() };
}

describe("pengguna: ubah nama, peran, dan wilayah", () => {
  it("dinkes.madiun moves a kader from Melati 2 to Mawar 1 with one audit row, and the kader's scope follows at once", async () => {
    const id = await freshKader();
    const audits = await auditCount();
    const mawar1 = await posyanduId(KLOROGAN, "Mawar 1");
    expect(await updatePengguna(await viewer("dinkes.madiun"), asKader(id, "Kader Uji Pindah", mawar1))).toEqual({ changed: true });
    expect(await auditCount()).toBe(audits + 1);
    const row = await testDb.user.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ nama: "Kader Uji Pindah", role: "KADER", posyanduId: mawar1, desaId: null, puskesmasId: null });
    const audit = await testDb.auditLog.findFirstOrThrow({ where: { entity: "user", entityId: id, action: "UPDATE" } });
    expect(audit.before).toMatchObject({ posyanduId: await posyanduId(KLOROGAN, "Melati 2") });
    expect(audit.after).toMatchObject({ posyanduId: mawar1, nama: "Kader Uji Pindah" });
    expect(JSON.stringify([audit.before, audit.after])).not.toContain("passwordHash");
    const v = await loadViewer(testDb, id, row.sessionVersion);
    expect(v?.posyanduId).toBe(mawar1);
  });

  it("a kader becomes the bidan of Klorogan: the posyandu is dropped, the desa set", async () => {
    const id = await freshKader();
    const klorogan = await desaId(KLOROGAN);
    await updatePengguna(await viewer("dinkes.madiun"), { id, nama: "Bidan Uji", role: "BIDAN_DESA", puskesmasId: null, desaId: klorogan, posyanduId: null });
    expect(await testDb.user.findUniqueOrThrow({ where: { id } })).toMatchObject({ role: "BIDAN_DESA", desaId: klorogan, posyanduId: null });
  });

  it("saving unchanged values writes nothing (a double submit is harmless)", async () => {
    const id = await freshKader();
    const before = await snapshot(id);
    const same = asKader(id, "Kader Uji Ubah", await posyanduId(KLOROGAN, "Melati 2"));
    expect(await updatePengguna(await viewer("dinkes.madiun"), same)).toEqual({ changed: false });
    expect(await snapshot(id)).toEqual(before);
  });

  it("dinkes.demak cannot edit a Madiun kader: not found, nothing written", async () => {
    const id = await freshKader();
    const before = await snapshot(id);
    const err = await updatePengguna(await viewer("dinkes.demak"), asKader(id, "Diubah Demak", await posyanduId(BANYUMENENG, "Kenanga 1"))).catch((e) => e);
    expect(err).toBeInstanceOf(NotFoundError);
    expect(await snapshot(id)).toEqual(before);
  });

  it("dinkes.madiun cannot move a kader to a Demak posyandu: refused next to the field, nothing written", async () => {
    const id = await freshKader();
    const before = await snapshot(id);
    const err = await updatePengguna(await viewer("dinkes.madiun"), asKader(id, "Kader Uji Ubah", await posyanduId(BANYUMENENG, "Kenanga 1"))).catch((e) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect((err as DomainError).fieldErrors?.posyanduId).toEqual(["Pilih posyandu di kabupaten Anda."]);
    expect(await snapshot(id)).toEqual(before);
  });

  it("pkm.geger and staf.madiun cannot edit accounts at all", async () => {
    const id = await freshKader();
    const before = await snapshot(id);
    for (const who of ["pkm.geger", "staf.madiun"] as const) {
      await expect(updatePengguna(await viewer(who), asKader(id, "X", await posyanduId(KLOROGAN, "Mawar 1")))).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await snapshot(id)).toEqual(before);
  });

  it("an admin cannot change their own role, but can correct their own name", async () => {
    const admin = await viewer("dinkes.madiun");
    const before = await snapshot(admin.id);
    const err = await updatePengguna(admin, { id: admin.id, nama: "Admin Dinkes Madiun", role: "DINKES", puskesmasId: null, desaId: null, posyanduId: null }).catch((e) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect((err as DomainError).fieldErrors?.role?.[0]).toMatch(/admin Dinkes lain/);
    expect(await snapshot(admin.id)).toEqual(before);
    const nama = before.row!.nama;
    await updatePengguna(admin, { id: admin.id, nama: `${nama} (uji)`, role: "DINKES_ADMIN", puskesmasId: null, desaId: null, posyanduId: null });
    expect((await testDb.user.findUniqueOrThrow({ where: { id: admin.id } })).nama).toBe(`${nama} (uji)`);
    await updatePengguna(admin, { id: admin.id, nama, role: "DINKES_ADMIN", puskesmasId: null, desaId: null, posyanduId: null });
  });

  it("the form schema asks for the scope the new role needs, in Bahasa, and drops the others", () => {
    const id = randomUUID();
    const bad = ZPenggunaUpdate.safeParse({ id, nama: "", role: "KADER", desaId: randomUUID() });
    expect(bad.success).toBe(false);
    const issues = bad.error!.issues.map((i) => `${String(i.path[0])}: ${i.message}`);
    expect(issues).toEqual(expect.arrayContaining(["nama: Nama lengkap wajib diisi.", "posyanduId: Pilih posyandu."]));
    const ok = ZPenggunaUpdate.parse({ id, nama: "Ani", role: "DINKES", desaId: randomUUID(), posyanduId: randomUUID() });
    expect(ok).toEqual({ id, nama: "Ani", role: "DINKES", puskesmasId: null, desaId: null, posyanduId: null });
  });
});
