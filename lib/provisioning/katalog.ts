/**
 * Gives every kabupaten its own copy of the shipped catalogues (the 25 kader skills, the standard
 * kit), which its Dinkes admin may then correct. Idempotent: a kabupaten that has a catalogue keeps
 * it untouched. Called when kabupaten are added (add-kabupaten), by the demo seed, and after the
 * migrations at every start (scripts/lib/prepare-db.ts), so that kabupaten added before this
 * feature get theirs too.
 */
import { randomUUID } from "node:crypto";
import type { DbTx } from "../prisma-client.ts";
import { KATALOG_KETERAMPILAN } from "../kader/katalog-bawaan.ts";
import { KATALOG_SARANA } from "../sarana/katalog-bawaan.ts";

/** Adds the shipped catalogues to the given kabupaten (default: every kabupaten) that have none. */
export async function ensureKatalog(tx: DbTx, kabupatenIds?: string[]): Promise<{ paket: number; jenisSarana: number }> {
  const kabupaten = await tx.kabupaten.findMany({
    where: kabupatenIds ? { id: { in: kabupatenIds } } : {},
    select: { id: true, _count: { select: { paket: true, jenisSarana: true } } },
  });
  const paketRows: { id: string; kabupatenId: string; kode: string; nama: string; urutan: number }[] = [];
  const skillRows: { paketId: string; kode: string; nama: string; versi: number; urutan: number; rekonstruksi: boolean }[] = [];
  const saranaRows: { kabupatenId: string; kode: string; nama: string; kelompok: string; jumlahWajib: number; spesifikasi: string | null; perluKalibrasi: boolean; rekonstruksi: boolean; urutan: number }[] = [];
  for (const k of kabupaten) {
    if (k._count.paket === 0) {
      KATALOG_KETERAMPILAN.forEach((paket, i) => {
        const paketId = randomUUID();
        paketRows.push({ id: paketId, kabupatenId: k.id, kode: paket.kode, nama: paket.nama, urutan: i + 1 });
        paket.keterampilan.forEach((s, j) => skillRows.push({ paketId, kode: s.kode, nama: s.nama, versi: 1, urutan: j + 1, rekonstruksi: true }));
      });
    }
    if (k._count.jenisSarana === 0) {
      KATALOG_SARANA.forEach((s, i) =>
        saranaRows.push({ kabupatenId: k.id, kode: s.kode, nama: s.nama, kelompok: s.kelompok, jumlahWajib: s.jumlahWajib, spesifikasi: s.spesifikasi ?? null, perluKalibrasi: s.perluKalibrasi, rekonstruksi: s.rekonstruksi, urutan: i + 1 }),
      );
    }
  }
  if (paketRows.length) await tx.paketKeterampilan.createMany({ data: paketRows });
  if (skillRows.length) await tx.keterampilan.createMany({ data: skillRows });
  if (saranaRows.length) await tx.jenisSarana.createMany({ data: saranaRows });
  return { paket: paketRows.length, jenisSarana: saranaRows.length };
}
