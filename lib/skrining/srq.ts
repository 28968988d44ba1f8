/**
 * SRQ-20 (Self Reporting Questionnaire), mental-health screening from age 15 (the method text: over
 * 18), 20 yes/no items about the last 30 days; the score is the count of "ya". Source: Juknis ILP
 * Skrining Jiwa page and Formulir 6 (domain-posyandu-day.md §5.1). Referred when the score is ≥ the
 * cut-off (a rule, ambang.jiwa, default 6) OR item 17 (thoughts of ending one's life) is "ya", which
 * is urgent whatever the score. Pure.
 */
import type { HasilSkrining } from "./hasil.ts";

export const SRQ_BUTIR = [
  "Apakah Anda sering merasa sakit kepala?",
  "Apakah Anda kehilangan nafsu makan?",
  "Apakah tidur Anda tidak nyenyak?",
  "Apakah Anda mudah merasa takut?",
  "Apakah Anda merasa cemas, tegang, atau khawatir?",
  "Apakah tangan Anda gemetar?",
  "Apakah Anda mengalami gangguan pencernaan?",
  "Apakah Anda merasa sulit berpikir jernih?",
  "Apakah Anda merasa tidak bahagia?",
  "Apakah Anda lebih sering menangis?",
  "Apakah Anda merasa sulit untuk menikmati aktivitas sehari-hari?",
  "Apakah Anda mengalami kesulitan untuk mengambil keputusan?",
  "Apakah aktivitas atau tugas sehari-hari Anda terbengkalai?",
  "Apakah Anda merasa tidak mampu berperan dalam kehidupan ini?",
  "Apakah Anda kehilangan minat terhadap banyak hal?",
  "Apakah Anda merasa tidak berharga?",
  "Apakah Anda mempunyai pikiran untuk mengakhiri hidup Anda?",
  "Apakah Anda merasa lelah sepanjang waktu?",
  "Apakah Anda merasa tidak enak di perut?",
  "Apakah Anda mudah lelah?",
] as const;

/** 1-based number of the item on thoughts of ending one's life. */
export const SRQ_BUTIR_BUNUH_DIRI = 17;

/** The 20 answers in order (checked on the server by ZSrq, lib/skrining/schemas.ts). */
export interface JawabanSrq {
  jawaban: boolean[];
}

export function skorSrq(j: JawabanSrq, rujukMulai: number): HasilSkrining {
  const skor = j.jawaban.filter(Boolean).length;
  const butir17 = j.jawaban[SRQ_BUTIR_BUNUH_DIRI - 1] === true;
  if (butir17) {
    return { skor, kategori: "butir17", label: "Ada pikiran mengakhiri hidup", rujuk: true, alasan: `SRQ-20 butir 17 "ya" (pikiran mengakhiri hidup): SEGERA rujuk ke puskesmas (skor ${skor})` };
  }
  if (skor >= rujukMulai) {
    return { skor, kategori: "abnormal", label: "Kemungkinan masalah kesehatan jiwa", rujuk: true, alasan: `Skor SRQ-20 ${skor} (batas ${rujukMulai}): rujuk ke puskesmas untuk wawancara psikiatri` };
  }
  return { skor, kategori: "normal", label: "Normal", rujuk: false, alasan: null };
}
