/**
 * The zod schemas of the questionnaire answers, with Bahasa messages: what the server checks before
 * it stores an entry (lib/pemeriksaan/schemas.ts). Server side only: the entry screen scores the
 * answers with the zod-free modules beside this one and never needs zod. Each schema's output is the
 * answer type its questionnaire module scores (the `satisfies` below keeps the two the same).
 */
import { z } from "zod";
import { MEROKOK, type JawabanPuma } from "./puma.ts";
import { TES_BISIK, type JawabanSkilas } from "./skilas.ts";
import { AKS_BUTIR, type JawabanAks, type KodeAks } from "./aks.ts";
import type { JawabanSrq } from "./srq.ts";
import type { JawabanPhq4 } from "./phq4.ts";
import type { Skrining } from "./index.ts";

const yaTidak = (label: string) => z.boolean({ error: `${label}: pilih "ya" atau "tidak".` });

export const ZPuma = z.object({
  merokok: z.enum(MEROKOK, { error: "Kebiasaan merokok: pilih salah satu." }),
  /** Optional inputs of the pack-year helper, kept as typed. */
  lamaMerokokTahun: z.number({ error: "Lama merokok harus berupa angka." }).int("Lama merokok dalam tahun penuh.").min(0, "Lama merokok tidak boleh negatif.").max(100, "Lama merokok paling lama 100 tahun.").nullish(),
  batangPerHari: z.number({ error: "Jumlah batang per hari harus berupa angka." }).min(0, "Jumlah batang tidak boleh negatif.").max(200, "Jumlah batang per hari paling banyak 200.").nullish(),
  napasPendek: yaTidak("Napas pendek"),
  dahak: yaTidak("Dahak"),
  batuk: yaTidak("Batuk"),
  spirometri: yaTidak("Pernah spirometri"),
}) satisfies z.ZodType<JawabanPuma>;

export const ZSkilas = z.object({
  orientasiWaktu: yaTidak("Orientasi waktu").nullish(),
  orientasiTempat: yaTidak("Orientasi tempat").nullish(),
  ingatTigaKata: yaTidak("Mengulang tiga kata").nullish(),
  berdiriKursi14Detik: yaTidak("Tes berdiri dari kursi").nullish(),
  beratTurun: yaTidak("Berat badan turun").nullish(),
  nafsuMakanHilang: yaTidak("Nafsu makan hilang").nullish(),
  gangguanMata: yaTidak("Gangguan mata").nullish(),
  tesMelihat: yaTidak("Tes melihat (hitung jari)").nullish(),
  tesBisik: z.enum(TES_BISIK, { error: "Tes bisik: pilih hasilnya." }).nullish(),
  sedih: yaTidak("Perasaan sedih").nullish(),
  kurangMinat: yaTidak("Kurang minat").nullish(),
}) satisfies z.ZodType<JawabanSkilas>;

const itemAks = (b: (typeof AKS_BUTIR)[number]) =>
  z
    .number({ error: `${b.label}: pilih salah satu.` })
    .int(`${b.label}: pilih salah satu.`)
    .min(0, `${b.label}: pilih salah satu.`)
    .max(b.opsi.length - 1, `${b.label}: nilai paling besar ${b.opsi.length - 1}.`);

export const ZAks = z.object(Object.fromEntries(AKS_BUTIR.map((b) => [b.kode, itemAks(b)])) as Record<KodeAks, z.ZodNumber>) satisfies z.ZodType<JawabanAks>;

export const ZSrq = z.object({
  jawaban: z
    .array(z.boolean({ error: "Setiap butir SRQ-20: pilih \"ya\" atau \"tidak\"." }), { error: "Jawaban SRQ-20 belum diisi." })
    .length(20, "SRQ-20: semua 20 butir harus dijawab."),
}) satisfies z.ZodType<JawabanSrq>;

const itemPhq4 = z.number({ error: "Setiap butir: pilih salah satu jawaban." }).int("Setiap butir: pilih salah satu jawaban.").min(0, "Nilai butir paling kecil 0.").max(3, "Nilai butir paling besar 3.");

export const ZPhq4 = z.object({ jawaban: z.array(itemPhq4, { error: "Jawaban skrining jiwa belum diisi." }).length(4, "Keempat butir harus dijawab.") }) satisfies z.ZodType<JawabanPhq4>;

export const ZSkrining = z.object({
  puma: ZPuma.optional(),
  skilas: ZSkilas.optional(),
  aks: ZAks.optional(),
  srq: ZSrq.optional(),
  phq4: ZPhq4.optional(),
}) satisfies z.ZodType<Skrining>;
