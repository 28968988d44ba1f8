/** Writes to the viewer's own account: password and sessions. Every function acts on viewer.id only. */
import "server-only";
import { db } from "../db.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { writeAudit } from "../audit/audit.ts";
import { DomainError } from "../errors.ts";
import { recordWrongPassword } from "./credentials.ts";
import { lockedMessage } from "./messages.ts";
import { hashPassword, verifyPassword } from "./password.ts";
import type { TChangePassword } from "./schemas.ts";

const WRONG_CURRENT = "Kata sandi sekarang salah.";

/**
 * The signed-in viewer changes their own password. A wrong current password counts toward the same
 * lockout as sign-in (someone at an unattended, signed-in screen cannot guess on forever); while
 * locked, even the right one is refused. Success ends every other session (sessionVersion + 1).
 */
export async function changeOwnPassword(viewer: Viewer, input: TChangePassword, now = new Date()): Promise<void> {
  const user = await db.user.findUniqueOrThrow({ where: { id: viewer.id }, select: { passwordHash: true, lockedUntil: true } });
  if (user.lockedUntil && user.lockedUntil > now) throw new DomainError(lockedMessage(user.lockedUntil));
  if (!(await verifyPassword(user.passwordHash, input.current))) {
    const lockedUntil = await recordWrongPassword(db, viewer.id, now);
    if (lockedUntil) throw new DomainError(lockedMessage(lockedUntil));
    throw new DomainError(WRONG_CURRENT, { current: [WRONG_CURRENT] });
  }
  const passwordHash = await hashPassword(input.next);
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: viewer.id },
      data: { passwordHash, mustChangePassword: false, failedLoginCount: 0, lockedUntil: null, sessionVersion: { increment: 1 } },
    });
    await writeAudit(tx, viewer, { entity: "user", entityId: viewer.id, action: "CHANGE_PASSWORD" });
  });
}

/**
 * Sign-out: the session is a signed cookie (JWT), so deleting it in this browser is not enough, a
 * copy would still work. Bumping sessionVersion voids every session of the account (loadViewer
 * compares it), including those on other devices.
 */
export async function endSessions(viewer: Pick<Viewer, "id">): Promise<void> {
  await db.user.update({ where: { id: viewer.id }, data: { sessionVersion: { increment: 1 } } });
}
