import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { db } from "../db.ts";
import { checkCredentials } from "./credentials.ts";

export class LockedError extends CredentialsSignin {
  code = "locked";
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
      async authorize(raw) {
        const username = typeof raw?.username === "string" ? raw.username : "";
        const password = typeof raw?.password === "string" ? raw.password : "";
        const result = await checkCredentials(db, username, password);
        if (result.ok) return { id: result.userId, sessionVersion: result.sessionVersion };
        if (result.reason === "locked") throw new LockedError();
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
