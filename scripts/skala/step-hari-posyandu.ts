/**
 * Scale step: five years of monthly posyandu days in Kabupaten Bogor (32.01), the benchmark's big
 * kabupaten (issue 11): every posyandu opens once a month on its own day (≈ 1,700 × 60 ≈ 100,000
 * days), serving about 70 people each over the years (≈ 120,000: balita born before and during the
 * period, pregnant women, adolescents, adults and the elderly), ≈ 2.5 M entries. Children grow along
 * their own WHO z-score path with some stunting, wasting and faltering (T, 2T); attendance dips in
 * some months; the elderly have hypertension and the odd positive PUMA. Every stored result (z-scores,
 * N/T/O/B, classes, findings, referral) is computed by the app's own evaluation
 * (lib/pemeriksaan/nilai.ts with computeGrowth), as the entry route does.
 */
import { computeGrowth } from "../../lib/pertumbuhan/compute.ts";
import { lmsRow } from "../../lib/pertumbuhan/lms.ts";
import { valueAtZ } from "../../lib/pertumbuhan/zscore.ts";
import { formatNumber, todayInJakarta } from "../../lib/i18n/format.ts";
import { AMBANG_BAWAAN } from "../../lib/ambang/index.ts";
import { nilaiPemeriksaan, type NilaiInput } from "../../lib/pemeriksaan/nilai.ts";
import { kelompokPada, umurBulanPada } from "../../lib/sasaran/kelompok.ts";
import type { StatusNaik, Timbangan } from "../../lib/penimbangan/naik.ts";
import { foldNama } from "../../lib/sasaran/nama.ts";
import { insertRows, int, newId, pick, type SkalaContext } from "./context.ts";
import { NAMA_BELAKANG, NAMA_DEPAN } from "./names.ts";

const BOGOR = "32.01";
export const HARI_POSYANDU_BULAN = 60;
const n = formatNumber;

const iso = (d: Date) => d.toISOString().slice(0, 10);
const DAY = 86_400_000;
const addDays = (day: string, days: number) => iso(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY));
const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Standard normal from two uniforms (Box–Muller), on the step's seeded stream. */
function gauss(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

type Jenis = "ANAK" | "HAMIL" | "REMAJA" | "DEWASA" | "LANSIA";

interface Orang {
  id: string;
  jenis: Jenis;
  jk: "L" | "P";
  lahir: string;
  /** First and last month index (0-based in the period) the person comes to this posyandu. */
  dari: number;
  sampai: number;
  hadir: number;
  /** A child's weight and length z-score paths; an adult's usual readings. */
  zw: number;
  zh: number;
  falter: number;
  timbangan: Timbangan[];
  tinggiTerakhir: { tanggal: string; cm: number } | null;
  sistolik: number;
  diastolik: number;
  hpht?: string;
}

const SASARAN_COLS = { id: "uuid", kabupaten_id: "uuid", desa_id: "uuid", posyandu_id: "uuid", nama: "varchar", nama_kunci: "varchar", jenis_kelamin: '"JenisKelamin"', tanggal_lahir: "date", rt: "varchar", rw: "varchar", nama_ibu: "varchar", nama_suami: "varchar" };
const STATUS_COLS = { id: "uuid", sasaran_id: "uuid", status: '"StatusIbu"', mulai: "date", selesai: "date", hpht: "date", hpl: "date", hamil_ke: "smallint" };
const TARGET_COLS = { id: "uuid", posyandu_id: "uuid", tahun: "smallint", kelompok: "varchar", jumlah: "integer" };
const HARI_COLS = { id: "uuid", kabupaten_id: "uuid", desa_id: "uuid", posyandu_id: "uuid", tanggal: "date", ditutup_at: "timestamptz" };
const ENTRY_COLS = {
  id: "uuid", hari_buka_id: "uuid", sasaran_id: "uuid", kabupaten_id: "uuid", desa_id: "uuid", posyandu_id: "uuid", tanggal: "date",
  kelompok: '"KelompokSasaran"', umur_bulan: "smallint", status_ibu: '"StatusIbu"', berat_kg: "numeric", tinggi_cm: "numeric", cara_ukur: '"CaraUkur"',
  lila_cm: "numeric", lingkar_perut_cm: "numeric", sistolik: "smallint", diastolik: "smallint", gula_darah: "smallint", layanan: "jsonb", skrining: "jsonb",
  diukur_oleh: '"PetugasUkur"', imt: "numeric", z_bbu: "numeric", z_tbu: "numeric", z_bbtb: "numeric", z_imtu: "numeric", naik: "varchar", dua_t: "boolean", bgm: "boolean",
  kbm_g: "smallint", berat_lalu_kg: "numeric", hasil: "jsonb", temuan: "jsonb", dirujuk: "boolean", dikonfirmasi: "jsonb",
};

/** The first day of the month `k` months after `start` (YYYY-MM-01). */
function bulanKe(start: string, k: number): string {
  const [y, m] = start.split("-").map(Number);
  const t = y * 12 + (m - 1) + k;
  return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, "0")}-01`;
}

export const hariPosyandu = (ctx: SkalaContext) => hariPosyanduOf(ctx, BOGOR);

/** Five years of posyandu days for every active posyandu of one kabupaten the context holds. */
export async function hariPosyanduOf(ctx: SkalaContext, kabupatenKode: string, today = todayInJakarta(), bulan = HARI_POSYANDU_BULAN): Promise<string> {
  const { rand, tx } = ctx;
  const kab = [...ctx.kabupaten.values()].find((k) => k.kode === kabupatenKode);
  if (!kab) return `hari posyandu: kabupaten ${kabupatenKode} tidak ada, dilewati`;
  const ambang = AMBANG_BAWAAN;
  const start = bulanKe(today.slice(0, 7) + "-01", -bulan);
  const desa = ctx.desa.filter((d) => d.kabupatenId === kab.id);
  let people = 0, days = 0, entries = 0, dirujuk = 0;
  const counts: Record<string, number> = {};
  // Batches of posyandu keep memory bounded (≈ 150,000 entries per insert round).
  let sasaran: unknown[][] = [], status: unknown[][] = [], target: unknown[][] = [], hari: unknown[][] = [], entry: unknown[][] = [];
  const flush = async () => {
    await insertRows(tx, "sasaran", SASARAN_COLS, sasaran);
    await insertRows(tx, "status_sasaran", STATUS_COLS, status);
    await insertRows(tx, "target_sasaran", TARGET_COLS, target);
    await insertRows(tx, "hari_buka", HARI_COLS, hari);
    await insertRows(tx, "pemeriksaan", ENTRY_COLS, entry);
    sasaran = []; status = []; target = []; hari = []; entry = [];
    ctx.log(`    … ${n(people)} sasaran, ${n(entries)} pemeriksaan (N ${n(counts.N ?? 0)}, T ${n(counts.T ?? 0)}, dirujuk ${n(dirujuk)})`);
  };
  // The per-posyandu-month summary's triggers would recompute ~6,600 posyandu-months per batch of
  // entries; off for the bulk insert (inside this transaction only), then one refill statement for the
  // kabupaten (Bogor: 2.3 M entries, ~26 s) and on again, so the summary equals the raw rows.
  await tx.$executeRawUnsafe(`ALTER TABLE pemeriksaan DISABLE TRIGGER ringkasan_posyandu_bulan_tambah`);
  // The coverage denominators summary holds the months the kabupaten's reports asked for: emptied for
  // the kabupaten (its triggers on sasaran/status_sasaran then have no month to recompute during the
  // bulk insert) and filled again by the next report of each month, from the new people.
  await tx.$executeRaw`DELETE FROM penyebut_bulan_terisi WHERE kabupaten_id = ${kab.id}::uuid`;
  await tx.$executeRaw`DELETE FROM penyebut_posyandu_bulan WHERE kabupaten_id = ${kab.id}::uuid`;
  const nama = () => `${pick(rand, NAMA_DEPAN)} ${pick(rand, NAMA_BELAKANG)}`.slice(0, 120);
  for (const d of desa) {
    for (const pos of ctx.posyanduByDesa.get(d.id) ?? []) {
      const orang: Orang[] = [];
      const add = (jenis: Jenis, jk: "L" | "P", lahir: string, dari: number, sampai: number, hadir: number, extra: Partial<Orang> = {}) => {
        const o: Orang = { id: newId(), jenis, jk, lahir, dari, sampai, hadir, zw: -0.4 + gauss(rand), zh: -0.9 + 1.1 * gauss(rand), falter: rand() < 0.12 ? 0.2 : 0.03, timbangan: [], tinggiTerakhir: null, sistolik: 0, diastolik: 0, ...extra };
        orang.push(o);
        const ibu = jenis === "ANAK" ? `${pick(rand, NAMA_DEPAN)} ${pick(rand, NAMA_BELAKANG)}` : null;
        const nm = nama();
        sasaran.push([o.id, kab.id, d.id, pos.id, nm, foldNama(nm), jk, lahir, String(int(rand, 1, 9)).padStart(3, "0"), String(int(rand, 1, 5)).padStart(3, "0"), ibu, jenis === "HAMIL" ? `${pick(rand, NAMA_DEPAN)} ${pick(rand, NAMA_BELAKANG)}` : null]);
        return o;
      };
      // Children under five at the start, then about one birth every three months.
      for (let i = 0; i < 28; i++) {
        const lahir = addDays(start, -int(rand, 0, 59 * 30));
        add("ANAK", rand() < 0.5 ? "L" : "P", lahir, 0, bulan - 1, 0.78 + 0.17 * rand());
      }
      for (let k = 0; k < bulan; k++) if (rand() < 0.27) { const lahir = addDays(bulanKe(start, k), int(rand, 0, 27)); add("ANAK", rand() < 0.5 ? "L" : "P", lahir, k + 1, bulan - 1, 0.78 + 0.17 * rand()); }
      // Pregnancies of about nine months, some two a year.
      for (let i = 0; i < 12; i++) {
        const k0 = int(rand, -6, bulan - 3);
        const hpht = addDays(bulanKe(start, k0), int(rand, 0, 27));
        add("HAMIL", "P", addDays(start, -int(rand, 19 * 365, 38 * 365)), Math.max(0, k0 + 1), Math.min(bulan - 1, k0 + 9), 0.7, { hpht });
      }
      for (let i = 0; i < 10; i++) add("LANSIA", rand() < 0.45 ? "L" : "P", addDays(start, -int(rand, 60 * 365, 82 * 365)), 0, bulan - 1, 0.25 + 0.3 * rand(), { sistolik: 128 + 18 * gauss(rand), diastolik: 80 + 10 * gauss(rand) });
      for (let i = 0; i < 5; i++) add("DEWASA", rand() < 0.4 ? "L" : "P", addDays(start, -int(rand, 25 * 365, 55 * 365)), 0, bulan - 1, 0.15, { sistolik: 120 + 14 * gauss(rand), diastolik: 77 + 9 * gauss(rand) });
      for (let i = 0; i < 3; i++) add("REMAJA", rand() < 0.5 ? "L" : "P", addDays(start, -int(rand, 10 * 365, 13 * 365)), 0, bulan - 1, 0.1, { sistolik: 108 + 10 * gauss(rand), diastolik: 68 + 8 * gauss(rand) });
      for (const o of orang.filter((x) => x.jenis === "HAMIL")) {
        const hpl = addDays(o.hpht!, 280);
        status.push([newId(), o.id, "HAMIL", o.hpht, hpl > today ? null : hpl, o.hpht, hpl, int(rand, 1, 4)]);
      }
      people += orang.length;
      for (let y = Number(start.slice(0, 4)); y <= Number(today.slice(0, 4)); y++) {
        target.push([newId(), pos.id, y, "BALITA", int(rand, 22, 32)], [newId(), pos.id, y, "BAYI", int(rand, 4, 8)], [newId(), pos.id, y, "HAMIL", int(rand, 2, 5)], [newId(), pos.id, y, "LANSIA", int(rand, 9, 14)]);
      }
      const hariKe = int(rand, 3, 26);
      for (let k = 0; k < bulan; k++) {
        const tanggal = addDays(bulanKe(start, k), hariKe - 1);
        if (tanggal > today) break;
        const hbId = newId();
        hari.push([hbId, kab.id, d.id, pos.id, tanggal, new Date(`${tanggal}T08:00:00Z`)]);
        days++;
        // Attendance dips in the rainy months and around Lebaran, and on a few bad days.
        const dip = (Number(tanggal.slice(5, 7)) % 12 <= 1 ? 0.85 : 1) * (rand() < 0.08 ? 0.6 : 1);
        for (const o of orang) {
          if (k < o.dari || k > o.sampai || rand() > o.hadir * dip) continue;
          const umurBulan = umurBulanPada(o.lahir, tanggal);
          if (o.jenis === "ANAK" && umurBulan >= 60) continue;
          const kelompok = kelompokPada(o.lahir, tanggal);
          const input: NilaiInput = { kelompok, umurBulan, jenisKelamin: o.jk, tanggalLahir: o.lahir, tanggal, statusIbu: o.jenis === "HAMIL" ? "HAMIL" : null };
          const days0 = Math.round((Date.parse(tanggal) - Date.parse(o.lahir)) / DAY);
          const sex = o.jk === "L" ? 1 : 2;
          let caraUkur: "TELENTANG" | "BERDIRI" | null = null;
          if (o.jenis === "ANAK") {
            o.zw += 0.03 * gauss(rand) - 0.01 * (o.zw + 0.4);
            o.zh += 0.02 * gauss(rand);
            const w = lmsRow("weianthro", sex, Math.min(days0, 1856))!;
            const h = lmsRow("lenanthro", sex, Math.min(days0, 1856))!;
            const last = o.timbangan.at(-1);
            let berat = valueAtZ(Math.max(-4, Math.min(3, o.zw)), w.l, w.m, w.s);
            // Faltering: last month's weight or a little less (T; twice in a row makes 2T).
            if (last && rand() < o.falter) berat = last.beratKg - 0.1 * rand();
            berat = round(Math.max(1.8, berat), 1);
            const tinggi = round(Math.max(o.tinggiTerakhir?.cm ?? 0, valueAtZ(Math.max(-4, Math.min(3, o.zh)), h.l, h.m, h.s)), 1);
            caraUkur = days0 < 731 ? "TELENTANG" : "BERDIRI";
            Object.assign(input, { beratKg: berat, tinggiCm: tinggi, caraUkur, lilaCm: days0 >= 91 && rand() < 0.5 ? round(Math.max(10, 14.8 + 1.1 * o.zw + 0.3 * gauss(rand)), 1) : null });
          } else if (o.jenis === "HAMIL") {
            Object.assign(input, { beratKg: round(52 + 6 * gauss(rand), 1), lilaCm: round(25 + 2.3 * gauss(rand), 1), sistolik: Math.round(110 + 11 * gauss(rand)), diastolik: Math.round(72 + 8 * gauss(rand)) });
          } else {
            const tb = o.jk === "L" ? 162 : 151;
            Object.assign(input, {
              beratKg: round((o.jk === "L" ? 60 : 54) + 9 * gauss(rand), 1), tinggiCm: round(tb + 5 * gauss(rand) - (o.jenis === "REMAJA" ? 8 : 0), 1),
              lingkarPerutCm: o.jenis === "REMAJA" ? null : round((o.jk === "L" ? 86 : 82) + 9 * gauss(rand), 1),
              sistolik: Math.round(o.sistolik + 8 * gauss(rand)), diastolik: Math.round(o.diastolik + 6 * gauss(rand)),
              gulaDarah: o.jenis !== "REMAJA" && rand() < 0.3 ? Math.round(115 + 35 * Math.abs(gauss(rand))) : null,
            });
            if (o.jenis === "LANSIA" && rand() < 0.2) {
              input.skrining = {
                puma: { merokok: pick(rand, ["TIDAK", "TIDAK", "KURANG_20", "ANTARA_20_30", "LEBIH_30"] as const), napasPendek: rand() < 0.3, dahak: rand() < 0.25, batuk: rand() < 0.3, spirometri: rand() < 0.05 },
                aks: { bab: 2, bak: rand() < 0.1 ? 1 : 2, membersihkanDiri: 1, toilet: 2, makan: 2, berpindah: 3, berjalan: rand() < 0.1 ? 2 : 3, berpakaian: 2, tangga: rand() < 0.15 ? 1 : 2, mandi: 1 },
              };
            }
          }
          const p = nilaiPemeriksaan(input, { timbangan: o.timbangan.slice(-2), tinggiTerakhir: o.tinggiTerakhir }, ambang, computeGrowth);
          if (Object.keys(p.galat).length) continue; // an implausible generated value: not recorded, as the route would refuse it
          if (o.jenis === "ANAK" && input.beratKg) {
            o.timbangan.push({ tanggal, beratKg: input.beratKg, naik: (p.naik?.naik ?? null) as StatusNaik | null });
            if (o.timbangan.length > 3) o.timbangan.shift();
            if (input.tinggiCm) o.tinggiTerakhir = { tanggal, cm: input.tinggiCm };
          }
          const layanan = o.jenis === "ANAK"
            ? { vitaminA: (tanggal.slice(5, 7) === "02" || tanggal.slice(5, 7) === "08") && umurBulan >= 6 ? rand() < 0.9 : undefined, obatCacing: tanggal.slice(5, 7) === "08" && umurBulan >= 12 ? rand() < 0.8 : undefined, asiEksklusif: umurBulan < 6 ? rand() < 0.6 : undefined }
            : o.jenis === "HAMIL" ? { ttd: rand() < 0.85, kelasIbuHamil: rand() < 0.3 } : {};
          entry.push([
            newId(), hbId, o.id, kab.id, d.id, pos.id, tanggal, kelompok, umurBulan, input.statusIbu, input.beratKg ?? null, input.tinggiCm ?? null, caraUkur,
            input.lilaCm ?? null, input.lingkarPerutCm ?? null, input.sistolik ?? null, input.diastolik ?? null, input.gulaDarah ?? null, JSON.stringify(layanan), JSON.stringify(input.skrining ?? {}),
            rand() < 0.85 ? "KADER" : "NAKES", p.imt, p.z.bbu, p.z.tbu, p.z.bbtb, p.z.imtu, p.naik?.naik ?? null, p.naik?.duaT ?? false, p.bgm,
            p.naik?.kbmG ?? null, p.naik?.beratLaluKg ?? null, JSON.stringify(p.hasil), JSON.stringify(p.temuan), p.dirujuk, JSON.stringify(p.konfirmasi.map((c) => c.kode)),
          ]);
          entries++;
          if (p.dirujuk) dirujuk++;
          if (p.naik) counts[p.naik.naik] = (counts[p.naik.naik] ?? 0) + 1;
          if (p.naik?.duaT) counts["2T"] = (counts["2T"] ?? 0) + 1;
        }
      }
      if (entry.length >= 150_000) await flush();
    }
  }
  await flush();
  const t0 = Date.now();
  const [{ isi }] = await tx.$queryRaw<{ isi: number }[]>`SELECT ringkasan_posyandu_bulan_isi(${kab.id}::uuid) AS isi`;
  await tx.$executeRawUnsafe(`ALTER TABLE pemeriksaan ENABLE TRIGGER ringkasan_posyandu_bulan_tambah`);
  ctx.log(`    … ringkasan posyandu-bulan: ${n(isi)} baris (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  return `${n(people)} sasaran, ${n(days)} hari buka, ${n(entries)} pemeriksaan (N ${n(counts.N ?? 0)}, T ${n(counts.T ?? 0)}, 2T ${n(counts["2T"] ?? 0)}, O ${n(counts.O ?? 0)}, B ${n(counts.B ?? 0)}; dirujuk ${n(dirujuk)}) di ${kab.nama}`;
}
