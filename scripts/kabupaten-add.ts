/**
 * `npm run kabupaten:add -- 35.19 [kode…]` or `-- --semua`: adds kabupaten/kota with their kecamatan
 * and desa from the official list. A kabupaten already in the database is skipped with a line saying
 * so. Codes go in batches, one transaction each, with multi-row inserts: all 514 take seconds.
 */
import { loadDotEnv, prepareDb } from "./lib/prepare-db.ts";
import { createPrismaClient } from "../lib/prisma-client.ts";
import { checkKabupatenKode, loadKabupaten, type AddKabupatenResult } from "../lib/provisioning/add-kabupaten.ts";
import { allKabupatenReferensi } from "../lib/wilayah/referensi.ts";
import { formatNumber } from "../lib/i18n/format.ts";

async function main() {
  const args = process.argv.slice(2);
  const all = args.includes("--semua");
  const given = args.filter((a) => !a.startsWith("-"));
  if (!all && !given.length) {
    console.error("Pakai: npm run kabupaten:add -- <kode> [kode…]   contoh: npm run kabupaten:add -- 35.19\n      npm run kabupaten:add -- --semua   (semua kabupaten/kota dalam daftar resmi)");
    process.exit(2);
  }
  let failed = false;
  const codes: string[] = [];
  for (const kode of all ? allKabupatenReferensi().map((r) => r.kode) : given) {
    try {
      checkKabupatenKode(kode);
      codes.push(kode);
    } catch (error) {
      failed = true;
      console.error((error as Error).message);
    }
  }
  loadDotEnv();
  const database = await prepareDb({ name: "pg", port: Number(process.env.PANTAU_PG_PORT || 5433), seed: false });
  const db = createPrismaClient(database.url, 2);
  const started = performance.now();
  try {
    const results = await loadKabupaten(db, codes);
    const added = results.filter((r) => !r.skipped);
    const sum = (f: (r: AddKabupatenResult) => number) => formatNumber(added.reduce((n, r) => n + f(r), 0));
    console.log(`Selesai dalam ${((performance.now() - started) / 1000).toFixed(1)} detik: ${formatNumber(added.length)} kabupaten/kota ditambahkan (${sum((r) => r.kecamatanAdded)} kecamatan, ${sum((r) => r.desaAdded)} desa/kelurahan), ${formatNumber(results.length - added.length)} sudah ada.`);
  } catch (error) {
    failed = true;
    console.error((error as Error).message);
  } finally {
    await db.$disconnect();
    await database.stop();
  }
  process.exit(failed ? 1 : 0);
}

main();
