/**
 * The 4-item PHQ-4-type mental-health screen of the 2025 posyandu (ASIK/CKG-style) forms, selectable
 * instead of SRQ-20 (ambang.jiwa). Items 1+2 (PHQ-2 part) and 3+4 (GAD-2 part), each 0–3; referred
 * when either group is ≥ the cut-off (default 3). Source: domain-posyandu-day.md §5.3 [secondary:
 * public ASIK-style implementation]. Pure.
 */
import type { HasilSkrining } from "./hasil.ts";

export const PHQ4_BUTIR = [
  "Kurang berminat atau bergairah dalam melakukan apapun",
  "Merasa murung, sedih, atau putus asa",
  "Merasa gugup, cemas, atau gelisah",
  "Tidak mampu menghentikan atau mengendalikan rasa khawatir",
] as const;

export const PHQ4_OPSI = ["Tidak sama sekali", "Kurang dari seminggu", "Lebih dari seminggu", "Hampir setiap hari"] as const;

/** The four answers in order, each 0–3 (checked on the server by ZPhq4, lib/skrining/schemas.ts). */
export interface JawabanPhq4 {
  jawaban: number[];
}

export function skorPhq4(j: JawabanPhq4, rujukMulaiKelompok: number): HasilSkrining & { depresi: number; cemas: number } {
  const [a, b, c, d] = j.jawaban;
  const depresi = a + b;
  const cemas = c + d;
  const skor = depresi + cemas;
  const alasan: string[] = [];
  if (depresi >= rujukMulaiKelompok) alasan.push(`gejala depresi ${depresi}`);
  if (cemas >= rujukMulaiKelompok) alasan.push(`gejala cemas ${cemas}`);
  const rujuk = alasan.length > 0;
  return { skor, depresi, cemas, kategori: rujuk ? "positif" : "negatif", label: rujuk ? "Perlu pemeriksaan lanjut" : "Normal", rujuk, alasan: rujuk ? `Skrining jiwa: ${alasan.join(", ")} (batas ${rujukMulaiKelompok}); rujuk ke puskesmas` : null };
}
