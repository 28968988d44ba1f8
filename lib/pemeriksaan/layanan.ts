/** The services of an entry (layanan JSON): keys, labels and vaccine codes. Pure; ZLayanan (schemas.ts) checks them. */
export const PERKEMBANGAN = ["SESUAI", "MERAGUKAN", "PENYIMPANGAN"] as const;
export const PERKEMBANGAN_LABEL: Record<(typeof PERKEMBANGAN)[number], string> = { SESUAI: "Sesuai umur", MERAGUKAN: "Meragukan", PENYIMPANGAN: "Ada penyimpangan" };

export interface Layanan {
  asiEksklusif?: boolean;
  vitaminA?: boolean;
  imunisasi?: string[];
  obatCacing?: boolean;
  perkembangan?: (typeof PERKEMBANGAN)[number];
  ttd?: boolean;
  kelasIbuHamil?: boolean;
  pmt?: boolean;
}

/** Vaccines a posyandu gives (Kemenkes routine schedule), as codes with their Bahasa labels. */
export const IMUNISASI = [
  ["HB0", "Hepatitis B0"], ["BCG", "BCG"], ["POLIO1", "Polio tetes 1"], ["POLIO2", "Polio tetes 2"], ["POLIO3", "Polio tetes 3"], ["POLIO4", "Polio tetes 4"],
  ["DPT1", "DPT-HB-Hib 1"], ["DPT2", "DPT-HB-Hib 2"], ["DPT3", "DPT-HB-Hib 3"], ["IPV1", "IPV 1"], ["IPV2", "IPV 2"], ["PCV1", "PCV 1"], ["PCV2", "PCV 2"], ["PCV3", "PCV 3"],
  ["ROTA1", "Rotavirus 1"], ["ROTA2", "Rotavirus 2"], ["ROTA3", "Rotavirus 3"], ["MR", "Campak-Rubela"], ["JE", "JE"], ["DPT_LANJUT", "DPT-HB-Hib lanjutan"], ["MR_LANJUT", "Campak-Rubela lanjutan"],
] as const;
