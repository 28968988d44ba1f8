/** Test helpers for the kader registry: ids of the demo kaders (prisma/seed-kader.ts) and form inputs. */
import { randomUUID } from "node:crypto";
import { testDb } from "./db.ts";
import type { TKaderCreate, TKaderForm, TPenilaianForm } from "../../lib/kader/schemas.ts";

export async function kaderId(nama: string): Promise<string> {
  return (await testDb.kader.findFirstOrThrow({ where: { nama }, select: { id: true } })).id;
}

export function kaderForm(overrides: Partial<TKaderForm> = {}): TKaderForm {
  return { nama: `Kader Uji ${randomUUID().slice(0, 6)}`, nik: null, jenisKelamin: "P", tanggalLahir: "1990-05-01", telepon: null, pendidikan: "SMA/SMK", jabatan: "ANGGOTA", tahunMulai: 2020, isActive: true, userId: null, requestId: randomUUID(), ...overrides };
}

export function kaderCreate(posyanduId: string, overrides: Partial<TKaderCreate> = {}): TKaderCreate {
  return { ...kaderForm(), posyanduId, ...overrides };
}

/** Every current skill of a package of the kader's kabupaten, with one result. */
export async function packageItems(kabupatenKode: string, paketKode: string, hasil: "KOMPETEN" | "BELUM_KOMPETEN" = "KOMPETEN") {
  const skills = await testDb.keterampilan.findMany({ where: { retiredAt: null, paket: { kode: paketKode, kabupaten: { kode: kabupatenKode } } }, orderBy: { urutan: "asc" }, select: { id: true } });
  return skills.map((s) => ({ keterampilanId: s.id, hasil, catatan: null }));
}

export function penilaian(kaderId: string, items: TPenilaianForm["items"], overrides: Partial<TPenilaianForm> = {}): TPenilaianForm {
  return { kaderId, tanggal: "2025-09-09", metode: "OBSERVASI", requestId: randomUUID(), items, ...overrides };
}
