/**
 * `npm run admin:create -- 35.19 admin.madiun "Nama Admin"`: the first Dinkes admin of a kabupaten on
 * a production database. Prints a one-time password; the admin must change it at first sign-in.
 */
import { randomBytes } from "node:crypto";
import { loadDotEnv, prepareDb } from "./lib/prepare-db.ts";
import { createPrismaClient } from "../lib/prisma-client.ts";
import { hashPassword } from "../lib/auth/password.ts";

async function main() {
  const [kode, username, ...namaParts] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
  if (!kode || !username) {
    console.error('Pakai: npm run admin:create -- <kode kabupaten> <nama pengguna> "<nama lengkap>"');
    process.exit(2);
  }
  if (!/^[a-z0-9._-]{3,60}$/.test(username)) {
    console.error("Nama pengguna: 3–60 huruf kecil, angka, titik, minus atau garis bawah.");
    process.exit(2);
  }
  loadDotEnv();
  const database = await prepareDb({ name: "pg", port: Number(process.env.PANTAU_PG_PORT || 5433), seed: false });
  const db = createPrismaClient(database.url, 2);
  try {
    const kab = await db.kabupaten.findUnique({ where: { kode } });
    if (!kab) throw new Error(`Kabupaten ${kode} belum ada. Tambahkan dulu: npm run kabupaten:add -- ${kode}`);
    const password = randomBytes(9).toString("base64url");
    await db.user.create({ data: { username, nama: namaParts.join(" ") || `Admin Dinkes ${kab.nama}`, role: "DINKES_ADMIN", kabupatenId: kab.id, passwordHash: await hashPassword(password), mustChangePassword: true } });
    console.log(`Akun ${username} (Admin Dinkes, ${kab.nama}) dibuat. Kata sandi sementara: ${password}`);
    console.log("Kata sandi ini harus diganti saat pertama masuk.");
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}
main();
