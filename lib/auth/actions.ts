"use server";
import { AuthError, CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { z } from "zod";
import { db } from "../db.ts";
import { signIn, signOut } from "./auth.ts";
import { getViewer } from "./viewer.ts";
import { hashPassword, verifyPassword } from "./password.ts";
import { writeAudit } from "../audit/audit.ts";
import { formatTime } from "../i18n/format.ts";
import { LOCK_MINUTES, MAX_FAILED_LOGINS } from "./credentials.ts";
import type { ActionState } from "../actions/action-state.ts";
import { ZChangePassword, ZLogin } from "./schemas.ts";

const INVALID_LOGIN = "Nama pengguna atau kata sandi salah.";

function safeNext(next: unknown): string {
  return typeof next === "string" && next.startsWith("/") && !next.startsWith("//") ? next : "/";
}

export async function loginAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = ZLogin.safeParse({ username: formData.get("username"), password: formData.get("password") });
  const values = { username: String(formData.get("username") ?? "") };
  if (!parsed.success) return { ok: false, message: "Isi nama pengguna dan kata sandi.", fieldErrors: z.flattenError(parsed.error).fieldErrors, values };
  try {
    await signIn("credentials", { username: parsed.data.username, password: parsed.data.password, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) {
      if (error instanceof CredentialsSignin && error.code === "locked") {
        const user = await db.user.findUnique({ where: { username: parsed.data.username.trim().toLowerCase() }, select: { lockedUntil: true } });
        const until = user?.lockedUntil ? ` Coba lagi setelah pukul ${formatTime(user.lockedUntil)} WIB.` : "";
        return { ok: false, message: `Akun dikunci ${LOCK_MINUTES} menit karena ${MAX_FAILED_LOGINS} kali salah kata sandi.${until}`, values };
      }
      return { ok: false, message: INVALID_LOGIN, values };
    }
    throw error;
  }
  redirect(safeNext(formData.get("ke")));
}

export async function logoutAction() {
  await signOut({ redirect: false });
  redirect("/login?keluar=1");
}

export async function changePasswordAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  const parsed = ZChangePassword.safeParse({ current: formData.get("current"), next: formData.get("next"), confirm: formData.get("confirm") });
  if (!parsed.success) return { ok: false, message: "Periksa lagi isian yang ditandai.", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const user = await db.user.findUniqueOrThrow({ where: { id: viewer.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, parsed.data.current))) {
    return { ok: false, message: "Kata sandi sekarang salah.", fieldErrors: { current: ["Kata sandi sekarang salah."] } };
  }
  const passwordHash = await hashPassword(parsed.data.next);
  const updated = await db.$transaction(async (tx) => {
    const u = await tx.user.update({ where: { id: viewer.id }, data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } }, select: { sessionVersion: true } });
    await writeAudit(tx, viewer, { entity: "user", entityId: viewer.id, action: "CHANGE_PASSWORD" });
    return u;
  });
  void updated;
  // The old session is now void (its version is stale): sign in again with the new password.
  try {
    await signIn("credentials", { username: viewer.username, password: parsed.data.next, redirect: false });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    redirect("/login");
  }
  redirect("/?sandi=1");
}


