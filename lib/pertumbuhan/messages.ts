/** Bahasa Indonesia messages of the growth library, in one place. */

/** 110.2 -> "110,2" (one decimal, decimal comma). */
export function cm1(x: number): string {
  return (Math.round(x * 10) / 10).toFixed(1).replace(".", ",");
}

export const PESAN = {
  sexMissing: "Jenis kelamin tidak diketahui.",
  sexRequired: "Jenis kelamin wajib diisi (laki-laki atau perempuan).",
  ageMissing: "Umur tidak diketahui.",
  ageRequired: "Umur wajib diisi: tanggal lahir dan tanggal pengukuran, atau umur dalam hari.",
  ageOver19: "Umur 19 tahun atau lebih (≥ 229 bulan): di luar rujukan WHO.",
  weightMissing: "Berat badan tidak diisi.",
  lenheiMissing: "Panjang/tinggi badan tidak diisi.",
  weightLenheiMissing: "Perlu berat badan dan panjang/tinggi badan.",
  headMissing: "Lingkar kepala tidak diisi.",
  muacMissing: "LiLA tidak diisi.",
  weightNotPositive: "Berat badan harus lebih dari 0 kg.",
  lenheiNotPositive: "Panjang/tinggi badan harus lebih dari 0 cm.",
  headNotPositive: "Lingkar kepala harus lebih dari 0 cm.",
  muacNotPositive: "LiLA harus lebih dari 0 cm.",
  measureInvalid: "Cara ukur harus l (berbaring/panjang badan) atau h (berdiri/tinggi badan).",
  oedema: "Tidak dihitung karena ada edema.",
  bbuOver10: "BB/U hanya sampai umur 10 tahun (< 121 bulan, WHO 2007); gunakan IMT/U.",
  bbtbOver5: "BB/PB dan BB/TB hanya untuk umur 0–60 bulan.",
  lkuOver5: "LK/U hanya untuk umur 0–60 bulan.",
  lilauOver5: "LiLA/U hanya untuk umur 3–60 bulan.",
  lilauUnder3m: "LiLA/U baru dihitung mulai umur 3 bulan (91 hari).",
  standingUnder9m:
    "Anak di bawah 9 bulan diukur berdiri: WHO menganggap cara ukur ini tidak wajar, sehingga tidak ada koreksi 0,7 cm (sebaiknya ukur panjang badan sambil berbaring).",
  lyingOver5:
    "Di atas 5 tahun rujukan WHO 2007 memakai tinggi badan berdiri apa adanya; hasil ukur berbaring tidak dikoreksi.",
  wflOutOfRange: (cm: number, corrected: number): string =>
    `Panjang badan ${cm1(cm)} cm${correctionText(corrected)} di luar tabel BB/PB (45–110 cm).`,
  wfhOutOfRange: (cm: number, corrected: number): string =>
    `Tinggi badan ${cm1(cm)} cm${correctionText(corrected)} di luar tabel BB/TB (65–120 cm).`,
  lenheiOutOfAnyTable: (cm: number): string =>
    `Panjang/tinggi badan ${cm1(cm)} cm di luar tabel BB/PB dan BB/TB (45–120 cm).`,
  flagged: (index: string): string => `Z-score ${index} di luar batas wajar WHO: periksa ulang pengukuran.`,
} as const;

function correctionText(corrected: number): string {
  if (corrected > 0) return " (setelah koreksi +0,7 cm)";
  if (corrected < 0) return " (setelah koreksi −0,7 cm)";
  return "";
}

/** Short Indonesian names of the indices, for messages and column headings. */
export const INDEX_LABEL = {
  bbu: "BB/U",
  tbu: "PB/U atau TB/U",
  bbtb: "BB/PB atau BB/TB",
  imtu: "IMT/U",
  lku: "LK/U",
  lilau: "LiLA/U",
} as const;
