/** `npm run kabupaten:add -- 35.19`: adds a kabupaten/kota with its kecamatan and desa from the official list. */
import { loadDotEnv, prepareDb } from "./lib/prepare-db.ts";
import { createPrismaClient } from "../lib/prisma-client.ts";
import { addKabupatenFromReferensi } from "../lib/provisioning/add-kabupaten.ts";

async function main() {
  const codes = process.argv.slice(2).filter((a) => !a.startsWith("-"));
  if (!codes.length) {
    console.error("Pakai: npm run kabupaten:add -- <kode> [kode…]   contoh: npm run kabupaten:add -- 35.19");
    process.exit(2);
  }
  loadDotEnv();
  const database = await prepareDb({ name: "pg", port: Number(process.env.PANTAU_PG_PORT || 5433), seed: false });
  const db = createPrismaClient(database.url, 2);
  let failed = false;
  try {
    for (const kode of codes) {
      try {
        const r = await db.$transaction((tx) => addKabupatenFromReferensi(tx, kode), { timeout: 60_000 });
        console.log(`${r.nama} (${kode}): ${r.kecamatanAdded} kecamatan dan ${r.desaAdded} desa/kelurahan ditambahkan.`);
      } catch (error) {
        failed = true;
        console.error((error as Error).message);
      }
    }
  } finally {
    await db.$disconnect();
    await database.stop();
  }
  process.exit(failed ? 1 : 0);
}
main();
