/**
 * Demo posyandu days of 2024 (issue 11 part 8): at Klorogan's four posyandu and at Kenanga 1
 * (Banyumeneng, Demak), one posyandu day a month on each posyandu's scheduled day, with about 60
 * balita, 8 ibu hamil, 40 remaja and 80 dewasa/lansia per posyandu, and one entry per person who came.
 *
 * Deterministic (a fixed seed per posyandu; ids drawn from the same stream), so tests can count on
 * it. Realistic rather than real: growth follows the WHO medians with a spread per child (some
 * stunting, wasting, BGM) and monthly faltering that yields T and 2T; blood pressure gives some
 * hypertension among lansia; PUMA is positive for some smokers; attendance dips at Lebaran (April)
 * and in December. Every stored derived column (IMT, z-scores, N/T/O/B, 2T, BGM, KBM, hasil, temuan,
 * dirujuk) comes from nilaiPemeriksaan with computeGrowth and the kabupaten's rules (resolveAmbang over
 * its stored values, as loadAmbang does), the same code the entry route runs. Names are illustrative Javanese names; the few NIKs start with
 * "99", a province code that does not exist, so they are clearly fake.
 *
 * Written with one bulk INSERT per table (lib/provisioning/bulk-insert): it runs at every start on a
 * fresh database and in the test harness, so it must stay fast (README: measured seconds).
 */
import { foldNama } from "../lib/sasaran/nama.ts";
import type { Db, DbTx } from "../lib/prisma-client.ts";
import { insertRows } from "../lib/provisioning/bulk-insert.ts";
import { dateInMonth, addDays } from "../lib/posyandu/jadwal.ts";
import { computeGrowth, valueAtZ } from "../lib/pertumbuhan/index.ts";
import { lmsRow } from "../lib/pertumbuhan/lms.ts";
import type { WhoTableName } from "../lib/pertumbuhan/data/tables.ts";
import { kelompokPada, umurBulanPada, type Kelompok } from "../lib/sasaran/kelompok.ts";
import { nilaiPemeriksaan, type NilaiInput } from "../lib/pemeriksaan/nilai.ts";
import type { Timbangan } from "../lib/penimbangan/naik.ts";
import { AMBANG_ATURAN, resolveAmbang, type Ambang } from "../lib/ambang/index.ts";
import type { Skrining } from "../lib/skrining/index.ts";
import { ANAK_L, ANAK_P, REMAJA_L, REMAJA_P, DEWASA_L, DEWASA_P, LANSIA_L, LANSIA_P, DUSUN_NAMA_BELAKANG } from "./seed-hari-posyandu-nama.ts";
import { skriningDemo } from "./seed-hari-posyandu-skrining.ts";

export const TAHUN_DEMO = 2024;
/** The demo posyandu: desa code and name. */
export const POSYANDU_DEMO: readonly { desaKode: string; nama: string }[] = [
  { desaKode: "35.19.03.2002", nama: "Melati 1" },
  { desaKode: "35.19.03.2002", nama: "Melati 2" },
  { desaKode: "35.19.03.2002", nama: "Mawar 1" },
  { desaKode: "35.19.03.2002", nama: "Mawar 2" },
  { desaKode: "33.21.01.2001", nama: "Kenanga 1" },
];

/** Attendance factor per month of 2024: Lebaran (10 April) and the December holidays dip; August (vitamin A) is full. */
const HADIR_BULAN = [1, 0.95, 0.97, 0.6, 0.92, 0.82, 0.9, 1, 0.93, 0.9, 0.88, 0.68];

// ─── Seeded randomness ────────────────────────────────────────────────────────────────────────────

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function streamFor(name: string): () => number {
  let h = 0x2024_1101;
  for (const ch of name) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return prng(h);
}
type Rand = () => number;
const normal = (r: Rand, mean = 0, sd = 1) => mean + sd * Math.sqrt(-2 * Math.log(Math.max(r(), 1e-12))) * Math.cos(2 * Math.PI * r());
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)];
const int = (r: Rand, min: number, max: number) => min + Math.floor(r() * (max - min + 1));
const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;
function uuid(r: Rand): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(r() * 16).toString(16));
  hex[12] = "4";
  hex[16] = "89ab"[Math.floor(r() * 4)];
  const s = hex.join("");
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

function who(table: WhoTableName, sex: 1 | 2, key: number, z: number): number | null {
  const row = lmsRow(table, sex, key);
  return row ? valueAtZ(z, row.l, row.m, row.s) : null;
}

// ─── People ───────────────────────────────────────────────────────────────────────────────────────

interface Orang {
  id: string;
  nama: string;
  jk: "L" | "P";
  lahir: string;
  peran: "ANAK" | "BUMIL" | "REMAJA" | "DEWASA" | "LANSIA";
  hadir: number;
  nik: string | null;
  namaIbu?: string;
  namaSuami?: string;
  rt: string;
  // anak: weight/height z, faltering state; adults: height, IMT, blood pressure, glucose baselines
  zW: number;
  zH: number;
  zHc: number;
  falter: number;
  tinggi: number;
  imt: number;
  sis: number;
  gula: number;
  lila: number;
  merokok: boolean;
  hamil?: { hpht: string; hpl: string; hamilKe: number; beratAwal: number };
  riwayat: Timbangan[];
  tinggiTerakhir: { tanggal: string; cm: number } | null;
  skriningTahun: boolean;
}

function base(r: Rand, peran: Orang["peran"], jk: "L" | "P", lahir: string, nama: string, hadir: number): Orang {
  return {
    id: uuid(r), nama, jk, lahir, peran, hadir, nik: null, rt: String(int(r, 1, 6)).padStart(3, "0"),
    zW: 0, zH: 0, zHc: 0, falter: 0, tinggi: 0, imt: 0, sis: 0, gula: 0, lila: 0, merokok: false,
    riwayat: [], tinggiTerakhir: null, skriningTahun: false,
  };
}

function people(r: Rand): Orang[] {
  const out: Orang[] = [];
  // 66 children born over 61 months up to September 2024: about 60 are 0–59 months old in any month.
  for (let i = 0; i < 66; i++) {
    const jk = r() < 0.5 ? "L" : "P";
    const o = base(r, "ANAK", jk, addDays("2019-09-05", Math.floor((i + r()) * (1850 / 66))), `${pick(r, jk === "L" ? ANAK_L : ANAK_P)}`, 0.62 + r() * 0.36);
    o.zH = normal(r, -0.8, 0.95) - (r() < 0.06 ? 1.1 : 0);
    o.zW = o.zH * 0.45 + normal(r, -0.35, 0.75) - (r() < 0.04 ? 1.4 : 0);
    o.zHc = normal(r, 0, 0.8);
    o.namaIbu = pick(r, DEWASA_P);
    out.push(o);
  }
  // 11 women pregnant in turn from mid-2023 to late 2024: about 8 pregnant in any month.
  for (let i = 0; i < 11; i++) {
    const o = base(r, "BUMIL", "P", addDays("1988-01-01", int(r, 0, 16 * 365)), pick(r, DEWASA_P) + pick(r, DUSUN_NAMA_BELAKANG), 0.88);
    const hpht = addDays("2023-05-10", i * 43 + int(r, 0, 15));
    o.hamil = { hpht, hpl: addDays(hpht, 280), hamilKe: int(r, 1, 3), beratAwal: round(normal(r, 50, 7), 1) };
    o.tinggi = round(normal(r, 152, 5), 1);
    o.lila = i % 5 === 1 ? round(normal(r, 22.6, 0.4), 1) : round(normal(r, 25.5, 1.6), 1);
    o.sis = i === 7 ? 142 : normal(r, 110, 8);
    o.namaSuami = pick(r, DEWASA_L);
    out.push(o);
  }
  // 40 adolescents (10–18 years in 2024).
  for (let i = 0; i < 40; i++) {
    const jk = i % 2 === 0 ? "P" : "L";
    const o = base(r, "REMAJA", jk, addDays("2006-02-01", int(r, 0, 8 * 365)), pick(r, jk === "L" ? REMAJA_L : REMAJA_P), 0.38);
    o.zH = normal(r, -0.6, 0.9);
    o.zW = normal(r, -0.2, 1.0);
    o.sis = normal(r, 108, 9);
    o.lila = normal(r, 12.3, 1.1); // Hb baseline for girls
    out.push(o);
  }
  // 45 dewasa (19–59) and 35 lansia (60–85).
  for (let i = 0; i < 80; i++) {
    const lansia = i >= 45;
    const jk = r() < 0.55 ? "P" : "L";
    const lahir = lansia ? addDays("1939-06-01", int(r, 0, 24 * 365)) : addDays("1965-02-01", int(r, 0, 39 * 365));
    const nama = lansia ? pick(r, jk === "L" ? LANSIA_L : LANSIA_P) : pick(r, jk === "L" ? DEWASA_L : DEWASA_P) + pick(r, DUSUN_NAMA_BELAKANG);
    const o = base(r, lansia ? "LANSIA" : "DEWASA", jk, lahir, nama, lansia ? 0.6 : 0.36);
    o.tinggi = round(normal(r, jk === "L" ? 163 : 151, 5.5), 1);
    o.imt = normal(r, lansia ? 22.8 : 24.2, 3.8);
    o.sis = lansia ? normal(r, 138, 19) : normal(r, 122, 14);
    o.gula = r() < 0.1 ? normal(r, 235, 35) : normal(r, 112, 18);
    o.lila = lansia ? normal(r, 24, 2.6) : 0;
    o.merokok = jk === "L" && r() < 0.6;
    out.push(o);
  }
  // Unique, disambiguated names within the posyandu (a real register writes "bin"/"binti" or the RT).
  const seen = new Map<string, number>();
  for (const o of out) {
    const n = (seen.get(o.nama) ?? 0) + 1;
    seen.set(o.nama, n);
    if (n > 1) o.nama = `${o.nama} (RT ${o.rt})`.slice(0, 120);
  }
  return out;
}

// ─── One entry ────────────────────────────────────────────────────────────────────────────────────

interface Layanan { [k: string]: unknown }

function measureAnak(r: Rand, o: Orang, tanggal: string, umur: number): { input: Partial<NilaiInput>; layanan: Layanan } {
  const sex = o.jk === "L" ? 1 : 2;
  const days = dayNumber(tanggal) - dayNumber(o.lahir);
  const berat = days <= 1856 ? who("weianthro", sex, days, o.zW) : who("wfawho2007", sex, Math.min(120, umur), o.zW);
  const panjang = days <= 1856 ? who("lenanthro", sex, days, o.zH) : who("hfawho2007", sex, Math.min(228, umur), o.zH);
  const tinggi = Math.max(o.tinggiTerakhir?.cm ?? 0, round((panjang ?? 0) + normal(r, 0, 0.25), 1));
  const input: Partial<NilaiInput> = {
    beratKg: round(Math.max(1.8, (berat ?? 0) + normal(r, 0, 0.06)), 1),
    tinggiCm: tinggi,
    caraUkur: umur < 24 ? "TELENTANG" : "BERDIRI",
  };
  if (umur < 24) input.lingkarKepalaCm = round(who("hcanthro", sex, days, o.zHc) ?? 40, 1);
  const layanan: Layanan = {};
  const bulan = Number(tanggal.slice(5, 7));
  if (umur < 6) layanan.asiEksklusif = r() < 0.72;
  if ((bulan === 2 || bulan === 8) && umur >= 6 && umur < 60) layanan.vitaminA = r() < 0.93;
  if ((bulan === 2 || bulan === 8) && umur >= 12 && umur < 60) layanan.obatCacing = r() < 0.85;
  const imunisasi = IMUNISASI[umur];
  if (imunisasi && r() < 0.9) layanan.imunisasi = imunisasi;
  if ([3, 6, 9, 12, 18, 24, 36, 48].includes(umur)) layanan.perkembangan = r() < 0.9 ? "SESUAI" : r() < 0.7 ? "MERAGUKAN" : "PENYIMPANGAN";
  if (o.zW < -2) layanan.pmt = true;
  return { input, layanan };
}

/** The national schedule's doses by age in months (Permenkes 12/2017, simplified). */
const IMUNISASI: Record<number, string[]> = {
  0: ["HB0"], 1: ["BCG", "Polio 1"], 2: ["DPT-HB-Hib 1", "Polio 2", "PCV 1"], 3: ["DPT-HB-Hib 2", "Polio 3", "PCV 2"],
  4: ["DPT-HB-Hib 3", "Polio 4", "IPV 1"], 9: ["Campak-Rubela 1", "IPV 2"], 18: ["DPT-HB-Hib lanjutan", "Campak-Rubela 2"],
};

function evolveAnak(r: Rand, o: Orang): void {
  // Weight-for-age drifts; a faltering month drops it (T), sometimes two months running (2T); recovery is slow.
  o.zW += normal(r, 0.015, 0.1);
  if (o.falter > 0) {
    o.zW -= 0.32;
    o.falter -= 1;
  } else if (r() < 0.07) {
    o.falter = r() < 0.35 ? 2 : 1;
  }
  o.zH += normal(r, 0, 0.025);
}

function measureDewasa(r: Rand, o: Orang, tanggal: string, umur: number): { input: Partial<NilaiInput>; layanan: Layanan; skrining: Skrining | undefined } {
  const berat = round(o.imt * (o.tinggi / 100) ** 2 + normal(r, 0, 0.5), 1);
  const sis = Math.round(o.sis + normal(r, 0, 6));
  const input: Partial<NilaiInput> = {
    beratKg: berat, tinggiCm: o.tinggi, sistolik: sis, diastolik: Math.round(sis * 0.6 + normal(r, 6, 5)),
    lingkarPerutCm: round(o.imt * (o.jk === "L" ? 3.55 : 3.45) + normal(r, 0, 2), 1),
  };
  if (r() < 0.25) input.gulaDarah = Math.round(Math.max(60, o.gula + normal(r, 0, 12)));
  if (o.peran === "LANSIA" && r() < 0.5) input.lilaCm = round(o.lila + normal(r, 0, 0.3), 1);
  let skrining: Skrining | undefined;
  if (!o.skriningTahun) {
    o.skriningTahun = true;
    skrining = skriningDemo(r, { lansia: o.peran === "LANSIA", umurTahun: Math.floor(umur / 12), laki: o.jk === "L", merokok: o.merokok, srq: o.peran === "DEWASA" && r() < 0.2 });
  }
  return { input, layanan: {}, skrining };
}

// ─── The whole demo ───────────────────────────────────────────────────────────────────────────────

const SASARAN_COLS = {
  id: "uuid", kabupaten_id: "uuid", desa_id: "uuid", posyandu_id: "uuid", nama: "text", nama_kunci: "text", nik: "text", jenis_kelamin: '"JenisKelamin"',
  tanggal_lahir: "date", dusun_id: "uuid", rt: "text", rw: "text", nama_ibu: "text", nama_suami: "text", is_active: "boolean",
};
const STATUS_COLS = { id: "uuid", sasaran_id: "uuid", status: '"StatusIbu"', mulai: "date", selesai: "date", hpht: "date", hpl: "date", hamil_ke: "smallint" };
const TARGET_COLS = { id: "uuid", posyandu_id: "uuid", tahun: "smallint", kelompok: "text", jumlah: "integer" };
const HARI_COLS = { id: "uuid", kabupaten_id: "uuid", desa_id: "uuid", posyandu_id: "uuid", tanggal: "date", ditutup_at: "timestamptz" };
const PETUGAS_COLS = { id: "uuid", hari_buka_id: "uuid", kader_id: "uuid", nama: "text", peran: "text" };
const ENTRI_COLS = {
  id: "uuid", hari_buka_id: "uuid", sasaran_id: "uuid", kabupaten_id: "uuid", desa_id: "uuid", posyandu_id: "uuid", tanggal: "date",
  kelompok: '"KelompokSasaran"', umur_bulan: "smallint", status_ibu: '"StatusIbu"', berat_kg: "numeric", tinggi_cm: "numeric", cara_ukur: '"CaraUkur"',
  lila_cm: "numeric", lingkar_kepala_cm: "numeric", lingkar_perut_cm: "numeric", sistolik: "smallint", diastolik: "smallint", gula_darah: "smallint", hb: "numeric",
  layanan: "jsonb", skrining: "jsonb", diukur_oleh: '"PetugasUkur"', imt: "numeric", z_bbu: "numeric", z_tbu: "numeric", z_bbtb: "numeric", z_imtu: "numeric",
  naik: "text", dua_t: "boolean", bgm: "boolean", kbm_g: "smallint", berat_lalu_kg: "numeric", hasil: "jsonb", temuan: "jsonb", dirujuk: "boolean", dikonfirmasi: "jsonb",
};


export interface SeedHariPosyanduResult { sasaran: number; hariBuka: number; pemeriksaan: number; ms: number }

/** Seeds the demo year when the demo posyandu have no people yet (idempotent). */
export async function seedHariPosyandu(db: Db, log: (l: string) => void = console.log): Promise<SeedHariPosyanduResult | null> {
  const started = Date.now();
  const posyandu = await db.posyandu.findMany({
    where: { OR: POSYANDU_DEMO.map((p) => ({ nama: p.nama, desa: { kode: p.desaKode } })) },
    select: { id: true, nama: true, desaId: true, dusunId: true, jadwalMingguKe: true, jadwalHari: true, desa: { select: { kabupatenId: true, kode: true } }, kader: { where: { isActive: true }, select: { id: true, nama: true }, orderBy: { nama: "asc" } } },
    orderBy: [{ desa: { kode: "asc" } }, { nama: "asc" }],
  });
  if (posyandu.length === 0) return null;
  if ((await db.sasaran.count({ where: { posyanduId: { in: posyandu.map((p) => p.id) } } })) > 0) return null;
  const ambangOf = new Map<string, Ambang>();
  // The kabupaten's rules as loadAmbang resolves them (that module is server-only; the seed runs outside Next).
  for (const k of new Set(posyandu.map((p) => p.desa.kabupatenId))) {
    const stored = await db.pengaturan.findMany({ where: { kabupatenId: k, kunci: { in: AMBANG_ATURAN.map((a) => a.kunci) } }, select: { kunci: true, nilai: true } });
    ambangOf.set(k, resolveAmbang(Object.fromEntries(stored.map((r) => [r.kunci, r.nilai]))));
  }

  const rows = { sasaran: [] as unknown[][], status: [] as unknown[][], target: [] as unknown[][], hari: [] as unknown[][], petugas: [] as unknown[][], entri: [] as unknown[][] };
  let nikSeq = 0;
  for (const p of posyandu) {
    const r = streamFor(`${p.desa.kode}/${p.nama}`);
    const kab = p.desa.kabupatenId;
    const ambang = ambangOf.get(kab)!;
    const orang = people(r);
    for (const o of orang) {
      if (o.peran !== "ANAK" && r() < 0.3) o.nik = `99${String(++nikSeq).padStart(14, "0")}`;
      rows.sasaran.push([o.id, kab, p.desaId, p.id, o.nama, foldNama(o.nama), o.nik, o.jk, o.lahir, p.dusunId, o.rt, "00" + (1 + (Number(o.rt) % 3)), o.namaIbu ?? null, o.namaSuami ?? null, true]);
      if (o.hamil) {
        const lahirBayi = addDays(o.hamil.hpl, int(r, -10, 7));
        rows.status.push([uuid(r), o.id, "HAMIL", o.hamil.hpht, lahirBayi < "2025-01-01" ? lahirBayi : null, o.hamil.hpht, o.hamil.hpl, o.hamil.hamilKe]);
      }
    }
    // Annual targets (S) from the desa's population estimate: close to, not equal to, the register.
    for (const [kelompok, jumlah] of [["BAYI", 12 + int(r, -1, 2)], ["BALITA", 50 + int(r, -2, 4)], ["HAMIL", 9], ["USIA_SEKOLAH_REMAJA", 44], ["DEWASA", 50], ["LANSIA", 38]] as const) {
      rows.target.push([uuid(r), p.id, TAHUN_DEMO, kelompok, jumlah]);
    }
    const jadwal = { mingguKe: p.jadwalMingguKe ?? 2, hari: p.jadwalHari ?? 2 };
    for (let bulan = 1; bulan <= 12; bulan++) {
      const tanggal = dateInMonth(TAHUN_DEMO, bulan, jadwal);
      const hariId = uuid(r);
      rows.hari.push([hariId, kab, p.desaId, p.id, tanggal, `${tanggal}T06:00:00Z`]);
      const petugas = p.kader.length > 0 ? p.kader.filter((_, i) => (i + bulan) % 2 === 0).slice(0, 4) : [{ id: null, nama: "Kader Kenanga 1" }];
      for (const k of petugas) rows.petugas.push([uuid(r), hariId, k.id, k.nama, "Kader"]);
      rows.petugas.push([uuid(r), hariId, null, p.desa.kode.startsWith("35.") ? "Bidan Desa Klorogan" : "Bidan Desa Banyumeneng", "Bidan desa"]);
      for (const o of orang) {
        if (o.peran === "ANAK") evolveAnak(r, o);
        if (o.lahir > tanggal) continue;
        const hamil = o.hamil && o.hamil.hpht <= tanggal && tanggal < o.hamil.hpl ? o.hamil : null;
        if (o.peran === "BUMIL" && !hamil) continue;
        const umur = umurBulanPada(o.lahir, tanggal);
        if (o.peran === "ANAK" && umur >= 60 && r() < 0.7) continue; // pra-sekolah come less often
        if (r() >= o.hadir * HADIR_BULAN[bulan - 1]) continue;
        const kelompok: Kelompok = kelompokPada(o.lahir, tanggal);
        let m: { input: Partial<NilaiInput>; layanan: Layanan; skrining?: Skrining };
        if (o.peran === "ANAK") m = measureAnak(r, o, tanggal, umur);
        else if (o.peran === "BUMIL") {
          const minggu = (dayNumber(tanggal) - dayNumber(hamil!.hpht)) / 7;
          m = {
            input: { beratKg: round(hamil!.beratAwal + Math.max(0, minggu - 13) * 0.42 + normal(r, 0, 0.4), 1), tinggiCm: o.tinggi, lilaCm: round(o.lila + normal(r, 0, 0.2), 1), sistolik: Math.round(o.sis + normal(r, 0, 5)), diastolik: Math.round(o.sis * 0.62 + normal(r, 3, 4)) },
            layanan: { ttd: r() < 0.85, kelasIbuHamil: r() < 0.3, pmt: o.lila < 23.5 },
          };
        } else if (o.peran === "REMAJA") {
          const sex = o.jk === "L" ? 1 : 2;
          const t = round(who("hfawho2007", sex, Math.min(228, umur), o.zH) ?? 150, 1);
          const bmi = who("bfawho2007", sex, Math.min(228, umur), o.zW) ?? 19;
          const sis = Math.round(o.sis + normal(r, 0, 6));
          m = {
            input: { beratKg: round(bmi * (t / 100) ** 2, 1), tinggiCm: t, lingkarPerutCm: round(bmi * 3.3 + normal(r, 0, 2), 1), sistolik: sis, diastolik: Math.round(sis * 0.6 + normal(r, 4, 4)) },
            layanan: o.jk === "P" && umur >= 144 ? { ttd: r() < 0.6 } : {},
          };
          if (o.jk === "P" && r() < 0.15) m.input.hb = round(o.lila + normal(r, 0, 0.4), 1);
        } else m = measureDewasa(r, o, tanggal, umur);

        const input: NilaiInput = {
          kelompok, umurBulan: umur, jenisKelamin: o.jk, tanggalLahir: o.lahir, tanggal, statusIbu: hamil ? "HAMIL" : null,
          ...m.input, ...(m.skrining ? { skrining: m.skrining } : {}),
        };
        const nilai = nilaiPemeriksaan(input, { timbangan: o.riwayat, tinggiTerakhir: o.tinggiTerakhir }, ambang, computeGrowth);
        if (Object.keys(nilai.galat).length > 0) continue; // a generated value out of the hard limits: that person "did not come"
        if (input.beratKg != null && umur < 60) o.riwayat.push({ tanggal, beratKg: input.beratKg, naik: nilai.naik?.naik ?? null });
        if (input.tinggiCm != null) o.tinggiTerakhir = { tanggal, cm: input.tinggiCm };
        const z = (x: number | null) => (x === null || !Number.isFinite(x) ? null : round(x, 2));
        rows.entri.push([
          uuid(r), hariId, o.id, kab, p.desaId, p.id, tanggal, kelompok, umur, hamil ? "HAMIL" : null,
          input.beratKg ?? null, input.tinggiCm ?? null, input.caraUkur ?? null, input.lilaCm ?? null, input.lingkarKepalaCm ?? null, input.lingkarPerutCm ?? null,
          input.sistolik ?? null, input.diastolik ?? null, input.gulaDarah ?? null, input.hb ?? null,
          JSON.stringify(m.layanan), JSON.stringify(m.skrining ?? {}), r() < 0.85 ? "KADER" : "NAKES",
          nilai.imt === null ? null : round(nilai.imt, 1), z(nilai.z.bbu), z(nilai.z.tbu), z(nilai.z.bbtb), z(nilai.z.imtu),
          nilai.naik?.naik ?? null, nilai.naik?.duaT ?? false, nilai.bgm, nilai.naik?.kbmG ?? null, nilai.naik?.beratLaluKg ?? null,
          JSON.stringify(nilai.hasil), JSON.stringify(nilai.temuan.map((t) => ({ kode: t.kode, label: t.label, rujuk: t.rujuk }))), nilai.dirujuk,
          JSON.stringify(nilai.konfirmasi.map((k) => k.kode)),
        ]);
      }
    }
  }
  const dihitung = Date.now();
  await db.$transaction(async (tx: DbTx) => {
    await insertRows(tx, "sasaran", SASARAN_COLS, rows.sasaran);
    await insertRows(tx, "status_sasaran", STATUS_COLS, rows.status);
    await insertRows(tx, "target_sasaran", TARGET_COLS, rows.target);
    await insertRows(tx, "hari_buka", HARI_COLS, rows.hari);
    await insertRows(tx, "petugas_hari_buka", PETUGAS_COLS, rows.petugas, { updatedAt: false });
    await insertRows(tx, "pemeriksaan", ENTRI_COLS, rows.entri);
  }, { timeout: 60_000 });
  const result = { sasaran: rows.sasaran.length, hariBuka: rows.hari.length, pemeriksaan: rows.entri.length, ms: Date.now() - started };
  log(`Hari posyandu demo ${TAHUN_DEMO}: ${posyandu.length} posyandu, ${result.sasaran} sasaran, ${result.hariBuka} hari buka, ${result.pemeriksaan} pemeriksaan (${(result.ms / 1000).toFixed(1)} detik: ${((dihitung - started) / 1000).toFixed(1)} menghitung, ${((Date.now() - dihitung) / 1000).toFixed(1)} menulis).`);
  return result;
}
