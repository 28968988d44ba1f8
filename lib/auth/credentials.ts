/**
 * The password check behind sign-in, with lockout: 5 wrong passwords lock the account for 15 minutes.
 * An unknown username gets the same answer, after the same work, as a wrong password.
 */
import type { DbTx } from "../prisma-client.ts";
import { dummyHash, verifyPassword } from "./password.ts";

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

export type CredentialsResult =
  | { ok: true; userId: string; sessionVersion: number }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; lockedUntil: Date };

export async function checkCredentials(db: DbTx, usernameRaw: string, password: string, now = new Date()): Promise<CredentialsResult> {
  const username = usernameRaw.trim().toLowerCase();
  const user = username
    ? await db.user.findUnique({ where: { username }, select: { id: true, passwordHash: true, isActive: true, lockedUntil: true, failedLoginCount: true, sessionVersion: true } })
    : null;
  if (!user || !user.isActive) {
    await verifyPassword(await dummyHash(), password);
    return { ok: false, reason: "invalid" };
  }
  if (user.lockedUntil && user.lockedUntil > now) return { ok: false, reason: "locked", lockedUntil: user.lockedUntil };

  if (await verifyPassword(user.passwordHash, password)) {
    await db.user.update({ where: { id: user.id }, data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now } });
    return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
  }
  // Count atomically so that parallel attempts cannot slip past the limit.
  const rows = await db.$queryRaw<{ failed_login_count: number }[]>`
    UPDATE app_user SET failed_login_count = CASE WHEN locked_until IS NOT NULL AND locked_until <= ${now} THEN 1 ELSE failed_login_count + 1 END,
      locked_until = CASE WHEN locked_until IS NOT NULL AND locked_until <= ${now} THEN NULL ELSE locked_until END,
      updated_at = ${now}
    WHERE id = ${user.id}::uuid RETURNING failed_login_count`;
  const failed = rows[0]?.failed_login_count ?? 0;
  if (failed >= MAX_FAILED_LOGINS) {
    const lockedUntil = new Date(now.getTime() + LOCK_MINUTES * 60_000);
    await db.user.update({ where: { id: user.id }, data: { lockedUntil } });
    return { ok: false, reason: "locked", lockedUntil };
  }
  return { ok: false, reason: "invalid" };
}
