/**
 * AKS (Aktivitas Kehidupan Sehari-hari) / ADL: the modified Barthel index, 10 items, total 0–20.
 * Source: Juknis ILP, ADL form and Skrining Geriatri page (domain-posyandu-day.md §4). The bands are a
 * rule (ambang.aks): 20 mandiri (A), 12–19 ringan, 9–11 sedang (B), 5–8 berat, 0–4 total (C); any
 * dependency → refer to the Pustu or Puskesmas. Pure.
 */
import type { HasilSkrining } from "./hasil.ts";

export const AKS_BUTIR = [
  { kode: "bab", label: "Mengendalikan rangsang buang air besar (BAB)", opsi: ["Tidak terkendali/tak teratur (perlu pencahar)", "Kadang-kadang tak terkendali (1× seminggu)", "Terkendali teratur"] },
  { kode: "bak", label: "Mengendalikan rangsang buang air kecil (BAK)", opsi: ["Tak terkendali atau pakai kateter", "Kadang-kadang tak terkendali (paling banyak 1× per 24 jam)", "Mandiri"] },
  { kode: "membersihkanDiri", label: "Membersihkan diri (mencuci wajah, menyikat rambut, mencukur kumis, sikat gigi)", opsi: ["Butuh pertolongan orang lain", "Mandiri"] },
  { kode: "toilet", label: "Penggunaan WC (keluar masuk WC, melepas/memakai celana, cebok, menyiram)", opsi: ["Tergantung pertolongan orang lain", "Perlu pertolongan pada beberapa kegiatan, tetapi dapat mengerjakan sendiri kegiatan yang lain", "Mandiri"] },
  { kode: "makan", label: "Makan minum (jika makan harus berupa potongan, dianggap dibantu)", opsi: ["Tidak mampu", "Perlu ditolong memotong makanan", "Mandiri"] },
  { kode: "berpindah", label: "Bergerak dari kursi roda ke tempat tidur dan sebaliknya (termasuk duduk di tempat tidur)", opsi: ["Tidak mampu", "Perlu banyak bantuan untuk bisa duduk (2 orang)", "Bantuan minimal 1 orang", "Mandiri"] },
  { kode: "berjalan", label: "Berjalan di tempat rata (atau jika tidak bisa berjalan, menjalankan kursi roda)", opsi: ["Tidak mampu", "Bisa (pindah) dengan kursi roda", "Berjalan dengan bantuan 1 orang", "Mandiri"] },
  { kode: "berpakaian", label: "Berpakaian (termasuk memasang tali sepatu, mengencangkan sabuk)", opsi: ["Tergantung orang lain", "Sebagian dibantu (mis. mengancing baju)", "Mandiri"] },
  { kode: "tangga", label: "Naik turun tangga", opsi: ["Tidak mampu", "Butuh pertolongan", "Mandiri"] },
  { kode: "mandi", label: "Mandi", opsi: ["Tergantung orang lain", "Mandiri"] },
] as const;

export type KodeAks = (typeof AKS_BUTIR)[number]["kode"];

/** The answers: the option index of each item (checked on the server by ZAks, lib/skrining/schemas.ts). */
export type JawabanAks = Record<KodeAks, number>;

export const AKS_MAKS = AKS_BUTIR.reduce((s, b) => s + b.opsi.length - 1, 0); // 20

/** Lower bound of each band (a rule, ambang.aks). */
export interface BatasAks {
  mandiri: number;
  ringan: number;
  sedang: number;
  berat: number;
}

export const AKS_KATEGORI_LABEL = {
  mandiri: "Mandiri (A)",
  ketergantungan_ringan: "Ketergantungan ringan (B)",
  ketergantungan_sedang: "Ketergantungan sedang (B)",
  ketergantungan_berat: "Ketergantungan berat (C)",
  ketergantungan_total: "Ketergantungan total (C)",
} as const;

export function kategoriAks(skor: number, b: BatasAks): keyof typeof AKS_KATEGORI_LABEL {
  if (skor >= b.mandiri) return "mandiri";
  if (skor >= b.ringan) return "ketergantungan_ringan";
  if (skor >= b.sedang) return "ketergantungan_sedang";
  if (skor >= b.berat) return "ketergantungan_berat";
  return "ketergantungan_total";
}

export function skorAks(j: JawabanAks, b: BatasAks): HasilSkrining {
  const skor = AKS_BUTIR.reduce((s, x) => s + j[x.kode], 0);
  const kategori = kategoriAks(skor, b);
  const rujuk = kategori !== "mandiri";
  return { skor, kategori, label: AKS_KATEGORI_LABEL[kategori], rujuk, alasan: rujuk ? `AKS ${skor}/20: ${AKS_KATEGORI_LABEL[kategori].toLowerCase()}; rujuk ke Pustu/Puskesmas` : null };
}
