/**
 * The pilot limits, as data: how many pilot posyandu a desa and how many pilot desa a puskesmas may
 * have in the same calendar year of the pilot (`percontohan.tahun`). A kabupaten's Dinkes admin may
 * store its own value (table `pengaturan`, key "percontohan.batas"); without one the default holds.
 * Pure: no database here.
 */
import { z } from "zod";
import { defineAturan } from "../pengaturan/aturan.ts";

const limit = (label: string) =>
  z.number({ error: `${label} harus berupa angka.` }).int(`${label} harus bilangan bulat.`).min(1, `${label} paling sedikit 1.`).max(10, `${label} paling banyak 10.`);

export const ZBatasPercontohan = z.object({
  posyanduPerDesa: limit("Posyandu percontohan per desa"),
  desaPerPuskesmas: limit("Desa percontohan per puskesmas"),
});
export type BatasPercontohan = z.output<typeof ZBatasPercontohan>;

export const ATURAN_BATAS_PERCONTOHAN = defineAturan<BatasPercontohan>({
  kunci: "percontohan.batas",
  label: "Batas percontohan ILP per tahun: posyandu per desa dan desa per puskesmas",
  schema: ZBatasPercontohan,
  bawaan: { posyanduPerDesa: 1, desaPerPuskesmas: 1 },
  // No kabupaten named here: the text may be shown to users of any kabupaten.
  sumber: "Pemberitaan dinas kesehatan kabupaten (Jawa Timur dan Jawa Tengah, 2024): satu posyandu ILP percontohan per desa, dan tiap puskesmas satu desa percontohan.",
});
