/**
 * Demo kaders of Desa Klorogan (Madiun): 5–8 per posyandu with skill assessments dated 2024–2025 at
 * mixed levels, assessed by the Puskesmas Geger officer and the bidan desa. Illustrative: the names
 * are common Javanese names, the NIKs are made up (they only look plausible: 3519 03 + birth date),
 * and the assessment history is invented. The demo account kader.melati1 is linked to one kader of
 * Melati 1.
 */
import { randomUUID } from "node:crypto";
import type { Db } from "../lib/prisma-client.ts";
import type { Prisma } from "../lib/generated/prisma/client.ts";
import { ATURAN_LEVEL } from "../lib/kader/aturan.ts";
import { storeLevels } from "../lib/kader/level-store.ts";

type Jabatan = "KETUA" | "SEKRETARIS" | "BENDAHARA" | "ANGGOTA";
/** Which packages a kader has passed in full, and which skills it has not (yet). */
type Profil = "UTAMA" | "MADYA4" | "MADYA3" | "PURWA" | "PURWA_AE" | "ULANG" | "BELUM_B" | "BARU";

interface KaderSeed { nama: string; jk?: "P" | "L"; lahir: string; jabatan: Jabatan; mulai: number; profil: Profil; telepon?: string; aktif?: boolean }

const KLOROGAN: Record<string, KaderSeed[]> = {
  "Melati 1": [
    { nama: "Sri Wahyuni", lahir: "1978-04-12", jabatan: "KETUA", mulai: 2006, profil: "UTAMA", telepon: "081335120417" },
    { nama: "Endang Sulistyowati", lahir: "1981-09-03", jabatan: "SEKRETARIS", mulai: 2010, profil: "UTAMA", telepon: "085236781902" },
    { nama: "Tri Handayani", lahir: "1985-01-27", jabatan: "BENDAHARA", mulai: 2012, profil: "MADYA4", telepon: "081249036615" },
    { nama: "Puji Lestari", lahir: "1990-06-18", jabatan: "ANGGOTA", mulai: 2015, profil: "MADYA3" },
    { nama: "Siti Aminah", lahir: "1976-11-30", jabatan: "ANGGOTA", mulai: 2008, profil: "PURWA", telepon: "082233418870" },
    { nama: "Dwi Rahayu", lahir: "1988-02-09", jabatan: "ANGGOTA", mulai: 2017, profil: "ULANG" },
    { nama: "Wiwik Suryani", lahir: "1983-07-21", jabatan: "ANGGOTA", mulai: 2014, profil: "PURWA_AE" },
    { nama: "Yuli Astuti", lahir: "1995-12-05", jabatan: "ANGGOTA", mulai: 2023, profil: "BARU" },
  ],
  "Melati 2": [
    { nama: "Sumarni", lahir: "1974-03-14", jabatan: "KETUA", mulai: 2004, profil: "MADYA3", telepon: "081359902214" },
    { nama: "Sulastri", lahir: "1980-08-22", jabatan: "SEKRETARIS", mulai: 2011, profil: "PURWA" },
    { nama: "Rini Susanti", lahir: "1986-05-02", jabatan: "BENDAHARA", mulai: 2013, profil: "PURWA" },
    { nama: "Ninik Haryati", lahir: "1979-10-10", jabatan: "ANGGOTA", mulai: 2009, profil: "BELUM_B" },
    { nama: "Lilik Setyowati", lahir: "1992-01-19", jabatan: "ANGGOTA", mulai: 2019, profil: "PURWA_AE" },
    { nama: "Anik Mardiyah", lahir: "1997-04-25", jabatan: "ANGGOTA", mulai: 2022, profil: "BARU" },
  ],
  "Mawar 1": [
    { nama: "Suparmi", lahir: "1972-06-06", jabatan: "KETUA", mulai: 2002, profil: "MADYA3", telepon: "085735561208" },
    { nama: "Marsini", lahir: "1977-12-16", jabatan: "SEKRETARIS", mulai: 2007, profil: "PURWA" },
    { nama: "Sugeng Riyadi", jk: "L", lahir: "1982-09-09", jabatan: "BENDAHARA", mulai: 2016, profil: "BELUM_B" },
    { nama: "Katmini", lahir: "1975-02-28", jabatan: "ANGGOTA", mulai: 2010, profil: "BARU" },
    { nama: "Dewi Kurniawati", lahir: "1993-08-11", jabatan: "ANGGOTA", mulai: 2021, profil: "BARU" },
  ],
  "Mawar 2": [
    { nama: "Sunarti", lahir: "1973-05-20", jabatan: "KETUA", mulai: 2003, profil: "MADYA4", telepon: "081230087745" },
    { nama: "Titik Rahayu", lahir: "1984-03-03", jabatan: "SEKRETARIS", mulai: 2012, profil: "PURWA" },
    { nama: "Umi Kulsum", lahir: "1987-11-08", jabatan: "BENDAHARA", mulai: 2014, profil: "ULANG" },
    { nama: "Siti Rohmah", lahir: "1991-07-14", jabatan: "ANGGOTA", mulai: 2018, profil: "BELUM_B" },
    { nama: "Ani Purwanti", lahir: "1989-09-29", jabatan: "ANGGOTA", mulai: 2016, profil: "PURWA" },
    { nama: "Murtini", lahir: "1970-01-15", jabatan: "ANGGOTA", mulai: 2001, profil: "BARU", aktif: false },
    { nama: "Tumini", lahir: "1994-10-02", jabatan: "ANGGOTA", mulai: 2023, profil: "BARU" },
  ],
};

/** Packages passed in full, and skills assessed "belum kompeten" (their package then stays incomplete). */
const PROFIL: Record<Profil, { lengkap: string[]; belum: string[] }> = {
  UTAMA: { lengkap: ["A", "B", "C", "D", "E"], belum: [] },
  MADYA4: { lengkap: ["A", "B", "C", "E"], belum: ["D3"] },
  MADYA3: { lengkap: ["A", "B", "C"], belum: ["E4", "E5"] },
  PURWA: { lengkap: ["A", "B"], belum: ["C3", "C4"] },
  PURWA_AE: { lengkap: ["A", "E"], belum: ["B4"] },
  // A2 first "belum kompeten" (2024), passed on the second assessment (2025).
  ULANG: { lengkap: ["A", "B"], belum: [] },
  BELUM_B: { lengkap: ["B"], belum: ["A2", "A3"] },
  BARU: { lengkap: [], belum: [] },
};

/** When each package was assessed in Klorogan (the pilot Melati 1 first), and how. */
const JADWAL: Record<string, { tanggal: string; metode: "OBSERVASI" | "TES_TERTULIS" | "PRAKTIK"; penilai: "pkm.geger" | "bidan.klorogan" }> = {
  A: { tanggal: "2024-03-12", metode: "OBSERVASI", penilai: "pkm.geger" },
  B: { tanggal: "2024-05-14", metode: "PRAKTIK", penilai: "pkm.geger" },
  C: { tanggal: "2024-08-13", metode: "OBSERVASI", penilai: "bidan.klorogan" },
  D: { tanggal: "2025-02-11", metode: "TES_TERTULIS", penilai: "bidan.klorogan" },
  E: { tanggal: "2025-06-10", metode: "PRAKTIK", penilai: "pkm.geger" },
};

const OFFSET_HARI: Record<string, number> = { "Melati 1": 0, "Melati 2": 7, "Mawar 1": 14, "Mawar 2": 21 };

function addDays(iso: string, days: number) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d;
}

/** A made-up NIK of Kecamatan Geger (35.19.03) from the birth date (women: day + 40). */
function fakeNik(lahir: string, jk: "P" | "L", serial: number) {
  const [y, m, d] = lahir.split("-");
  const day = String(Number(d) + (jk === "P" ? 40 : 0)).padStart(2, "0");
  return `351903${day}${m}${y.slice(2)}${String(serial).padStart(4, "0")}`;
}

export async function seedKader(db: Db, log: (l: string) => void = console.log): Promise<void> {
  const desa = await db.desa.findUniqueOrThrow({ where: { kode: "35.19.03.2002" }, select: { id: true, kabupatenId: true, posyandu: { select: { id: true, nama: true } } } });
  const users = new Map((await db.user.findMany({ where: { username: { in: ["pkm.geger", "bidan.klorogan", "kader.melati1"] } }, select: { id: true, username: true } })).map((u) => [u.username, u.id]));
  const skills = await db.keterampilan.findMany({ where: { retiredAt: null, paket: { kabupatenId: desa.kabupatenId } }, select: { id: true, kode: true, paket: { select: { kode: true } } } });
  const kaderRows: Prisma.KaderCreateManyInput[] = [];
  const penilaian: { id: string; kaderId: string; keterampilanId: string; tanggal: Date; penilaiId: string; metode: "OBSERVASI" | "TES_TERTULIS" | "PRAKTIK"; hasil: "KOMPETEN" | "BELUM_KOMPETEN"; catatan: string | null }[] = [];
  let serial = 1;
  for (const [posyanduNama, kaders] of Object.entries(KLOROGAN)) {
    const posyandu = desa.posyandu.find((p) => p.nama === posyanduNama);
    if (!posyandu) continue;
    for (const k of kaders) {
      const id = randomUUID();
      const jk = k.jk ?? "P";
      kaderRows.push({
        id, posyanduId: posyandu.id, nama: k.nama, nik: fakeNik(k.lahir, jk, serial++), jenisKelamin: jk, tanggalLahir: new Date(`${k.lahir}T00:00:00Z`),
        telepon: k.telepon ?? null, pendidikan: k.mulai < 2010 ? "SMP" : "SMA/SMK", jabatan: k.jabatan, tahunMulai: k.mulai, isActive: k.aktif ?? true,
        userId: posyanduNama === "Melati 1" && k.nama === "Tri Handayani" ? users.get("kader.melati1") : null,
      });
      const profil = PROFIL[k.profil];
      const assessed = new Set([...profil.lengkap, ...profil.belum.map((s) => s[0])]);
      for (const s of skills) {
        if (!assessed.has(s.paket.kode)) continue;
        const j = JADWAL[s.paket.kode];
        const tanggal = addDays(j.tanggal, OFFSET_HARI[posyanduNama] ?? 0);
        const belum = profil.belum.includes(s.kode);
        const base = { kaderId: id, keterampilanId: s.id, penilaiId: users.get(j.penilai)!, metode: j.metode };
        if (k.profil === "ULANG" && s.kode === "A2") {
          penilaian.push({ ...base, id: randomUUID(), tanggal, hasil: "BELUM_KOMPETEN", catatan: "Belum bisa mengisi register secara lengkap; diulang bulan depan." });
          penilaian.push({ ...base, id: randomUUID(), tanggal: addDays("2025-01-14", OFFSET_HARI[posyanduNama] ?? 0), hasil: "KOMPETEN", catatan: "Penilaian ulang: register dan ASIK terisi lengkap." });
          continue;
        }
        penilaian.push({ ...base, id: randomUUID(), tanggal, hasil: belum ? "BELUM_KOMPETEN" : "KOMPETEN", catatan: belum ? "Perlu pendampingan lagi." : null });
      }
    }
  }
  await db.kader.createMany({ data: kaderRows });
  await db.penilaianKeterampilan.createMany({ data: penilaian });
  await db.$transaction((tx) => storeLevels(tx, desa.kabupatenId, ATURAN_LEVEL.bawaan));
  log(`Kader demo (ilustratif): ${kaderRows.length} kader Desa Klorogan, ${penilaian.length} penilaian keterampilan.`);
}
