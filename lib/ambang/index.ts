/**
 * Every threshold of the posyandu day as a rule (lib/pengaturan): kunci "ambang.*", a label, a zod
 * schema with Bahasa messages, the documented default and its source. A kabupaten's Dinkes admin may
 * store its own value (page /ambang); an entry keeps the results computed under the rules in force
 * when it was recorded. Where domain-posyandu-day.md marks a value [uncertain], the rule is a setting
 * with the documented default. Pure: no database (lib/ambang/queries.ts reads the stored values).
 * Server and /ambang page only: the browser takes the values' shapes and classifiers from nilai.ts.
 */
import { z } from "zod";
import { defineAturan, resolveAturan, type Aturan } from "../pengaturan/aturan.ts";
import { CATEGORY_RULES, type CategoryRule } from "../pertumbuhan/categories.ts";
import { TABEL_KBM, VARIAN_KBM, type VarianKbm } from "./kbm.ts";
import {
  KELAS_TD_DEWASA,
  KELOMPOK_HB,
  SKEMA_IMT,
  TINGKAT_ANEMIA,
  type AmbangGds,
  type AmbangHb,
  type AmbangLingkarPerut,
  type AmbangTdAnak,
  type AmbangTdDewasa,
  type BatasHb,
  type KelompokHb,
  type SkemaImt,
} from "./kelas.ts";

import type { Ambang, AmbangAks, AmbangBatas, AmbangJiwa, AmbangKek, AmbangKms, AmbangPlausibilitas, AmbangPuma, AmbangSkilas } from "./nilai.ts";

export * from "./nilai.ts";

// ── zod helpers with Bahasa messages ──────────────────────────────────────────────────────────────
const angka = (label: string, min: number, max: number) =>
  z.number({ error: `${label} harus berupa angka.` }).min(min, `${label} paling kecil ${min}.`).max(max, `${label} paling besar ${max}.`);
const bulat = (label: string, min: number, max: number) => angka(label, min, max).int(`${label} harus bilangan bulat.`);
const td = (label: string) => z.object({ sistolik: bulat(`${label} sistolik`, 60, 250), diastolik: bulat(`${label} diastolik`, 30, 150) });

// ── The rules ─────────────────────────────────────────────────────────────────────────────────────
const SUMBER_KIA = "Buku KIA 2023 (halaman KMS, hlm. 54); domain-posyandu-day.md §1";

export const ATURAN_KBM = defineAturan<{ varian: VarianKbm }>({
  kunci: "ambang.kbm",
  label: "Kenaikan berat badan minimal (KBM) balita",
  schema: z.object({ varian: z.enum(VARIAN_KBM, { error: "Pilih varian tabel KBM: A atau B." }) }),
  bawaan: { varian: "A" },
  sumber:
    "Buku KIA 2023, baris KBM di KMS: 800, 900, 800, 600, 500, 400, 300, 200 g [pasti]. Bulan ke-7 dan ke-11 [belum pasti]: varian A (bawaan; dua salinan independen Buku KIA) 7 bln = 300 g, 11 bln = 200 g; varian B (tata letak KMS lama, era Permenkes 155/2010) 7 bln = 400 g, 11 bln = 300 g. Bulan ke-0 tanpa KBM. Urutan keputusan: pertama kali ditimbang → B; tidak ditimbang bulan lalu → O; naik ≥ KBM → N; selain itu → T (domain-posyandu-day.md §1.2–1.3). Cocokkan dengan Buku KIA edisi yang dipakai.",
});

export const ATURAN_KMS = defineAturan<AmbangKms>({
  kunci: "ambang.kms",
  label: "Garis merah (BGM), garis oranye dan rujukan T",
  schema: z
    .object({
      merahZ: angka("Batas garis merah (z BB/U)", -5, 0),
      oranyeZ: angka("Batas garis oranye (z BB/U)", 0, 5),
      rujukPada: z.enum(["T", "DUA_T"], { error: "Pilih kapan balita tidak naik dirujuk: T pertama atau 2T." }),
    }),
  bawaan: { merahZ: -3, oranyeZ: 1, rujukPada: "T" },
  sumber:
    "Buku KIA 2023: rujuk bila tidak naik (T), di bawah garis merah, atau di atas garis oranye [pasti]; praktik lama merujuk pada 2T (domain.md §6.1). Pada KMS berbasis Permenkes 2/2020 garis merah ≈ BB/U −3 SD dan garis oranye ≈ +1 SD [belum pasti: Juknis Penggunaan KMS Balita 2021 belum dapat dicocokkan]; aplikasi publik menghitung BGM sebagai z BB/U < −3 (domain-posyandu-day.md §1.1, §1.3).",
});

const ZCategoryRule = z.object({
  index: z.enum(["bbu", "tbu", "bbtb", "imtu", "lku", "lilau"]),
  ageGroup: z.enum(["WHO2006", "WHO2007"]),
  min: angka("Batas bawah z", -10, 10).nullable(),
  minInclusive: z.boolean(),
  max: angka("Batas atas z", -10, 10).nullable(),
  maxInclusive: z.boolean(),
  code: z.string().min(1).max(60),
  label: z.string().min(1, "Nama kategori wajib diisi.").max(80, "Nama kategori paling panjang 80 huruf."),
  colour: z.enum(["danger", "warning", "ok", "info"]),
  source: z.enum(["Permenkes 2/2020", "reconstructed"]),
});

export const ZGizi = z
  .array(ZCategoryRule)
  .min(1, "Tabel kategori gizi tidak boleh kosong.")
  .superRefine((rows, ctx) => {
    rows.forEach((r, i) => {
      if (r.min !== null && r.max !== null && r.min >= r.max) ctx.addIssue({ code: "custom", path: [i, "max"], message: `${r.label}: batas atas harus lebih besar dari batas bawah.` });
    });
    // Adjacent categories of one index must meet without a gap or overlap.
    const groups = new Map<string, typeof rows>();
    for (const r of rows) {
      const k = `${r.ageGroup}.${r.index}`;
      groups.set(k, [...(groups.get(k) ?? []), r]);
    }
    for (const g of groups.values()) {
      for (let i = 1; i < g.length; i++) {
        const a = g[i - 1];
        const b = g[i];
        if (a.max === null || b.min === null || a.max !== b.min || a.maxInclusive === b.minInclusive) {
          ctx.addIssue({ code: "custom", path: [rows.indexOf(b), "min"], message: `${b.label}: batas bawah harus sama dengan batas atas "${a.label}" (${a.max ?? "—"}).` });
        }
      }
    }
  });

export const ATURAN_GIZI = defineAturan<CategoryRule[]>({
  kunci: "ambang.gizi",
  label: "Kategori status gizi anak (z-skor)",
  schema: ZGizi as unknown as z.ZodType<CategoryRule[]>,
  // The shared table itself, so that categorize() keeps its fast path while the default applies.
  bawaan: CATEGORY_RULES as CategoryRule[],
  sumber:
    "Permenkes RI No. 2 Tahun 2020 tentang Standar Antropometri Anak (standar WHO 2006 untuk 0–60 bulan, referensi WHO 2007 untuk 5–18 tahun); LK/U dan LiLA/U [rekonstruksi]: ±2 SD seperti grafik Buku KIA (domain.md §6.3).",
});

export const ATURAN_KEK = defineAturan<AmbangKek>({
  kunci: "ambang.kek",
  label: "Kurang energi kronis (KEK) ibu hamil: LiLA",
  schema: z.object({ lilaCm: angka("Batas LiLA KEK", 15, 35) }),
  bawaan: { lilaCm: 23.5 },
  sumber: "Juknis ILP (KMK HK.01.07/MENKES/2015/2023), PMT ibu hamil KEK: LiLA < 23,5 cm = KEK, dapat MT 500 kkal/hari minimal 90 hari [pasti] (domain-posyandu-day.md §7.3; domain.md §6.4).",
});

const ZBatasHb = z
  .object({ anemia: angka("Batas anemia (Hb)", 5, 20), sedang: angka("Batas anemia sedang (Hb)", 3, 20), berat: angka("Batas anemia berat (Hb)", 2, 20) })
  .refine((b) => b.anemia > b.sedang && b.sedang > b.berat, { message: "Batas harus menurun: anemia > sedang > berat.", path: ["sedang"] }) satisfies z.ZodType<BatasHb>;

export const ATURAN_HB = defineAturan<AmbangHb>({
  kunci: "ambang.hb",
  label: "Anemia menurut kadar Hb (g/dL)",
  schema: z.object({
    batas: z.object(Object.fromEntries(KELOMPOK_HB.map((k) => [k, ZBatasHb])) as Record<KelompokHb, typeof ZBatasHb>),
    rujukMulai: z.enum(TINGKAT_ANEMIA, { error: "Pilih tingkat anemia yang dirujuk." }),
  }),
  bawaan: {
    batas: {
      ANAK_6_59_BULAN: { anemia: 11, sedang: 10, berat: 7 },
      ANAK_5_11_TAHUN: { anemia: 11.5, sedang: 11, berat: 8 },
      ANAK_12_14_TAHUN: { anemia: 12, sedang: 11, berat: 8 },
      PEREMPUAN: { anemia: 12, sedang: 11, berat: 8 },
      HAMIL: { anemia: 11, sedang: 10, berat: 7 },
      LAKI_LAKI: { anemia: 13, sedang: 11, berat: 8 },
    },
    rujukMulai: "RINGAN",
  },
  sumber:
    "WHO 2011 (Haemoglobin concentrations for the diagnosis of anaemia), dipakai Kemenkes 2016: anemia bila Hb < 11 (6–59 bln, ibu hamil), < 11,5 (5–11 th), < 12 (12–14 th, perempuan ≥ 15 th), < 13 (laki-laki ≥ 15 th); ringan/sedang/berat menurut tabel WHO yang sama (domain.md §6.4). Merujuk setiap anemia [turunan]: Hb diperiksa nakes, tindak lanjut di Pustu/Puskesmas.",
});

export const ATURAN_TD_ANAK = defineAturan<AmbangTdAnak>({
  kunci: "ambang.tdAnak",
  label: "Tekanan darah anak usia sekolah & remaja",
  schema: z.object({
    tabel: z
      .array(z.object({ umurTahun: bulat("Umur", 3, 18), L: td("Batas laki-laki"), P: td("Batas perempuan") }))
      .min(1, "Tabel tekanan darah anak tidak boleh kosong."),
    remajaMulaiTahun: bulat("Umur mulai klasifikasi remaja", 10, 18),
    meningkat: td("Batas meningkat"),
    ht1: td("Batas hipertensi derajat 1"),
    ht2: td("Batas hipertensi derajat 2"),
  }),
  bawaan: {
    tabel: [
      { umurTahun: 7, L: { sistolik: 106, diastolik: 68 }, P: { sistolik: 106, diastolik: 68 } },
      { umurTahun: 8, L: { sistolik: 107, diastolik: 69 }, P: { sistolik: 107, diastolik: 69 } },
      { umurTahun: 9, L: { sistolik: 107, diastolik: 70 }, P: { sistolik: 108, diastolik: 71 } },
      { umurTahun: 10, L: { sistolik: 108, diastolik: 72 }, P: { sistolik: 109, diastolik: 72 } },
      { umurTahun: 11, L: { sistolik: 110, diastolik: 74 }, P: { sistolik: 111, diastolik: 74 } },
      { umurTahun: 12, L: { sistolik: 113, diastolik: 75 }, P: { sistolik: 114, diastolik: 75 } },
    ],
    remajaMulaiTahun: 13,
    meningkat: { sistolik: 120, diastolik: 80 },
    ht1: { sistolik: 130, diastolik: 80 },
    ht2: { sistolik: 140, diastolik: 90 },
  },
  sumber:
    "Juknis ILP, skrining hipertensi usia sekolah & remaja: tabel AAP 2017 yang disederhanakan (7–12 tahun; nilai ≥ batas perlu evaluasi lanjut → rujuk); ≥ 13 tahun: normal < 120/80, meningkat 120–129/< 80 (pantau tiap bulan), hipertensi derajat 1 130–139/80–89, derajat 2 ≥ 140/90 → rujuk ke fasyankes (domain-posyandu-day.md §6.1).",
});

export const ATURAN_TD_DEWASA = defineAturan<AmbangTdDewasa>({
  kunci: "ambang.tdDewasa",
  label: "Tekanan darah dewasa, lansia dan ibu hamil",
  schema: z
    .object({
      normal: td("Batas normal"),
      normalTinggi: td("Batas normal tinggi"),
      ht1: td("Batas hipertensi derajat 1"),
      ht2: td("Batas hipertensi derajat 2"),
      ht3: td("Batas hipertensi derajat 3"),
      rujukMulai: z.enum(KELAS_TD_DEWASA, { error: "Pilih kelas tekanan darah yang dirujuk." }),
    })
    .refine((a) => [a.normal, a.normalTinggi, a.ht1, a.ht2, a.ht3].every((b, i, all) => i === 0 || (b.sistolik > all[i - 1].sistolik && b.diastolik > all[i - 1].diastolik)), {
      message: "Batas tiap kelas harus lebih tinggi dari kelas di bawahnya.",
      path: ["normalTinggi"],
    }),
  bawaan: {
    normal: { sistolik: 120, diastolik: 80 },
    normalTinggi: { sistolik: 130, diastolik: 85 },
    ht1: { sistolik: 140, diastolik: 90 },
    ht2: { sistolik: 160, diastolik: 100 },
    ht3: { sistolik: 180, diastolik: 110 },
    rujukMulai: "HT1",
  },
  sumber:
    "Juknis ILP klaster 3, skrining hipertensi (usia ≥ 15 th; InaSH): optimal < 120/80, normal 120–129/80–84, normal tinggi 130–139/85–89 (pantau tiap bulan), hipertensi derajat 1 140–159/90–99, derajat 2 160–179/100–109, derajat 3 ≥ 180/110; sistolik terisolasi ≥ 140/< 90. Tanda hipertensi (≥ 140/90) → rujuk ke puskesmas (domain-posyandu-day.md §6.2; domain.md §6.4).",
});

export const ATURAN_IMT = defineAturan<{ skema: SkemaImt }>({
  kunci: "ambang.imt",
  label: "Klasifikasi IMT dewasa",
  schema: z.object({ skema: z.enum(SKEMA_IMT, { error: "Pilih skema IMT." }) }),
  bawaan: { skema: "ASIA_PASIFIK" },
  sumber:
    "Bawaan: Juknis ILP skrining obesitas, kelas Asia-Pasifik (WHO 2000): < 18,5 kurang; 18,5–22,9 normal; 23–24,9 lebih; 25–29,9 obesitas I; ≥ 30 obesitas II. Pilihan: Depkes/P2PTM (Posbindu): < 17,0; 17,0–18,4; 18,5–25,0 normal; 25,1–27,0 gemuk; > 27,0 obesitas [sumber berbeda: dapat dipilih] (domain-posyandu-day.md §6.2; domain.md §6.4).",
});

export const ATURAN_LINGKAR_PERUT = defineAturan<AmbangLingkarPerut>({
  kunci: "ambang.lingkarPerut",
  label: "Obesitas sentral: lingkar perut",
  schema: z.object({ lakiLakiCm: angka("Batas lingkar perut laki-laki", 50, 150), perempuanCm: angka("Batas lingkar perut perempuan", 50, 150) }),
  bawaan: { lakiLakiCm: 90, perempuanCm: 80 },
  sumber: "Juknis ILP klaster 3, skrining obesitas (The Asia-Pacific Perspective, WHO 2000; usia ≥ 15 th): obesitas sentral bila > 90 cm (laki-laki), > 80 cm (perempuan) (domain-posyandu-day.md §6.2).",
});

export const ATURAN_GDS = defineAturan<AmbangGds>({
  kunci: "ambang.gds",
  label: "Gula darah sewaktu (mg/dL)",
  schema: z
    .object({ periksaUlang: bulat("Batas periksa ulang", 50, 200), prediabetes: bulat("Batas prediabetes", 80, 300), diabetes: bulat("Batas diabetes", 100, 400) })
    .refine((a) => a.periksaUlang < a.prediabetes && a.prediabetes < a.diabetes, { message: "Batas harus naik: periksa ulang < prediabetes < diabetes.", path: ["prediabetes"] }),
  bawaan: { periksaUlang: 100, prediabetes: 140, diabetes: 200 },
  sumber:
    "Juknis ILP klaster 3, skrining DM (glukometer): sewaktu ≥ 200 = diabetes → rujuk ke puskesmas; 140–199 = prediabetes → konseling, periksa ulang 3 bulan; < 100 normal. 100–139 tidak diatur: dianggap normal, periksa ulang [turunan] (domain-posyandu-day.md §6.2).",
});

export const ATURAN_PUMA = defineAturan<AmbangPuma>({
  kunci: "ambang.puma",
  label: "Kuesioner PUMA (risiko PPOK): batas rujuk",
  schema: z.object({ rujukMulai: bulat("Skor PUMA batas rujuk", 1, 9) }),
  bawaan: { rujukMulai: 6 },
  sumber:
    "Juknis ILP Formulir 4 (Kuesioner PUMA), usia ≥ 40 th: skor < 6 risiko rendah, ≥ 6 risiko tinggi → spirometri/rujuk ke FKRTL [pasti]. Sebagian formulir memakai > 6 (isi 7) atau > 7 [belum pasti: tanyakan yang dipakai puskesmas di ASIK] (domain-posyandu-day.md §2).",
});

export const ATURAN_JIWA = defineAturan<AmbangJiwa>({
  kunci: "ambang.jiwa",
  label: "Skrining kesehatan jiwa dewasa",
  schema: z.object({
    instrumen: z.enum(["SRQ20", "PHQ4"], { error: "Pilih instrumen: SRQ-20 atau 4 butir (PHQ-4)." }),
    srqRujukMulai: bulat("Skor SRQ-20 batas rujuk", 1, 20),
    phq4RujukMulai: bulat("Skor kelompok PHQ-4 batas rujuk", 1, 6),
  }),
  bawaan: { instrumen: "SRQ20", srqRujukMulai: 6, phq4RujukMulai: 3 },
  sumber:
    "Juknis ILP, Skrining Jiwa dan Formulir 6: SRQ-20, skor ≥ 6 atau butir 17 \"ya\" (pikiran mengakhiri hidup) → rujuk ke puskesmas [pasti]. Formulir posyandu ASIK/CKG 2025 memakai 4 butir (PHQ-4): rujuk bila salah satu kelompok ≥ 3 [sekunder]. Instrumen yang dipakai kabupaten [belum pasti] (domain-posyandu-day.md §5).",
});

export const ATURAN_SKILAS = defineAturan<AmbangSkilas>({
  kunci: "ambang.skilas",
  label: "SKILAS (skrining lansia sederhana)",
  schema: z.object({ lilaCm: angka("Batas LiLA lansia", 15, 30), rujukMinimalDomain: bulat("Jumlah domain positif untuk dirujuk", 1, 6) }),
  bawaan: { lilaCm: 21, rujukMinimalDomain: 1 },
  sumber:
    "Juknis ILP Formulir 5 (SKILAS), usia ≥ 60 th: 6 domain (kognitif, mobilitas, malnutrisi termasuk LiLA < 21 cm, penglihatan, pendengaran, gejala depresi); satu atau lebih domain positif → pemeriksaan lanjut di Pustu/Puskesmas [pasti] (domain-posyandu-day.md §3).",
});

export const ATURAN_AKS = defineAturan<AmbangAks>({
  kunci: "ambang.aks",
  label: "AKS (indeks Barthel modifikasi): tingkat ketergantungan",
  schema: z
    .object({ mandiri: bulat("Skor mandiri", 1, 20), ringan: bulat("Skor ketergantungan ringan", 1, 20), sedang: bulat("Skor ketergantungan sedang", 1, 20), berat: bulat("Skor ketergantungan berat", 1, 20) })
    .refine((a) => a.mandiri > a.ringan && a.ringan > a.sedang && a.sedang > a.berat, { message: "Batas harus menurun: mandiri > ringan > sedang > berat.", path: ["ringan"] }),
  bawaan: { mandiri: 20, ringan: 12, sedang: 9, berat: 5 },
  sumber:
    "Juknis ILP, formulir ADL dan Skrining Geriatri: skor 20 mandiri (A); 12–19 ringan, 9–11 sedang (B); 5–8 berat, 0–4 total (C). Selain mandiri → rujuk ke Pustu/Puskesmas [pasti] (domain-posyandu-day.md §4).",
});

const rentang = (label: string, lo: number, hi: number) =>
  z.object({ min: angka(`${label} minimum`, lo, hi), max: angka(`${label} maksimum`, lo, hi) }).refine((r) => r.min < r.max, { message: `${label}: minimum harus lebih kecil dari maksimum.`, path: ["max"] });

export const ATURAN_BATAS = defineAturan<AmbangBatas>({
  kunci: "ambang.batas",
  label: "Batas nilai yang ditolak",
  schema: z.object({
    beratKg: rentang("Berat badan", 0.1, 400),
    tinggiCm: rentang("Panjang/tinggi badan", 10, 260),
    lilaCm: rentang("LiLA", 3, 80),
    lingkarKepalaCm: rentang("Lingkar kepala", 10, 80),
    lingkarPerutCm: rentang("Lingkar perut", 10, 300),
    sistolik: rentang("Sistolik", 20, 350),
    diastolik: rentang("Diastolik", 10, 250),
    gulaDarah: rentang("Gula darah", 10, 1000),
    hb: rentang("Hb", 1, 30),
  }),
  bawaan: {
    beratKg: { min: 0.5, max: 250 },
    tinggiCm: { min: 30, max: 230 },
    lilaCm: { min: 5, max: 60 },
    lingkarKepalaCm: { min: 20, max: 70 },
    lingkarPerutCm: { min: 30, max: 250 },
    sistolik: { min: 50, max: 300 },
    diastolik: { min: 20, max: 200 },
    gulaDarah: { min: 20, max: 800 },
    hb: { min: 2, max: 25 },
  },
  sumber:
    "Rekonstruksi Pantau ILP: di luar rentang ini nilai pasti salah ketik (mis. berat 0 atau 300 kg, tinggi 5 cm; issue 11) dan ditolak, bukan diminta konfirmasi. Rentang mengikuti batas alat posyandu (timbangan, infantometer/stadiometer, pita LiLA, tensimeter digital, glukometer 20–600 mg/dL, Hb meter) dengan ruang untuk nilai ekstrem yang masih mungkin.",
});

export const ATURAN_PLAUSIBILITAS = defineAturan<AmbangPlausibilitas>({
  kunci: "ambang.plausibilitas",
  label: "Nilai janggal yang diminta konfirmasi",
  schema: z.object({
    whoFlag: z.boolean({ error: "Pilih ya atau tidak." }),
    perubahanBeratBalitaKg: angka("Perubahan berat balita sebulan", 0.3, 5),
    tinggiSusutCm: angka("Toleransi tinggi berkurang", 0, 5),
  }),
  bawaan: { whoFlag: true, perubahanBeratBalitaKg: 1.5, tinggiSusutCm: 1 },
  sumber:
    "Issue 11: nilai janggal ditanyakan, tidak disimpan diam-diam. Tanda WHO (flag anthro: mis. z BB/U < −6 atau > 5; Permenkes 2/2020 memakai standar WHO 2006); perubahan berat balita > 1,5 kg dalam sebulan; tinggi berkurang lebih dari 1 cm dari pengukuran terakhir [rekonstruksi: galat ukur dan selisih 0,7 cm telentang/berdiri].",
});

export interface GrupAmbang {
  kode: "anak" | "ibu_hamil" | "remaja" | "dewasa_lansia" | "kuesioner" | "plausibilitas";
  label: string;
  aturan: readonly Aturan<any>[];
}

/** The rules grouped, in display order. */
export const AMBANG_GRUP: readonly GrupAmbang[] = [
  { kode: "anak", label: "Bayi & balita", aturan: [ATURAN_KBM, ATURAN_KMS, ATURAN_GIZI] },
  { kode: "ibu_hamil", label: "Ibu hamil & anemia", aturan: [ATURAN_KEK, ATURAN_HB] },
  { kode: "remaja", label: "Usia sekolah & remaja", aturan: [ATURAN_TD_ANAK] },
  { kode: "dewasa_lansia", label: "Dewasa & lansia", aturan: [ATURAN_TD_DEWASA, ATURAN_IMT, ATURAN_LINGKAR_PERUT, ATURAN_GDS] },
  { kode: "kuesioner", label: "Kuesioner skrining", aturan: [ATURAN_PUMA, ATURAN_JIWA, ATURAN_SKILAS, ATURAN_AKS] },
  { kode: "plausibilitas", label: "Nilai ditolak & nilai janggal", aturan: [ATURAN_BATAS, ATURAN_PLAUSIBILITAS] },
];

export const AMBANG_ATURAN: readonly Aturan<any>[] = AMBANG_GRUP.flatMap((g) => g.aturan);

export function aturanAmbang(kunci: string): Aturan<any> | null {
  return AMBANG_ATURAN.find((a) => a.kunci === kunci) ?? null;
}

function pick<T>(stored: Readonly<Record<string, unknown>>, a: Aturan<T>): T {
  return resolveAturan(a, stored[a.kunci]).nilai;
}

/** The thresholds from stored values (kunci → value); each rule falls back to its default on its own. */
export function resolveAmbang(stored: Readonly<Record<string, unknown>>): Ambang {
  const kbmVarian = pick(stored, ATURAN_KBM).varian;
  return {
    kbm: TABEL_KBM[kbmVarian],
    kbmVarian,
    kms: pick(stored, ATURAN_KMS),
    gizi: pick(stored, ATURAN_GIZI),
    kek: pick(stored, ATURAN_KEK),
    hb: pick(stored, ATURAN_HB),
    tdAnak: pick(stored, ATURAN_TD_ANAK),
    tdDewasa: pick(stored, ATURAN_TD_DEWASA),
    imtSkema: pick(stored, ATURAN_IMT).skema,
    lingkarPerut: pick(stored, ATURAN_LINGKAR_PERUT),
    gds: pick(stored, ATURAN_GDS),
    puma: pick(stored, ATURAN_PUMA),
    jiwa: pick(stored, ATURAN_JIWA),
    skilas: pick(stored, ATURAN_SKILAS),
    aks: pick(stored, ATURAN_AKS),
    batas: pick(stored, ATURAN_BATAS),
    plausibilitas: pick(stored, ATURAN_PLAUSIBILITAS),
  };
}

export const AMBANG_BAWAAN: Ambang = resolveAmbang({});
