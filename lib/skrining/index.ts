/**
 * Screening questionnaires at the posyandu (PUMA, SKILAS, AKS, SRQ-20, the PHQ-4-type screen): items
 * as data, zod schemas of the answers shared by the form and the server, scoring. Pure.
 */
import { z } from "zod";
import { ZPuma } from "./puma.ts";
import { ZSkilas } from "./skilas.ts";
import { ZAks } from "./aks.ts";
import { ZSrq } from "./srq.ts";
import { ZPhq4 } from "./phq4.ts";

export const ZSkrining = z.object({
  puma: ZPuma.optional(),
  skilas: ZSkilas.optional(),
  aks: ZAks.optional(),
  srq: ZSrq.optional(),
  phq4: ZPhq4.optional(),
});
export type Skrining = z.infer<typeof ZSkrining>;

export type { HasilSkrining } from "./hasil.ts";
export { ZPuma, PUMA_BUTIR, MEROKOK, MEROKOK_LABEL, kategoriMerokok, skorPuma, skorUmurPuma, type JawabanPuma, type Merokok } from "./puma.ts";
export { ZSkilas, SKILAS_DOMAIN, TES_BISIK, domainPositifSkilas, skorSkilas, type JawabanSkilas, type DomainSkilas, type TesBisik } from "./skilas.ts";
export { ZAks, AKS_BUTIR, AKS_MAKS, AKS_KATEGORI_LABEL, kategoriAks, skorAks, type JawabanAks, type BatasAks, type KodeAks } from "./aks.ts";
export { ZSrq, SRQ_BUTIR, SRQ_BUTIR_BUNUH_DIRI, skorSrq, type JawabanSrq } from "./srq.ts";
export { ZPhq4, PHQ4_BUTIR, PHQ4_OPSI, skorPhq4, type JawabanPhq4 } from "./phq4.ts";
