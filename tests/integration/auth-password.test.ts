/**
 * The viewer's own account (lib/auth/dal.ts) against the real database: changing the password counts
 * wrong current passwords toward the sign-in lockout, and signing out voids the session on the server.
 */
import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { testDb } from "../support/db.ts";
import { changeOwnPassword, endSessions } from "../../lib/auth/dal.ts";
import { checkCredentials, LOCK_MINUTES, MAX_FAILED_LOGINS } from "../../lib/auth/credentials.ts";
import { hashPassword } from "../../lib/auth/password.ts";
import { loadViewer } from "../../lib/auth/load-viewer.ts";
import { DomainError } from "../../lib/errors.ts";
import type { Viewer } from "../../lib/access/viewer-type.ts";

const PASSWORD = "sandi-uji-benar-123";
const NEW_PASSWORD = "kebun teh di lereng wilis";
const MINUTE = 60_000;
let hash: Promise<string> | null = null;

async function throwaway(): Promise<Viewer> {
  hash ??= hashPassword(PASSWORD);
  const kab = await testDb.kabupaten.findFirstOrThrow({ select: { id: true } });
  const u = await testDb.user.create({
    data: { username: `uji.sandi.${randomUUID().slice(0, 8)}`, nama: "Akun Uji Sandi", role: "DINKES", kabupatenId: kab.id, passwordHash: await hash, mustChangePassword: true },
    select: { id: true },
  });
  const v = await loadViewer(testDb, u.id, 0);
  if (!v) throw new Error("not loadable");
  return v;
}

const state = (id: string) => testDb.user.findUniqueOrThrow({ where: { id }, select: { failedLoginCount: true, lockedUntil: true, sessionVersion: true, mustChangePassword: true } });
const attempt = (v: Viewer, current: string, now: Date) => changeOwnPassword(v, { current, next: NEW_PASSWORD, confirm: NEW_PASSWORD }, now).then(() => "ok", (e: unknown) => e);

describe("changeOwnPassword", () => {
  it("the right current password: new password works, must-change cleared, old sessions void", async () => {
    const v = await throwaway();
    expect(await attempt(v, PASSWORD, new Date())).toBe("ok");
    expect(await state(v.id)).toMatchObject({ mustChangePassword: false, sessionVersion: 1, failedLoginCount: 0 });
    expect(await loadViewer(testDb, v.id, 0)).toBeNull();
    expect(await checkCredentials(testDb, v.username, NEW_PASSWORD)).toMatchObject({ ok: true, userId: v.id });
    expect(await testDb.auditLog.count({ where: { entity: "user", entityId: v.id, action: "CHANGE_PASSWORD" } })).toBe(1);
  });

  it(`wrong current passwords count toward the sign-in lockout: the ${MAX_FAILED_LOGINS}th locks the account`, async () => {
    const v = await throwaway();
    const now = new Date("2026-03-05T01:00:00Z");
    for (let i = 1; i < MAX_FAILED_LOGINS; i++) {
      const e = await attempt(v, `salah-${i}`, now);
      expect(e).toBeInstanceOf(DomainError);
      expect(e).toMatchObject({ message: "Kata sandi sekarang salah.", fieldErrors: { current: ["Kata sandi sekarang salah."] } });
    }
    expect((await state(v.id)).failedLoginCount).toBe(MAX_FAILED_LOGINS - 1);
    const locked = await attempt(v, "salah-5", now);
    expect(locked).toBeInstanceOf(DomainError);
    expect((locked as Error).message).toMatch(/^Akun dikunci 15 menit karena 5 kali salah kata sandi\. Coba lagi setelah pukul \d\d\.\d\d WIB\.$/);
    const until = new Date(now.getTime() + LOCK_MINUTES * MINUTE);
    expect(await state(v.id)).toMatchObject({ failedLoginCount: MAX_FAILED_LOGINS, lockedUntil: until, sessionVersion: 0 });
    // While locked, even the right current password is refused, here and at sign-in.
    expect((await attempt(v, PASSWORD, new Date(now.getTime() + MINUTE))) as Error).toMatchObject({ message: expect.stringContaining("Akun dikunci") });
    expect(await checkCredentials(testDb, v.username, PASSWORD, new Date(now.getTime() + MINUTE))).toMatchObject({ ok: false, reason: "locked" });
    expect((await state(v.id)).sessionVersion).toBe(0);
  });

  it("wrong sign-ins and wrong current passwords share one counter", async () => {
    const v = await throwaway();
    const now = new Date("2026-03-05T02:00:00Z");
    for (let i = 0; i < MAX_FAILED_LOGINS - 1; i++) await checkCredentials(testDb, v.username, "salah", now);
    expect(((await attempt(v, "salah", now)) as Error).message).toContain("Akun dikunci");
  });
});

describe("endSessions (Keluar)", () => {
  it("the session that signed out no longer loads, and a new sign-in gets a working one", async () => {
    const v = await throwaway();
    const before = (await state(v.id)).sessionVersion;
    expect(await loadViewer(testDb, v.id, before)).not.toBeNull();
    await endSessions(v);
    expect(await loadViewer(testDb, v.id, before)).toBeNull();
    const r = await checkCredentials(testDb, v.username, PASSWORD);
    expect(r).toMatchObject({ ok: true, sessionVersion: before + 1 });
    expect(await loadViewer(testDb, v.id, before + 1)).not.toBeNull();
  });
});
