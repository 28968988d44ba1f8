/**
 * User management (Pengguna): only the Dinkes admin manages accounts, only of its own kabupaten.
 * Every refusal leaves nothing written (the row and the audit count unchanged); every success writes
 * exactly one audit row, without the password hash.
 */
import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { testDb, viewer, posyanduId, desaId, auditCount, KLOROGAN, BANYUMENENG } from "../support/db.ts";
import { createPengguna, resetPenggunaPassword, setPenggunaActive, unlockPengguna } from "../../lib/pengguna/dal.ts";
import { getPengguna, penggunaScopeOptions, searchScopeChoices } from "../../lib/pengguna/queries.ts";
import { auditHistory } from "../../lib/audit/history.ts";
import { ZPenggunaCreate, type TPenggunaCreate } from "../../lib/pengguna/schemas.ts";
import { checkCredentials } from "../../lib/auth/credentials.ts";
import { loadViewer } from "../../lib/auth/load-viewer.ts";
import { verifyPassword } from "../../lib/auth/password.ts";
import { DomainError, ForbiddenError, NotFoundError } from "../../lib/errors.ts";

const DESA_GEGER = "35.19.03.2004";
const uniq = () => randomUUID().slice(0, 8);

function kader(posyanduIdValue: string, overrides: Partial<TPenggunaCreate> = {}): TPenggunaCreate {
  return { username: `uji.kader.${uniq()}`, nama: "Kader Uji", role: "KADER", puskesmasId: null, desaId: null, posyanduId: posyanduIdValue, requestId: randomUUID(), ...overrides };
}

async function userId(username: string) {
  return (await testDb.user.findUniqueOrThrow({ where: { username }, select: { id: true } })).id;
}

/** The row (hash included, to prove it did not change) and the audit count. */
async function snapshot(id: string) {
  return { row: await testDb.user.findUnique({ where: { id }, omit: { passwordHash: false } }), audits: await auditCount() };
}

/** A fresh kader account in Klorogan, made by dinkes.madiun, for tests that change an account. */
async function freshKader(nama = "Melati 2") {
  const admin = await viewer("dinkes.madiun");
  return createPengguna(admin, kader(await posyanduId(KLOROGAN, nama)));
}

describe("pengguna: refused with nothing written", () => {
  it("dinkes.demak cannot list Madiun's users", async () => {
    const { listPengguna } = await import("../../lib/pengguna/queries.ts");
    const { ZPenggunaListParams } = await import("../../lib/pengguna/schemas.ts");
    const { rows } = await listPengguna(await viewer("dinkes.demak"), ZPenggunaListParams.parse({ size: "100" }));
    const names = rows.map((r) => r.username);
    expect(names).toContain("dinkes.demak");
    expect(names).not.toContain("kader.melati1");
    expect(names).not.toContain("dinkes.madiun");
    await expect(getPengguna(await viewer("dinkes.demak"), await userId("kader.melati1"))).rejects.toBeInstanceOf(NotFoundError);
    await expect(auditHistory(await viewer("dinkes.demak"), "user", await userId("kader.melati1"))).rejects.toBeInstanceOf(NotFoundError);
  });

  it("dinkes.demak cannot reset the password of kader.melati1", async () => {
    const id = await userId("kader.melati1");
    const before = await snapshot(id);
    await expect(resetPenggunaPassword(await viewer("dinkes.demak"), id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await snapshot(id)).toEqual(before);
  });

  it("dinkes.demak cannot deactivate, reactivate or unlock kader.melati1", async () => {
    const v = await viewer("dinkes.demak");
    const id = await userId("kader.melati1");
    const before = await snapshot(id);
    await expect(setPenggunaActive(v, id, false)).rejects.toBeInstanceOf(NotFoundError);
    await expect(setPenggunaActive(v, id, true)).rejects.toBeInstanceOf(NotFoundError);
    await expect(unlockPengguna(v, id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await snapshot(id)).toEqual(before);
  });

  it("dinkes.madiun cannot create a KADER for a Demak posyandu", async () => {
    const v = await viewer("dinkes.madiun");
    const users = await testDb.user.count();
    const audits = await auditCount();
    const input = kader(await posyanduId(BANYUMENENG, "Kenanga 1"));
    const error = await createPengguna(v, input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).fieldErrors?.posyanduId?.[0]).toMatch(/kabupaten Anda/);
    expect(await testDb.user.count()).toBe(users);
    expect(await auditCount()).toBe(audits);
    expect(await testDb.user.findUnique({ where: { username: input.username } })).toBeNull();
  });

  it("dinkes.madiun cannot create a BIDAN_DESA for a Demak desa, nor a PUSKESMAS officer for a Demak puskesmas", async () => {
    const v = await viewer("dinkes.madiun");
    const users = await testDb.user.count();
    const audits = await auditCount();
    const mranggen = await testDb.puskesmas.findFirstOrThrow({ where: { nama: "Puskesmas Mranggen III" }, select: { id: true } });
    await expect(createPengguna(v, { ...kader(""), role: "BIDAN_DESA", posyanduId: null, desaId: await desaId(BANYUMENENG) })).rejects.toBeInstanceOf(DomainError);
    await expect(createPengguna(v, { ...kader(""), role: "PUSKESMAS", posyanduId: null, puskesmasId: mranggen.id })).rejects.toBeInstanceOf(DomainError);
    expect(await testDb.user.count()).toBe(users);
    expect(await auditCount()).toBe(audits);
  });

  for (const username of ["staf.madiun", "pkm.geger", "bidan.klorogan", "kader.melati1"] as const) {
    it(`${username === "staf.madiun" ? "staf.madiun (DINKES)" : username} cannot create users`, async () => {
      const users = await testDb.user.count();
      const audits = await auditCount();
      await expect(createPengguna(await viewer(username), kader(await posyanduId(KLOROGAN, "Melati 2")))).rejects.toBeInstanceOf(ForbiddenError);
      expect(await testDb.user.count()).toBe(users);
      expect(await auditCount()).toBe(audits);
    });
  }

  it("pkm.geger cannot deactivate anyone (not even kader.melati1 of its catchment, nor itself)", async () => {
    const v = await viewer("pkm.geger");
    for (const target of ["kader.melati1", "bidan.klorogan", "pkm.geger"]) {
      const id = await userId(target);
      const before = await snapshot(id);
      await expect(setPenggunaActive(v, id, false)).rejects.toBeInstanceOf(ForbiddenError);
      expect(await snapshot(id)).toEqual(before);
    }
  });

  it("staf.madiun and kader.melati1 cannot reset passwords or unlock accounts", async () => {
    const id = await userId("kader.mawar2");
    const before = await snapshot(id);
    for (const username of ["staf.madiun", "kader.melati1"] as const) {
      const v = await viewer(username);
      await expect(resetPenggunaPassword(v, id)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(unlockPengguna(v, id)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(getPengguna(v, id)).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await snapshot(id)).toEqual(before);
  });

  it("an admin cannot deactivate themself", async () => {
    const v = await viewer("dinkes.madiun");
    const before = await snapshot(v.id);
    await expect(setPenggunaActive(v, v.id, false)).rejects.toThrow(/tidak dapat menonaktifkan akun Anda sendiri/);
    expect(await snapshot(v.id)).toEqual(before);
  });

  it("a username already in use is refused in Bahasa, next to the field", async () => {
    const v = await viewer("dinkes.madiun");
    const audits = await auditCount();
    const error = await createPengguna(v, kader(await posyanduId(KLOROGAN, "Melati 2"), { username: "kader.melati1" })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).fieldErrors?.username?.[0]).toMatch(/sudah dipakai/);
    expect(await auditCount()).toBe(audits);
  });

  it("a username already used in another kabupaten is refused too (usernames are global)", async () => {
    const v = await viewer("dinkes.madiun");
    await expect(createPengguna(v, { ...kader(""), role: "DINKES", posyanduId: null, username: "dinkes.demak" })).rejects.toThrow(/sudah dipakai/);
  });

  it("the DB CHECK constraint rejects a KADER without a posyandu", async () => {
    const kab = await testDb.kabupaten.findFirstOrThrow({ select: { id: true } });
    const users = await testDb.user.count();
    await expect(
      testDb.user.create({ data: { username: `uji.check.${uniq()}`, nama: "Tanpa Posyandu", role: "KADER", kabupatenId: kab.id, passwordHash: "x" } }),
    ).rejects.toThrow(/app_user_scope_matches_role|check constraint/i);
    // ...and a KADER that also carries a desa.
    await expect(
      testDb.user.create({ data: { username: `uji.check.${uniq()}`, nama: "Dua Lingkup", role: "KADER", kabupatenId: kab.id, passwordHash: "x", posyanduId: await posyanduId(KLOROGAN, "Melati 2"), desaId: await desaId(KLOROGAN) } }),
    ).rejects.toThrow(/app_user_scope_matches_role|check constraint/i);
    expect(await testDb.user.count()).toBe(users);
  });
});

describe("pengguna: writes, one audit row each", () => {
  it("dinkes.madiun creates a KADER for Melati 2: one audit row, a hash that is not in the audit, must change password", async () => {
    const v = await viewer("dinkes.madiun");
    const audits = await auditCount();
    const input = kader(await posyanduId(KLOROGAN, "Melati 2"), { username: `Uji.Kader.${uniq()}`.toLowerCase() });
    const r = await createPengguna(v, input);
    expect(r.duplicateSubmit).toBe(false);
    expect(r.password).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    expect(await auditCount()).toBe(audits + 1);
    const row = await testDb.user.findUniqueOrThrow({ where: { id: r.id }, omit: { passwordHash: false }, include: { kabupaten: true } });
    expect(row).toMatchObject({ username: input.username, role: "KADER", posyanduId: input.posyanduId, desaId: null, puskesmasId: null, mustChangePassword: true, isActive: true });
    expect(row.kabupaten.nama).toMatch(/Madiun/);
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(row.passwordHash, r.password!)).toBe(true);
    const audit = await testDb.auditLog.findFirstOrThrow({ where: { entity: "user", entityId: r.id } });
    expect(audit).toMatchObject({ action: "CREATE", actorName: "dinkes.madiun", requestId: input.requestId });
    const text = JSON.stringify([audit.before, audit.after]);
    expect(text).not.toContain("passwordHash");
    expect(text).not.toContain(row.passwordHash);
    expect(text).not.toContain(r.password);
    // The new account signs in with the one-time password.
    expect(await checkCredentials(testDb, input.username, r.password!)).toMatchObject({ ok: true, userId: r.id });
  });

  it("creates a BIDAN_DESA, a PUSKESMAS officer and a DINKES staff member with exactly their scope", async () => {
    const v = await viewer("dinkes.madiun");
    // Desa Geger and Puskesmas Kaibon: other test files count the accounts of Klorogan and Puskesmas Geger.
    const kaibon = await testDb.puskesmas.findFirstOrThrow({ where: { nama: "Puskesmas Kaibon" }, select: { id: true } });
    const bidan = await createPengguna(v, { ...kader(""), role: "BIDAN_DESA", posyanduId: null, desaId: await desaId(DESA_GEGER) });
    const pkm = await createPengguna(v, { ...kader(""), role: "PUSKESMAS", posyanduId: null, puskesmasId: kaibon.id });
    const staf = await createPengguna(v, { ...kader(""), role: "DINKES", posyanduId: null });
    expect(await loadViewer(testDb, bidan.id)).toMatchObject({ role: "BIDAN_DESA", areaLabel: expect.stringContaining("Desa Geger") });
    expect(await loadViewer(testDb, pkm.id)).toMatchObject({ role: "PUSKESMAS", puskesmasId: kaibon.id });
    expect(await loadViewer(testDb, staf.id)).toMatchObject({ role: "DINKES", kabupatenId: v.kabupatenId, puskesmasId: null, desaId: null, posyanduId: null });
  });

  it("the form schema drops the scope ids a role does not use, and requires the one it does", () => {
    const ok = ZPenggunaCreate.parse({ username: " Kader.Baru ", nama: "Siti", role: "DINKES", posyanduId: randomUUID(), desaId: randomUUID() });
    expect(ok).toMatchObject({ username: "kader.baru", posyanduId: null, desaId: null, puskesmasId: null });
    const bad = ZPenggunaCreate.safeParse({ username: "a b", nama: "", role: "KADER", posyanduId: "" });
    expect(bad.success).toBe(false);
    const fields = Object.keys(bad.error!.flatten().fieldErrors);
    expect(fields.sort()).toEqual(["nama", "posyanduId", "username"]);
    for (const username of ["ab", "a".repeat(61), "kader melati", "kader@melati", "kadér"]) expect(ZPenggunaCreate.safeParse({ username, nama: "X", role: "DINKES" }).success).toBe(false);
    for (const username of ["abc", "kader.melati_2-b", "a".repeat(60)]) expect(ZPenggunaCreate.safeParse({ username, nama: "X", role: "DINKES" }).success).toBe(true);
  });

  it("a double submit of the same create form writes once and does not reveal a password twice", async () => {
    const v = await viewer("dinkes.madiun");
    const input = kader(await posyanduId(KLOROGAN, "Melati 2"));
    const users = await testDb.user.count();
    const [a, b] = await Promise.all([createPengguna(v, input), createPengguna(v, input)]);
    expect(a.id).toBe(b.id);
    expect([a.duplicateSubmit, b.duplicateSubmit].sort()).toEqual([false, true]);
    expect([a.password, b.password].filter(Boolean)).toHaveLength(1);
    expect(await testDb.user.count()).toBe(users + 1);
    expect(await testDb.auditLog.count({ where: { entityId: a.id } })).toBe(1);
  });

  it("deactivate writes one audit row and ends sessions; the deactivated user cannot sign in; reactivate restores", async () => {
    const admin = await viewer("dinkes.madiun");
    const k = await freshKader();
    const before = await testDb.user.findUniqueOrThrow({ where: { id: k.id } });
    expect(await loadViewer(testDb, k.id, before.sessionVersion)).not.toBeNull();
    const audits = await auditCount();
    await setPenggunaActive(admin, k.id, false);
    expect(await auditCount()).toBe(audits + 1);
    const after = await testDb.user.findUniqueOrThrow({ where: { id: k.id } });
    expect(after).toMatchObject({ isActive: false, sessionVersion: before.sessionVersion + 1 });
    // The session from before is void, and a new sign-in is refused with the same answer as a wrong password.
    expect(await loadViewer(testDb, k.id, before.sessionVersion)).toBeNull();
    expect(await checkCredentials(testDb, k.username, k.password!)).toEqual({ ok: false, reason: "invalid" });
    const audit = await testDb.auditLog.findFirstOrThrow({ where: { entityId: k.id, action: "DEACTIVATE" } });
    expect(audit.before).toMatchObject({ isActive: true });
    expect(audit.after).toMatchObject({ isActive: false });
    // Deactivating again writes nothing.
    await setPenggunaActive(admin, k.id, false);
    expect(await auditCount()).toBe(audits + 1);
    // Reactivate: one more row, and the account signs in again.
    await setPenggunaActive(admin, k.id, true);
    expect(await auditCount()).toBe(audits + 2);
    expect(await testDb.auditLog.count({ where: { entityId: k.id, action: "ACTIVATE" } })).toBe(1);
    expect(await checkCredentials(testDb, k.username, k.password!)).toMatchObject({ ok: true });
  });

  it("reset password writes one audit row: new one-time password, must change, counter and lock cleared, sessions ended", async () => {
    const admin = await viewer("dinkes.madiun");
    const k = await freshKader("Mawar 1");
    await testDb.user.update({ where: { id: k.id }, data: { mustChangePassword: false, failedLoginCount: 5, lockedUntil: new Date(Date.now() + 10 * 60_000) } });
    const before = await testDb.user.findUniqueOrThrow({ where: { id: k.id }, omit: { passwordHash: false } });
    const audits = await auditCount();
    const r = await resetPenggunaPassword(admin, k.id);
    expect(await auditCount()).toBe(audits + 1);
    expect(r.password).not.toBe(k.password);
    const after = await testDb.user.findUniqueOrThrow({ where: { id: k.id }, omit: { passwordHash: false } });
    expect(after).toMatchObject({ mustChangePassword: true, failedLoginCount: 0, lockedUntil: null, sessionVersion: before.sessionVersion + 1 });
    expect(after.passwordHash).not.toBe(before.passwordHash);
    expect(await loadViewer(testDb, k.id, before.sessionVersion)).toBeNull();
    expect(await checkCredentials(testDb, k.username, k.password!)).toEqual({ ok: false, reason: "invalid" });
    expect(await checkCredentials(testDb, k.username, r.password)).toMatchObject({ ok: true });
    const audit = await testDb.auditLog.findFirstOrThrow({ where: { entityId: k.id, action: "RESET_PASSWORD" } });
    const text = JSON.stringify([audit.before, audit.after]);
    expect(text).not.toContain("passwordHash");
    expect(text).not.toContain(r.password);
  });

  it("an admin cannot reset their own password here (that is Ganti kata sandi)", async () => {
    const v = await viewer("dinkes.madiun");
    const before = await snapshot(v.id);
    await expect(resetPenggunaPassword(v, v.id)).rejects.toBeInstanceOf(DomainError);
    expect(await snapshot(v.id)).toEqual(before);
  });

  it("unlock lifts a lockout with one audit row and keeps the password", async () => {
    const admin = await viewer("dinkes.madiun");
    const k = await freshKader("Mawar 2");
    const lockedUntil = new Date(Date.now() + 10 * 60_000);
    await testDb.user.update({ where: { id: k.id }, data: { failedLoginCount: 5, lockedUntil } });
    expect(await checkCredentials(testDb, k.username, k.password!)).toMatchObject({ ok: false, reason: "locked" });
    const audits = await auditCount();
    await unlockPengguna(admin, k.id);
    expect(await auditCount()).toBe(audits + 1);
    expect(await testDb.user.findUniqueOrThrow({ where: { id: k.id } })).toMatchObject({ failedLoginCount: 0, lockedUntil: null });
    expect(await checkCredentials(testDb, k.username, k.password!)).toMatchObject({ ok: true });
    // Nothing left to unlock: nothing written.
    await unlockPengguna(admin, k.id);
    expect(await auditCount()).toBe(audits + 1);
  });

  it("the detail and its history show the account's audit trail to its admin", async () => {
    const admin = await viewer("dinkes.madiun");
    const k = await freshKader();
    await setPenggunaActive(admin, k.id, false);
    const detail = await getPengguna(admin, k.id);
    expect(detail).not.toHaveProperty("passwordHash");
    expect(detail.posyandu?.nama).toBe("Melati 2");
    const history = await auditHistory(admin, "user", k.id);
    expect(history?.map((h) => h.action)).toEqual(["DEACTIVATE", "CREATE"]);
  });
});

describe("account form pickers search on the server, within the admin's kabupaten", () => {
  it("finds Madiun's desa and posyandu for the Madiun admin, at most 30, and none for Demak's admin", async () => {
    const madiun = await viewer("dinkes.madiun");
    const desa = await searchScopeChoices(madiun, "desa", "klorogan");
    expect(desa.map((d) => d.label)).toEqual(["Desa Klorogan (35.19.03.2002)"]);
    expect((await searchScopeChoices(madiun, "desa", "")).length).toBe(30);
    const posyandu = await searchScopeChoices(madiun, "posyandu", "melati");
    expect(posyandu.map((p) => p.label).sort()).toEqual(expect.arrayContaining(["Posyandu Melati 1", "Posyandu Melati 2"]));
    expect(await searchScopeChoices(await viewer("dinkes.demak"), "desa", "klorogan")).toEqual([]);
    expect(await searchScopeChoices(await viewer("dinkes.demak"), "posyandu", "melati")).toEqual([]);
    expect((await searchScopeChoices(madiun, "posyandu", "%")).length).toBe(0);
  });
  it("refuses a role that does not manage accounts", async () => {
    await expect(searchScopeChoices(await viewer("pkm.geger"), "desa", "")).rejects.toBeInstanceOf(NotFoundError);
  });
  it("sends with the page only the puskesmas and what is already chosen", async () => {
    const madiun = await viewer("dinkes.madiun");
    const kader = await testDb.user.findUniqueOrThrow({ where: { username: "kader.melati1" }, select: { posyanduId: true } });
    const options = await penggunaScopeOptions(madiun, { posyanduId: kader.posyanduId });
    expect(options.desa).toEqual([]);
    expect(options.posyandu.map((p) => p.label)).toEqual(["Posyandu Melati 1"]);
    expect(options.hasPosyandu).toBe(true);
    expect(options.puskesmas.length).toBeGreaterThan(0);
    // A chosen id from another kabupaten is not named.
    const demak = await penggunaScopeOptions(await viewer("dinkes.demak"), { posyanduId: kader.posyanduId });
    expect(demak.posyandu).toEqual([]);
  });
});
