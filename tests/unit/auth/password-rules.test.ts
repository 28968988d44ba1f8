/** The rules for a new password (lib/auth/password-rules.ts), and that the generated ones pass them. */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { passwordProblems } from "../../../lib/auth/password-rules.ts";
import { changePasswordSchema, ZLogin } from "../../../lib/auth/schemas.ts";
import { generateOneTimePassword } from "../../../lib/pengguna/one-time-password.ts";

const DEMO_USERS = ["dinkes.madiun", "staf.madiun", "dinkes.demak", "pkm.geger", "pkm.kaibon", "bidan.klorogan", "kader.melati1", "kader.mawar2"];

describe("passwordProblems", () => {
  it.each([
    ["pendek", "Kata sandi baru paling sedikit 10 karakter."],
    ["x".repeat(201), "Kata sandi terlalu panjang (paling banyak 200 karakter)."],
    ["pkm.geger", "Kata sandi tidak boleh memuat nama pengguna Anda."],
    ["PKM.Geger-2026!", "Kata sandi tidak boleh memuat nama pengguna Anda."],
    ["pkmgeger2026", "Kata sandi tidak boleh memuat nama pengguna Anda."],
    ["pantau-demo", "Kata sandi demo tidak boleh dipakai."],
    ["Pantau-Demo-2026", "Kata sandi demo tidak boleh dipakai."],
    ["pantaudemo123", "Kata sandi demo tidak boleh dipakai."],
    ["password123", "Kata sandi ini terlalu umum dan mudah ditebak. Pilih yang lain."],
    ["Password-123", "Kata sandi ini terlalu umum dan mudah ditebak. Pilih yang lain."],
    ["1234567890", "Kata sandi ini terlalu umum dan mudah ditebak. Pilih yang lain."],
    ["qwertyuiop", "Kata sandi ini terlalu umum dan mudah ditebak. Pilih yang lain."],
    ["posyandu123", "Kata sandi ini terlalu umum dan mudah ditebak. Pilih yang lain."],
    ["bismillah123", "Kata sandi ini terlalu umum dan mudah ditebak. Pilih yang lain."],
    ["aaaaaaaaaaaa", "Kata sandi terlalu mudah ditebak: gunakan lebih banyak huruf atau angka yang berbeda."],
  ])("%j is refused: %s", (password, message) => {
    expect(passwordProblems(password, "pkm.geger")).toContain(message);
  });

  it.each(["kebun teh di lereng wilis", "Posyandu-Balejurang-7x", "k7mp-4xq2-ra9t"])("%j is fine", (password) => {
    expect(passwordProblems(password, "pkm.geger")).toEqual([]);
  });

  it("every broken rule is reported, not only the first", () => {
    expect(passwordProblems("pkm.geger", "pkm.geger")).toEqual(["Kata sandi baru paling sedikit 10 karakter.", "Kata sandi tidak boleh memuat nama pengguna Anda."]);
  });

  it("the generated one-time passwords (new account, admin reset) pass the rules", () => {
    for (let i = 0; i < 2000; i++) {
      const password = generateOneTimePassword();
      for (const username of DEMO_USERS) expect(passwordProblems(password, username)).toEqual([]);
    }
  });
});

describe("changePasswordSchema", () => {
  const errors = (input: Record<string, string>, username = "bidan.klorogan") => {
    const r = changePasswordSchema(username).safeParse(input);
    return r.success ? {} : z.flattenError(r.error).fieldErrors;
  };

  it("refuses the username, the demo password, and common passwords, in Bahasa", () => {
    expect(errors({ current: "lama-sekali-123", next: "bidan.klorogan1", confirm: "bidan.klorogan1" })).toEqual({ next: ["Kata sandi tidak boleh memuat nama pengguna Anda."] });
    expect(errors({ current: "lama-sekali-123", next: "pantau-demo", confirm: "pantau-demo" })).toEqual({ next: ["Kata sandi demo tidak boleh dipakai."] });
    expect(errors({ current: "lama-sekali-123", next: "katasandi123", confirm: "katasandi123" })).toEqual({ next: ["Kata sandi ini terlalu umum dan mudah ditebak. Pilih yang lain."] });
  });

  it("accepts a good one", () => {
    expect(errors({ current: "lama-sekali-123", next: "sawah hijau di klorogan", confirm: "sawah hijau di klorogan" })).toEqual({});
  });
});

describe("ZLogin", () => {
  it("a 10,000-character username is 'too long', not 'wajib diisi'", () => {
    const r = ZLogin.safeParse({ username: "a".repeat(10_000), password: "x" });
    expect(r.success).toBe(false);
    expect(z.flattenError(r.error!).fieldErrors).toEqual({ username: ["Nama pengguna terlalu panjang (paling banyak 60 karakter). Periksa lagi."] });
  });

  it("an overlong password is 'too long'", () => {
    const r = ZLogin.safeParse({ username: "pkm.geger", password: "a".repeat(10_000) });
    expect(z.flattenError(r.error!).fieldErrors).toEqual({ password: ["Kata sandi terlalu panjang (paling banyak 200 karakter). Periksa lagi."] });
  });
});
