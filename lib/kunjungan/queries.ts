/**
 * Reads of one supervision visit, scoped by the viewer (kunjunganScope: outside it answers "not
 * found"): the conduct screen's data (visit, instrument, draft, facts, open follow-ups at the site,
 * the rule: four statements) and the read view's (visit with everything and its revisions, the rule).
 */
import "server-only";
import { db } from "../db.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { can } from "../access/permissions.ts";
import { kunjunganScope, tindakLanjutScope } from "../access/scope.ts";
import { isUuid } from "../dal/ids.ts";
import { isoDay, todayInJakarta } from "../i18n/format.ts";
import { readAturanOf } from "../pengaturan/queries.ts";
import { ATURAN_AMBANG_SUPERVISI } from "../supervisi/aturan.ts";
import { loadFakta } from "../supervisi/fakta-load.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { toButir, type ButirTampil, type DomainTampil } from "./butir.ts";
import type { Draf } from "./draf.ts";

const num = (d: { toNumber(): number } | null) => (d === null ? null : d.toNumber());

export const kunjunganSelect = {
  id: true, kabupatenId: true, status: true, sasaran: true, tanggal: true, updatedAt: true, posyanduId: true, desaId: true, revisi: true,
  skor: true, skorDomain: true, kategori: true, kritisGagal: true, dikirimAt: true,
  posyandu: { select: { nama: true } },
  desa: { select: { nama: true, kecamatan: { select: { nama: true } } } },
  rencana: { select: { id: true, nama: true, tahun: true, triwulan: true } },
  instrumen: {
    select: {
      id: true, kode: true, nama: true, versi: true,
      domain: { select: { kode: true, nama: true, urutan: true }, orderBy: { urutan: "asc" } },
      butir: { select: { id: true, kode: true, urutan: true, pertanyaan: true, tipe: true, bobot: true, kritis: true, bolehNa: true, standar: true, fakta: true, opsi: true, garisId: true, domain: { select: { kode: true, urutan: true } } } },
    },
  },
  peserta: { select: { id: true, userId: true, nama: true, peran: true, instansi: true, tim: true, hadir: true }, orderBy: [{ tim: "desc" }, { urutan: "asc" }, { nama: "asc" }] },
  jawaban: { select: { butirId: true, nilai: true, teks: true, na: true, catatan: true, fakta: true, skor: true } },
  temuan: { select: { id: true, butirId: true, masalah: true, tindakan: true, tingkatPemilik: true, pemilikUserId: true, pemilikNama: true, batasWaktu: true, status: true }, orderBy: [{ createdAt: "asc" }] },
  verifikasi: { select: { tindakLanjutId: true, hasil: true, catatan: true, tindakLanjut: { select: { masalah: true, tindakan: true, pemilikNama: true, batasWaktu: true } } } },
} satisfies Prisma.KunjunganSupervisiSelect;

type KunjunganRow = Prisma.KunjunganSupervisiGetPayload<{ select: typeof kunjunganSelect }>;

/** The first day of a plan's quarter: a visit on the plan may not be dated before it. */
export function quarterStart(tahun: number, triwulan: number): string {
  return `${tahun}-${String((triwulan - 1) * 3 + 1).padStart(2, "0")}-01`;
}

/** The instrument's items in screen order (domain, then item). */
export function butirOf(row: Pick<KunjunganRow, "instrumen">): { domain: DomainTampil[]; butir: ButirTampil[] } {
  const sorted = [...row.instrumen.butir].sort((a, b) => a.domain.urutan - b.domain.urutan || a.urutan - b.urutan);
  return { domain: row.instrumen.domain.map((d) => ({ kode: d.kode, nama: d.nama })), butir: sorted.map(toButir) };
}

/** The stored answers, attendance, findings and verifications as the device's draft. */
export function drafOf(row: KunjunganRow): Draf {
  return {
    tanggal: isoDay(row.tanggal),
    jawaban: row.jawaban.map((j) => ({ butirId: j.butirId, nilai: num(j.nilai), teks: j.teks, na: j.na, catatan: j.catatan, fakta: (j.fakta as { nilai: number | null; label: string } | null) ?? null })),
    peserta: row.peserta.map((p) => ({ id: p.id, userId: p.userId, nama: p.nama, peran: p.peran, instansi: p.instansi, hadir: p.hadir })),
    temuan: row.temuan.map((t) => ({ id: t.id, butirId: t.butirId, masalah: t.masalah, tindakan: t.tindakan, tingkatPemilik: t.tingkatPemilik, pemilikUserId: t.pemilikUserId, pemilikNama: t.pemilikNama, batasWaktu: isoDay(t.batasWaktu) })),
    verifikasi: row.verifikasi.map((v) => ({ tindakLanjutId: v.tindakLanjutId, hasil: v.hasil, catatan: v.catatan })),
  };
}

export function siteLabel(row: Pick<KunjunganRow, "sasaran" | "posyandu" | "desa">): string {
  return row.sasaran === "POSYANDU" && row.posyandu ? `Posyandu ${row.posyandu.nama}, Desa ${row.desa.nama}` : `Desa ${row.desa.nama}`;
}

async function findKunjungan(viewer: Viewer, id: string) {
  if (!isUuid(id)) return null;
  return db.kunjunganSupervisi.findFirst({ relationLoadStrategy: "join", where: { AND: [{ id }, kunjunganScope(viewer)] }, select: kunjunganSelect });
}

/** Follow-ups still open at the visit's site, agreed at other (submitted) visits: to verify at this one. */
export function openFollowUpsWhere(viewer: Viewer, k: { id: string; sasaran: "POSYANDU" | "DESA"; posyanduId: string | null; desaId: string }): Prisma.TindakLanjutWhereInput {
  const site = k.sasaran === "POSYANDU" ? { posyanduId: k.posyanduId ?? undefined } : { desaId: k.desaId, posyanduId: null };
  // Still open, or marked done by its owner but not yet confirmed by a submitted visit: the next visit checks both.
  const toCheck: Prisma.TindakLanjutWhereInput = { OR: [{ status: { not: "SELESAI" } }, { verifikasi: { none: { hasil: "SELESAI", kunjungan: { status: "SELESAI" } } } }] };
  return { AND: [tindakLanjutScope(viewer), site, toCheck, { kunjunganId: { not: k.id } }, { kunjungan: { status: "SELESAI" } }] };
}

/**
 * The conduct screen (`supervisi.conduct`): null when the visit is not in scope. Four statements:
 * the visit with its instrument and draft (one join), the open follow-ups, the facts, the rule.
 */
export async function getKunjunganIsi(viewer: Viewer, id: string) {
  if (!can(viewer, "supervisi.conduct")) return null;
  const k = await findKunjungan(viewer, id);
  if (!k) return null;
  const [terbuka, fakta, aturan] = await Promise.all([
    db.tindakLanjut.findMany({
      where: openFollowUpsWhere(viewer, k),
      select: { id: true, masalah: true, tindakan: true, pemilikNama: true, batasWaktu: true, status: true, kunjungan: { select: { tanggal: true } } },
      orderBy: [{ batasWaktu: "asc" }],
      take: 100,
      relationLoadStrategy: "join",
    }),
    loadFakta(db, k),
    readAturanOf(db, k.kabupatenId, ATURAN_AMBANG_SUPERVISI),
  ]);
  const { domain, butir } = butirOf(k);
  return {
    id: k.id,
    status: k.status,
    sasaran: k.sasaran,
    site: siteLabel(k),
    kecamatan: k.desa.kecamatan.nama,
    versi: k.updatedAt.toISOString(),
    rencana: k.rencana ? { nama: k.rencana.nama, mulai: quarterStart(k.rencana.tahun, k.rencana.triwulan) } : null,
    instrumen: { nama: k.instrumen.nama, versi: k.instrumen.versi },
    domain,
    butir,
    fakta,
    ambang: aturan.nilai,
    draf: drafOf(k),
    timIds: k.peserta.filter((p) => p.tim).map((p) => p.id),
    terbuka: terbuka.map((t) => ({ id: t.id, masalah: t.masalah, tindakan: t.tindakan, pemilikNama: t.pemilikNama, batasWaktu: isoDay(t.batasWaktu), status: t.status, dariTanggal: isoDay(t.kunjungan.tanggal) })),
    today: todayInJakarta(),
  };
}
export type KunjunganIsi = NonNullable<Awaited<ReturnType<typeof getKunjunganIsi>>>;

/**
 * The read view (`supervisi.read`; a kader only its posyandu's submitted visits): the visit with
 * everything, its earlier revisions and the rule (two statements).
 */
export async function getKunjungan(viewer: Viewer, id: string) {
  if (!isUuid(id)) return null;
  const k = await db.kunjunganSupervisi.findFirst({
    relationLoadStrategy: "join",
    where: { AND: [{ id }, kunjunganScope(viewer)] },
    select: { ...kunjunganSelect, revisiLama: { select: { nomor: true, alasan: true, olehNama: true, createdAt: true, isi: true }, orderBy: { nomor: "desc" } }, temuan: { ...kunjunganSelect.temuan, select: { ...kunjunganSelect.temuan.select, butir: { select: { kode: true } } } } },
  });
  if (!k) return null;
  const aturan = await readAturanOf(db, k.kabupatenId, ATURAN_AMBANG_SUPERVISI);
  const { domain, butir } = butirOf(k);
  return {
    id: k.id,
    status: k.status,
    sasaran: k.sasaran,
    site: siteLabel(k),
    kecamatan: k.desa.kecamatan.nama,
    tanggal: isoDay(k.tanggal),
    revisi: k.revisi,
    rencana: k.rencana ? { id: k.rencana.id, nama: k.rencana.nama } : null,
    instrumen: { nama: k.instrumen.nama, versi: k.instrumen.versi },
    skor: num(k.skor),
    skorDomain: (k.skorDomain as Record<string, number | null> | null) ?? {},
    kategori: k.kategori,
    kritisGagal: k.kritisGagal,
    dikirimAt: k.dikirimAt,
    ambang: aturan.nilai,
    domain,
    butir,
    jawaban: k.jawaban.map((j) => ({ butirId: j.butirId, nilai: num(j.nilai), teks: j.teks, na: j.na, catatan: j.catatan, skor: num(j.skor), fakta: (j.fakta as { nilai: number | null; label: string } | null) ?? null })),
    peserta: k.peserta,
    temuan: k.temuan.map((t) => ({ ...t, batasWaktu: isoDay(t.batasWaktu), butirKode: t.butir?.kode ?? null })),
    verifikasi: k.verifikasi.map((v) => ({ ...v, tindakLanjut: { ...v.tindakLanjut, batasWaktu: isoDay(v.tindakLanjut.batasWaktu) } })),
    revisiLama: k.revisiLama.map((r) => ({ nomor: r.nomor, alasan: r.alasan, olehNama: r.olehNama, createdAt: r.createdAt, skor: (r.isi as { skor?: number | null }).skor ?? null, kategori: (r.isi as { kategori?: string | null }).kategori ?? null })),
  };
}
export type KunjunganDetail = NonNullable<Awaited<ReturnType<typeof getKunjungan>>>;

/** The published instruments of the viewer's kabupaten, newest version of each first (the ad hoc form's choice). */
export async function instrumenTerbit(viewer: Viewer) {
  const rows = await db.instrumen.findMany({ where: { kabupatenId: viewer.kabupatenId, status: "TERBIT" }, select: { id: true, kode: true, nama: true, versi: true, sasaran: true }, orderBy: [{ kode: "asc" }, { versi: "desc" }] });
  return rows;
}
