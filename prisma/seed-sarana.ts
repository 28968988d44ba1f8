/**
 * Demo kits and premises (illustrative, not from the sources): the four posyandu of Desa Klorogan
 * (Madiun) and those of Banyumeneng and Pundenarum (Demak), with the gaps a puskesmas really finds:
 * a dacin instead of a digital baby scale, a broken tensimeter, scales not calibrated for two years,
 * no privacy corner. Dates are relative to the day the seed runs, so the demo keeps its gaps. Each
 * premises note starts with "Data contoh" so the screen says what it is.
 */
import type { Db } from "../lib/prisma-client.ts";
import type { KondisiSarana } from "../lib/generated/prisma/enums.ts";
import { refreshKesiapan } from "../lib/kesiapan/refresh.ts";

type Line = [kode: string, jumlah: number, kondisi?: KondisiSarana, kalibrasiBulanLalu?: number | null, sumberDana?: string];

interface KitSeed {
  desaKode: string;
  posyandu: string;
  items: Line[];
  prasarana: { ruangCukup: boolean; tempatDuduk: boolean; pojokPrivasi: boolean; air: boolean; toilet: boolean; catatan: string };
}

/** Everything the standard asks for, calibrated `bulan` months ago: the lines a kit starts from. */
function lengkap(bulan: number, dana: string): Line[] {
  return [
    ["timbangan-bayi", 1, "BAIK", bulan, dana],
    ["timbangan-dewasa", 1, "BAIK", bulan, dana],
    ["infantometer", 1, "BAIK", bulan, dana],
    ["stadiometer", 1, "BAIK", bulan, dana],
    ["pita-lila", 2, "BAIK", null, "BOK"],
    ["pita-lk", 1, "BAIK", null, "BOK"],
    ["kit-sdidtk", 1, "BAIK", null, "DAK"],
    ["tensimeter", 1, "BAIK", bulan, dana],
    ["pita-lingkar-perut", 1, "BAIK", null, "BOK"],
    ["glukometer", 1, "BAIK", bulan, "APBDes (Dana Desa)"],
    ["formulir-skrining", 1, "BAIK", null, "BOK"],
    ["register", 1, "BAIK", null, "BOK"],
    ["media-kie", 1, "BAIK", null, "BOK"],
  ];
}

/** The full kit with some lines replaced (same kode) or removed (jumlah 0 = not held). */
function kit(bulan: number, dana: string, changes: Line[]): Line[] {
  const byKode = new Map(lengkap(bulan, dana).map((l) => [l[0], l]));
  for (const c of changes) byKode.set(c[0], c);
  return [...byKode.values()].filter((l) => l[1] > 0);
}

const KITS: KitSeed[] = [
  // The pilot: all but the glucometer (the pustu brings its own on hari buka).
  { desaKode: "35.19.03.2002", posyandu: "Melati 1", items: kit(3, "DAK", [["glukometer", 0]]), prasarana: { ruangCukup: true, tempatDuduk: true, pojokPrivasi: true, air: true, toilet: true, catatan: "Data contoh: rumah Kepala Dusun, teras untuk antrean dan ruang tamu untuk pelayanan." } },
  { desaKode: "35.19.03.2002", posyandu: "Melati 2", items: kit(5, "APBDes (Dana Desa)", [["timbangan-bayi", 0], ["tensimeter", 1, "RUSAK_BERAT", 14, "DAK"], ["glukometer", 0]]), prasarana: { ruangCukup: true, tempatDuduk: true, pojokPrivasi: false, air: true, toilet: true, catatan: "Data contoh: bayi masih ditimbang dengan dacin; belum ada pojok privasi untuk menyusui." } },
  { desaKode: "35.19.03.2002", posyandu: "Mawar 1", items: kit(25, "APBDes (Dana Desa)", [["pita-lila", 1, "BAIK", null, "BOK"], ["kit-sdidtk", 0], ["glukometer", 0]]), prasarana: { ruangCukup: false, tempatDuduk: true, pojokPrivasi: false, air: true, toilet: true, catatan: "Data contoh: rumah Kamituwo sempit; meja 4 dan 5 bergabung." } },
  { desaKode: "35.19.03.2002", posyandu: "Mawar 2", items: kit(8, "Swadaya masyarakat", [["timbangan-bayi", 1, "RUSAK_RINGAN", 8, "Swadaya masyarakat"], ["timbangan-dewasa", 1, "BAIK", null, "CSR"], ["infantometer", 0], ["formulir-skrining", 0], ["glukometer", 0]]), prasarana: { ruangCukup: false, tempatDuduk: true, pojokPrivasi: false, air: true, toilet: false, catatan: "Data contoh: kegiatan di teras; toilet menumpang tetangga." } },
  // Demak: both pilots at "asesmen awal", the others behind them.
  { desaKode: "33.21.01.2001", posyandu: "Kenanga 1", items: kit(4, "DAK", [["glukometer", 0], ["kit-sdidtk", 1, "RUSAK_RINGAN", null, "DAK"]]), prasarana: { ruangCukup: true, tempatDuduk: true, pojokPrivasi: false, air: true, toilet: true, catatan: "Data contoh: pojok privasi sedang disiapkan dari Dana Desa." } },
  { desaKode: "33.21.01.2001", posyandu: "Kenanga 2", items: kit(26, "APBDes (Dana Desa)", [["timbangan-bayi", 0], ["stadiometer", 0], ["glukometer", 0]]), prasarana: { ruangCukup: false, tempatDuduk: true, pojokPrivasi: false, air: true, toilet: true, catatan: "Data contoh: mushola, tanpa ruang tertutup." } },
  { desaKode: "33.21.01.2001", posyandu: "Flamboyan", items: kit(13, "Swadaya masyarakat", [["tensimeter", 0], ["pita-lila", 1, "BAIK", null, "BOK"], ["glukometer", 0], ["media-kie", 0]]), prasarana: { ruangCukup: false, tempatDuduk: false, pojokPrivasi: false, air: true, toilet: false, catatan: "Data contoh: rumah Ketua RW, kursi dipinjam dari tetangga." } },
  { desaKode: "33.21.02.2012", posyandu: "Cempaka 1", items: kit(6, "DAK", [["glukometer", 1, "BAIK", 6, "CSR"]]), prasarana: { ruangCukup: true, tempatDuduk: true, pojokPrivasi: true, air: true, toilet: true, catatan: "Data contoh: Balai Desa dengan ruang konseling." } },
  { desaKode: "33.21.02.2012", posyandu: "Cempaka 2", items: kit(30, "APBDes (Dana Desa)", [["timbangan-bayi", 0], ["tensimeter", 1, "RUSAK_BERAT", 30, "DAK"], ["kit-sdidtk", 0], ["glukometer", 0]]), prasarana: { ruangCukup: false, tempatDuduk: true, pojokPrivasi: false, air: false, toilet: false, catatan: "Data contoh: air bersih dibawa dari rumah warga." } },
];

function monthsBefore(today: Date, months: number): Date {
  const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1));
  d.setUTCMonth(d.getUTCMonth() - months);
  // The 10th of that month: a plausible calibration day, never in the future.
  d.setUTCDate(10);
  return d;
}

/** Adds the demo kits and premises; called by seedDemo after the posyandu and catalogues exist. */
export async function seedSarana(db: Db, log: (l: string) => void = console.log, today = new Date()): Promise<void> {
  const jenis = await db.jenisSarana.findMany({ select: { id: true, kode: true, perluKalibrasi: true, kabupaten: { select: { kode: true } } } });
  const jenisOf = new Map(jenis.map((j) => [`${j.kabupaten.kode}/${j.kode}`, j]));
  const sarana: { posyanduId: string; jenisSaranaId: string; jumlah: number; kondisi: KondisiSarana; kalibrasiTerakhir: Date | null; sumberDana: string | null }[] = [];
  const prasarana: (KitSeed["prasarana"] & { posyanduId: string })[] = [];
  for (const k of KITS) {
    const p = await db.posyandu.findFirstOrThrow({ where: { nama: k.posyandu, desa: { kode: k.desaKode } }, select: { id: true } });
    const kabupatenKode = k.desaKode.slice(0, 5);
    for (const [kode, jumlah, kondisi = "BAIK", bulan = null, dana] of k.items) {
      const j = jenisOf.get(`${kabupatenKode}/${kode}`);
      if (!j) throw new Error(`Katalog sarana ${kabupatenKode} tidak punya ${kode}`);
      sarana.push({ posyanduId: p.id, jenisSaranaId: j.id, jumlah, kondisi, kalibrasiTerakhir: j.perluKalibrasi && bulan !== null ? monthsBefore(today, bulan) : null, sumberDana: dana ?? null });
    }
    prasarana.push({ posyanduId: p.id, ...k.prasarana });
  }
  await db.saranaPosyandu.createMany({ data: sarana });
  await db.prasaranaPosyandu.createMany({ data: prasarana });
  await refreshKesiapan(db, prasarana.map((p) => p.posyanduId));
  log(`Sarana contoh: ${prasarana.length} posyandu, ${sarana.length} baris alat.`);
}
