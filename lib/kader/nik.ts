/**
 * NIK (Nomor Induk Kependudukan): 16 digits, PP KK CC DDMMYY NNNN. Checked for shape and
 * plausibility only (province code, birth date; women's day + 40), never against Dukcapil.
 * Pure: safe in client components.
 */

export const NIK_RE = /^\d{16}$/;

/** null when plausible, else the Bahasa reason (naming the field "NIK"). */
export function checkNik(nik: string): string | null {
  if (!NIK_RE.test(nik)) return "NIK harus 16 angka.";
  const provinsi = Number(nik.slice(0, 2));
  if (provinsi < 11 || provinsi > 94) return `NIK tidak sah: kode provinsi ${nik.slice(0, 2)} tidak ada (11–94).`;
  const hari = Number(nik.slice(6, 8));
  if (!((hari >= 1 && hari <= 31) || (hari >= 41 && hari <= 71))) return `NIK tidak sah: digit 7–8 (tanggal lahir ${nik.slice(6, 8)}) harus 01–31, atau 41–71 untuk perempuan.`;
  const bulan = Number(nik.slice(8, 10));
  if (bulan < 1 || bulan > 12) return `NIK tidak sah: digit 9–10 (bulan lahir ${nik.slice(8, 10)}) harus 01–12.`;
  return null;
}

/** A NIK typed in a form (spaces, dots and dashes people type between groups are dropped); empty becomes null. */
export function bacaNik(v: string | undefined): { ok: true; value: string | null } | { ok: false; message: string } {
  const s = (v ?? "").replace(/[\s.-]/g, "");
  if (!s) return { ok: true, value: null };
  const problem = checkNik(s);
  return problem ? { ok: false, message: problem } : { ok: true, value: s };
}

/** "3519012345670001" → "3519••••••••0001": what every screen shows, except the Dinkes admin's edit form. */
export function maskNik(nik: string | null | undefined): string | null {
  if (!nik) return null;
  if (nik.length <= 8) return "•".repeat(nik.length);
  return `${nik.slice(0, 4)}${"•".repeat(nik.length - 8)}${nik.slice(-4)}`;
}
