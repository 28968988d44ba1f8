/**
 * The password check behind sign-in, with lockout: 5 wrong passwords lock the account for 15 minutes.
 * An unknown username gets the same answer, after the same work, as a wrong password, including the
 * lockout on the 5th try. One client (IP) that fails too often is refused for a while without any
 * account's counter moving, so that it cannot lock everyone out.
 */
import type { DbTx } from "../prisma-client.ts";
import { dummyHash, verifyPassword } from "./password.ts";
import { ClientThrottle, UnknownNameLocks } from "./login-throttle.ts";
import { USERNAME_MAX_LENGTH } from "./schemas.ts";

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

export type CredentialsResult =
  | { ok: true; userId: string; sessionVersion: number }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; lockedUntil: Date };

export type AuthenticateResult = CredentialsResult | { ok: false; reason: "throttled"; until: Date };

// In memory, per process (see login-throttle.ts).
const unknownNames = new UnknownNameLocks(MAX_FAILED_LOGINS, LOCK_MINUTES * 60_000);
const clients = new ClientThrottle();

export async function checkCredentials(db: DbTx, usernameRaw: string, password: string, now = new Date()): Promise<CredentialsResult> {
  // No account has a name over 60 characters: a longer one is unknown without asking the database,
  // and only its first 61 characters are remembered.
  const username = usernameRaw.trim().toLowerCase().slice(0, USERNAME_MAX_LENGTH + 1);
  const user = username && username.length <= USERNAME_MAX_LENGTH
    ? await db.user.findUnique({ where: { username }, select: { id: true, passwordHash: true, isActive: true, lockedUntil: true, failedLoginCount: true, sessionVersion: true } })
    : null;
  if (!user || !user.isActive) {
    await verifyPassword(await dummyHash(), password);
    const lockedUntil = unknownNames.lockedUntil(username, now) ?? unknownNames.recordFailure(username, now);
    return lockedUntil ? { ok: false, reason: "locked", lockedUntil } : { ok: false, reason: "invalid" };
  }
  if (user.lockedUntil && user.lockedUntil > now) return { ok: false, reason: "locked", lockedUntil: user.lockedUntil };

  if (await verifyPassword(user.passwordHash, password)) {
    await db.user.update({ where: { id: user.id }, data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now } });
    return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
  }
  const lockedUntil = await recordWrongPassword(db, user.id, now);
  return lockedUntil ? { ok: false, reason: "locked", lockedUntil } : { ok: false, reason: "invalid" };
}

/**
 * Counts one wrong password for an account (sign-in or the change-password form alike); at the
 * MAX_FAILED_LOGINS-th the account is locked. Returns the lock's end, or null while still open.
 */
export async function recordWrongPassword(db: DbTx, userId: string, now = new Date()): Promise<Date | null> {
  // Count atomically so that parallel attempts cannot slip past the limit.
  const rows = await db.$queryRaw<{ failed_login_count: number }[]>`
    UPDATE app_user SET failed_login_count = CASE WHEN locked_until IS NOT NULL AND locked_until <= ${now} THEN 1 ELSE failed_login_count + 1 END,
      locked_until = CASE WHEN locked_until IS NOT NULL AND locked_until <= ${now} THEN NULL ELSE locked_until END,
      updated_at = ${now}
    WHERE id = ${userId}::uuid RETURNING failed_login_count`;
  const failed = rows[0]?.failed_login_count ?? 0;
  if (failed < MAX_FAILED_LOGINS) return null;
  const lockedUntil = new Date(now.getTime() + LOCK_MINUTES * 60_000);
  await db.user.update({ where: { id: userId }, data: { lockedUntil } });
  return lockedUntil;
}

/** Sign-in as the login form and Auth.js's own endpoint run it: the client's limit first, then the password. */
export async function authenticate(db: DbTx, input: { username: string; password: string; client: string }, now = new Date()): Promise<AuthenticateResult> {
  const until = clients.blockedUntil(input.client, now);
  if (until) return { ok: false, reason: "throttled", until };
  const result = await checkCredentials(db, input.username, input.password, now);
  if (!result.ok) clients.recordFailure(input.client, now);
  return result;
}
