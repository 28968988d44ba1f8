/** Test helpers for sasaran: a valid input for a posyandu, and people made directly in the database. */
import { randomInt } from "node:crypto";
import { testDb } from "./db.ts";
import { ZSasaranInput, type SasaranInput, type SasaranInputRaw } from "../../lib/sasaran/schemas.ts";
import { foldNama } from "../../lib/sasaran/nama.ts";

/** A random name part of letters only (digits fold away in names, so "Uji 4a1…" and "Uji 6d…" could fold alike). */
export function hurufAcak(n = 10): string {
  return Array.from({ length: n }, () => "bcdfghklmnprstvwz"[Math.floor(Math.random() * 17)]).join("");
}

const used = new Set<string>();
const digits = (n: number, from: number, to: number) => String(from + randomInt(to - from + 1)).padStart(n, "0");
/**
 * A plausible NIK (province 35, day 01–28, month 01–12), never the same twice in a run and unlikely
 * to be one another test file made (the test database outlives runs, and files run side by side):
 * about 3·10¹⁰ choices, picked at random.
 */
export function testNik(): string {
  for (;;) {
    const nik = `3519${digits(2, 0, 99)}${digits(2, 1, 28)}${digits(2, 1, 12)}${digits(2, 0, 99)}${digits(4, 1, 9999)}`;
    if (!used.has(nik)) {
      used.add(nik);
      return nik;
    }
  }
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
