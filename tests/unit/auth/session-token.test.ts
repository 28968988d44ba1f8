/**
 * readSession reads the Auth.js session cookie as auth() does (Auth.js's own session endpoint is the
 * reference), and its per-process memo of decrypted tokens never outlives a token or accepts a forged one.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { Auth } from "@auth/core";
import { encode } from "next-auth/jwt";
import { readSession } from "../../../lib/auth/session-token.ts";

const SECRET = "uji-rahasia-sesi-yang-cukup-panjang-0123456789";
const env = { AUTH_SECRET: SECRET } as unknown as NodeJS.ProcessEnv;
const NAME = "authjs.session-token";
const SECURE = "__Secure-authjs.session-token";
const USER = "0b9e2d1c-5f43-4a8e-9d7a-2c6b1e0f3a55";

const token = (claims: Record<string, unknown>, opts: { salt?: string; secret?: string; maxAge?: number } = {}) =>
  encode({ token: claims, secret: opts.secret ?? SECRET, salt: opts.salt ?? NAME, maxAge: opts.maxAge ?? 8 * 3600 });
const headersWith = (cookie: string, proto = "http") => new Headers({ cookie, "x-forwarded-proto": proto });

/** Auth.js's session endpoint, as next-auth's auth() calls it (our jwt/session callbacks). */
async function authSession(cookie: string) {
  const res = await Auth(new Request("http://localhost:3000/api/auth/session", { headers: { cookie } }), {
    secret: SECRET, trustHost: true, basePath: "/api/auth", providers: [], session: { strategy: "jwt" },
    logger: { error: () => {}, warn: () => {}, debug: () => {} },
    callbacks: {
      session({ session, token }) {
        if (token.sub) session.user = { ...session.user, id: token.sub };
        (session as unknown as { sv: number }).sv = Number(token.sv ?? 0);
        return session;
      },
    },
  });
  const body = (await res.json()) as { user?: { id?: string }; sv?: number } | null;
  return body?.user?.id ? { userId: body.user.id, sessionVersion: body.sv } : null;
}

afterEach(() => vi.useRealTimers());

describe("readSession", () => {
  it("gives the user id and session version, the same as Auth.js's session endpoint", async () => {
    const cookie = `${NAME}=${await token({ sub: USER, sv: 3 })}`;
    const ours = await readSession(headersWith(cookie), env);
    expect(ours).toEqual({ userId: USER, sessionVersion: 3 });
    expect(await authSession(cookie)).toEqual(ours);
    // Read again (from the memo): the same.
    expect(await readSession(headersWith(cookie), env)).toEqual(ours);
  });

  it("a session from before session versions counts as version 0", async () => {
    expect(await readSession(headersWith(`${NAME}=${await token({ sub: USER })}`), env)).toEqual({ userId: USER, sessionVersion: 0 });
  });

  it("refuses a tampered token, one made with another secret, no cookie, and a missing secret", async () => {
    const t = await token({ sub: USER, sv: 1 });
    const tampered = t.slice(0, -6) + (t.endsWith("AAAAAA") ? "BBBBBB" : "AAAAAA");
    for (const cookie of [`${NAME}=${tampered}`, `${NAME}=${await token({ sub: USER, sv: 1 }, { secret: "another-secret-another-secret-another-secret" })}`, "", "lain=1"]) {
      expect(await readSession(headersWith(cookie), env)).toBeNull();
      expect(await authSession(cookie)).toBeNull();
    }
    expect(await readSession(headersWith(`${NAME}=${t}`), {} as unknown as NodeJS.ProcessEnv)).toBeNull();
  });

  it("takes the cookie only: an Authorization Bearer token is not a session", async () => {
    const h = new Headers({ authorization: `Bearer ${await token({ sub: USER, sv: 1 })}`, "x-forwarded-proto": "http" });
    expect(await readSession(h, env)).toBeNull();
  });

  it("on https reads only the __Secure- cookie, whose token is bound to that name", async () => {
    const plain = `${NAME}=${await token({ sub: USER, sv: 2 })}`;
    expect(await readSession(headersWith(plain, "https"), env)).toBeNull();
    const secure = await token({ sub: USER, sv: 2 }, { salt: SECURE });
    expect(await readSession(headersWith(`${SECURE}=${secure}`, "https"), env)).toEqual({ userId: USER, sessionVersion: 2 });
    expect(await readSession(headersWith(`${SECURE}=${secure}`, "http"), { ...env, AUTH_URL: "https://pantau.example/" } as NodeJS.ProcessEnv), "AUTH_URL decides").toEqual({ userId: USER, sessionVersion: 2 });
    // The secure cookie's token under the plain name does not decrypt (the name is the key's salt).
    expect(await readSession(headersWith(`${NAME}=${secure}`), env)).toBeNull();
  });

  it("joins a cookie split into chunks, as Auth.js does", async () => {
    const t = await token({ sub: USER, sv: 5 });
    const cut = Math.floor(t.length / 2);
    expect(await readSession(headersWith(`${NAME}.1=${t.slice(cut)}; ${NAME}.0=${t.slice(0, cut)}`), env)).toEqual({ userId: USER, sessionVersion: 5 });
  });

  it("an expired token is refused even after it was read (and memoised) while valid", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-11-30T08:00:00Z"));
    const cookie = `${NAME}=${await token({ sub: USER, sv: 1 }, { maxAge: 60 })}`;
    expect(await readSession(headersWith(cookie), env)).toEqual({ userId: USER, sessionVersion: 1 });
    vi.setSystemTime(new Date("2026-11-30T08:01:10Z")); // within jose's 15 s tolerance
    expect(await readSession(headersWith(cookie), env)).toEqual({ userId: USER, sessionVersion: 1 });
    vi.setSystemTime(new Date("2026-11-30T08:01:20Z"));
    expect(await readSession(headersWith(cookie), env)).toBeNull();
    expect(await authSession(cookie)).toBeNull();
  });
});
