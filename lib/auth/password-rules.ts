/**
 * What a new password must be, wherever one is chosen (change password). Pure: the form, the action
 * and the tests share it. Messages in Bahasa Indonesia, one per broken rule.
 */
import { COMMON_PASSWORDS } from "./data/common-passwords.ts";

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

/** The demo accounts' password (README): fine on the demo, never as anyone's own. */
export const DEMO_PASSWORD = "pantau-demo";

const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
const COMMON = new Set(COMMON_PASSWORDS.map(squash));

/** Every rule the password breaks, as messages for the "Kata sandi baru" field; empty when it is fine. */
export function passwordProblems(password: string, username: string): string[] {
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) problems.push(`Kata sandi baru paling sedikit ${PASSWORD_MIN_LENGTH} karakter.`);
  if (password.length > PASSWORD_MAX_LENGTH) problems.push(`Kata sandi terlalu panjang (paling banyak ${PASSWORD_MAX_LENGTH} karakter).`);
  const lower = password.toLowerCase();
  const user = username.trim().toLowerCase();
  if (user && (lower.includes(user) || (squash(user).length >= 3 && squash(password).includes(squash(user))))) {
    problems.push("Kata sandi tidak boleh memuat nama pengguna Anda.");
  }
  if (squash(password).includes(squash(DEMO_PASSWORD))) problems.push("Kata sandi demo tidak boleh dipakai.");
  else if (COMMON.has(squash(password))) problems.push("Kata sandi ini terlalu umum dan mudah ditebak. Pilih yang lain.");
  else if (password.length > 0 && new Set(password).size < 4) problems.push("Kata sandi terlalu mudah ditebak: gunakan lebih banyak huruf atau angka yang berbeda.");
  return problems;
}
