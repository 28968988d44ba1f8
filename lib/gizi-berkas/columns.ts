/**
 * The documentation of the batch file's columns (input and output), shown on the page, and the
 * template's example rows. The accepted names come from HEADER_ALIASES, so the page cannot drift from
 * what the reader accepts.
 */
import { HEADER_ALIASES, OUTPUT_COLUMNS, type BatchField } from "../pertumbuhan/batch.ts";

export interface InputColumnDoc {
  field: BatchField;
  label: string;
  meaning: string;
  example: string;
  aliases: readonly string[];
}

const INPUT_DOCS: Omit<InputColumnDoc, "aliases">[] = [
  { field: "sex", label: "Jenis kelamin (wajib)", meaning: "1, L atau laki-laki; 2, P atau perempuan.", example: "P" },
  { field: "birth_date", label: "Tanggal lahir", meaning: "Dengan tanggal pengukuran, untuk menghitung umur. TTTT-BB-HH atau HH/BB/TTTT.", example: "2023-03-15" },
  { field: "visit_date", label: "Tanggal pengukuran", meaning: "Tanggal anak ditimbang/diukur.", example: "2025-01-10" },
  { field: "age_days", label: "Umur (hari)", meaning: "Pengganti kedua tanggal. Paling tepat.", example: "667" },
  { field: "age_months", label: "Umur (bulan)", meaning: "Pengganti kedua tanggal bila umur dalam hari tidak ada; boleh desimal.", example: "21,9" },
  { field: "weight_kg", label: "Berat badan (kg)", meaning: "Koma atau titik desimal.", example: "10,2" },
  { field: "lenhei_cm", label: "Panjang/tinggi badan (cm)", meaning: "Panjang badan (berbaring) atau tinggi badan (berdiri).", example: "82,5" },
  { field: "measure", label: "Cara ukur", meaning: "l, PB atau berbaring; h, TB atau berdiri. Kosong: ditentukan dari umur.", example: "l" },
  { field: "headc_cm", label: "Lingkar kepala (cm)", meaning: "Untuk LK/U.", example: "46,0" },
  { field: "muac_cm", label: "LiLA (cm)", meaning: "Lingkar lengan atas, untuk LiLA/U (umur 3 bulan ke atas).", example: "14,5" },
  { field: "oedema", label: "Edema", meaning: "y/ya atau n/tidak. Kosong dianggap tidak ada edema. Dengan edema, BB/U, BB/PB-TB dan IMT/U tidak dihitung.", example: "n" },
];

export const INPUT_COLUMN_DOCS: readonly InputColumnDoc[] = INPUT_DOCS.map((d) => ({ ...d, aliases: HEADER_ALIASES[d.field] }));

export interface OutputColumnDoc {
  names: string;
  meaning: string;
}

const INDICES = "BB/U, PB/TB/U, BB/PB atau BB/TB, IMT/U, LK/U, LiLA/U";

export const OUTPUT_COLUMN_DOCS: readonly OutputColumnDoc[] = [
  { names: "zwei, zlen, zwfl, zbmi, zhc, zac", meaning: `Z-skor WHO (2 desimal, titik desimal) untuk ${INDICES}. Kosong bila tidak dapat dihitung.` },
  { names: "fwei, flen, fwfl, fbmi, fhc, fac", meaning: "Tanda nilai tidak wajar menurut WHO: 1 = z-skor di luar batas wajar (periksa ulang pengukuran), 0 = wajar, kosong = tidak dihitung." },
  { names: "kat_bbu, kat_tbu, kat_bbtb, kat_imtu, kat_lku, kat_lilau", meaning: "Kategori status gizi menurut Permenkes 2/2020 (LK/U dan LiLA/U: batas ±2 SD dan −3 SD)." },
  { names: "keterangan", meaning: "Mengapa baris atau indeks tidak dihitung, sel yang tidak terbaca, dan peringatan WHO. Kosong bila semua baik." },
];

// Checked at load: the table above must name every output column once.
const documented = OUTPUT_COLUMN_DOCS.flatMap((d) => d.names.split(", "));
if (documented.join() !== OUTPUT_COLUMNS.join()) throw new Error("OUTPUT_COLUMN_DOCS does not match OUTPUT_COLUMNS");

/** The template: Bahasa headers, an extra column (kept as is), and one row that cannot be computed. */
export const TEMPLATE_ROWS: readonly (readonly string[])[] = [
  ["nama", "jk", "tgl_lahir", "tgl_ukur", "bb", "tb", "cara_ukur", "lk", "lila", "edema"],
  ["Ani", "P", "2023-03-15", "2025-01-10", "10.2", "82.5", "l", "46.0", "", "n"],
  ["Budi", "L", "2021-07-02", "2025-01-10", "14.8", "98.0", "h", "", "15.5", "n"],
  ["Citra", "P", "2024-09-20", "2025-01-10", "6.1", "62.3", "l", "40.1", "", "n"],
  ["Dodi (contoh salah: jenis kelamin kosong)", "", "2022-05-05", "2025-01-10", "12.5", "90.0", "h", "", "", "n"],
];
