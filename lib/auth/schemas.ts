import { z } from "zod";
import { PASSWORD_MAX_LENGTH, passwordProblems } from "./password-rules.ts";

export const USERNAME_MAX_LENGTH = 60;

export const ZLogin = z.object({
  username: z
    .string({ error: "Nama pengguna wajib diisi." })
    .trim()
    .min(1, "Nama pengguna wajib diisi.")
    .max(USERNAME_MAX_LENGTH, `Nama pengguna terlalu panjang (paling banyak ${USERNAME_MAX_LENGTH} karakter). Periksa lagi.`),
  password: z
    .string({ error: "Kata sandi wajib diisi." })
    .min(1, "Kata sandi wajib diisi.")
    .max(PASSWORD_MAX_LENGTH, `Kata sandi terlalu panjang (paling banyak ${PASSWORD_MAX_LENGTH} karakter). Periksa lagi.`),
});

/** A new password for the account `username`: every rule of password-rules.ts, each as its own message. */
export function newPasswordSchema(username: string) {
  return z.string({ error: "Kata sandi baru wajib diisi." }).superRefine((value, ctx) => {
    for (const message of passwordProblems(value, username)) ctx.addIssue({ code: "custom", message });
  });
}

/** The change-password form of the account `username`. */
export function changePasswordSchema(username: string) {
  return z
    .object({
      current: z.string({ error: "Isi kata sandi sekarang." }).min(1, "Isi kata sandi sekarang.").max(PASSWORD_MAX_LENGTH, "Kata sandi sekarang salah."),
      next: newPasswordSchema(username),
      confirm: z.string({ error: "Ulangi kata sandi baru." }),
    })
    .refine((v) => v.next === v.confirm, { path: ["confirm"], message: "Ulangan kata sandi tidak sama." })
    .refine((v) => v.next !== v.current, { path: ["next"], message: "Kata sandi baru harus berbeda dari yang lama." });
}
export type TChangePassword = z.output<ReturnType<typeof changePasswordSchema>>;
