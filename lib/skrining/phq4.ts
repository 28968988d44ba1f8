/**
 * The 4-item PHQ-4-type mental-health screen of the 2025 posyandu (ASIK/CKG-style) forms, selectable
 * instead of SRQ-20 (ambang.jiwa). Items 1+2 (PHQ-2 part) and 3+4 (GAD-2 part), each 0–3; referred
 * when either group is ≥ the cut-off (default 3). Source: domain-posyandu-day.md §5.3 [secondary:
 * public ASIK-style implementation]. Pure.
 */
import { z } from "zod";
import type { HasilSkrining } from "./hasil.ts";

export const PHQ4_BUTIR = [
  "Kurang berminat atau bergairah dalam melakukan apapun",
  "Merasa murung, sedih, atau putus asa",
  "Merasa gugup, cemas, atau gelisah",
  "Tidak mampu menghentikan atau mengendalikan rasa khawatir",
] as const;

export const PHQ4_OPSI = ["Tidak sama sekali", "Kurang dari seminggu", "Lebih dari seminggu", "Hampir setiap hari"] as const;

const item = z.number({ error: "Setiap butir: pilih salah satu jawaban." }).int("Setiap butir: pilih salah satu jawaban.").min(0, "Nilai butir paling kecil 0.").max(3, "Nilai butir paling besar 3.");

export const ZPhq4 = z.object({ jawaban: z.array(item, { error: "Jawaban skrining jiwa belum diisi." }).length(4, "Keempat butir harus dijawab.") });
export type JawabanPhq4 = z.infer<typeof ZPhq4>;

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
