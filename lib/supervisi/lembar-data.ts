/**
 * Loads one submitted visit for its feedback sheet, in the viewer's scope (`kunjunganScope`, a
 * kader: its own posyandu), and turns it into the sheet's source (lib/supervisi/lembar.ts). A draft,
 * a cancelled visit or one outside the scope: NotFoundError, "tidak ditemukan".
 */
import "server-only";
import { db } from "../db.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { can } from "../access/permissions.ts";
import { kunjunganScope } from "../access/scope.ts";
import { NotFoundError } from "../errors.ts";
import { isUuid } from "../dal/ids.ts";
import { isoDay } from "../i18n/format.ts";
import { readAturanOf } from "../pengaturan/queries.ts";
import { ATURAN_AMBANG_SUPERVISI } from "./aturan.ts";
import type { LembarSumber } from "./lembar.ts";

const num = (d: { toNumber(): number } | null) => (d === null ? null : d.toNumber());

export async function getLembarSumber(viewer: Viewer, id: string): Promise<LembarSumber> {
  if (!can(viewer, "supervisi.read") || !isUuid(id)) throw new NotFoundError();
  const [k, { nilai: ambang }] = await Promise.all([
    db.kunjunganSupervisi.findFirst({
      where: { AND: [{ id, status: "SELESAI" }, kunjunganScope(viewer)] },
      select: {
        id: true, tanggal: true, sasaran: true, revisi: true, skor: true, skorDomain: true, kategori: true, kritisGagal: true, ringkasan: true,
        posyandu: { select: { nama: true } },
        desa: { select: { nama: true, kecamatan: { select: { nama: true } }, puskesmas: { select: { nama: true } }, kabupaten: { select: { nama: true } } } },
        instrumen: { select: { kode: true, nama: true, versi: true, domain: { select: { kode: true, nama: true }, orderBy: { urutan: "asc" } } } },
        peserta: { select: { nama: true, peran: true, instansi: true, tim: true, hadir: true }, orderBy: [{ urutan: "asc" }, { nama: "asc" }] },
        jawaban: { select: { skor: true, na: true, catatan: true, butir: { select: { kode: true, pertanyaan: true, kritis: true, urutan: true, domain: { select: { kode: true } } } } } },
        temuan: { select: { masalah: true, tindakan: true, tingkatPemilik: true, pemilikNama: true, batasWaktu: true, status: true }, orderBy: [{ batasWaktu: "asc" }, { createdAt: "asc" }, { id: "asc" }] },
        verifikasi: { select: { hasil: true, catatan: true, tindakLanjut: { select: { masalah: true, tindakan: true, pemilikNama: true, kunjungan: { select: { tanggal: true } } } } }, orderBy: { createdAt: "asc" } },
      },
    }),
    readAturanOf(db, viewer.kabupatenId, ATURAN_AMBANG_SUPERVISI),
  ]);
  if (!k) throw new NotFoundError();
  return {
    id: k.id, tanggal: isoDay(k.tanggal), sasaran: k.sasaran, revisi: k.revisi, skor: num(k.skor), skorDomain: (k.skorDomain ?? null) as Record<string, number | null> | null,
    kategori: k.kategori, kritisGagal: k.kritisGagal, ringkasan: k.ringkasan,
    posyandu: k.posyandu?.nama ?? null, desa: k.desa.nama, kecamatan: k.desa.kecamatan.nama, puskesmas: k.desa.puskesmas?.nama ?? null, kabupaten: k.desa.kabupaten.nama,
    instrumen: { kode: k.instrumen.kode, nama: k.instrumen.nama, versi: k.instrumen.versi }, domain: k.instrumen.domain,
    peserta: k.peserta,
    jawaban: k.jawaban
      .sort((a, b) => a.butir.urutan - b.butir.urutan)
      .map((j) => ({ kode: j.butir.kode, pertanyaan: j.butir.pertanyaan, domainKode: j.butir.domain.kode, kritis: j.butir.kritis, skor: num(j.skor), na: j.na, catatan: j.catatan })),
    tindakLanjut: k.temuan.map((t) => ({ ...t, batasWaktu: isoDay(t.batasWaktu) })),
    verifikasi: k.verifikasi.map((v) => ({ masalah: v.tindakLanjut.masalah, tindakan: v.tindakLanjut.tindakan, pemilikNama: v.tindakLanjut.pemilikNama, tanggalAsal: isoDay(v.tindakLanjut.kunjungan.tanggal), hasil: v.hasil, catatan: v.catatan })),
    ambang,
  };
}
