/**
 * Screening questionnaires at the posyandu (PUMA, SKILAS, AKS, SRQ-20, the PHQ-4-type screen): items
 * as data, the answer types, scoring. Pure and zod-free: the entry screen scores in the browser. The
 * zod schemas the server checks the answers with are in ./schemas.ts.
 */
import type { JawabanPuma } from "./puma.ts";
import type { JawabanSkilas } from "./skilas.ts";
import type { JawabanAks } from "./aks.ts";
import type { JawabanSrq } from "./srq.ts";
import type { JawabanPhq4 } from "./phq4.ts";

/** The answers of an entry, per questionnaire (each optional). */
export interface Skrining {
  puma?: JawabanPuma;
  skilas?: JawabanSkilas;
  aks?: JawabanAks;
  srq?: JawabanSrq;
  phq4?: JawabanPhq4;
}

export type { HasilSkrining } from "./hasil.ts";
export { PUMA_BUTIR, MEROKOK, MEROKOK_LABEL, kategoriMerokok, skorPuma, skorUmurPuma, type JawabanPuma, type Merokok } from "./puma.ts";
export { SKILAS_DOMAIN, TES_BISIK, domainPositifSkilas, skorSkilas, type JawabanSkilas, type DomainSkilas, type TesBisik } from "./skilas.ts";
export { AKS_BUTIR, AKS_MAKS, AKS_KATEGORI_LABEL, kategoriAks, skorAks, type JawabanAks, type BatasAks, type KodeAks } from "./aks.ts";
export { SRQ_BUTIR, SRQ_BUTIR_BUNUH_DIRI, skorSrq, type JawabanSrq } from "./srq.ts";
export { PHQ4_BUTIR, PHQ4_OPSI, skorPhq4, type JawabanPhq4 } from "./phq4.ts";
