/**
 * A rule's value in words and tables, for the "Ambang & rujukan" page (readable by every role).
 * Pure.
 */
import { INDEX_LABEL } from "../pertumbuhan/messages.ts";
import type { CategoryRule } from "../pertumbuhan/categories.ts";
import {
  FIELD_UKUR,
  FIELD_UKUR_LABEL,
  FIELD_UKUR_SATUAN,
  KELAS_IMT,
  KELAS_TD_DEWASA_LABEL,
  KELOMPOK_HB,
  KELOMPOK_HB_LABEL,
  TABEL_KBM,
  VARIAN_KBM_LABEL,
  type AmbangAks,
  type AmbangBatas,
  type AmbangGds,
  type AmbangHb,
  type AmbangJiwa,
  type AmbangKms,
  type AmbangLingkarPerut,
  type AmbangPlausibilitas,
  type AmbangSkilas,
  type AmbangTdAnak,
  type AmbangTdDewasa,
  type SkemaImt,
  type VarianKbm,
} from "./index.ts";

export interface Tabel {
  judul?: string;
  kolom: string[];
  baris: string[][];
}
export interface Uraian {
  baris: string[];
  tabel: Tabel[];
}

/** 23.5 → "23,5"; −3 → "−3". */
export function angka(n: number): string {
  return String(n).replace(".", ",").replace("-", "−");
}
const z = (n: number) => (n > 0 ? `+${angka(n)}` : angka(n));
/** One below a bound, for whole-number ranges ("120–129"). */
const kurang1 = (n: number) => angka(n - 1);
/** One tenth below a bound ("18,5–22,9"). */
const kurang01 = (n: number) => angka(Math.round((n - 0.1) * 10) / 10);

function rentangZ(r: CategoryRule): string {
  const lo = r.min === null ? null : `${r.minInclusive ? "≥" : ">"} ${z(r.min)}`;
  const hi = r.max === null ? null : `${r.maxInclusive ? "≤" : "<"} ${z(r.max)}`;
  return [lo, hi].filter(Boolean).join(" dan ");
}

export function uraianAturan(kunci: string, nilai: unknown): Uraian {
  switch (kunci) {
    case "ambang.kbm": {
      const v = (nilai as { varian: VarianKbm }).varian;
      return {
        baris: [VARIAN_KBM_LABEL[v], "Umur 0 bulan: tanpa KBM (belum ada timbangan untuk dibandingkan)."],
        tabel: [{ kolom: ["Umur (bulan)", "KBM (gram)"], baris: TABEL_KBM[v].map((r) => [r.dariBulan === r.sampaiBulan ? String(r.dariBulan) : `${r.dariBulan}–${r.sampaiBulan}`, String(r.gram)]) }],
      };
    }
    case "ambang.kms": {
      const v = nilai as AmbangKms;
      return {
        baris: [
          `BGM (bawah garis merah) bila z BB/U < ${z(v.merahZ)} SD: dirujuk.`,
          `Di atas garis oranye bila z BB/U > ${z(v.oranyeZ)} SD: dirujuk.`,
          v.rujukPada === "T" ? "Balita tidak naik (T) dirujuk sejak T pertama; 2T selalu dirujuk." : "Balita tidak naik dirujuk bila 2T (dua bulan berturut-turut); T pertama: konseling.",
        ],
        tabel: [],
      };
    }
    case "ambang.gizi": {
      const rows = nilai as CategoryRule[];
      return {
        baris: ["Kategori menurut z-skor (dibulatkan 2 desimal)."],
        tabel: [{ kolom: ["Indeks", "Umur", "Kategori", "z-skor"], baris: rows.map((r) => [INDEX_LABEL[r.index], r.ageGroup === "WHO2006" ? "0–60 bulan" : "5–18 tahun", r.label, rentangZ(r)]) }],
      };
    }
    case "ambang.kek":
      return { baris: [`Ibu hamil KEK bila LiLA < ${angka((nilai as { lilaCm: number }).lilaCm)} cm: dirujuk (PMT ibu hamil KEK).`], tabel: [] };
    case "ambang.hb": {
      const v = nilai as AmbangHb;
      return {
        baris: [`Dirujuk mulai anemia ${v.rujukMulai.toLowerCase()}.`],
        tabel: [{ kolom: ["Kelompok", "Anemia bila Hb <", "Sedang bila <", "Berat bila <"], baris: KELOMPOK_HB.map((k) => [KELOMPOK_HB_LABEL[k], angka(v.batas[k].anemia), angka(v.batas[k].sedang), angka(v.batas[k].berat)]) }],
      };
    }
    case "ambang.tdAnak": {
      const v = nilai as AmbangTdAnak;
      const td = (b: { sistolik: number; diastolik: number }) => `${b.sistolik}/${b.diastolik}`;
      return {
        baris: [
          `Umur ${v.tabel[0]?.umurTahun ?? "—"}–${v.remajaMulaiTahun - 1} tahun: tekanan darah sama dengan atau di atas batas tabel → evaluasi lanjut, dirujuk.`,
          `Umur ${v.remajaMulaiTahun} tahun ke atas: normal < ${td(v.meningkat)}; meningkat sistolik ${v.meningkat.sistolik}–${kurang1(v.ht1.sistolik)} (pantau tiap bulan); hipertensi derajat 1 ≥ ${td(v.ht1)}; derajat 2 ≥ ${td(v.ht2)}: dirujuk.`,
        ],
        tabel: [{ kolom: ["Umur (tahun)", "Laki-laki (mmHg)", "Perempuan (mmHg)"], baris: v.tabel.map((r) => [String(r.umurTahun), td(r.L), td(r.P)]) }],
      };
    }
    case "ambang.tdDewasa": {
      const v = nilai as AmbangTdDewasa;
      const k = [v.normal, v.normalTinggi, v.ht1, v.ht2, v.ht3];
      const nama = ["NORMAL", "NORMAL_TINGGI", "HT1", "HT2", "HT3"] as const;
      const baris: string[][] = [[KELAS_TD_DEWASA_LABEL.OPTIMAL, `< ${v.normal.sistolik}`, `< ${v.normal.diastolik}`]];
      k.forEach((b, i) => {
        const next = k[i + 1];
        baris.push([KELAS_TD_DEWASA_LABEL[nama[i]], next ? `${b.sistolik}–${kurang1(next.sistolik)}` : `≥ ${b.sistolik}`, next ? `${b.diastolik}–${kurang1(next.diastolik)}` : `≥ ${b.diastolik}`]);
      });
      return {
        baris: [`Kelas = yang tertinggi menurut sistolik atau diastolik. Dirujuk mulai: ${KELAS_TD_DEWASA_LABEL[v.rujukMulai].toLowerCase()}. Sistolik terisolasi: ≥ ${v.ht1.sistolik} dan < ${v.ht1.diastolik}.`],
        tabel: [{ kolom: ["Kelas", "Sistolik (mmHg)", "Diastolik (mmHg)"], baris }],
      };
    }
    case "ambang.imt": {
      const s = (nilai as { skema: SkemaImt }).skema;
      const rows = KELAS_IMT[s];
      return {
        baris: [s === "ASIA_PASIFIK" ? "Skema Asia-Pasifik (Juknis ILP)." : "Skema Depkes/P2PTM (Posbindu)."],
        tabel: [{ kolom: ["Kelas", "IMT (kg/m²)"], baris: rows.map((r, i) => [r.label, r.dari === null ? `< ${angka(rows[i + 1].dari!)}` : rows[i + 1] ? `${angka(r.dari)}–${kurang01(rows[i + 1].dari!)}` : `≥ ${angka(r.dari)}`]) }],
      };
    }
    case "ambang.lingkarPerut": {
      const v = nilai as AmbangLingkarPerut;
      return { baris: [`Obesitas sentral bila lingkar perut > ${angka(v.lakiLakiCm)} cm (laki-laki) atau > ${angka(v.perempuanCm)} cm (perempuan), umur 15 tahun ke atas.`], tabel: [] };
    }
    case "ambang.gds": {
      const v = nilai as AmbangGds;
      return {
        baris: [],
        tabel: [{ kolom: ["Gula darah sewaktu (mg/dL)", "Arti", "Tindak lanjut"], baris: [[`< ${v.periksaUlang}`, "Normal", "Edukasi"], [`${v.periksaUlang}–${v.prediabetes - 1}`, "Normal, periksa ulang", "Edukasi"], [`${v.prediabetes}–${v.diabetes - 1}`, "Prediabetes", "Konseling, periksa ulang 3 bulan"], [`≥ ${v.diabetes}`, "Curiga diabetes", "Dirujuk ke puskesmas"]] }],
      };
    }
    case "ambang.puma":
      return { baris: [`Skor 0–9. Skor ≥ ${(nilai as { rujukMulai: number }).rujukMulai}: risiko PPOK tinggi, dirujuk (spirometri). Untuk umur 40 tahun ke atas.`], tabel: [] };
    case "ambang.jiwa": {
      const v = nilai as AmbangJiwa;
      return {
        baris: [
          v.instrumen === "SRQ20" ? "Instrumen di posyandu: SRQ-20." : "Instrumen di posyandu: 4 butir (PHQ-4).",
          `SRQ-20: dirujuk bila skor ≥ ${v.srqRujukMulai} atau butir 17 (pikiran mengakhiri hidup) dijawab "ya" (segera).`,
          `4 butir: dirujuk bila skor butir 1+2 atau butir 3+4 ≥ ${v.phq4RujukMulai}.`,
        ],
        tabel: [],
      };
    }
    case "ambang.skilas": {
      const v = nilai as AmbangSkilas;
      return { baris: [`Dirujuk bila ${v.rujukMinimalDomain} domain atau lebih positif. Domain malnutrisi positif bila LiLA < ${angka(v.lilaCm)} cm.`], tabel: [] };
    }
    case "ambang.aks": {
      const v = nilai as AmbangAks;
      return {
        baris: ["Selain mandiri: dirujuk ke Pustu/Puskesmas."],
        tabel: [{ kolom: ["Skor", "Tingkat"], baris: [[`${v.mandiri}–20`, "Mandiri (A)"], [`${v.ringan}–${v.mandiri - 1}`, "Ketergantungan ringan (B)"], [`${v.sedang}–${v.ringan - 1}`, "Ketergantungan sedang (B)"], [`${v.berat}–${v.sedang - 1}`, "Ketergantungan berat (C)"], [`0–${v.berat - 1}`, "Ketergantungan total (C)"]] }],
      };
    }
    case "ambang.batas": {
      const v = nilai as AmbangBatas;
      return { baris: ["Nilai di luar rentang ditolak dengan pesan yang menyebut isiannya."], tabel: [{ kolom: ["Ukuran", "Paling kecil", "Paling besar"], baris: FIELD_UKUR.map((f) => [FIELD_UKUR_LABEL[f], `${angka(v[f].min)} ${FIELD_UKUR_SATUAN[f]}`, `${angka(v[f].max)} ${FIELD_UKUR_SATUAN[f]}`]) }] };
    }
    case "ambang.plausibilitas": {
      const v = nilai as AmbangPlausibilitas;
      return {
        baris: [
          v.whoFlag ? "z-skor yang ditandai WHO tidak wajar: diminta konfirmasi." : "Tanda WHO tidak diminta konfirmasi.",
          `Berat balita berubah lebih dari ${angka(v.perubahanBeratBalitaKg)} kg sejak bulan lalu: diminta konfirmasi.`,
          `Tinggi berkurang lebih dari ${angka(v.tinggiSusutCm)} cm dari pengukuran terakhir: diminta konfirmasi.`,
        ],
        tabel: [],
      };
    }
    default:
      return { baris: [], tabel: [] };
  }
}
