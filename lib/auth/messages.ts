/** The sign-in refusals, in Bahasa Indonesia; times in WIB. */
import { formatTime } from "../i18n/format.ts";
import { LOCK_MINUTES, MAX_FAILED_LOGINS } from "./credentials.ts";

export const INVALID_LOGIN = "Nama pengguna atau kata sandi salah.";

/** Said the same for a real account and an unknown name (see credentials.ts). */
export const lockedMessage = (until: Date) =>
  `Akun dikunci ${LOCK_MINUTES} menit karena ${MAX_FAILED_LOGINS} kali salah kata sandi. Coba lagi setelah pukul ${formatTime(until)} WIB.`;

export const throttledMessage = (until: Date) =>
  `Terlalu banyak percobaan masuk yang gagal dari perangkat atau jaringan ini. Coba lagi pukul ${formatTime(until)} WIB.`;
