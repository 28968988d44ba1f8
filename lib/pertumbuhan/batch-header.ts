/**
 * Which column of a batch file holds which field: the accepted header names (HEADER_ALIASES, also
 * shown on the batch page) and the header check. Names are case-insensitive; spaces, dashes and
 * units in brackets are normalized ("Berat (kg)" is berat_kg).
 */

export type BatchField =
  | "sex"
  | "age_days"
  | "age_months"
  | "birth_date"
  | "visit_date"
  | "weight_kg"
  | "lenhei_cm"
  | "measure"
  | "headc_cm"
  | "muac_cm"
  | "oedema";

/** Accepted header names per field, already in normalized form (see normalizeHeaderName). */
export const HEADER_ALIASES: Readonly<Record<BatchField, readonly string[]>> = {
  sex: ["sex", "jk", "jenis_kelamin", "kelamin", "gender", "l_p", "lp"],
  age_days: ["age_days", "age_in_days", "agedays", "umur_hari", "usia_hari", "umur_dalam_hari"],
  age_months: ["age_months", "age_in_months", "agemons", "umur_bulan", "usia_bulan"],
  birth_date: ["birth_date", "birthdate", "dob", "date_of_birth", "tgl_lahir", "tanggal_lahir"],
  visit_date: [
    "visit_date",
    "dov",
    "date_of_visit",
    "measurement_date",
    "tgl_ukur",
    "tanggal_ukur",
    "tgl_pengukuran",
    "tanggal_pengukuran",
    "tgl_kunjungan",
    "tanggal_kunjungan",
    "tgl_penimbangan",
    "tanggal_penimbangan",
  ],
  weight_kg: ["weight_kg", "weight", "bb", "bb_kg", "berat", "berat_kg", "berat_badan", "berat_badan_kg"],
  lenhei_cm: [
    "lenhei_cm",
    "lenhei",
    "height",
    "height_cm",
    "length",
    "length_cm",
    "tb",
    "tb_cm",
    "pb",
    "pb_cm",
    "pb_tb",
    "pb_tb_cm",
    "tb_pb",
    "tb_pb_cm",
    "tinggi",
    "tinggi_cm",
    "tinggi_badan",
    "tinggi_badan_cm",
    "panjang",
    "panjang_badan",
    "panjang_badan_cm",
  ],
  measure: ["measure", "lenhei_unit", "cara_ukur", "posisi", "posisi_ukur"],
  headc_cm: ["headc_cm", "headc", "head_cm", "lk", "lk_cm", "lingkar_kepala", "lingkar_kepala_cm"],
  muac_cm: ["muac_cm", "muac", "armc", "armc_cm", "lila", "lila_cm", "lingkar_lengan", "lingkar_lengan_atas"],
  oedema: ["oedema", "edema", "odema", "oedem"],
};

/** "Berat (kg)" -> "berat_kg"; "Tgl. Lahir" -> "tgl_lahir". */
export function normalizeHeaderName(name: string): string {
  return name
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

const ALIAS_LOOKUP: ReadonlyMap<string, BatchField> = (() => {
  const map = new Map<string, BatchField>();
  for (const field of Object.keys(HEADER_ALIASES) as BatchField[]) {
    for (const alias of HEADER_ALIASES[field]) map.set(alias, field);
  }
  return map;
})();

export interface HeaderMapping {
  /** Column index of each recognized field. */
  columns: Partial<Record<BatchField, number>>;
  /** Bahasa Indonesia notes about the header (missing or repeated columns). */
  problems: string[];
}

/** Finds which column holds which field. */
export function mapHeader(header: readonly string[]): HeaderMapping {
  const columns: Partial<Record<BatchField, number>> = {};
  const problems: string[] = [];
  header.forEach((name, i) => {
    const field = ALIAS_LOOKUP.get(normalizeHeaderName(name));
    if (!field) return;
    if (columns[field] === undefined) columns[field] = i;
    else problems.push(`Kolom "${name}" diabaikan: kolom ${field} sudah ada.`);
  });
  if (columns.sex === undefined) problems.push("Kolom jenis kelamin (sex/jk) tidak ditemukan.");
  const hasAge =
    columns.age_days !== undefined ||
    columns.age_months !== undefined ||
    (columns.birth_date !== undefined && columns.visit_date !== undefined);
  if (!hasAge) problems.push("Kolom umur tidak ditemukan: perlu age_days/umur_hari, atau birth_date/tgl_lahir dan visit_date/tgl_ukur.");
  if (columns.weight_kg === undefined && columns.lenhei_cm === undefined && columns.headc_cm === undefined && columns.muac_cm === undefined) {
    problems.push("Tidak ada kolom ukuran (weight_kg/bb, lenhei_cm/tb, headc_cm/lk, muac_cm/lila).");
  }
  return { columns, problems };
}

