/**
 * Gives every kabupaten its own copy of the shipped catalogues (the 25 kader skills, the standard
 * kit, the supervision instruments as published version 1), which its Dinkes admin may then correct. Idempotent: a kabupaten that has a catalogue keeps
 * it untouched. Called when kabupaten are added (add-kabupaten), by the demo seed, and after the
 * migrations at every start (scripts/lib/prepare-db.ts), so that kabupaten added before this
 * feature get theirs too.
 */
import { randomUUID } from "node:crypto";
import type { DbTx } from "../prisma-client.ts";
import { KATALOG_KETERAMPILAN } from "../kader/katalog-bawaan.ts";
import { KATALOG_SARANA } from "../sarana/katalog-bawaan.ts";
import { INSTRUMEN_BAWAAN } from "../supervisi/instrumen-bawaan.ts";

/** Adds the shipped catalogues to the given kabupaten (default: every kabupaten) that have none. */
export async function ensureKatalog(tx: DbTx, kabupatenIds?: string[]): Promise<{ paket: number; jenisSarana: number; instrumen: number }> {
  const kabupaten = await tx.kabupaten.findMany({
    where: kabupatenIds ? { id: { in: kabupatenIds } } : {},
    select: { id: true, _count: { select: { paket: true, jenisSarana: true, instrumen: true } } },
  });
  const paketRows: { id: string; kabupatenId: string; kode: string; nama: string; urutan: number }[] = [];
  const skillRows: { paketId: string; kode: string; nama: string; versi: number; urutan: number; rekonstruksi: boolean }[] = [];
  const saranaRows: { kabupatenId: string; kode: string; nama: string; kelompok: string; jumlahWajib: number; spesifikasi: string | null; perluKalibrasi: boolean; rekonstruksi: boolean; urutan: number }[] = [];
  const instrumenRows: { id: string; kabupatenId: string; kode: string; nama: string; sasaran: "POSYANDU" | "DESA"; versi: number; status: "TERBIT"; keterangan: string; terbitAt: Date }[] = [];
  const domainRows: { id: string; instrumenId: string; kode: string; nama: string; urutan: number }[] = [];
  const butirRows: { id: string; instrumenId: string; domainId: string; kode: string; urutan: number; pertanyaan: string; tipe: (typeof INSTRUMEN_BAWAAN)[number]["domain"][number]["butir"][number]["tipe"]; bobot: number; kritis: boolean; bolehNa: boolean; standar: string | null; fakta: string | null; opsi: object; garisId: string }[] = [];
  const now = new Date();
  for (const k of kabupaten) {
    if (k._count.instrumen === 0) {
      for (const ins of INSTRUMEN_BAWAAN) {
        const instrumenId = randomUUID();
        instrumenRows.push({ id: instrumenId, kabupatenId: k.id, kode: ins.kode, nama: ins.nama, sasaran: ins.sasaran, versi: 1, status: "TERBIT", keterangan: ins.keterangan, terbitAt: now });
        let urutan = 0;
        ins.domain.forEach((d, i) => {
          const domainId = randomUUID();
          domainRows.push({ id: domainId, instrumenId, kode: d.kode, nama: d.nama, urutan: i + 1 });
          for (const b of d.butir) {
            // A first version's item starts its own lineage.
            const id = randomUUID();
            butirRows.push({ id, instrumenId, domainId, kode: b.kode, urutan: ++urutan, pertanyaan: b.pertanyaan, tipe: b.tipe, bobot: b.bobot, kritis: b.kritis ?? false, bolehNa: b.bolehNa ?? false, standar: b.standar ?? null, fakta: b.fakta ?? null, opsi: b.opsi ?? {}, garisId: id });
          }
        });
      }
    }
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
  if (instrumenRows.length) {
    await tx.instrumen.createMany({ data: instrumenRows });
    await tx.domainInstrumen.createMany({ data: domainRows });
    await tx.butirInstrumen.createMany({ data: butirRows });
  }
  return { paket: paketRows.length, jenisSarana: saranaRows.length, instrumen: instrumenRows.length };
}
