/**
 * Adds kabupaten/kota with all their kecamatan and desa from the official list, so that nobody types
 * them. A kabupaten already in the database is skipped as a whole (its admin may have corrected or
 * removed areas since). Many kabupaten go in together with a few multi-row inserts: the whole country
 * (514 kabupaten/kota, about 84,000 desa) loads in seconds.
 * Provisioning, with no viewer: only the seed (prisma/seed.ts), the operator's CLI
 * (scripts/kabupaten-add.ts) and the scale generator call it, never a request; hence outside the
 * viewer-scoped lib/wilayah.
 */
import { randomUUID } from "node:crypto";
import type { Db, DbTx } from "../prisma-client.ts";
import { formatNumber } from "../i18n/format.ts";
import { insertRows } from "./bulk-insert.ts";
import { ensureKatalog } from "./katalog.ts";
import { childrenOf, findReferensi, isKelurahanKode, KODE_KABUPATEN_RE } from "../wilayah/referensi.ts";

export interface AddKabupatenResult {
  kabupatenId: string;
  kode: string;
  nama: string;
  /** True when the kabupaten was already there: nothing was written for it. */
  skipped: boolean;
  kecamatanAdded: number;
  desaAdded: number;
}

/** Checks a kabupaten/kota code against the official list; throws a Bahasa message when it is not one. */
export function checkKabupatenKode(kode: string) {
  if (!KODE_KABUPATEN_RE.test(kode)) throw new Error(`Kode kabupaten "${kode}" tidak sah; contoh: 35.19`);
  const ref = findReferensi(kode);
  if (!ref || (ref.tingkat !== "kabupaten" && ref.tingkat !== "kota")) {
    throw new Error(`Kode ${kode} tidak ada dalam daftar resmi Kemendagri 2025 sebagai kabupaten/kota.`);
  }
  return ref;
}

export async function addKabupatenFromReferensi(tx: DbTx, kode: string): Promise<AddKabupatenResult> {
  const [result] = await addKabupatenListFromReferensi(tx, [kode]);
  return result;
}

/**
 * Adds every kabupaten/kota of `codes` (in that order) that is not in the database yet. Throws before
 * writing anything when a code is not a kabupaten/kota of the official list. Run it in a transaction
 * so that a failure leaves nothing half-loaded.
 */
export async function addKabupatenListFromReferensi(tx: DbTx, codes: string[]): Promise<AddKabupatenResult[]> {
  const unique = [...new Set(codes)];
  const refs = unique.map(checkKabupatenKode);
  const existing = new Map((await tx.kabupaten.findMany({ where: { kode: { in: unique } }, select: { id: true, kode: true, nama: true } })).map((k) => [k.kode, k]));

  const kabupatenRows: { id: string; kode: string; nama: string; isKota: boolean; provinsiKode: string; provinsiNama: string }[] = [];
  const kecamatanRows: { id: string; kode: string; nama: string; kabupatenId: string }[] = [];
  const desaRows: { id: string; kode: string; nama: string; isKelurahan: boolean; kecamatanId: string; kabupatenId: string }[] = [];
  const results: AddKabupatenResult[] = [];
  for (const ref of refs) {
    const have = existing.get(ref.kode);
    if (have) {
      results.push({ kabupatenId: have.id, kode: ref.kode, nama: have.nama, skipped: true, kecamatanAdded: 0, desaAdded: 0 });
      continue;
    }
    const kabupatenId = randomUUID();
    kabupatenRows.push({
      id: kabupatenId,
      kode: ref.kode,
      nama: ref.nama,
      isKota: ref.tingkat === "kota" || ref.nama.startsWith("Kota "),
      provinsiKode: ref.kode.slice(0, 2),
      provinsiNama: findReferensi(ref.kode.slice(0, 2))?.nama ?? "",
    });
    const desaBefore = desaRows.length;
    const kecRefs = childrenOf(ref.kode);
    for (const kec of kecRefs) {
      const kecamatanId = randomUUID();
      kecamatanRows.push({ id: kecamatanId, kode: kec.kode, nama: kec.nama, kabupatenId });
      for (const d of childrenOf(kec.kode)) {
        desaRows.push({ id: randomUUID(), kode: d.kode, nama: d.nama, isKelurahan: isKelurahanKode(d.kode), kecamatanId, kabupatenId });
      }
    }
    results.push({ kabupatenId, kode: ref.kode, nama: ref.nama, skipped: false, kecamatanAdded: kecRefs.length, desaAdded: desaRows.length - desaBefore });
  }
  // One multi-row INSERT per table and chunk: each column goes as one array parameter, which is
  // several times faster than createMany for the whole country.
  await insertRows(tx, "kabupaten", { id: "uuid", kode: "varchar", nama: "varchar", is_kota: "boolean", provinsi_kode: "varchar", provinsi_nama: "varchar" },
    kabupatenRows.map((r) => [r.id, r.kode, r.nama, r.isKota, r.provinsiKode, r.provinsiNama]));
  await insertRows(tx, "kecamatan", { id: "uuid", kode: "varchar", nama: "varchar", kabupaten_id: "uuid" },
    kecamatanRows.map((r) => [r.id, r.kode, r.nama, r.kabupatenId]));
  await insertRows(tx, "desa", { id: "uuid", kode: "varchar", nama: "varchar", is_kelurahan: "boolean", kecamatan_id: "uuid", kabupaten_id: "uuid" },
    desaRows.map((r) => [r.id, r.kode, r.nama, r.isKelurahan, r.kecamatanId, r.kabupatenId]));
  // Each new kabupaten starts with its own copy of the shipped skill and kit catalogues.
  if (kabupatenRows.length) await ensureKatalog(tx, kabupatenRows.map((k) => k.id));
  return results;
}

const BATCH = 100;

/**
 * Loads `codes` in batches of 100 kabupaten, one transaction each, with one line per kabupaten
 * (added, or already there and skipped). Used by `npm run kabupaten:add` and `npm run demo:skala`.
 */
export async function loadKabupaten(db: Db, codes: string[], log: (l: string) => void = console.log): Promise<AddKabupatenResult[]> {
  const out: AddKabupatenResult[] = [];
  for (let i = 0; i < codes.length; i += BATCH) {
    const batch = codes.slice(i, i + BATCH);
    const results = await db.$transaction((tx) => addKabupatenListFromReferensi(tx, batch), { timeout: 300_000, maxWait: 30_000 });
    for (const r of results) {
      log(r.skipped
        ? `${r.nama} (${r.kode}) sudah ada: dilewati.`
        : `${r.nama} (${r.kode}): ${formatNumber(r.kecamatanAdded)} kecamatan dan ${formatNumber(r.desaAdded)} desa/kelurahan ditambahkan.`);
    }
    out.push(...results);
  }
  return out;
}

