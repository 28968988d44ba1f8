"use server";
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signIn, signOut, LockedError, ThrottledError } from "./auth.ts";
import { getViewer } from "./viewer.ts";
import { changeOwnPassword, endSessions } from "./dal.ts";
import { protectedAction, publicAction, SIGNED_IN } from "../actions/protected-action.ts";
import { initialActionState } from "../actions/action-state.ts";
import { INVALID_LOGIN, lockedMessage, throttledMessage } from "./messages.ts";
import { safeNext } from "./safe-next.ts";
import { changePasswordSchema, ZLogin } from "./schemas.ts";

export const loginAction = publicAction(ZLogin, async (input, formData) => {
  try {
    await signIn("credentials", { username: input.username, password: input.password, redirect: false });
  } catch (error) {
    // Only Auth.js's refusals are answers; anything else goes to the wrapper's generic message.
    if (error instanceof LockedError) return { ok: false, message: lockedMessage(error.until) };
    if (error instanceof ThrottledError) return { ok: false, message: throttledMessage(error.until) };
    if (error instanceof AuthError) return { ok: false, message: INVALID_LOGIN };
    throw error;
  }
  return { redirectTo: safeNext(formData.get("ke")) };
});

const logout = protectedAction(
  SIGNED_IN,
  z.object({}),
  async (viewer) => {
    await endSessions(viewer);
    await signOut({ redirect: false });
    return { redirectTo: "/login?keluar=1" };
  },
  { allowPasswordChange: true },
);

/** The "Keluar" button: ends the session on the server too, not only in this browser. */
export async function logoutAction(formData: FormData): Promise<void> {
  if (!(await getViewer())) {
    await signOut({ redirect: false });
    redirect("/login?keluar=1");
  }
  await logout(initialActionState, formData);
}

export const changePasswordAction = protectedAction(
  SIGNED_IN,
  (viewer) => changePasswordSchema(viewer.username),
  async (viewer, input) => {
    await changeOwnPassword(viewer, input);
    // The old session is now void (its version is stale): sign in again with the new password.
    try {
      await signIn("credentials", { username: viewer.username, password: input.next, redirect: false });
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
      return { redirectTo: "/login" };
    }
    return { redirectTo: "/?sandi=1" };
  },
  { allowPasswordChange: true },
);
