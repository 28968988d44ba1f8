/** Test helpers for sasaran: a valid input for a posyandu, and people made directly in the database. */
import { testDb } from "./db.ts";
import { ZSasaranInput, type SasaranInput, type SasaranInputRaw } from "../../lib/sasaran/schemas.ts";
import { foldNama } from "../../lib/sasaran/nama.ts";

/** A random name part of letters only (digits fold away in names, so "Uji 4a1…" and "Uji 6d…" could fold alike). */
export function hurufAcak(n = 10): string {
  return Array.from({ length: n }, () => "bcdfghklmnprstvwz"[Math.floor(Math.random() * 17)]).join("");
}

let nikSeq = 0;
/** A plausible, unused NIK (province 35, day 01–28, month 01–12), different on every call of a run. */
export function testNik(): string {
  nikSeq += 1;
  const tail = String((Date.now() % 10_000) * 1000 + nikSeq).padStart(4, "0").slice(-4);
  const mid = String(Math.floor(Math.random() * 100)).padStart(2, "0");
  return `3519${mid}${String(1 + (nikSeq % 28)).padStart(2, "0")}${String(1 + (nikSeq % 12)).padStart(2, "0")}${String(nikSeq % 100).padStart(2, "0")}${tail}`;
}

export function sasaranInput(posyanduId: string, extra: Partial<SasaranInputRaw> = {}): SasaranInput {
  return ZSasaranInput.parse({ nama: `Uji ${hurufAcak()}`, jenisKelamin: "P", tanggalLahir: "2023-05-17", posyanduId, ...extra });
}

/** A person written straight to the database (no audit): for reads and merges under test. */
export async function makeSasaran(posyanduId: string, extra: { nama?: string; tanggalLahir?: string; nik?: string | null; noKk?: string | null; jenisKelamin?: "L" | "P" } = {}) {
  const p = await testDb.posyandu.findUniqueOrThrow({ where: { id: posyanduId }, select: { desaId: true, desa: { select: { kabupatenId: true } } } });
  const nama = extra.nama ?? `Uji ${hurufAcak()}`;
  return testDb.sasaran.create({
    data: {
      kabupatenId: p.desa.kabupatenId, desaId: p.desaId, posyanduId, nama, namaKunci: foldNama(nama), nik: extra.nik ?? null, noKk: extra.noKk ?? null,
      jenisKelamin: extra.jenisKelamin ?? "P", tanggalLahir: new Date(`${extra.tanggalLahir ?? "2022-03-04"}T00:00:00Z`),
    },
  });
}
