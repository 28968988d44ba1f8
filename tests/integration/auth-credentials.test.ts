/**
 * Sign-in checks (lib/auth/credentials.ts) against the real database: lockout after 5 wrong
 * passwords for 15 minutes, the same answer for an unknown user as for a wrong password (lockout
 * included), and a per-client limit so that one client cannot lock everyone out. Each test
 * makes its own throwaway account so that no demo account gets locked.
 */
import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { testDb } from "../support/db.ts";
import { authenticate, checkCredentials, LOCK_MINUTES, MAX_FAILED_LOGINS } from "../../lib/auth/credentials.ts";
import { CLIENT_MAX_FAILURES, CLIENT_WINDOW_MINUTES } from "../../lib/auth/login-throttle.ts";
import { hashPassword } from "../../lib/auth/password.ts";

const PASSWORD = "sandi-uji-benar-123";
const MINUTE = 60_000;
let hash: Promise<string> | null = null;

/** A fresh DINKES account with a unique username. */
async function throwaway(extra: { isActive?: boolean } = {}) {
  hash ??= hashPassword(PASSWORD);
  const kab = await testDb.kabupaten.findFirstOrThrow({ select: { id: true } });
  const username = `uji.login.${randomUUID().slice(0, 8)}`;
  const u = await testDb.user.create({ data: { username, nama: "Akun Uji Login", role: "DINKES", kabupatenId: kab.id, passwordHash: await hash, mustChangePassword: false, ...extra }, select: { id: true } });
  return { id: u.id, username };
}

const state = (id: string) => testDb.user.findUniqueOrThrow({ where: { id }, select: { failedLoginCount: true, lockedUntil: true, lastLoginAt: true } });

describe("checkCredentials", () => {
  it("the right password is accepted and records the sign-in", async () => {
    const u = await throwaway();
    const now = new Date("2026-03-02T01:00:00Z");
    const r = await checkCredentials(testDb, u.username, PASSWORD, now);
    expect(r).toEqual({ ok: true, userId: u.id, sessionVersion: 0 });
    expect((await state(u.id)).lastLoginAt).toEqual(now);
  });

  it("the username is matched case-insensitively and trimmed", async () => {
    const u = await throwaway();
    expect(await checkCredentials(testDb, `  ${u.username.toUpperCase()} `, PASSWORD)).toMatchObject({ ok: true, userId: u.id });
  });

  it("a wrong password is refused and increments the counter", async () => {
    const u = await throwaway();
    expect(await checkCredentials(testDb, u.username, "salah")).toEqual({ ok: false, reason: "invalid" });
    expect((await state(u.id)).failedLoginCount).toBe(1);
    expect(await checkCredentials(testDb, u.username, "salah lagi")).toEqual({ ok: false, reason: "invalid" });
    expect(await state(u.id)).toMatchObject({ failedLoginCount: 2, lockedUntil: null });
  });

  it(`the ${MAX_FAILED_LOGINS}th wrong password locks the account for ${LOCK_MINUTES} minutes`, async () => {
    const u = await throwaway();
    const now = new Date("2026-03-02T02:00:00Z");
    for (let i = 1; i < MAX_FAILED_LOGINS; i++) expect(await checkCredentials(testDb, u.username, `salah-${i}`, now)).toEqual({ ok: false, reason: "invalid" });
    const r = await checkCredentials(testDb, u.username, "salah-5", now);
    const until = new Date(now.getTime() + 15 * MINUTE);
    expect(r).toEqual({ ok: false, reason: "locked", lockedUntil: until });
    expect(await state(u.id)).toMatchObject({ failedLoginCount: 5, lockedUntil: until });
  });

  it("a locked account is refused even with the right password", async () => {
    const u = await throwaway();
    const now = new Date("2026-03-02T03:00:00Z");
    for (let i = 0; i < 5; i++) await checkCredentials(testDb, u.username, "salah", now);
    const later = new Date(now.getTime() + 14 * MINUTE);
    expect(await checkCredentials(testDb, u.username, PASSWORD, later)).toMatchObject({ ok: false, reason: "locked" });
    expect((await state(u.id)).lastLoginAt).toBeNull();
  });

  it("the lock expires after 15 minutes", async () => {
    const u = await throwaway();
    const now = new Date("2026-03-02T04:00:00Z");
    for (let i = 0; i < 5; i++) await checkCredentials(testDb, u.username, "salah", now);
    expect(await checkCredentials(testDb, u.username, PASSWORD, new Date(now.getTime() + 15 * MINUTE - 1000))).toMatchObject({ ok: false, reason: "locked" });
    expect(await checkCredentials(testDb, u.username, PASSWORD, new Date(now.getTime() + 15 * MINUTE + 1000))).toMatchObject({ ok: true, userId: u.id });
    expect(await state(u.id)).toMatchObject({ failedLoginCount: 0, lockedUntil: null });
  });

  it("after an expired lock, a wrong password starts counting again from 1", async () => {
    const u = await throwaway();
    const now = new Date("2026-03-02T05:00:00Z");
    for (let i = 0; i < 5; i++) await checkCredentials(testDb, u.username, "salah", now);
    expect(await checkCredentials(testDb, u.username, "salah", new Date(now.getTime() + 16 * MINUTE))).toEqual({ ok: false, reason: "invalid" });
    expect(await state(u.id)).toMatchObject({ failedLoginCount: 1, lockedUntil: null });
  });

  it("an unknown user gets the same 'invalid' result as a wrong password", async () => {
    const u = await throwaway();
    const wrong = await checkCredentials(testDb, u.username, "salah");
    const unknown = await checkCredentials(testDb, `tidak.ada.${randomUUID().slice(0, 8)}`, "salah");
    const empty = await checkCredentials(testDb, "   ", "salah");
    expect(unknown).toEqual(wrong);
    expect(empty).toEqual(wrong);
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
  });

  it("a deactivated account gets the same 'invalid' result, even with the right password", async () => {
    const u = await throwaway({ isActive: false });
    expect(await checkCredentials(testDb, u.username, PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    expect((await state(u.id)).failedLoginCount).toBe(0);
  });

  it("a successful sign-in resets the counter", async () => {
    const u = await throwaway();
    for (let i = 0; i < 4; i++) await checkCredentials(testDb, u.username, "salah");
    expect((await state(u.id)).failedLoginCount).toBe(4);
    expect(await checkCredentials(testDb, u.username, PASSWORD)).toMatchObject({ ok: true });
    expect((await state(u.id)).failedLoginCount).toBe(0);
    // ...so the next wrong password is the first again, not the fifth.
    expect(await checkCredentials(testDb, u.username, "salah")).toEqual({ ok: false, reason: "invalid" });
    expect(await state(u.id)).toMatchObject({ failedLoginCount: 1, lockedUntil: null });
  });

  it("parallel wrong passwords cannot slip past the limit", async () => {
    const u = await throwaway();
    const now = new Date("2026-03-02T06:00:00Z");
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => checkCredentials(testDb, u.username, `salah-${i}`, now)));
    expect(results.filter((r) => !r.ok && r.reason === "locked").length).toBeGreaterThanOrEqual(1);
    expect(await checkCredentials(testDb, u.username, PASSWORD, now)).toMatchObject({ ok: false, reason: "locked" });
  });
});

describe("lockout answers do not reveal which usernames exist", () => {
  it(`an unknown username is 'locked' on the ${MAX_FAILED_LOGINS}th try too, for the same ${LOCK_MINUTES} minutes`, async () => {
    const u = await throwaway();
    const unknown = `tidak.ada.${randomUUID().slice(0, 8)}`;
    const now = new Date("2026-03-03T02:00:00Z");
    const real: unknown[] = [];
    const fake: unknown[] = [];
    for (let i = 0; i < MAX_FAILED_LOGINS + 1; i++) {
      real.push(await checkCredentials(testDb, u.username, `salah-${i}`, now));
      fake.push(await checkCredentials(testDb, unknown, `salah-${i}`, now));
    }
    expect(fake).toEqual(real);
    expect(fake.at(-1)).toEqual({ ok: false, reason: "locked", lockedUntil: new Date(now.getTime() + LOCK_MINUTES * MINUTE) });
    // ...and the unknown name's lock ends like a real one.
    expect(await checkCredentials(testDb, unknown, "salah", new Date(now.getTime() + 16 * MINUTE))).toEqual({ ok: false, reason: "invalid" });
  });

  it("a 10,000-character username (a direct POST to Auth.js skips the form's limit) is simply unknown", async () => {
    expect(await checkCredentials(testDb, "a".repeat(10_000), "salah")).toEqual({ ok: false, reason: "invalid" });
  });

  it("a deactivated account locks like an unknown name (and its counter in the database stays untouched)", async () => {
    const u = await throwaway({ isActive: false });
    const now = new Date("2026-03-03T03:00:00Z");
    for (let i = 1; i < MAX_FAILED_LOGINS; i++) expect(await checkCredentials(testDb, u.username, "salah", now)).toEqual({ ok: false, reason: "invalid" });
    expect(await checkCredentials(testDb, u.username, "salah", now)).toMatchObject({ ok: false, reason: "locked" });
    expect(await state(u.id)).toMatchObject({ failedLoginCount: 0, lockedUntil: null });
  });
});

describe(`one client (IP) is limited to ${CLIENT_MAX_FAILURES} failed sign-ins per ${CLIENT_WINDOW_MINUTES} minutes`, () => {
  const client = () => `203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 4)}`;

  it("after the limit the client is refused before any password is checked, and no account's counter moves", async () => {
    const ip = client();
    const now = new Date("2026-03-04T01:00:00Z");
    // Spread over many names (as an attacker locking everyone would): none of them reaches its own lock.
    for (let i = 0; i < CLIENT_MAX_FAILURES; i++) {
      expect(await authenticate(testDb, { username: `tidak.ada.${randomUUID().slice(0, 8)}`, password: "salah", client: ip }, now)).toEqual({ ok: false, reason: "invalid" });
    }
    const victim = await throwaway();
    const until = new Date(now.getTime() + CLIENT_WINDOW_MINUTES * MINUTE);
    expect(await authenticate(testDb, { username: victim.username, password: "salah", client: ip }, now)).toEqual({ ok: false, reason: "throttled", until });
    // Even the right password: the client is refused, the account is not touched.
    expect(await authenticate(testDb, { username: victim.username, password: PASSWORD, client: ip }, now)).toEqual({ ok: false, reason: "throttled", until });
    expect(await state(victim.id)).toMatchObject({ failedLoginCount: 0, lockedUntil: null, lastLoginAt: null });
    // Another client signs in to the same account as usual.
    expect(await authenticate(testDb, { username: victim.username, password: PASSWORD, client: client() }, now)).toMatchObject({ ok: true, userId: victim.id });
    // After the window the first client may try again.
    expect(await authenticate(testDb, { username: victim.username, password: PASSWORD, client: ip }, until)).toMatchObject({ ok: true, userId: victim.id });
  });

  it("successful sign-ins do not count toward the limit", async () => {
    const ip = client();
    const u = await throwaway();
    const now = new Date("2026-03-04T02:00:00Z");
    for (let i = 0; i < CLIENT_MAX_FAILURES + 5; i++) expect(await authenticate(testDb, { username: u.username, password: PASSWORD, client: ip }, now)).toMatchObject({ ok: true });
  });
});
