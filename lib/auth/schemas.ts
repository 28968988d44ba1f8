import { z } from "zod";
import { PASSWORD_MIN_LENGTH } from "./password-rules.ts";

export const ZLogin = z.object({
  username: z.string({ error: "Nama pengguna wajib diisi." }).trim().min(1, "Nama pengguna wajib diisi.").max(60),
  password: z.string({ error: "Kata sandi wajib diisi." }).min(1, "Kata sandi wajib diisi.").max(200),
});

export const ZNewPassword = z
  .string({ error: "Kata sandi baru wajib diisi." })
  .min(PASSWORD_MIN_LENGTH, `Kata sandi baru paling sedikit ${PASSWORD_MIN_LENGTH} karakter.`)
  .max(200, "Kata sandi terlalu panjang.");

export const ZChangePassword = z
  .object({ current: z.string({ error: "Isi kata sandi sekarang." }).min(1, "Isi kata sandi sekarang."), next: ZNewPassword, confirm: z.string({ error: "Ulangi kata sandi baru." }) })
  .refine((v) => v.next === v.confirm, { path: ["confirm"], message: "Ulangan kata sandi tidak sama." })
  .refine((v) => v.next !== v.current, { path: ["next"], message: "Kata sandi baru harus berbeda dari yang lama." });
