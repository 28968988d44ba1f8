/**
 * Saving one person's entry on a posyandu day (POST /api/pemeriksaan), by the id the device made:
 *
 * - A resend of the same id never makes a second record; parallel duplicates serialise on a
 *   transaction lock of the (day, person) pair, so exactly one row is written. A resend with the same
 *   values changes nothing (no revision, no audit row).
 * - The same person on the same day from two devices (two ids): there is one entry per person per
 *   day, so the later one UPDATES the existing entry (revisi + 1, audited before/after) and the answer
 *   names the existing id, which the second device keeps from then on.
 * - Refused (nothing written): a day or person outside the viewer's scope (as "not found"), a person
 *   of another posyandu, a merged person (naming into whom), an inactive one, a day in the future, a
 *   closed day for a kader, values nilaiPemeriksaan refuses or odd values not confirmed (422 per field).
 * - Corrections (bidan, puskesmas; a kader while the day is open): audited before/after, revisi + 1;
 *   the person's later N/T/O/B results are derived again (nilaiNaikSeri) in the same transaction.
 * The server evaluates every entry again with the same function the screen used; what it stores is
 * the server's result under the rules (ambang) of the kabupaten at that moment.
 */
import "server-only";
import { db } from "../db.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { can } from "../access/permissions.ts";
import { hariBukaScope, sasaranScope } from "../access/scope.ts";
import { writeAudit } from "../audit/audit.ts";
import type { DbTx } from "../prisma-client.ts";
import { DomainError, ForbiddenError, NotFoundError } from "../errors.ts";
import { todayInJakarta } from "../i18n/format.ts";
import { computeGrowth } from "../pertumbuhan/compute.ts";
import { ambangOf, ambangRows } from "../ambang/queries.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { nilaiNaikSeri } from "../penimbangan/naik.ts";
import type { Riwayat } from "./nilai.ts";
import { alasanTolak, kelompokHari, nilaiEntri } from "./masukan.ts";
import type { PemeriksaanInput } from "./schemas.ts";
import { FUTURE_MESSAGE } from "../hari-buka/dal.ts";

export const CLOSED_MESSAGE = "Hari posyandu ini sudah ditutup: isian hanya dapat dikoreksi oleh bidan desa atau petugas puskesmas.";

const iso = (d: Date) => d.toISOString().slice(0, 10);
const dateOf = (s: string) => new Date(`${s}T00:00:00Z`);
const num = (d: { toNumber(): number } | null) => (d === null ? null : d.toNumber());

/** Keys sorted at every level: two inputs with the same content give the same text. */
function stable(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stable).join(",")}]`;
  if (v && typeof v === "object") return `{${Object.keys(v).filter((k) => (v as Record<string, unknown>)[k] !== undefined).sort().map((k) => `${JSON.stringify(k)}:${stable((v as Record<string, unknown>)[k])}`).join(",")}}`;
  return JSON.stringify(v ?? null);
}

const MASUKAN = ["beratKg", "tinggiCm", "caraUkur", "lilaCm", "lingkarKepalaCm", "lingkarPerutCm", "sistolik", "diastolik", "gulaDarah", "hb", "layanan", "skrining", "diukurOleh", "catatan", "dikonfirmasi"] as const;

const entrySelect = {
  id: true, hariBukaId: true, sasaranId: true, tanggal: true, kelompok: true, umurBulan: true, statusIbu: true,
  beratKg: true, tinggiCm: true, caraUkur: true, lilaCm: true, lingkarKepalaCm: true, lingkarPerutCm: true, sistolik: true, diastolik: true, gulaDarah: true, hb: true,
  layanan: true, skrining: true, diukurOleh: true, catatan: true, imt: true, zBbu: true, zTbu: true, zBbtb: true, zImtu: true,
  naik: true, duaT: true, bgm: true, kbmG: true, beratLaluKg: true, hasil: true, temuan: true, dirujuk: true, dikonfirmasi: true, revisi: true,
} as const;

type Row = { [K in (typeof MASUKAN)[number]]: unknown } & Record<string, unknown>;

function masukanRow(r: Row): string {
  const o: Record<string, unknown> = {};
  for (const k of MASUKAN) {
    const v = r[k];
    o[k] = v !== null && typeof v === "object" && "toNumber" in (v as object) ? (v as { toNumber(): number }).toNumber() : v;
  }
  return stable(o);
}

function masukanInput(i: PemeriksaanInput): string {
  const o: Record<string, unknown> = {};
  for (const k of MASUKAN) o[k] = (i as Record<string, unknown>)[k] ?? null;
  o.catatan = i.catatan || null;
  return stable(o);
}

export interface SimpanHasil {
  id: string;
  /** created: a new entry; updated: values changed (revisi + 1); unchanged: a resend of what the server has. */
  status: "created" | "updated" | "unchanged";
  /** True when the entry was the person's existing entry of the day made on another device. */
  digabung: boolean;
  revisi: number;
  dirujuk: boolean;
  temuan: unknown;
  ringkasan: string[];
}

/** The person's earlier weighings and last height (before `tanggal`), as nilaiPemeriksaan takes them: a relation select of Sasaran. */
const riwayatSelect = (tanggal: Date) => ({
  where: { tanggal: { lt: tanggal }, OR: [{ beratKg: { not: null } }, { tinggiCm: { not: null } }] },
  orderBy: { tanggal: "desc" },
  take: 8,
  select: { tanggal: true, beratKg: true, naik: true, tinggiCm: true },
}) satisfies Prisma.Sasaran$pemeriksaanArgs;

/** riwayatSelect's rows (newest first) as nilaiPemeriksaan takes them. */
export function riwayatOf(rows: { tanggal: Date; beratKg: { toNumber(): number } | null; naik: string | null; tinggiCm: { toNumber(): number } | null }[]): Riwayat {
  const timbangan = rows.filter((r) => r.beratKg !== null).map((r) => ({ tanggal: iso(r.tanggal), beratKg: r.beratKg!.toNumber(), naik: (r.naik as "N" | "T" | "O" | "B" | null) ?? null }));
  const t = rows.find((r) => r.tinggiCm !== null);
  return { timbangan, tinggiTerakhir: t ? { tanggal: iso(t.tanggal), cm: t.tinggiCm!.toNumber() } : null };
}

/** The woman's statuses in force on the date: a relation select of Sasaran. */
export const statusIbuSelect = (tanggal: Date) => ({
  where: { mulai: { lte: tanggal }, OR: [{ selesai: null }, { selesai: { gte: tanggal } }] },
  select: { status: true },
}) satisfies Prisma.Sasaran$statusIbuArgs;

/** The status of the day from statusIbuSelect's rows: a HAMIL period wins over NIFAS, NIFAS over MENYUSUI. */
export function statusIbuOf(rows: { status: string }[]): "HAMIL" | "NIFAS" | "MENYUSUI" | null {
  const s = rows.map((r) => r.status);
  return s.includes("HAMIL") ? "HAMIL" : s.includes("NIFAS") ? "NIFAS" : s.includes("MENYUSUI") ? "MENYUSUI" : null;
}

/**
 * Derives the person's N/T/O/B series again and stores what changed on entries from `dari` on
 * (a corrected weight, or an entry sent late that now sits before later ones).
 */
export async function deriveNaikLagi(tx: DbTx, viewer: Viewer, sasaranId: string, dari: string, kbm: Parameters<typeof nilaiNaikSeri>[1]): Promise<number> {
  const series = await tx.pemeriksaan.findMany({
    where: { sasaranId, beratKg: { not: null } },
    orderBy: { tanggal: "asc" },
    select: { id: true, tanggal: true, umurBulan: true, beratKg: true, naik: true, duaT: true, kbmG: true, beratLaluKg: true },
  });
  if (!series.some((r) => iso(r.tanggal) > dari)) return 0;
  const hasil = nilaiNaikSeri(series.map((r) => ({ tanggal: iso(r.tanggal), umurBulan: r.umurBulan, beratKg: r.beratKg!.toNumber() })), kbm);
  let changed = 0;
  for (let i = 0; i < series.length; i++) {
    const r = series[i];
    const h = hasil[i];
    if (iso(r.tanggal) <= dari || !h) continue;
    if (r.naik === h.naik && r.duaT === h.duaT && r.kbmG === h.kbmG && num(r.beratLaluKg) === h.beratLaluKg) continue;
    const before = { naik: r.naik, duaT: r.duaT, kbmG: r.kbmG, beratLaluKg: num(r.beratLaluKg) };
    const after = { naik: h.naik, duaT: h.duaT, kbmG: h.kbmG, beratLaluKg: h.beratLaluKg };
    await tx.pemeriksaan.update({ where: { id: r.id }, data: after });
    await writeAudit(tx, viewer, { entity: "pemeriksaan", entityId: r.id, action: "UPDATE", before, after: { ...after, alasan: `N/T dihitung ulang setelah isian ${dari} berubah` } });
    changed++;
  }
  return changed;
}

export async function simpanPemeriksaan(viewer: Viewer, input: PemeriksaanInput): Promise<SimpanHasil> {
  const mayRecord = can(viewer, "haribuka.record");
  const mayCorrect = can(viewer, "pemeriksaan.correct");
  if (!mayRecord && !mayCorrect) throw new ForbiddenError();
  // The day with its kabupaten's thresholds, then the person with their status and earlier weighings
  // on that day: two statements. Reading these before the lock below is as exact as after it: the
  // lock serialises writers of this day and person only, never of the person's other days.
  const hari = await db.hariBuka.findFirst({
    where: { AND: [{ id: input.hariBukaId }, hariBukaScope(viewer)] },
    select: { id: true, tanggal: true, posyanduId: true, desaId: true, kabupatenId: true, ditutupAt: true, posyandu: { select: { nama: true, desa: { select: { kabupaten: { select: { pengaturan: ambangRows } } } } } } },
  });
  if (!hari) throw new NotFoundError("Hari posyandu tidak ditemukan.");
  const tanggal = iso(hari.tanggal);
  if (tanggal > todayInJakarta()) throw new DomainError(FUTURE_MESSAGE, { tanggal: [FUTURE_MESSAGE] });
  if (hari.ditutupAt && !mayCorrect) throw new DomainError(CLOSED_MESSAGE);
  const orang = await db.sasaran.findFirst({
    where: { AND: [{ id: input.sasaranId }, sasaranScope(viewer)] },
    select: {
      id: true, nama: true, posyanduId: true, jenisKelamin: true, tanggalLahir: true, isActive: true, digabungKeId: true, digabungKe: { select: { nama: true, tanggalLahir: true } },
      statusIbu: statusIbuSelect(hari.tanggal), pemeriksaan: riwayatSelect(hari.tanggal),
    },
  });
  if (!orang) throw new NotFoundError("Orang ini tidak ditemukan.");
  if (orang.digabungKeId) {
    const ke = orang.digabungKe ? `${orang.digabungKe.nama} (lahir ${iso(orang.digabungKe.tanggalLahir)})` : "data lain";
    const pesan = `${orang.nama} sudah digabung ke ${ke}. Catat isian ini pada ${orang.digabungKe?.nama ?? "data itu"}.`;
    throw new DomainError(pesan, { sasaranId: [pesan] });
  }
  if (orang.posyanduId !== hari.posyanduId) {
    const pesan = `${orang.nama} bukan sasaran Posyandu ${hari.posyandu.nama}: catat di posyandunya sendiri.`;
    throw new DomainError(pesan, { sasaranId: [pesan] });
  }
  if (!orang.isActive) {
    const pesan = `${orang.nama} sudah tidak aktif (pindah atau meninggal).`;
    throw new DomainError(pesan, { sasaranId: [pesan] });
  }
  const lahir = iso(orang.tanggalLahir);
  if (lahir > tanggal) {
    const pesan = `Tanggal lahir ${orang.nama} (${lahir}) setelah tanggal hari posyandu.`;
    throw new DomainError(pesan, { sasaranId: [pesan] });
  }

  return db.$transaction(async (tx) => {
    // One writer at a time per person per day: parallel resends of one id, or two devices.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`pemeriksaan:${hari.id}:${orang.id}`}, 0))`;
    // One statement: the entry by the device's id, the person's entry of the day (another device's),
    // and the person's weighings after the day (whose N/T/O/B this save may change).
    const rows = await tx.pemeriksaan.findMany({
      where: { OR: [{ id: input.id }, { hariBukaId: hari.id, sasaranId: orang.id }, { sasaranId: orang.id, tanggal: { gt: hari.tanggal }, beratKg: { not: null } }] },
      select: { ...entrySelect, kabupatenId: true },
    });
    const byId = rows.find((r) => r.id === input.id) ?? null;
    if (byId && (byId.hariBukaId !== hari.id || byId.sasaranId !== orang.id)) {
      if (byId.kabupatenId !== viewer.kabupatenId) throw new NotFoundError();
      throw new DomainError("Nomor isian ini sudah dipakai untuk orang atau hari lain. Muat ulang halaman.");
    }
    const existing = byId ?? rows.find((r) => r.hariBukaId === hari.id && r.sasaranId === orang.id) ?? null;
    const hasLaterWeighings = rows.some((r) => r.sasaranId === orang.id && r.beratKg !== null && iso(r.tanggal) > tanggal);
    if (existing && masukanRow(existing as unknown as Row) === masukanInput(input)) {
      return { id: existing.id, status: "unchanged", digabung: existing.id !== input.id, revisi: existing.revisi, dirujuk: existing.dirujuk, temuan: existing.temuan, ringkasan: [] } satisfies SimpanHasil;
    }
    if (!existing && !mayRecord) throw new ForbiddenError("Petugas puskesmas mengoreksi isian yang sudah ada; isian baru dicatat kader atau bidan desa.");

    const statusIbu = statusIbuOf(orang.statusIbu);
    const riwayat = riwayatOf(orang.pemeriksaan);
    const ambang = ambangOf(hari.posyandu.desa.kabupaten.pengaturan);
    const who = { jenisKelamin: orang.jenisKelamin as "L" | "P", tanggalLahir: lahir, statusIbu };
    const { kelompok, umurBulan } = kelompokHari(who, tanggal);
    const p = nilaiEntri(who, tanggal, input, riwayat, ambang, computeGrowth);
    const tolak = alasanTolak(p, input.dikonfirmasi);
    if (Object.keys(tolak).length > 0) throw new DomainError(Object.keys(p.galat).length > 0 ? "Ada nilai yang tidak mungkin: periksa lagi isian yang ditandai." : "Ada nilai yang tidak biasa: periksa lagi lalu centang \"Sudah diperiksa\".", tolak);

    const data = {
      kelompok, umurBulan, statusIbu,
      beratKg: input.beratKg ?? null, tinggiCm: input.tinggiCm ?? null, caraUkur: input.caraUkur ?? null, lilaCm: input.lilaCm ?? null,
      lingkarKepalaCm: input.lingkarKepalaCm ?? null, lingkarPerutCm: input.lingkarPerutCm ?? null, sistolik: input.sistolik ?? null, diastolik: input.diastolik ?? null,
      gulaDarah: input.gulaDarah ?? null, hb: input.hb ?? null, layanan: input.layanan, skrining: input.skrining as object, diukurOleh: input.diukurOleh ?? null, catatan: input.catatan || null,
      imt: p.imt, zBbu: p.z.bbu, zTbu: p.z.tbu, zBbtb: p.z.bbtb, zImtu: p.z.imtu,
      naik: p.naik?.naik ?? null, duaT: p.naik?.duaT ?? false, bgm: p.bgm, kbmG: p.naik?.kbmG ?? null, beratLaluKg: p.naik?.beratLaluKg ?? null,
      hasil: p.hasil as object, temuan: p.temuan as unknown as object, dirujuk: p.dirujuk, dikonfirmasi: input.dikonfirmasi,
    };
    let row: { id: string; revisi: number; dirujuk: boolean; temuan: unknown };
    let status: SimpanHasil["status"];
    if (existing) {
      if (hari.ditutupAt && !mayCorrect) throw new DomainError(CLOSED_MESSAGE);
      const after = await tx.pemeriksaan.update({ where: { id: existing.id }, data: { ...data, revisi: { increment: 1 }, diubahOlehId: viewer.id }, select: entrySelect });
      const { hasil: _h1, ...b } = existing;
      const { hasil: _h2, ...a } = after;
      await writeAudit(tx, viewer, { entity: "pemeriksaan", entityId: existing.id, action: "UPDATE", before: b, after: a });
      row = after;
      status = "updated";
    } else {
      const created = await tx.pemeriksaan.create({
        data: { id: input.id, hariBukaId: hari.id, sasaranId: orang.id, kabupatenId: hari.kabupatenId, desaId: hari.desaId, posyanduId: hari.posyanduId, tanggal: hari.tanggal, dicatatOlehId: viewer.id, ...data },
        select: entrySelect,
      });
      await writeAudit(tx, viewer, { entity: "pemeriksaan", entityId: created.id, action: "CREATE", after: { id: created.id, hariBukaId: hari.id, sasaranId: orang.id, tanggal, beratKg: data.beratKg, tinggiCm: data.tinggiCm, naik: data.naik, dirujuk: data.dirujuk } });
      row = created;
      status = "created";
    }
    // Only later weighings can change (deriveNaikLagi finds nothing to do without them).
    if (hasLaterWeighings) await deriveNaikLagi(tx, viewer, orang.id, tanggal, ambang.kbm);
    return { id: row.id, status, digabung: row.id !== input.id, revisi: row.revisi, dirujuk: row.dirujuk, temuan: row.temuan, ringkasan: p.ringkasan } satisfies SimpanHasil;
  });
}
