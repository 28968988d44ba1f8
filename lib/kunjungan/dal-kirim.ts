/**
 * Submitting a visit (once: the row is locked, a second send finds it submitted and writes nothing)
 * and correcting a submitted one (a new revision with a reason; the earlier state kept in
 * RevisiKunjungan). The server scores from the stored answers with lib/supervisi/score.ts and the
 * kabupaten's stored rule: the browser's live score is never trusted.
 */
import "server-only";
import { db } from "../db.ts";
import type { DbTx } from "../prisma-client.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { writeAudit } from "../audit/audit.ts";
import { DomainError, NotFoundError, isUniqueViolation } from "../errors.ts";
import { formatDate, isoDay, todayInJakarta } from "../i18n/format.ts";
import { dateFromIso } from "../posyandu/jadwal.ts";
import { readAturanOf } from "../pengaturan/queries.ts";
import { ATURAN_AMBANG_SUPERVISI } from "../supervisi/aturan.ts";
import { scoreVisit, type HasilSkor } from "../supervisi/score.ts";
import { jawabanMap, type ButirTampil } from "./butir.ts";
import { applyDraf, assertConduct, lockKunjungan, type KunjunganTerkunci } from "./dal.ts";
import { quarterStart } from "./queries.ts";
import type { TDraf, TKoreksi } from "./schemas.ts";

/** Why a visit cannot be submitted yet, in Bahasa, item by item (empty: it can). Pure. */
export function submitProblems(butir: readonly ButirTampil[], hasil: Pick<HasilSkor, "belumDijawab" | "tidakSah">): Record<string, string[]> {
  const byId = new Map(butir.map((b) => [b.id, b]));
  const out: Record<string, string[]> = {};
  for (const id of hasil.tidakSah) {
    const b = byId.get(id)!;
    out[`jawaban.${b.kode}`] = [`${b.kode} ${b.pertanyaan}: jawaban tidak sah${b.kritis ? " (butir kritis)" : ""}.`];
  }
  for (const id of hasil.belumDijawab) {
    const b = byId.get(id)!;
    out[`jawaban.${b.kode}`] = [`${b.kode} ${b.pertanyaan}: belum dijawab${b.kritis ? " (butir kritis)" : ""}.`];
  }
  return out;
}

/** The date rules of a submitted visit: not in the future, not before its plan's quarter. */
export function tanggalProblem(tanggal: string, rencana: { tahun: number; triwulan: number } | null, today = todayInJakarta()): string | null {
  if (tanggal > today) return "Tanggal kunjungan tidak boleh setelah hari ini.";
  if (rencana) {
    const mulai = quarterStart(rencana.tahun, rencana.triwulan);
    if (tanggal < mulai) return `Tanggal kunjungan tidak boleh sebelum awal triwulan rencananya (${formatDate(dateFromIso(mulai))}).`;
  }
  return null;
}

/** Writes the draft, checks it is complete, and scores it from what is now stored. */
async function applyAndScore(tx: DbTx, viewer: Viewer, k: KunjunganTerkunci, draf: TDraf, mode: "draf" | "koreksi") {
  const t = tanggalProblem(draf.tanggal, k.rencana);
  if (t) throw new DomainError(t, { tanggal: [t] });
  await applyDraf(tx, viewer, k, draf, mode);
  const stored = await tx.jawabanKunjungan.findMany({ where: { kunjunganId: k.id }, select: { butirId: true, nilai: true, teks: true, na: true } });
  const { nilai: ambang } = await readAturanOf(tx, k.kabupatenId, ATURAN_AMBANG_SUPERVISI);
  const hasil = scoreVisit(k.butir, jawabanMap(stored.map((j) => ({ ...j, nilai: j.nilai === null ? null : j.nilai.toNumber() }))), ambang);
  const problems = submitProblems(k.butir, hasil);
  const list = Object.values(problems).flat();
  if (list.length) throw new DomainError(`Kunjungan belum dapat dikirim. Lengkapi dulu ${list.length} butir: ${list.join(" ")}`, problems);
  const skorDomain = Object.fromEntries(Object.entries(hasil.domain).map(([kode, d]) => [kode, d.skor]));
  return { skor: hasil.total.skor, skorDomain, kategori: hasil.kategori, kritisGagal: hasil.kritisGagal.length > 0 };
}

/**
 * Submits the visit with the device's final draft: written, checked complete, scored, locked
 * (SELESAI), the follow-ups verified at it updated (selesai → SELESAI, sebagian → PROSES). Two
 * sends in parallel: the second waits for the row lock, finds it submitted, and writes nothing.
 */
export async function submitKunjungan(viewer: Viewer, id: string, draf: TDraf): Promise<{ already: boolean }> {
  assertConduct(viewer);
  try {
    return await db.$transaction(async (tx) => {
      const k = await lockKunjungan(tx, viewer, id);
      if (k.status === "SELESAI") return { already: true };
      if (k.status === "BATAL") throw new DomainError("Kunjungan ini sudah dibatalkan.");
      const s = await applyAndScore(tx, viewer, k, draf, "draf");
      const now = new Date();
      const after = await tx.kunjunganSupervisi.update({
        where: { id: k.id },
        data: { tanggal: dateFromIso(draf.tanggal), status: "SELESAI", skor: s.skor, skorDomain: s.skorDomain, kategori: s.kategori, kritisGagal: s.kritisGagal, dikirimAt: now, dikirimOlehId: viewer.id },
        select: { id: true, status: true, tanggal: true, skor: true, skorDomain: true, kategori: true, kritisGagal: true, dikirimAt: true },
      });
      for (const v of draf.verifikasi) {
        const before = await tx.tindakLanjut.findUniqueOrThrow({ where: { id: v.tindakLanjutId }, select: { id: true, status: true, selesaiAt: true } });
        // Confirming one its owner already closed keeps the owner's closing day (the on-time KPI);
        // finding it not (fully) done reopens it.
        const reopen = { selesaiAt: null, selesaiOlehId: null };
        const data =
          v.hasil === "SELESAI" ? (before.status === "SELESAI" ? {} : { status: "SELESAI" as const, selesaiAt: now, selesaiOlehId: viewer.id })
          : v.hasil === "SEBAGIAN" ? { status: "PROSES" as const, ...reopen }
          : before.status === "SELESAI" ? { status: "BELUM" as const, ...reopen } : null;
        if (!data) continue;
        const upd = await tx.tindakLanjut.update({ where: { id: v.tindakLanjutId }, data, select: { id: true, status: true, selesaiAt: true } });
        await writeAudit(tx, viewer, { entity: "tindak_lanjut", entityId: v.tindakLanjutId, action: "UPDATE", before, after: { ...upd, verifikasiKunjunganId: k.id, catatan: v.catatan } });
      }
      await writeAudit(tx, viewer, { entity: "kunjungan_supervisi", entityId: k.id, action: "UPDATE", before: { status: k.status }, after: { ...after, kirim: true } });
      return { already: false };
    }, { timeout: 20_000 });
  } catch (error) {
    if (isUniqueViolation(error)) throw new NotFoundError("Peserta atau temuan dengan kode ini milik kunjungan lain.");
    throw error;
  }
}

/**
 * Corrects a submitted visit with a reason: the state before (answers, scores, findings, attendance)
 * goes to RevisiKunjungan under the old revision number, the draft is written, the score recomputed,
 * revisi + 1, audited with the reason.
 */
export async function koreksiKunjungan(viewer: Viewer, id: string, input: TKoreksi): Promise<{ revisi: number }> {
  assertConduct(viewer);
  const { alasan, ...draf } = input;
  return db.$transaction(async (tx) => {
    const k = await lockKunjungan(tx, viewer, id);
    if (k.status !== "SELESAI") throw new DomainError("Hanya kunjungan yang sudah dikirim yang dikoreksi; kunjungan ini masih dapat diubah langsung.");
    const lama = await tx.kunjunganSupervisi.findUniqueOrThrow({
      where: { id: k.id },
      relationLoadStrategy: "join",
      select: {
        jawaban: { select: { butirId: true, nilai: true, teks: true, na: true, skor: true, catatan: true, fakta: true } },
        temuan: { select: { id: true, butirId: true, masalah: true, tindakan: true, tingkatPemilik: true, pemilikUserId: true, pemilikNama: true, batasWaktu: true, status: true } },
        peserta: { select: { id: true, userId: true, nama: true, peran: true, instansi: true, tim: true, hadir: true } },
      },
    });
    const s = await applyAndScore(tx, viewer, k, draf, "koreksi");
    const isi = {
      tanggal: isoDay(k.tanggal), skor: k.skor?.toNumber() ?? null, skorDomain: k.skorDomain, kategori: k.kategori, kritisGagal: k.kritisGagal,
      jawaban: lama.jawaban.map((j) => ({ ...j, nilai: j.nilai?.toNumber() ?? null, skor: j.skor?.toNumber() ?? null })),
      temuan: lama.temuan.map((t) => ({ ...t, batasWaktu: isoDay(t.batasWaktu) })),
      peserta: lama.peserta,
    };
    await tx.revisiKunjungan.create({ data: { kunjunganId: k.id, nomor: k.revisi, alasan, isi: JSON.parse(JSON.stringify(isi)), olehId: viewer.id, olehNama: viewer.nama } });
    const after = await tx.kunjunganSupervisi.update({
      where: { id: k.id },
      data: { tanggal: dateFromIso(draf.tanggal), revisi: k.revisi + 1, skor: s.skor, skorDomain: s.skorDomain, kategori: s.kategori, kritisGagal: s.kritisGagal },
      select: { revisi: true, skor: true, kategori: true, kritisGagal: true, tanggal: true },
    });
    await writeAudit(tx, viewer, { entity: "kunjungan_supervisi", entityId: k.id, action: "UPDATE", before: { revisi: k.revisi, skor: k.skor, kategori: k.kategori, tanggal: k.tanggal }, after: { ...after, alasan } });
    return { revisi: after.revisi };
  }, { timeout: 20_000 });
}
