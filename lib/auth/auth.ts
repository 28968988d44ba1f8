import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { db } from "../db.ts";
import { onPrimary } from "../prisma-client.ts";
import { authenticate } from "./credentials.ts";
import { clientKey } from "./login-throttle.ts";

/** The account (or the unknown name) is locked; `until` is for the message. */
export class LockedError extends CredentialsSignin {
  code = "locked";
  constructor(public until: Date) {
    super();
  }
}

/** This client failed too often; refused before any password is checked. */
export class ThrottledError extends CredentialsSignin {
  code = "throttled";
  constructor(public until: Date) {
    super();
  }
}

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 15 * 60 },
  pages: { signIn: "/login" },
  logger: {
    // A wrong password is an everyday event, not a server error.
    error(error) {
      const name = (error as { type?: string }).type ?? error.name;
      if (name === "CredentialsSignin") return;
      console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { username: { label: "Nama pengguna" }, password: { label: "Kata sandi", type: "password" } },
      // Both the login form and a direct POST to /api/auth/callback/credentials end here.
      async authorize(raw, request) {
        const username = typeof raw?.username === "string" ? raw.username : "";
        const password = typeof raw?.password === "string" ? raw.password : "";
        // The primary: a lock or a new password must count at once, never a lagging replica's copy.
        const result = await authenticate(onPrimary(db), { username, password, client: clientKey(request.headers) });
        if (result.ok) return { id: result.userId, sessionVersion: result.sessionVersion };
        if (result.reason === "locked") throw new LockedError(result.lockedUntil);
        if (result.reason === "throttled") throw new ThrottledError(result.until);
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user = { ...session.user, id: token.sub };
      (session as unknown as { sv: number }).sv = Number(token.sv ?? 0);
      return session;
    },
  },
});
