/**
 * Adds a kabupaten/kota with all its kecamatan and desa from the official list, so that nobody types
 * them. Idempotent: codes already present are left as they are.
 * Provisioning, with no viewer: only the seed (prisma/seed.ts) and the operator's CLI
 * (scripts/kabupaten-add.ts) call it, never a request; hence outside the viewer-scoped lib/wilayah.
 */
import { randomUUID } from "node:crypto";
import type { DbTx } from "../prisma-client.ts";
import { childrenOf, findReferensi, isKelurahanKode, KODE_KABUPATEN_RE } from "../wilayah/referensi.ts";

export interface AddKabupatenResult {
  kabupatenId: string;
  nama: string;
  kecamatanAdded: number;
  desaAdded: number;
}

export async function addKabupatenFromReferensi(tx: DbTx, kode: string): Promise<AddKabupatenResult> {
  if (!KODE_KABUPATEN_RE.test(kode)) throw new Error(`Kode kabupaten "${kode}" tidak sah; contoh: 35.19`);
  const ref = findReferensi(kode);
  if (!ref || (ref.tingkat !== "kabupaten" && ref.tingkat !== "kota")) {
    throw new Error(`Kode ${kode} tidak ada dalam daftar resmi Kemendagri 2025 sebagai kabupaten/kota.`);
  }
  const provinsi = findReferensi(kode.slice(0, 2));
  const kabupaten = await tx.kabupaten.upsert({
    where: { kode },
    update: {},
    create: {
      kode,
      nama: ref.nama,
      isKota: ref.tingkat === "kota" || ref.nama.startsWith("Kota "),
      provinsiKode: kode.slice(0, 2),
      provinsiNama: provinsi?.nama ?? "",
    },
  });
  const existingKec = new Map((await tx.kecamatan.findMany({ where: { kabupatenId: kabupaten.id }, select: { id: true, kode: true } })).map((k) => [k.kode, k.id]));
  const kecRefs = childrenOf(kode);
  const newKec = kecRefs.filter((k) => !existingKec.has(k.kode)).map((k) => ({ id: randomUUID(), kode: k.kode, nama: k.nama, kabupatenId: kabupaten.id }));
  if (newKec.length) await tx.kecamatan.createMany({ data: newKec });
  for (const k of newKec) existingKec.set(k.kode, k.id);

  const existingDesa = new Set((await tx.desa.findMany({ where: { kabupatenId: kabupaten.id }, select: { kode: true } })).map((d) => d.kode));
  const newDesa = kecRefs.flatMap((kec) =>
    childrenOf(kec.kode)
      .filter((d) => !existingDesa.has(d.kode))
      .map((d) => ({ id: randomUUID(), kode: d.kode, nama: d.nama, isKelurahan: isKelurahanKode(d.kode), kecamatanId: existingKec.get(kec.kode)!, kabupatenId: kabupaten.id })),
  );
  if (newDesa.length) await tx.desa.createMany({ data: newDesa });
  return { kabupatenId: kabupaten.id, nama: kabupaten.nama, kecamatanAdded: newKec.length, desaAdded: newDesa.length };
}
