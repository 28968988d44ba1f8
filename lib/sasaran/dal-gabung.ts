/**
 * Merging two records of the same person (sasaran.merge: bidan desa and puskesmas). One transaction:
 * the duplicate's entries and status periods move to the kept person, the duplicate is marked
 * digabungKeId/digabungAt (kept for the audit trail, hidden from lists and searches, refused for new
 * entries), blanks of the kept record are filled from the duplicate, and the kept person's N/T/O/B
 * series is re-derived (lib/penimbangan/naik.ts nilaiNaikSeri with the kabupaten's KBM table).
 */
import "server-only";
import { Prisma } from "../generated/prisma/client.ts";
import { db } from "../db.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { can } from "../access/permissions.ts";
import { sasaranScope } from "../access/scope.ts";
import type { DbTx } from "../prisma-client.ts";
import { writeAudit } from "../audit/audit.ts";
import { isUuid } from "../dal/ids.ts";
import { DomainError, ForbiddenError, NotFoundError } from "../errors.ts";
import { formatDate } from "../i18n/format.ts";
import { loadAmbang } from "../ambang/queries.ts";
import { nilaiNaikSeri } from "../penimbangan/naik.ts";
import { KELOMPOK_MULAI_BULAN } from "./kelompok.ts";
import { LIVE, sasaranAuditSelect, sasaranForAudit } from "./dal.ts";

const ISI = ["nik", "noKk", "dusunId", "alamat", "rt", "rw", "telepon", "namaIbu", "namaSuami"] as const;

/**
 * Re-derives the N/T/O/B/2T series of one person's balita weighings and stores what changed
 * (naik, duaT, kbmG, beratLaluKg; revisi + 1). Returns the ids of the entries changed.
 */
export async function rederiveNaik(tx: DbTx, viewer: Viewer, sasaranId: string, kabupatenId: string): Promise<string[]> {
  const rows = await tx.pemeriksaan.findMany({
    where: { sasaranId, beratKg: { not: null }, umurBulan: { lt: KELOMPOK_MULAI_BULAN.APRAS } },
    select: { id: true, tanggal: true, umurBulan: true, beratKg: true, naik: true, duaT: true, kbmG: true, beratLaluKg: true },
    orderBy: [{ tanggal: "asc" }, { createdAt: "asc" }],
  });
  if (!rows.length) return [];
  const { kbm } = await loadAmbang(kabupatenId, tx);
  const hasil = nilaiNaikSeri(rows.map((r) => ({ tanggal: r.tanggal.toISOString().slice(0, 10), beratKg: Number(r.beratKg), umurBulan: r.umurBulan })), kbm);
  const changed: string[] = [];
  for (const [i, r] of rows.entries()) {
    const h = hasil[i];
    const lalu = r.beratLaluKg === null ? null : Number(r.beratLaluKg);
    if (r.naik === h.naik && r.duaT === h.duaT && r.kbmG === h.kbmG && lalu === h.beratLaluKg) continue;
    await tx.pemeriksaan.update({
      where: { id: r.id },
      data: { naik: h.naik, duaT: h.duaT, kbmG: h.kbmG, beratLaluKg: h.beratLaluKg, revisi: { increment: 1 }, diubahOlehId: viewer.id },
    });
    changed.push(r.id);
  }
  return changed;
}

/** Merges `gandaId` (the duplicate) into `tetapId` (the record kept). Both live and in the viewer's area. */
export async function mergeSasaran(viewer: Viewer, input: { tetapId: string; gandaId: string }): Promise<{ tetapId: string; pemeriksaan: number; status: number; naikDiubah: number }> {
  if (!can(viewer, "sasaran.merge")) throw new ForbiddenError();
  const { tetapId, gandaId } = input;
  if (!isUuid(tetapId) || !isUuid(gandaId)) throw new NotFoundError();
  if (tetapId === gandaId) throw new DomainError("Pilih dua data yang berbeda untuk digabungkan.");
  return db.$transaction(async (tx) => {
    // Lock both rows (in a fixed order, so two opposite merges cannot deadlock) before reading them.
    await tx.$queryRaw`SELECT id FROM sasaran WHERE id IN (${tetapId}::uuid, ${gandaId}::uuid) ORDER BY id FOR UPDATE`;
    const select = { ...sasaranAuditSelect, kabupatenId: true, nama: true } as const;
    const [tetap, ganda] = await Promise.all([
      tx.sasaran.findFirst({ where: { AND: [{ id: tetapId }, sasaranScope(viewer)] }, select }),
      tx.sasaran.findFirst({ where: { AND: [{ id: gandaId }, sasaranScope(viewer)] }, select }),
    ]);
    if (!tetap || !ganda) throw new NotFoundError();
    if (tetap.digabungKeId || ganda.digabungKeId) throw new DomainError(`${tetap.digabungKeId ? tetap.nama : ganda.nama} sudah digabungkan ke data lain.`);
    if (tetap.jenisKelamin !== ganda.jenisKelamin) throw new DomainError("Jenis kelamin kedua data berbeda: perbaiki dulu data yang salah, lalu gabungkan.");
    const bentrok = await tx.$queryRaw<{ tanggal: Date; posyandu: string }[]>`
      SELECT a.tanggal, p.nama::text AS posyandu
      FROM pemeriksaan a JOIN pemeriksaan b ON b.tanggal = a.tanggal AND b.sasaran_id = ${gandaId}::uuid
      JOIN posyandu p ON p.id = a.posyandu_id
      WHERE a.sasaran_id = ${tetapId}::uuid
      ORDER BY a.tanggal LIMIT 3`;
    if (bentrok.length) {
      const hari = bentrok.map((b) => `${formatDate(b.tanggal)} (Posyandu ${b.posyandu})`).join(", ");
      throw new DomainError(`Tidak dapat digabung: keduanya punya catatan pada hari buka yang sama, ${hari}. Perbaiki atau hapus salah satu catatan hari itu dulu.`);
    }
    const now = new Date();
    await tx.sasaran.update({ where: { id: ganda.id }, data: { digabungKeId: tetap.id, digabungAt: now } });
    const fill: Prisma.SasaranUpdateInput = {};
    for (const k of ISI) if (tetap[k] === null && ganda[k] !== null) (fill as Record<string, unknown>)[k] = ganda[k];
    // The duplicate's NIK is free now (unique among live people only).
    if (Object.keys(fill).length) await tx.sasaran.update({ where: { id: tetap.id }, data: fill });
    const pem = await tx.pemeriksaan.updateMany({ where: { sasaranId: ganda.id }, data: { sasaranId: tetap.id } });
    const st = await tx.statusSasaran.updateMany({ where: { sasaranId: ganda.id }, data: { sasaranId: tetap.id } });
    const naikDiubah = await rederiveNaik(tx, viewer, tetap.id, tetap.kabupatenId);
    const after = await tx.sasaran.findUniqueOrThrow({ where: { id: tetap.id }, select: sasaranAuditSelect });
    const strip = <T extends { kabupatenId: string }>({ kabupatenId: _k, ...r }: T) => r;
    const plain = (v: unknown) => JSON.parse(JSON.stringify(v)) as Record<string, unknown>;
    await writeAudit(tx, viewer, {
      entity: "sasaran", entityId: tetap.id, action: "MERGE",
      before: plain({ tetap: sasaranForAudit(strip(tetap)), ganda: sasaranForAudit(strip(ganda)) }),
      after: plain({ tetap: sasaranForAudit(after), gandaId: ganda.id, pemeriksaanDipindah: pem.count, statusDipindah: st.count, naikDihitungUlang: naikDiubah }),
    });
    await writeAudit(tx, viewer, { entity: "sasaran", entityId: ganda.id, action: "MERGE", before: { digabungKeId: null }, after: { digabungKeId: tetap.id, digabungAt: now.toISOString() } });
    return { tetapId: tetap.id, pemeriksaan: pem.count, status: st.count, naikDiubah: naikDiubah.length };
  });
}
